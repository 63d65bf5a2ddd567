// Raw records and application ledgers (JSON Lines, CSV, Excel) as a submission: every line
// accepted or rejected with its place, tabulated into the tables of the year given.
import { type FormatId, type Issue, type Report, formatForYear, validateReport } from "@disclosure/schema";
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
import type { ReadSubmissionOptions, Submission, WorkbookGrid } from "./model.js";

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
  if (!opts.workbookGrids) {
    return fileError(base.file, "SUBMISSION-XLSX-LEDGER", {
      zh: "这不是填报表；读取 Excel 台账需要工作表读取器（@disclosure/catalog 的 readWorkbookGrids）",
      en: "this is no fill-in form; reading an Excel ledger needs a worksheet reader (readWorkbookGrids of @disclosure/catalog)",
    });
  }
  let grids: readonly WorkbookGrid[];
  try {
    grids = await opts.workbookGrids(bytes);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fileError(base.file, "XLSX-OPEN", {
      zh: `无法打开 Excel 文件：${why}`,
      en: `cannot open the Excel file: ${why}`,
    });
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

function tabulated(items: readonly ReadItem[], base: Base, year: number, format: FormatId) {
  const t = tabulate(items, { year, format });
  const r = validateReport({
    agency: { name: base.unit.name, level: "county" },
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
  const base2 = { ...base, kind: "records" as const, records: items };
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
  const { t, report, invalid } = tabulated(items, base, opts.year, format);
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
