// Raw records and application ledgers (JSON Lines, CSV, Excel) as a submission: every line
// accepted or rejected with its place, tabulated into the tables of the year given.
import {
  type FormatId,
  type Issue,
  type Report,
  formatForYear,
  isOptionalModuleError,
  validateReport,
} from "@disclosure/schema";
import {
  type ReadItem,
  RecordsFileError,
  concatReaders,
  isRecordsFileError,
  isRejected,
  readRecordsFile,
  readRecordsGrid,
  recordHeaderRow,
  tabulate,
} from "@disclosure/stats";
import { bySeverity, fileError, inFile, needsYearIssue } from "./issues.js";
import type { ReadSubmissionOptions, Submission } from "./model.js";

type Base = Pick<Submission, "file" | "fileType" | "digest" | "unit">;

function unreadable(base: Base, issue: Issue): Submission {
  return { ...base, kind: "unreadable", issues: [issue], warnings: [] };
}

/** A workbook that is no fill-in form (tried first) and has no sheet of records either. */
const NEITHER_FORM_NOR_LEDGER = {
  zh: "既不是填报表，也没有记录表：各工作表中未找到含有“收到申请日期”“申请人类型”等列的表头",
  en: "neither a fill-in form nor a ledger: no sheet has a header with columns such as 收到申请日期 or receivedDate",
};

/** The record sheets of a workbook read by the caller's own worksheet reader. */
async function* givenGridItems(
  bytes: Uint8Array,
  file: string,
  workbookGrids: NonNullable<ReadSubmissionOptions["workbookGrids"]>,
): AsyncGenerator<ReadItem> {
  const sheets = (await workbookGrids(bytes)).filter((g) => recordHeaderRow(g.rows) >= 0);
  if (!sheets.length) {
    throw new RecordsFileError("XLSX-NO-RECORDS", NEITHER_FORM_NOR_LEDGER);
  }
  yield* concatReaders(sheets.map((g) => readRecordsGrid(g, { file, sheet: g.sheet })));
}

/** Why a workbook could not be read as a ledger, as an issue of the file. */
function workbookIssue(file: string, e: unknown): Issue {
  if (isRecordsFileError(e) && e.code === "XLSX-NO-RECORDS")
    return fileError(file, e.code, NEITHER_FORM_NOR_LEDGER);
  if (isOptionalModuleError(e) || isRecordsFileError(e)) return fileError(file, e.code, e.bilingual);
  const why = e instanceof Error ? e.message : String(e);
  return fileError(file, "XLSX-OPEN", {
    zh: `无法打开 Excel 文件：${why}`,
    en: `cannot open the Excel file: ${why}`,
  });
}

/** Every item of the file: by stats' `readRecordsFile`, or a workbook by the caller's reader. */
async function readItems(
  bytes: Uint8Array,
  base: Base,
  opts: ReadSubmissionOptions,
): Promise<ReadItem[] | Issue> {
  const source =
    base.fileType === "xlsx" && opts.workbookGrids
      ? givenGridItems(bytes, base.file, opts.workbookGrids)
      : readRecordsFile(recordsName(base), bytes, { file: base.file });
  const out: ReadItem[] = [];
  try {
    for await (const item of source) out.push(item);
  } catch (e) {
    return workbookIssue(base.file, e);
  }
  return out;
}

/** The name stats reads the file by: a workbook, CSV, or else JSON Lines. */
function recordsName(base: Base): string {
  return base.fileType === "xlsx"
    ? "records.xlsx"
    : base.fileType === "csv"
      ? "records.csv"
      : "records.jsonl";
}

/** The one unit the accepted records name (承办单位, `unit`), if they all name the same. */
export function recordsUnit(items: readonly ReadItem[]): string | undefined {
  const names = new Set<string>();
  for (const item of items) {
    if (isRejected(item)) continue;
    const unit = (item.record as { unit?: unknown }).unit;
    if (typeof unit === "string" && unit.trim()) names.add(unit.trim());
    if (names.size > 1) return undefined;
  }
  return names.size === 1 ? [...names][0] : undefined;
}

function tabulated(items: readonly ReadItem[], unit: string, year: number, format: FormatId) {
  const t = tabulate(items, { year, format });
  const r = validateReport({
    agency: { name: unit, level: "county" },
    year,
    format,
    tables: t.tables,
  });
  return { t, report: r.ok ? (r.value as Report) : undefined, invalid: r.ok ? [] : r.issues };
}

/**
 * Records of a JSON Lines or CSV file or an Excel ledger: read in full (kept for the
 * roll-up), counted, and with a year tabulated into the unit's report.
 */
export async function readRecordsSubmission(
  bytes: Uint8Array,
  base: Base,
  opts: ReadSubmissionOptions,
): Promise<Submission> {
  const items = await readItems(bytes, base, opts);
  if (!Array.isArray(items)) return unreadable(base, items);
  const rejected = items.filter(isRejected).length;
  if (!items.length) {
    return unreadable(
      base,
      fileError(base.file, "RECORDS-NONE", { zh: "没有读到任何记录", en: "no records were read" }),
    );
  }
  const named = recordsUnit(items);
  const unit = named ? { name: named, from: "content" as const } : base.unit;
  const base2 = { ...base, unit, kind: "records" as const, records: items };
  if (!opts.year) {
    return {
      ...base2,
      needsYear: true,
      recordCounts: { accepted: items.length - rejected, rejected },
      issues: [needsYearIssue(base.file)],
      warnings: [],
    };
  }
  const format = opts.format ?? formatForYear(opts.year);
  const { t, report, invalid } = tabulated(items, unit.name, opts.year, format);
  const { errors, warnings } = bySeverity(t.issues);
  return {
    ...base2,
    year: opts.year,
    yearFrom: "option",
    format,
    ...(report ? { report } : {}),
    recordCounts: {
      accepted: t.accepted,
      rejected: t.rejected,
      counted: t.counted,
      outsideYear: t.outsideYear,
      notTabulated: t.notTabulated,
    },
    issues: inFile(base.file, [...errors, ...invalid]),
    warnings: inFile(base.file, warnings),
  };
}
