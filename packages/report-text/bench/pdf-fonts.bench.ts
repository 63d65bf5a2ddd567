// npm run bench — what leaving out the font programs the text does not need saves: the text
// items of every page of the corpus PDF (洪泽 2024, 5 pages, seven composite TrueType fonts)
// as pdfjs-dist extracts them from the file as it is, and from the file after
// `withoutFontPrograms` (which the reader does; its own time included). parseReport of the
// same file, for the whole reader.
import { bench, describe } from "vitest";
import { parseReport } from "../src/index.js";
import { withoutFontPrograms } from "../src/parse/pdf-font-programs.js";
import { loadPdfJs } from "../src/parse/pdf-load.js";
import { readTestdataBytes } from "../test/corpus-texts.js";

const pdf = readTestdataBytes("corpus/2024-hongze-district.pdf");

/** The number of text items of every page, as pdfjs-dist reads them (the reader's options). */
async function itemCount(data: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  let n = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    n += (await page.getTextContent({ disableNormalization: true })).items.length;
    page.cleanup?.();
  }
  await doc.destroy();
  return n;
}

describe("PDF 洪泽 2024: text items, with and without the font programs", () => {
  bench("pdfjs-dist, the file as it is", async () => {
    await itemCount(pdf);
  });
  bench("pdfjs-dist, after withoutFontPrograms (its time included)", async () => {
    await itemCount(await withoutFontPrograms(pdf));
  });
  bench("withoutFontPrograms alone (each program inflated to check it)", async () => {
    await withoutFontPrograms(pdf);
  });
  bench("parseReport", async () => {
    await parseReport(pdf);
  });
});
