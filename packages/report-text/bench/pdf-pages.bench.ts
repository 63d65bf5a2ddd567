// npm run bench — does reading a PDF take time in proportion to its pages? PDFs of one text
// line a page (test/line-pdf.ts) at 1,000, 2,000 and 4,000 pages, read whole by parseReport
// (the page limit raised to 4,000): every page in the one /Pages node, as many writers make
// the page tree, and in nodes of 50 pages. Prints the time a page at each size and the ratio
// of each size's time to the one before: 2.0 when time grows in proportion to the pages.
import { afterAll, bench, describe } from "vitest";
import { parseReport } from "../src/index.js";
import { linePdf } from "../test/line-pdf.js";

const SIZES = [1000, 2000, 4000] as const;
/** A few runs each: one run of the larger PDFs takes seconds. */
const FEW = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

/** Milliseconds of each run, by tree and size, measured here as well to print the ratios. */
const runs = new Map<string, number[]>();

function record(key: string, ms: number): void {
  const list = runs.get(key) ?? [];
  list.push(ms);
  runs.set(key, list);
}

const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function report(tree: string): string {
  const rows = SIZES.map((pages, i) => {
    const ms = median(runs.get(`${tree} ${pages}`) ?? []);
    const prev = i > 0 ? median(runs.get(`${tree} ${SIZES[i - 1]}`) ?? []) : Number.NaN;
    const ratio = Number.isNaN(prev) ? "" : `, ×${(ms / prev).toFixed(2)} the time of ${SIZES[i - 1]}`;
    return `  ${pages} pages: ${Math.round(ms)} ms, ${(ms / pages).toFixed(3)} ms a page${ratio}`;
  });
  return `${tree}:\n${rows.join("\n")}`;
}

afterAll(() => {
  console.log(`\nPDF pages, median of the measured runs\n${report("flat")}\n${report("nodes of 50")}`);
});

for (const [tree, fanOut] of [
  ["flat", 0],
  ["nodes of 50", 50],
] as const) {
  describe(`PDF, one line a page, page tree ${tree === "flat" ? "flat (every page in the one /Pages node)" : "in nodes of 50 pages"}`, () => {
    for (const pages of SIZES) {
      const pdf = linePdf(pages, { fanOut });
      bench(
        `${pages} pages`,
        async () => {
          const t0 = performance.now();
          await parseReport(pdf, { from: "pdf", limits: { pdfPages: pages } });
          record(`${tree} ${pages}`, performance.now() - t0);
        },
        FEW,
      );
    }
  });
}
