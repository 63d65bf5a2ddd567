// Raw records and application ledgers (JSON Lines, CSV, Excel) as a submission: every line
// accepted or rejected with its place, tabulated into the tables of the year given.
import {
  type FormatId,
  type Issue,
  type Report,
  formatForYear,
  isOptionalModuleError,
  readWorkbookGrids,
  validateReport,
} from "@disclosure/schema";
import {
  type ReadItem,
  concatReaders,
  isRejected,
  readRecordsCsv,
  readRecordsGrid,
  readRecordsJsonl,
  recordHeaderRow,
  tabulate,
} from "@disclosure/stats";
import { bySeverity, fileError, inFile, needsYearIssue } from "./issues.js";
import type { ReadSubmissionOptions, SheetRows, Submission } from "./model.js";

type Base = Pick<Submission, "file" | "fileType" | "digest" | "unit">;

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

function unreadable(base: Base, issue: Issue): Submission {
  return { ...base, kind: "unreadable", issues: [issue], warnings: [] };
}

/** The record sheets of a workbook, or the issue saying why there are none. */
async function gridItems(
  bytes: Uint8Array,
  base: Base,
  opts: ReadSubmissionOptions,
): Promise<AsyncIterable<ReadItem> | Issue> {
  let grids: readonly SheetRows[];
  try {
    grids = await (opts.workbookGrids ?? readWorkbookGrids)(bytes);
  } catch (e) {
    if (isOptionalModuleError(e)) return fileError(base.file, e.code, e.bilingual);
    const bilingual = (e as { bilingual?: { zh: string; en: string } }).bilingual;
    const why = e instanceof Error ? e.message : String(e);
    return fileError(
      base.file,
      "XLSX-OPEN",
      bilingual ?? { zh: `无法打开 Excel 文件：${why}`, en: `cannot open the Excel file: ${why}` },
    );
  }
  const sheets = grids.filter((g) => recordHeaderRow(g.rows) >= 0);
  if (!sheets.length) {
    return fileError(base.file, "XLSX-NO-RECORDS", {
      zh: "既不是填报表，也没有记录表：各工作表中未找到含有“收到申请日期”“申请人类型”等列的表头",
      en: "neither a fill-in form nor a ledger: no sheet has a header with columns such as 收到申请日期 or receivedDate",
    });
  }
  return concatReaders(sheets.map((g) => readRecordsGrid(g, { file: `${base.file} 工作表“${g.sheet}”` })));
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
export async function readRecordsFile(
  bytes: Uint8Array,
  base: Base,
  opts: ReadSubmissionOptions,
): Promise<Submission> {
  let source: AsyncIterable<ReadItem>;
  if (base.fileType === "xlsx") {
    const got = await gridItems(bytes, base, opts);
    if ("code" in got) return unreadable(base, got);
    source = got;
  } else {
    source =
      base.fileType === "csv"
        ? readRecordsCsv([bytes], { file: base.file })
        : readRecordsJsonl([bytes], { file: base.file });
  }
  const items = await collect(source);
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
