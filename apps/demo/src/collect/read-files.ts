// The units' files read in the browser with readSubmission of @disclosure/report-text (exceljs
// loaded by it when a workbook comes), PDFs through pdfjs-dist with its worker from the bundle,
// loaded only when a PDF comes.
import { type ReadSubmissionOptions, type Submission, readSubmission } from "@disclosure/report-text";
import { fileTypeOf } from "@disclosure/report-text/internal";

/** A file given to the 汇总 view: its path inside a folder given, else its name, and its bytes. */
export interface GivenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** pdfjs-dist set up for the browser: its worker from the bundle (Vite's `?url`). */
async function browserPdfjs(): Promise<unknown> {
  const [pdfjs, worker] = await Promise.all([
    import("pdfjs-dist/legacy/build/pdf.mjs"),
    import("pdfjs-dist/legacy/build/pdf.worker.min.mjs?url"),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

/** One file read; `year` is given to files that state none (cells, records, ledgers). */
export async function readGiven(f: GivenFile, year: number | undefined): Promise<Submission> {
  const type = fileTypeOf(f.name, f.bytes);
  const options: ReadSubmissionOptions = {
    ...(year !== undefined ? { year } : {}),
    // Without the bundled pdfjs-dist (a chunk that did not load), parseReport says what is missing.
    ...(type === "pdf"
      ? await browserPdfjs().then(
          (pdfjs) => ({ pdfjs }),
          () => ({}),
        )
      : {}),
  };
  return readSubmission(f.name, f.bytes, options);
}

/** Whether a submission must be read again for a roll-up year: it took the year from outside. */
export function dependsOnYear(s: Submission, year: number | undefined): boolean {
  return year !== undefined && (s.needsYear === true || s.yearFrom === "option") && s.year !== year;
}
