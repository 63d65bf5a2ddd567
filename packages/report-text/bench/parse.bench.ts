// npm run bench — parseReport on the corpus (testdata/corpus): the 12 recovered texts, the
// corpus cells rendered as HTML and .docx, and the published PDF of 淮安市洪泽区 2024.
// Targets: ≥ 500 text reports/s, ≥ 20 PDF reports/s on the build machine (2 cores).
// Text benchmarks run first: pdfjs-dist's legacy build polyfills Array methods process-wide.
import { cpus } from "node:os";
import { Worker } from "node:worker_threads";
import { fromCells, type Report } from "@disclosure/schema";
import { afterAll, bench, describe } from "vitest";
import { parseReport, renderReport } from "../src/index.js";
import { corpusTexts, readTestdataBytes } from "../test/corpus-texts.js";

const corpus = corpusTexts();
const texts = corpus.map((r) => r.text);
const reports: Report[] = corpus
  .filter((r) => r.cells.length > 0)
  .map((r) => {
    const { tables, raw } = fromCells(r.cells, { format: r.format });
    return {
      agency: { name: r.agency, level: "county" },
      year: r.year,
      format: r.format,
      sections: {},
      tables,
      ...(raw ? { raw } : {}),
    };
  });
const html = await Promise.all(reports.map((r) => renderReport(r, { to: "html" })));
const docx = await Promise.all(reports.map((r) => renderReport(r, { to: "docx" })));
const pdf = readTestdataBytes("corpus/2024-hongze-district.pdf");
/** Long enough for stable figures on a shared machine. */
const LONG = { time: 3000, warmupTime: 1000 };

describe(`parseReport, text: the ${texts.length} corpus texts per iteration`, () => {
  bench(
    "text (page text, PDF text, PDF→Markdown)",
    async () => {
      for (const t of texts) await parseReport(t, { from: "text" });
    },
    LONG,
  );
});

describe(`parseReport, rendered corpus: ${reports.length} reports per iteration`, () => {
  bench(
    "html",
    async () => {
      for (const h of html) await parseReport(h, { from: "html" });
    },
    LONG,
  );
  bench(
    "docx",
    async () => {
      for (const d of docx) await parseReport(d, { from: "docx" });
    },
    LONG,
  );
});

describe("parseReport, PDF: 洪泽 2024 (5 pages)", () => {
  bench(
    "one thread",
    async () => {
      await parseReport(pdf, { from: "pdf" });
    },
    LONG,
  );

  // A batch on one worker thread per core, with the built package (dist/): 8 PDFs an iteration.
  const size = Math.max(1, Math.min(cpus().length, 4));
  const pool = Array.from(
    { length: size },
    () => new Worker(new URL("./parse-pdf.worker.mjs", import.meta.url)),
  );
  afterAll(async () => {
    await Promise.all(pool.map((w) => w.terminate()));
  });
  const parseOn = (w: Worker) =>
    new Promise<number>((resolve) => {
      w.once("message", resolve);
      w.postMessage(pdf);
    });
  bench(
    `${size} worker threads, 8 PDFs per iteration`,
    async () => {
      await Promise.all(
        pool.map(async (w) => {
          for (let i = 0; i < 8 / size; i++) await parseOn(w);
        }),
      );
    },
    LONG,
  );
});
