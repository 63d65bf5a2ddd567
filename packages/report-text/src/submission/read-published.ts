// A published report or a filled Word form, read back by parseReport: the agency and year
// from its title (or statistical period); a form that still has the placeholder title is
// named after its file, and read for the year given when it states none.
import { type Issue, cellKey } from "@disclosure/schema";
import { type ParseDetected, type ParseResult, parseReport } from "../parse/index.js";
import { locationInFile } from "./issues.js";
import type { ParsedDocument, ReadSubmissionOptions, Submission } from "./model.js";

type Base = Pick<Submission, "file" | "fileType" | "digest" | "unit">;

const KIND = { docx: "docx", pdf: "pdf", html: "html", text: "text" } as const;

function located(file: string, i: Issue): Issue {
  return { ...i, location: locationInFile(file, i.location) };
}

/** A warning for each expected cell not read, where the parser looked for it. */
function unreadWarnings(file: string, r: ParseResult): Issue[] {
  return r.unread.map((u) => ({
    code: "PARSE-UNREAD",
    severity: "warning" as const,
    value: cellKey(u.table, u.row, u.col),
    location: locationInFile(file, u.location),
    message: {
      zh: `${cellKey(u.table, u.row, u.col)} 未读取：${u.reason.zh}`,
      en: `${cellKey(u.table, u.row, u.col)} not read: ${u.reason.en}`,
    },
  }));
}

async function parse(bytes: Uint8Array, base: Base, opts: ReadSubmissionOptions, year?: number) {
  const from = base.fileType ? KIND[base.fileType as keyof typeof KIND] : undefined;
  return parseReport(bytes, {
    ...(from ? { from } : {}),
    ...(opts.pdfjs ? { pdfjs: opts.pdfjs } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(year ? { year } : {}),
    ...(opts.format ? { format: opts.format } : {}),
  });
}

function documentOf(r: ParseResult, d: ParseDetected): ParsedDocument {
  return { kind: d.kind, script: d.script, cellsRead: r.cells.length, cellsUnread: r.unread.length };
}

/** A published report (HTML, text, PDF, .docx) or a filled Word form as a submission. */
export async function readPublishedFile(
  bytes: Uint8Array,
  base: Base,
  opts: ReadSubmissionOptions,
): Promise<Submission> {
  let r = await parse(bytes, base, opts);
  let yearFrom: Submission["yearFrom"] = "content";
  if (!r.report && opts.year && !r.detected?.year && r.detected) {
    r = await parse(bytes, base, opts, opts.year);
    yearFrom = "option";
  }
  const issues = (r.issues ?? []).map((i) => located(base.file, i));
  const warnings = [...r.warnings.map((i) => located(base.file, i)), ...unreadWarnings(base.file, r)];
  if (!r.report) return { ...base, kind: "unreadable", issues, warnings };
  const agency = r.detected?.agency;
  const report = agency ? r.report : { ...r.report, agency: { ...r.report.agency, name: base.unit.name } };
  return {
    ...base,
    kind: "published",
    ...(agency ? { unit: { name: agency, level: report.agency.level, from: "content" as const } } : {}),
    report,
    year: report.year,
    yearFrom,
    format: report.format,
    ...(r.detected ? { tables: r.detected.tables, document: documentOf(r, r.detected) } : {}),
    issues,
    warnings,
  };
}
