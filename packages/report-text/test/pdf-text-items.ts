// Every text item of every page of a PDF as pdfjs-dist gives it, with the reader's options:
// what must not change when the reader rewrites a file to read it faster.
import { loadPdfJs } from "../src/parse/pdf-load.js";

/** Every text item of every page as pdfjs-dist gives it: page, string, transform, width, height, end of line. */
export async function textItems(data: Uint8Array): Promise<unknown[]> {
  const pdfjs = (await loadPdfJs()) as unknown as {
    getDocument(src: object): { promise: Promise<PdfjsDoc> };
  };
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(data),
    useWorkerFetch: false,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const out: unknown[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const content = await (await doc.getPage(p)).getTextContent({ disableNormalization: true });
      for (const it of content.items as PdfjsItem[]) {
        out.push([p, it.str, it.transform, it.width, it.height, it.hasEOL]);
      }
    }
  } finally {
    await doc.destroy();
  }
  return out;
}

interface PdfjsItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}
interface PdfjsDoc {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(o: object): Promise<{ items: unknown[] }> }>;
  destroy(): Promise<void>;
}
