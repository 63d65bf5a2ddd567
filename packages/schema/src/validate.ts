// Validation of reports and cells that never throws on user data: every issue is
// located (JSON path) and worded in Chinese with an English twin; lenient input
// (numbers as text, full-width digits, Chinese numerals, blanks) is normalised with
// a warning for each change; a key the model does not know is an error naming the key
// it probably meant; at most MAX_LISTED_ISSUES errors and as many warnings are listed.
import { checkCellValue, isCleanCellValue, normalizeCellValue } from "./cell-value.js";
import { checkCellItems, unknownCellIssue } from "./cells-check.js";
import { type CellDef, cellKey, findCell } from "./formats/lookup.js";
import type { FormatId, TableId } from "./formats/types.js";
import { type Issue, type Result, issueList, message } from "./issues.js";
import { issueInFile } from "./location.js";
import { type Cell, type Report, ReportSchema } from "./report.js";
import { tablesAsParsed } from "./validate-tables.js";
import { fromZodIssues } from "./zod-issues.js";

const TABLES: readonly TableId[] = ["table2", "table3", "table4"];

let chinaYearFormat: Intl.DateTimeFormat | undefined;
/** The year last read, from when, and until when it surely holds. */
let knownYear: { year: number; from: number; until: number } | undefined;

/** The current year in China (reports may be drafted for the year in progress). */
function currentYear(): number {
  const now = Date.now();
  // Formatting a date in a time zone costs more than validating a small report: the year is
  // read again only outside the span where it cannot have changed — from the moment it was
  // read until 14 hours before the next 1 January UTC (no zone is ahead of UTC by more), or
  // when the clock went back.
  if (knownYear && now >= knownYear.from && now < knownYear.until) return knownYear.year;
  chinaYearFormat ??= new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" });
  const year = Number(chinaYearFormat.format(new Date(now)));
  const until = Number.isInteger(year) ? Date.UTC(year + 1, 0, 1) - 14 * 3_600_000 : now;
  knownYear = { year, from: now, until };
  return year;
}

export interface ValidateOptions {
  /** Where the input came from, prefixed to locations. */
  file?: string;
  /** At most this many errors (and as many warnings) are listed; the rest are counted. Default 1000. */
  maxIssues?: number;
}

