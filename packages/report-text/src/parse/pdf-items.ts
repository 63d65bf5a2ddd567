// The text items of a PDF's pages, with their positions, as pdfjs-dist extracts them.
import { withoutFontPrograms } from "./pdf-font-programs.js";
import { type PdfDoc, type PdfJs, loadPdfJs, restoreAfterFirstDocument } from "./pdf-load.js";
import { PdfTooComplex, ownTextItems } from "./pdf-own-text.js";
import { FLAT_KIDS, nestedPageTree } from "./pdf-page-tree.js";
import { isPageMarker } from "./text.js";

/** One text item placed on a page (PDF points, origin bottom left). */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  w: number;
  size: number;
  page: number;
}

/** A text item as pdfjs-dist gives it: its string, transform matrix [a b c d e f], width and height. */
interface PdfItem {
  str: unknown;
  transform: readonly number[];
  width: number;
  height: number;
}

/** Pages read at a time: their streams inflate while others are parsed, and memory stays bounded. */
const PAGES_AT_ONCE = 8;

/** The font size of an item: its transform's vertical scale, else horizontal, else its height, else 10. */
function itemSize(t: readonly number[], height: number): number {
  return Math.abs(t[3] ?? 0) || Math.abs(t[0] ?? 0) || height || 10;
}

/** The text items of a page's text content, without empty items and page markers. */
function pageItems(content: { items: unknown[] }, page: number, into: PdfTextItem[]): void {
  for (const raw of content.items) {
    const it = raw as PdfItem;
    if (typeof it.str !== "string" || !it.str.trim() || isPageMarker(it.str)) continue;
    // Justified CJK text carries spaces between characters ("总 计"): they are not separators.
    const text = it.str.replace(/(\p{Script=Han}) +(?=\p{Script=Han})/gu, "$1");
    const t = it.transform;
    const size = itemSize(t, it.height);
    into.push({ text, x: t[4] ?? 0, y: t[5] ?? 0, w: it.width, size, page });
  }
}

/** The text content of pages first … last, read concurrently, each page's resources released after. */
function readPages(doc: PdfDoc, first: number, last: number): Promise<{ items: unknown[] }[]> {
  return Promise.all(
    Array.from({ length: last - first + 1 }, async (_, k) => {
      const page = await doc.getPage(first + k);
      const content = await page.getTextContent({ disableNormalization: true });
      page.cleanup?.();
      return content;
    }),
  );
}

/** Opens a PDF; pdfjs takes ownership of the buffer, so it gets a copy (a Node Buffer's slice would share memory). */
async function openPdf(data: Uint8Array, given: PdfJs | undefined): Promise<PdfDoc> {
  const lib = given ?? (await loadPdfJs());
  try {
    return await lib.getDocument({
      data: new Uint8Array(data),
      useWorkerFetch: false,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } finally {
    if (!given) restoreAfterFirstDocument();
  }
}

/**
 * The PDF opened for reading its pages: without the font programs its text does not need
 * ({@link withoutFontPrograms}); a document of more than FLAT_KIDS pages whose page
 * tree is one flat list is opened again with the tree nested ({@link nestedPageTree}), where
 * pdfjs-dist gives the same page count for it; otherwise as it is.
 */
async function openForPages(given: Uint8Array, maxPages: number, pdfjs: PdfJs | undefined): Promise<PdfDoc> {
  // A file this cannot follow is read as it is.
  const data = await withoutFontPrograms(given).catch(() => given);
  const doc = await openPdf(data, pdfjs);
  if (doc.numPages <= FLAT_KIDS || doc.numPages > maxPages) return doc;
  const nested = nestedPageTree(data);
  if (!nested) return doc;
  const again = await openPdf(nested, pdfjs).catch(() => undefined);
  if (again?.numPages !== doc.numPages) {
    await again?.destroy();
    return doc;
  }
  await doc.destroy();
  return again;
}

/**
 * The text items of every page, without empty items and page markers; none when the PDF
 * has more than `maxPages` pages (counted before any page is read).
 */
export async function pdfItems(
  data: Uint8Array,
  maxPages: number,
  pdfjs?: PdfJs,
): Promise<{ items: PdfTextItem[]; pages: number }> {
  const own = ownItems(data, maxPages);
  return own ?? pdfjsItems(data, maxPages, pdfjs);
}

/** The items as the own reader reads them (pdf-own-text.ts), or undefined where it does not follow the file. */
function ownItems(data: Uint8Array, maxPages: number): { items: PdfTextItem[]; pages: number } | undefined {
  let got: ReturnType<typeof ownTextItems>;
  try {
    got = ownTextItems(data, maxPages);
  } catch (e) {
    // A file no reader should run through is refused; anything else this reader does not
    // follow (PdfUnsupported, or an error it met) is read by pdfjs-dist as it always was.
    if (e instanceof PdfTooComplex) throw e;
    return undefined;
  }
  const items: PdfTextItem[] = [];
  got.items.forEach((page, i) => {
    pageItems({ items: page }, i + 1, items);
  });
  return { items, pages: got.pages };
}

/** The items as pdfjs-dist reads them. */
async function pdfjsItems(
  data: Uint8Array,
  maxPages: number,
  pdfjs?: PdfJs,
): Promise<{ items: PdfTextItem[]; pages: number }> {
  const doc = await openForPages(data, maxPages, pdfjs);
  const items: PdfTextItem[] = [];
  const pages = doc.numPages;
  try {
    if (pages > maxPages) return { items, pages };
    for (let first = 1; first <= pages; first += PAGES_AT_ONCE) {
      const last = Math.min(pages, first + PAGES_AT_ONCE - 1);
      for (const [k, content] of (await readPages(doc, first, last)).entries()) {
        pageItems(content, first + k, items);
      }
    }
  } finally {
    await doc.destroy();
  }
  return { items, pages };
}
