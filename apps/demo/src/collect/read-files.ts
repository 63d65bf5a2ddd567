// The units' files read in the browser with readSubmission of @disclosure/report-text (exceljs
// loaded by it when a workbook comes), PDFs through pdfjs-dist with its worker from the bundle
// (../pdfjs.ts), loaded only when a PDF comes.
import { type ReadSubmissionOptions, type Submission, readSubmission } from "@disclosure/report-text";
import { pdfjsOption } from "../pdfjs.js";

/** A file given to the 汇总 view: its path inside a folder given, else its name, and its bytes. */
export interface GivenFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One file read; `year` is given to files that state none (cells, records, ledgers). */
export async function readGiven(f: GivenFile, year: number | undefined): Promise<Submission> {
  const options: ReadSubmissionOptions = {
    ...(year !== undefined ? { year } : {}),
    ...(await pdfjsOption(f.name, f.bytes)),
  };
  return readSubmission(f.name, f.bytes, options);
}

/** Whether a submission must be read again for a roll-up year: it took the year from outside. */
export function dependsOnYear(s: Submission, year: number | undefined): boolean {
  return year !== undefined && (s.needsYear === true || s.yearFrom === "option") && s.year !== year;
}