/** Where issues go: errors and warnings each into their own capped list. */
interface Sink {
  push(issue: Issue): void;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Rows looked up so far, per format and table: each column's definition (or none), as findCell gives it. */
const rowCells = new Map<string, Map<string, CellDef | undefined>>();
const ROWS_KEPT = 4096;
const COLUMNS_KEPT = 64;

/**
 * findCell (collapsed （六） accepted) for the columns of one row, remembered per row and
 * column: reports repeat the same cells, and a row's key is built once, not once a cell.
 */
function rowLookup(format: FormatId, table: TableId, row: string): (col: string) => CellDef | undefined {
  const rowKey = `${format}/${table}/${row}`;
  let cols = rowCells.get(rowKey);
  if (!cols) {
    if (rowCells.size >= ROWS_KEPT) rowCells.clear();
    cols = new Map();
    rowCells.set(rowKey, cols);
  }
  const known = cols;
  return (col) => {
    const seen = known.get(col);
    if (seen !== undefined || known.has(col)) return seen;
    const def = findCell(format, table, row, col, { collapsedOtherHandling: true });
    if (known.size < COLUMNS_KEPT) known.set(col, def);
    return def;
  };
}

/**
 * One table's rows with every value read and checked against its cell's unit; a cell the
 * format does not have is CELL-UNKNOWN, with the cell it probably meant.
 */
function normalizeTable(
  format: FormatId,
  table: TableId,
  rows: Record<string, unknown>,
  raw: Record<string, string>,
  issues: Sink,
): Record<string, unknown> {
  const outRows: Record<string, unknown> = {};
  for (const [row, cols] of Object.entries(rows)) {
    if (!isPlainObject(cols)) {
      outRows[row] = cols;
      continue;
    }
    const outCols: Record<string, unknown> = {};
    const cellDef = rowLookup(format, table, row);
    for (const [col, v] of Object.entries(cols)) {
      const def = cellDef(col);
      // Most values are numbers that fit their cell (a parsed report's all are): kept as they are.
      if (def && isCleanCellValue(v, def.unit)) {
        outCols[col] = v;
        continue;
      }
      const path = ["tables", table, row, col];
      if (!def) {
        issues.push({ ...unknownCellIssue(format, table, row, col, { kind: "json", path }), value: v });
        continue;
      }
      const n = normalizeCellValue(v, def.unit, path);
      if ("error" in n) {
        issues.push(n.error);
        continue;
      }
      for (const w of n.issues) issues.push(w);
      for (const i of checkCellValue(n.value, def.unit, path)) issues.push(i);
      if (n.raw !== undefined) raw[cellKey(table, row, col)] = n.raw;
      outCols[col] = n.value;
    }
    outRows[row] = outCols;
  }
  return outRows;
}

/** The report with its table values normalised first, so that "５" or "—" are not type errors. */
function normalizeTables(obj: Record<string, unknown>, format: FormatId, issues: Sink): void {
  const tablesIn = obj.tables;
  if (!isPlainObject(tablesIn)) return;
  const tables: Record<string, unknown> = {};
  const raw: Record<string, string> = { ...((obj.raw as Record<string, string> | undefined) ?? {}) };
  for (const [table, rows] of Object.entries(tablesIn)) {
    tables[table] =
      TABLES.includes(table as TableId) && isPlainObject(rows)
        ? normalizeTable(format, table as TableId, rows, raw, issues)
        : rows;
  }
  obj.tables = tables;
  if (Object.keys(raw).length) obj.raw = raw;
}

function notObject(file: string | undefined): Result<Report> {
  return {
    ok: false,
    issues: [
      {
        code: "REPORT-NOT-OBJECT",
        severity: "error",
        location: { kind: "json", path: [], file },
        message: message("报告应为 JSON 对象", "a report must be a JSON object"),
      },
    ],
    warnings: [],
  };
}

function futureYear(year: number): Issue {
  return {
    code: "REPORT-YEAR-FUTURE",
    severity: "error",
    location: { kind: "json", path: ["year"] },
    value: year,
    message: message(
      `年份必须是 2008 至今的整数（${year} 在今年之后）`,
      `year must be an integer from 2008 on (${year} is in the future)`,
    ),
  };
}

/**
 * ReportSchema.safeParse of a report whose tables normalizeTables made. When the tables
 * certainly pass (the common case), zod checks the rest with empty tables and the tables are
 * put back as zod would have returned them: the same result, issues included (the tables
 * have none), at a fraction of the cost; otherwise zod parses the whole report.
 */
function parseNormalized(obj: Record<string, unknown>): ReturnType<typeof ReportSchema.safeParse> {
  const tables = tablesAsParsed(obj.tables);
  if (!tables) return ReportSchema.safeParse(obj);
  const parsed = ReportSchema.safeParse({ ...obj, tables: {} });
  if (parsed.success) parsed.data.tables = tables;
  return parsed;
}

/**
 * Validates a report given as parsed JSON. Never throws on user data: returns the
 * strict report (numbers normalised) with warnings, or the located, bilingual issues.
 * A key the report model does not know (`tables.tabel3`) is an error naming the key it
 * probably meant.
 * @example validateReport({ agency: { name: "盐池县人民政府", level: "county" }, year: 2020, format: "2019", tables: { table3: { received: { total: "５" } } } }).ok //=> true (one FULLWIDTH warning)
 */
export function validateReport(input: unknown, opts: ValidateOptions = {}): Result<Report> {
  const file = opts.file || undefined;
  if (!isPlainObject(input)) return notObject(file);
  const errors = issueList(opts.maxIssues);
  const warnings = issueList(opts.maxIssues);
  const found: Sink = {
    push: (i) => (i.severity === "error" ? errors : warnings).push(issueInFile(i, file)),
  };
  const obj = { ...input };
  const format: FormatId | undefined =
    obj.format === "2019" || obj.format === "2021" ? obj.format : undefined;
  if (format) normalizeTables(obj, format, found);

  // The fast path reuses the tables' objects: only those normalizeTables just made.
  const parsed = format ? parseNormalized(obj) : ReportSchema.safeParse(obj);
  if (!parsed.success) {
    for (const i of fromZodIssues(parsed.error.issues, { schema: ReportSchema, input: obj })) found.push(i);
  } else if (parsed.data.year > currentYear()) found.push(futureYear(parsed.data.year));

  // Money and warning-level issues do not make a report unusable.
  if (errors.total || !parsed.success) {
    return { ok: false, issues: errors.done(opts.file), warnings: warnings.done(opts.file) };
  }
  return { ok: true, value: parsed.data, warnings: warnings.done(opts.file) };
}

/**
 * Validates a list of cells in the interchange form against a format, normalising
 * text values. Locations are `cells[i]` paths, or file lines when given. A key a cell
 * does not have (`vaule`) is an error, once per key name.
 */
export function validateCells(
  input: unknown,
  opts: { format: FormatId; file?: string; lines?: readonly number[]; maxIssues?: number },
): Result<Cell[]> {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          code: "CELLS-NOT-ARRAY",
          severity: "error",
          location: { kind: "json", path: [], file: opts.file },
          message: message("单元格列表应为数组", "cells must be an array"),
        },
      ],
      warnings: [],
    };
  }
  const checked = checkCellItems(input, opts);
  const warnings = checked.warnings.done(opts.file);
  return checked.errors.total
    ? { ok: false, value: checked.cells, issues: checked.errors.done(opts.file), warnings }
    : { ok: true, value: checked.cells, warnings };
}
