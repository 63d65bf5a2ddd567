// The rows of the audit table: one a file, its counts, and the order the user sorts them in.
// Pure functions over plain data.
import type { AuditFinding, AuditedReport } from "@disclosure/report-text";
import type { Message } from "@disclosure/schema";

/** One file of the audit as the table shows it; counts are absent for a file not read. */
export interface AuditRow {
  /** The file's place in the order it was given (ties sort by it). */
  readonly id: number;
  readonly file: string;
  readonly read: boolean;
  readonly agency?: string;
  readonly year?: number;
  readonly format?: string;
  readonly errors?: number;
  readonly warnings?: number;
  readonly unread?: number;
  /** Why the file could not be read. */
  readonly reason?: Message;
}

/** A report's findings about the publication (not READ-UNREAD, which is about our reading). */
export function publishedFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  return findings.filter((f) => f.concerns !== "reading" && f.severity !== "info");
}

/** The row of an audited report (errors and warnings counted as the workbook's 概览 counts them). */
export function auditRow(id: number, r: AuditedReport): AuditRow {
  if (!r.read) return { id, file: r.file, read: false, ...(r.reason ? { reason: r.reason } : {}) };
  const published = publishedFindings(r.findings);
  const errors = published.filter((f) => f.severity === "error").length;
  return {
    id,
    file: r.file,
    read: true,
    ...(r.agency !== undefined ? { agency: r.agency } : {}),
    ...(r.year !== undefined ? { year: r.year } : {}),
    ...(r.format !== undefined ? { format: r.format } : {}),
    errors,
    warnings: published.length - errors,
    unread: r.unread,
  };
}

export type ColumnId = "file" | "agency" | "year" | "format" | "errors" | "warnings" | "unread";

/** The sortable columns: their header and whether they hold numbers. */
export const COLUMNS: readonly { id: ColumnId; label: Message; numeric: boolean }[] = [
  { id: "file", label: { zh: "文件", en: "File" }, numeric: false },
  { id: "agency", label: { zh: "机关", en: "Agency" }, numeric: false },
  { id: "year", label: { zh: "年度", en: "Year" }, numeric: true },
  { id: "format", label: { zh: "格式", en: "Format" }, numeric: false },
  { id: "errors", label: { zh: "错误", en: "Errors" }, numeric: true },
  { id: "warnings", label: { zh: "警告", en: "Warnings" }, numeric: true },
  { id: "unread", label: { zh: "未能读出的单元格", en: "Cells not read" }, numeric: true },
];

export type Direction = "ascending" | "descending";

/** The table's order: a column and a direction, or the order the files were given. */
export type SortState = { readonly column: ColumnId; readonly direction: Direction } | undefined;

const collator = new Intl.Collator("zh-CN", { numeric: true });

function compareValues(a: string | number, b: string | number): number {
  return typeof a === "number" && typeof b === "number" ? a - b : collator.compare(String(a), String(b));
}

/**
 * The order of two rows by a column: values in the direction asked, rows without a value
 * (a file not read as a report) after every row with one either way, ties in the order given.
 */
export function compareRows(sort: SortState): (a: AuditRow, b: AuditRow) => number {
  return (a, b) => {
    if (sort) {
      const x = a[sort.column];
      const y = b[sort.column];
      if (x === undefined || y === undefined) {
        if (x !== y) return x === undefined ? 1 : -1;
      } else {
        const c = compareValues(x, y);
        if (c !== 0) return sort.direction === "ascending" ? c : -c;
      }
    }
    return a.id - b.id;
  };
}

/** The rows in the table's order (a new array). */
export function sortRows(rows: readonly AuditRow[], sort: SortState): AuditRow[] {
  return [...rows].sort(compareRows(sort));
}

/**
 * The order after a click on a column's header: the same column turns round; another column
 * starts with the most first for counts (errors, warnings, cells not read) and A→Z otherwise.
 */
export function nextSort(sort: SortState, column: ColumnId): SortState {
  if (sort?.column === column)
    return { column, direction: sort.direction === "ascending" ? "descending" : "ascending" };
  const counts: readonly ColumnId[] = ["errors", "warnings", "unread"];
  return { column, direction: counts.includes(column) ? "descending" : "ascending" };
}

/** The `aria-sort` of a column's header. */
export function ariaSort(sort: SortState, column: ColumnId): Direction | "none" {
  return sort?.column === column ? sort.direction : "none";
}
