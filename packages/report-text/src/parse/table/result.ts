// What reading a table gives — the cells read with where they were printed, the expected
// cells not read with the reason, located warnings — and the record the steps of one reading
// add to.
import type { Cell, FormatDef, Message, TableId, Issue } from "@disclosure/schema";
import type { SourceLocation } from "../model.js";
import type { Column } from "./columns.js";

/** A cell read from the document, with where it was printed. */
export interface ParsedCell extends Cell {
  readonly source: SourceLocation;
}

/** An expected cell that could not be read, and why. */
export interface UnreadCell {
  readonly table: TableId;
  readonly row: string;
  readonly col: string;
  readonly reason: Message;
  /** Where the row's numbers (or the table) were, when anything was found. */
  readonly location?: SourceLocation;
}

/** What reading one table gave. */
export interface TableRead {
  readonly table: TableId;
  readonly cells: ParsedCell[];
  readonly unread: UnreadCell[];
  readonly warnings: Issue[];
  /** Whether anything of the table (a label or a number under its header) was found. */
  readonly found: boolean;
  /** Lines [start, end) the table occupies, when found. */
  readonly span?: { readonly start: number; readonly end: number } | undefined;
  /** A 2021-format table 三 whose （六）其他处理 is printed as one row (stored as `otherHandling`). */
  readonly collapsedOtherHandling?: boolean | undefined;
}

/** What the steps of reading one table add to, in the order they find things. */
export interface TableReading {
  readonly format: FormatDef;
  readonly table: TableId;
  readonly cells: ParsedCell[];
  readonly unread: UnreadCell[];
  readonly warnings: Issue[];
}

/** An empty reading of a table. */
export function startReading(format: FormatDef, table: TableId): TableReading {
  return { format, table, cells: [], unread: [], warnings: [] };
}

/**
 * What a reading of a table gives: found over the lines `span`, or not found (no span);
 * `collapsed` for a table 三 whose （六）其他处理 is printed as one row.
 */
export function readingResult(
  reading: TableReading,
  span: { readonly start: number; readonly end: number } | undefined,
  found = span !== undefined,
  collapsed?: true,
): TableRead {
  const { table, cells, unread, warnings } = reading;
  // Every property present (undefined when absent), for speed: one hidden class for every table read.
  return { table, cells, unread, warnings, found, span, collapsedOtherHandling: collapsed };
}

/** A bilingual message. */
export function msg(zh: string, en: string): Message {
  return { zh, en };
}

/** Every cell of a row (of the format's columns) unread, for one reason. */
export function unreadRow(
  reading: TableReading,
  row: string,
  columns: readonly Column[],
  reason: Message,
  location?: SourceLocation,
): void {
  for (const c of columns) {
    if (!c.code) continue;
    reading.unread.push({
      table: reading.table,
      row,
      col: c.code,
      reason,
      ...(location ? { location } : {}),
    });
  }
}

/** The Chinese names tables are given in messages. */
export const TABLE_NAMES_ZH: Readonly<Record<TableId, string>> = {
  table2: "表二",
  table3: "表三",
  table4: "表四",
};
