// What `disclosure audit` keeps of one report: its output already made where the report was
// checked (on a worker's thread, in parallel with the others), and the little this thread
// needs to pair years, count and choose the exit status. Findings travel between threads as
// text, never as objects to copy twice and keep.
import {
  type AuditedReport,
  type CheckedReport,
  type PairableReport,
  formatSourceLocation,
} from "@disclosure/report-text";
import { formatFinding } from "@disclosure/stats";
import type { Lang } from "../io.js";
import { indentedJson, terminalSafeJson } from "./json-pieces.js";

/** The outputs a run prints or writes, so that only those are made. */
export interface OutcomeNeeds {
  /** `--json`: the report as that document prints it. */
  readonly json: boolean;
  /** `-o x.jsonl`: the report's line. */
  readonly jsonl: boolean;
  /** `-o x.xlsx` or `.csv`: the whole audited report, for the sheets. */
  readonly sheets: boolean;
  /** The lines printed for it, in this language, when the run prints text. */
  readonly text?: Lang | undefined;
}

/** One report as the command keeps it. */
export interface AuditOutcome extends PairableReport {
  /** The whole row when the sheets need it; otherwise what pairing and counting read. */
  readonly audited: Pick<AuditedReport, "file" | "read" | "agency" | "year"> | AuditedReport;
  /** Read as a report, without findings about the publication. */
  readonly clean: boolean;
  /** Not read, or with an error about the publication: the run exits 1. */
  readonly failed: boolean;
  /** The report as `--json` prints it in its list (two levels in), safe for a terminal. */
  readonly json?: string;
  /** The report's JSON Lines line, without its line end. */
  readonly jsonl?: string;
  /** The lines printed for it. */
  readonly text?: string;
}

/** Depth of a report in the `--json` document: `{ "reports": [ <here> ] }`. */
export const REPORT_DEPTH = 2;

/** A report's findings about the publication (not READ-UNREAD, which is about our reading). */
export const published = (r: AuditedReport) =>
  r.findings.filter((f) => f.concerns !== "reading" && f.severity !== "info");

function reportLine(r: AuditedReport, lang: Lang): string {
  if (!r.read) return `✖ ${r.file}  ${lang === "en" ? r.reason?.en : r.reason?.zh}`;
  const errors = published(r).filter((f) => f.severity === "error").length;
  const warnings = published(r).length - errors;
  const who = `${r.agency} ${r.year}`;
  return lang === "en"
    ? `${errors ? "✖" : "✓"} ${r.file}  ${who} (${r.format} format): ${errors} errors, ${warnings} warnings, ${r.unread} cells not read`
    : `${errors ? "✖" : "✓"} ${r.file}  ${who}（${r.format}年格式）：错误 ${errors}，警告 ${warnings}，未能读出 ${r.unread} 个单元格`;
}

/** The lines printed for a report: its line, then each error about the publication. */
export function reportText(r: AuditedReport, lang: Lang): string {
  let text = `${reportLine(r, lang)}\n`;
  for (const f of published(r).filter((x) => x.severity === "error")) {
    const where = f.place ? ` [${formatSourceLocation(f.place)}]` : "";
    text += `    ${formatFinding(f, lang)}${where}\n`;
  }
  return text;
}

/** What pairing and counting read of a report. */
function pairingPart(r: AuditedReport): AuditOutcome["audited"] {
  return {
    file: r.file,
    read: r.read,
    ...(r.agency === undefined ? {} : { agency: r.agency }),
    ...(r.year === undefined ? {} : { year: r.year }),
  };
}

/** What the command keeps of a checked report, with the outputs `needs` asks for. */
export function auditOutcome(checked: CheckedReport, needs: OutcomeNeeds): AuditOutcome {
  const r = checked.audited;
  const findings = published(r);
  return {
    audited: needs.sheets ? r : pairingPart(r),
    ...(checked.report ? { report: checked.report } : {}),
    clean: r.read && !findings.length,
    failed: !r.read || findings.some((f) => f.severity === "error"),
    ...(needs.json ? { json: terminalSafeJson(indentedJson(r, REPORT_DEPTH)) } : {}),
    ...(needs.jsonl ? { jsonl: JSON.stringify({ type: "report", ...r }) } : {}),
    ...(needs.text ? { text: reportText(r, needs.text) } : {}),
  };
}

/** A piece the run asked for and did not get: a defect of this command, never of the input. */
function missing(what: string, o: AuditOutcome): never {
  throw new Error(`${what} of ${o.audited.file} was not made`);
}

/** The report as `--json` prints it, made when `needs.json`. */
export const outcomeJson = (o: AuditOutcome): string => o.json ?? missing("the JSON", o);

/** The lines printed for the report, made when `needs.text`. */
export const outcomeText = (o: AuditOutcome): string => o.text ?? missing("the text", o);

/** The report's JSON Lines line, made when `needs.jsonl`. */
export const outcomeJsonLine = (o: AuditOutcome): string => o.jsonl ?? missing("the JSON line", o);

/** The whole audited report, kept when `needs.sheets`. */
export const outcomeReport = (o: AuditOutcome): AuditedReport =>
  "findings" in o.audited ? o.audited : missing("the audited report", o);
