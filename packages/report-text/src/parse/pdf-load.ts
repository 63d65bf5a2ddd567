// Loading pdfjs-dist (an optional peer dependency) for the PDF reader, and the subset of its
// API the reader uses. pdfjs-dist's legacy build carries core-js polyfills that replace some
// built-in methods of the whole process when it loads (on Node 20: Array.prototype.push,
// JSON.parse and JSON.stringify, for spec corners such as arrays longer than 2³² − 1 and
// JSON's raw text access); the replacements are JavaScript and several times slower than
// the engine's own, for pdfjs-dist itself and for every other library in the process. The
// loader puts back the methods it found, once pdfjs-dist's main and worker code have loaded;
// what the polyfills add (Promise.withResolvers, Uint8Array.prototype.toHex …) stays.
import type { OptionalModule } from "@disclosure/schema";
import { loadOptional } from "@disclosure/schema/internal";

/** Options of pdfjs-dist's `getDocument` that the reader sets. */
export interface PdfSource {
  data: Uint8Array;
  useWorkerFetch?: boolean;
  isEvalSupported?: boolean;
  disableFontFace?: boolean;
  verbosity?: number;
}

/** The subset of pdfjs-dist this reader uses. */
export interface PdfJs {
  getDocument(src: PdfSource): { promise: Promise<PdfDoc> };
}

/** An open document. */
export interface PdfDoc {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

/** A page of an open document. */
export interface PdfPage {
  getTextContent(opts?: { disableNormalization?: boolean }): Promise<{ items: unknown[] }>;
  cleanup?(): boolean;
}

/** pdfjs-dist, an optional peer dependency: 5.7 and later need Node 22, 5.6.205 runs on Node 20.19 too. */
export const PDF_READER: OptionalModule = {
  name: "pdfjs-dist",
  install: "pdfjs-dist@5.6.205",
  feature: { zh: "读取 PDF", en: "reading PDF" },
};

/** A built-in method as it was before pdfjs-dist loaded. */
interface SavedMethod {
  readonly owner: object;
  readonly key: string;
  readonly value: unknown;
}

/**
 * The built-in methods core-js replaces in pdfjs-dist 5.6's legacy build for spec corners
 * that neither pdfjs-dist nor this package uses. Methods it replaces to mend an engine's
 * real defect are not listed: they stay replaced.
 */
const REPLACED_FOR_SPEC_CORNERS: readonly (readonly [object, string])[] = [
  [Array.prototype, "push"],
  [JSON, "parse"],
  [JSON, "stringify"],
];

const saveMethods = (): SavedMethod[] =>
  REPLACED_FOR_SPEC_CORNERS.map(([owner, key]) => ({
    owner,
    key,
    value: Reflect.get(owner, key),
  }));

/** Puts back each saved method that was replaced since it was saved. */
function restoreMethods(saved: readonly SavedMethod[]): void {
  for (const { owner, key, value } of saved) {
    if (Reflect.get(owner, key) === value) continue;
    const now = Object.getOwnPropertyDescriptor(owner, key);
    if (now && !now.configurable && !now.writable) continue;
    Object.defineProperty(owner, key, {
      value,
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
}

/**
 * The methods as they were before this module first imported pdfjs-dist; undefined before
 * that, and again once they were put back after the first document (whose opening loads
 * pdfjs-dist's worker code, in Node on this thread).
 */
let savedBeforeImport: readonly SavedMethod[] | undefined;
let imported = false;

/**
 * Loads pdfjs-dist (the legacy build, which runs in Node and in every browser) and puts back
 * the built-in methods its polyfills replaced; without it, rejects with an
 * `OptionalModuleError` naming what to install.
 */
export async function loadPdfJs(): Promise<PdfJs> {
  if (!imported) savedBeforeImport ??= saveMethods();
  const lib = await loadOptional(PDF_READER, () => import("pdfjs-dist/legacy/build/pdf.mjs"));
  imported = true;
  if (savedBeforeImport) restoreMethods(savedBeforeImport);
  return lib as unknown as PdfJs;
}

/**
 * After a document was opened with the pdfjs-dist that {@link loadPdfJs} loaded: puts back
 * what loading its worker code replaced, the first time; nothing after that.
 */
export function restoreAfterFirstDocument(): void {
  if (!savedBeforeImport) return;
  restoreMethods(savedBeforeImport);
  savedBeforeImport = undefined;
}
