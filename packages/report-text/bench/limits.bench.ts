// npm run bench — what reading large or crafted documents costs, at two sizes each, to show
// that time grows in proportion to the input: PDFs of one text line a page (their page tree
// flat, as many writers make it, or in nodes of 50 pages), and HTML nested deeply (past the
// depth limit, where reading stops, and just under it, read whole).
// HTML runs first: pdfjs-dist's legacy build polyfills Array methods process-wide.
import { bench, describe } from "vitest";
import { parseReport } from "../src/index.js";
import { linePdf } from "../test/line-pdf.js";

const PDF_HEADER = new TextEncoder().encode("%PDF-1.4\n");
/** A few runs each: one run of the larger PDFs takes seconds. */
const FEW = { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 };

/** `n` <div>s nested in one another around one line of text. */
const nested = (n: number) => `<html><body>${"<div>".repeat(n)}规章 5${"</div>".repeat(n)}</body></html>`;
/** `blocks` blocks, each a line of text inside 500 nested <div>s (about 11 KB a block). */
const deepBlocks = (blocks: number) => `<html><body>${nested(500).repeat(blocks)}</body></html>`;

describe("HTML: 100,000 and 200,000 nested <div>s (1 MB, 2 MB), stopped at 1,000 levels", () => {
  for (const n of [100_000, 200_000]) {
    const html = nested(n);
    bench(`${n} levels`, async () => {
      await parseReport(html, { from: "html" });
    });
  }
});

describe("HTML: blocks of 500 nested <div>s, read whole (1 MB, 2 MB)", () => {
  for (const blocks of [190, 380]) {
    const html = deepBlocks(blocks);
    bench(`${blocks} blocks, ${Math.round(html.length / 1024)} KB`, async () => {
      await parseReport(html, { from: "html" });
    });
  }
});

/** pdfjs-dist replaced by the text items it gives for a PDF of one line a page: the reader's own work. */
function itemsOnly(pages: number) {
  const content = (n: number) => ({
    items: [{ str: `第${n}页的一行文字`, transform: [12, 0, 0, 12, 72, 720], width: 120, height: 12 }],
  });
  const doc = {
    numPages: pages,
    getPage: async (n: number) => ({ getTextContent: async () => content(n) }),
    destroy: async () => {},
  };
  return { getDocument: () => ({ promise: Promise.resolve(doc) }) };
}

describe("PDF text items of one line a page → lines and cells (pdfjs-dist left out)", () => {
  for (const pages of [2000, 8000]) {
    const pdfjs = itemsOnly(pages);
    bench(`${pages} pages`, async () => {
      await parseReport(PDF_HEADER, { from: "pdf", pdfjs, limits: { pdfPages: pages } });
    });
  }
});

describe("PDF, one line a page, page tree in nodes of 50 pages", () => {
  for (const pages of [1000, 2000]) {
    const pdf = linePdf(pages, { fanOut: 50 });
    bench(
      `${pages} pages`,
      async () => {
        await parseReport(pdf, { from: "pdf" });
      },
      FEW,
    );
  }
});

describe("PDF, one line a page, every page in the one /Pages node", () => {
  for (const pages of [1000, 2000]) {
    const pdf = linePdf(pages);
    bench(
      `${pages} pages`,
      async () => {
        await parseReport(pdf, { from: "pdf" });
      },
      FEW,
    );
  }
});
