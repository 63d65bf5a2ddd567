// The user's own file opened in the single-report view, read as the 汇总 view reads the units'
// files: by readSubmission of @disclosure/report-text (the Excel form, a report or cells as
// JSON, cells as JSON Lines or CSV, records and ledgers, a published report or a Word form),
// described by its describeSubmission. Loaded on the first file, with the readers it needs.
import {
  type ReadSubmissionOptions,
  type Submission,
  describeSubmission,
  readSubmission,
} from "@disclosure/report-text";
import type { Issue } from "@disclosure/schema";
import { jsonlScanner } from "@disclosure/stats";
import { pdfjsOption } from "./pdfjs.js";
import type { CellsContext, Loaded } from "./sources.js";

/** What the fields beside the file input give the reader: the year, format and unit a file may not state. */
function readOptions(ctx: CellsContext): ReadSubmissionOptions {
  return {
    ...(ctx.year === undefined ? {} : { year: ctx.year }),
    ...(ctx.format === "auto" ? {} : { format: ctx.format }),
    ...(ctx.agency.trim() ? { unit: ctx.agency } : {}),
  };
}

/** A file that states no year, opened with no year beside it: the page asks for one. */
function needsYear(name: string): Loaded {
  const ask: Issue = {
    code: "CELLS-NEEDS-YEAR",
    severity: "error",
    location: { kind: "file", file: name },
    message: {
      zh: "此文件没有注明统计年度：请在“年度”一栏填写后重新打开（机关也请填写）",
      en: "this file does not say its year: fill in 年度 (and the agency) beside the file input and open it again",
    },
  };
  return {
    source: "file",
    description: { zh: `${name}：无法读取`, en: `${name}: could not be read` },
    issues: [ask],
    warnings: [],
  };
}

/** Records read line by line (JSON Lines): which scanner ran, WebAssembly or JavaScript. */
async function scannerNote(s: Submission): Promise<{ zh: string; en: string }> {
  if (s.kind !== "records" || s.fileType !== "jsonl") return { zh: "", en: "" };
  const scanner = await jsonlScanner();
  return { zh: `；逐行扫描：${scanner}`, en: `; line scanner: ${scanner}` };
}

/** A file read, as the single-report view shows it: its report, what it is, its issues. */
export async function submissionLoaded(s: Submission): Promise<Loaded> {
  const what = describeSubmission(s);
  const note = await scannerNote(s);
  return {
    source: "file",
    description: { zh: `${what.zh}${note.zh}`, en: `${what.en}${note.en}` },
    ...(s.report ? { report: s.report } : {}),
    issues: [...s.issues],
    warnings: [...s.warnings],
    ...(s.tables ? { checkTables: s.tables } : {}),
  };
}

/** The user's file, with the year, format and agency given beside the file input for what it does not state. */
export async function loadFile(name: string, bytes: Uint8Array, ctx: CellsContext): Promise<Loaded> {
  const options = { ...readOptions(ctx), ...(await pdfjsOption(name, bytes)) };
  const s = await readSubmission(name, bytes, options);
  return s.needsYear ? needsYear(name) : submissionLoaded(s);
}
