// Files read by readReport of @disclosure/schema: the Excel fill-in form, a report as JSON,
// cells as JSON, JSON Lines or CSV. The unit and year are taken from the file where it states
// them; a form's own year is never overridden by the options.
import {
  type FormatId,
  type ReadReportOptions,
  type ReadReportResult,
  type Report,
  readReport,
} from "@disclosure/schema";
import { bySeverity, inFile, needsYearIssue } from "./issues.js";
import type { CellCounts, ReadSubmissionOptions, Submission, SubmissionFileType } from "./model.js";

/** The agency name readReport gives a report whose file and options name none. */
const NO_AGENCY = "（未注明机关）";

type Base = Pick<Submission, "file" | "fileType" | "digest" | "unit">;

/** How many cells of the report's tables the read gave (cells of the other format are kept aside as raw). */
function tableCells(r: ReadReportResult): number {
  const tables = r.report?.tables ?? {};
  return Object.values(tables).reduce(
    (n, rows) => n + Object.values(rows ?? {}).reduce((m, cols) => m + Object.keys(cols).length, 0),
    0,
  );
}

/**
 * Cells read in the format whose codes they use: the one giving more cells of its tables
 * (fewer rejected lines on a tie, then the year's format).
 */
async function readInEitherFormat(
  bytes: Uint8Array,
  opts: ReadReportOptions,
  format: FormatId | undefined,
): Promise<ReadReportResult> {
  if (format) return readReport(bytes, { ...opts, format });
  const byYear = await readReport(bytes, opts);
  if (byYear.kind !== "cells" || !byYear.cells || !opts.year || byYear.cells.encoding === "xlsx")
    return byYear;
  const other: FormatId = opts.year <= 2020 ? "2021" : "2019";
  const alt = await readReport(bytes, { ...opts, format: other });
  const [a, b] = [tableCells(byYear), tableCells(alt)];
  const better =
    b > a || (b === a && (alt.cells?.rejected ?? Number.POSITIVE_INFINITY) < byYear.cells.rejected);
  return better ? alt : byYear;
}

function isForm(fileType: SubmissionFileType | undefined, r: ReadReportResult): boolean {
  return fileType === "xlsx" && r.cells?.encoding === "xlsx";
}

/** A report named after the unit when its file named no agency. */
function named(report: Report, unit: Base["unit"]): Report {
  return report.agency.name === NO_AGENCY
    ? { ...report, agency: { ...report.agency, name: unit.name } }
    : report;
}

/**
 * A form, report JSON or cells file as a submission. The file is read first without a year,
 * so that one stating its own keeps it; only one stating none is read with `opts.year`.
 */
export async function readTablesFile(
  bytes: Uint8Array,
  base: Base,
  opts: ReadSubmissionOptions,
): Promise<Submission> {
  const ro: ReadReportOptions = { file: base.file };
  let r = await readInEitherFormat(bytes, ro, opts.format);
  let yearFrom: Submission["yearFrom"] = "content";
  const noYear = r.needsYear || r.issues.some((i) => i.code === "FORM-NO-YEAR");
  if (noYear && opts.year) {
    r = await readInEitherFormat(bytes, { ...ro, year: opts.year }, opts.format);
    yearFrom = "option";
  }
  const kind = r.kind === "report" ? "report" : isForm(base.fileType, r) ? "form" : "cells";
  const { errors, warnings } = bySeverity([...r.issues, ...r.warnings]);
  const fromContent = r.report && r.report.agency.name !== NO_AGENCY ? r.report.agency : undefined;
  const report = r.report ? named(r.report, base.unit) : undefined;
  const cellCounts: CellCounts | undefined = r.cells;
  const stillNoYear = !report && (r.needsYear || r.issues.some((i) => i.code === "FORM-NO-YEAR"));
  return {
    ...base,
    kind: r.kind === "none" ? "unreadable" : kind,
    ...(fromContent
      ? {
          unit: {
            name: fromContent.name,
            // Cells name no level: readReport's default is not the unit's.
            ...(fromContent.level && kind !== "cells" ? { level: fromContent.level } : {}),
            from: "content" as const,
          },
        }
      : {}),
    ...(report ? { report, year: report.year, yearFrom, format: report.format } : {}),
    ...(cellCounts ? { cellCounts } : {}),
    ...(stillNoYear ? { needsYear: true } : {}),
    issues: inFile(base.file, stillNoYear && r.needsYear ? [needsYearIssue(base.file)] : errors),
    warnings: inFile(base.file, warnings),
  };
}
