// How the check reads a report's cells: a cell is a number, blank (null), absent, or not a
// number at all; tables and rows are read in place, and for the ~1,000 reads of one check
// through maps of the rows each table holds. Hostile input (rows that are not objects,
// `__proto__` keys, inherited names) reads as it always did.
import type { Report, TableId } from "@disclosure/schema";
import type { CellRef } from "../finding.js";

/** A cell as the input has it: a number, blank (null), absent, or not a number at all. */
export type CellState =
  | { readonly kind: "value"; readonly value: number }
  | { readonly kind: "blank" }
  | { readonly kind: "absent" }
  | { readonly kind: "invalid"; readonly input: unknown };

export type Rows = Record<string, Record<string, unknown>>;

export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** The table of a report as a plain object (or an empty one when the input has none or junk). */
export function tableOf(report: Report | undefined, table: TableId): Rows {
  const tables = isRecord(report) ? report.tables : undefined;
  const t = isRecord(tables) ? tables[table] : undefined;
  if (!isRecord(t)) return {};
  const out: Rows = {};
  for (const [row, cols] of Object.entries(t)) if (isRecord(cols)) out[row] = cols;
  return out;
}

// Absent and blank cells read alike everywhere: one frozen state each, not one object a read.
const ABSENT: CellState = Object.freeze({ kind: "absent" });
const BLANK: CellState = Object.freeze({ kind: "blank" });

/** A table of a report, read in place: undefined unless an object. */
export function tableObject(report: Report | undefined, table: string): Record<string, unknown> | undefined {
  const tables: unknown = isRecord(report) ? report.tables : undefined;
  const t = isRecord(tables) ? tables[table] : undefined;
  return isRecord(t) ? t : undefined;
}

/** A row of a table (as {@link tableObject} gives it), read in place: undefined unless an object. */
function rowIn(t: Record<string, unknown> | undefined, row: string): Record<string, unknown> | undefined {
  const cols = t && Object.hasOwn(t, row) ? t[row] : undefined;
  return isRecord(cols) ? cols : undefined;
}

/** How a cell reads in a table (as {@link tableObject} gives it). */
function cellIn(t: Record<string, unknown> | undefined, row: string, col: string): CellState {
  return cellOfRow(rowIn(t, row), col);
}

/** How a cell reads in its row (as {@link rowIn} gives it). */
function cellOfRow(cols: Record<string, unknown> | undefined, col: string): CellState {
  if (!cols || !Object.hasOwn(cols, col)) return ABSENT;
  const v = cols[col];
  if (v === undefined) return ABSENT;
  if (v === null) return BLANK;
  if (typeof v === "number" && Number.isFinite(v)) return { kind: "value", value: v };
  return { kind: "invalid", input: v };
}

/** How a cell reads in a report's tables. */
export function readCell(report: Report | undefined, table: TableId, row: string, col: string): CellState {
  return cellIn(tableObject(report, table), row, col);
}

/** Whether a row of a table (as {@link tableObject} gives it) has a cell. */
export function rowHasCell(t: Record<string, unknown> | undefined, row: string): boolean {
  const cols = t && Object.hasOwn(t, row) ? t[row] : undefined;
  return isRecord(cols) && Object.values(cols).some((v) => v !== undefined);
}

/** Whether any row of a table (as {@link tableOf} gives it) has a cell. */
export function anyCell(rows: Rows): boolean {
  return Object.values(rows).some((cols) => Object.values(cols).some((v) => v !== undefined));
}

/**
 * Whether the reader could not read a cell: `unread` as a set of `table|row|col` keys, looked up
 * by table, row and column (no key built a question) unless a code holds the separator.
 */
export function unreadLookup(unread: readonly CellRef[]): (t: string, r: string, c: string) => boolean {
  if (!unread.length) return () => false;
  // Plain loops over the input (a parser's list, of whatever kind of array): each code is made
  // a string once, as the template literals always did.
  const codes: string[] = [];
  let separated = false;
  for (const u of unread) {
    const t = `${u.table}`;
    const r = `${u.row}`;
    const c = `${u.col}`;
    if (t.includes("|") || r.includes("|") || c.includes("|")) separated = true;
    codes.push(t, r, c);
  }
  return separated ? keyLookup(codes) : treeLookup(codes);
}

/** Look-up by `table|row|col` keys (`codes` in threes). */
function keyLookup(codes: readonly string[]): (t: string, r: string, c: string) => boolean {
  const keys = new Set<string>();
  for (let i = 0; i + 2 < codes.length; i += 3) keys.add(`${codes[i]}|${codes[i + 1]}|${codes[i + 2]}`);
  return (t, r, c) => keys.has(`${t}|${r}|${c}`);
}

/** Look-up by table, row and column (`codes` in threes). */
function treeLookup(codes: readonly string[]): (t: string, r: string, c: string) => boolean {
  const tree = new Map<string, Map<string, Set<string>>>();
  for (let i = 0; i + 2 < codes.length; i += 3) {
    const t = codes[i] as string;
    const r = codes[i + 1] as string;
    const rows = tree.get(t) ?? new Map<string, Set<string>>();
    tree.set(t, rows);
    const cols = rows.get(r) ?? new Set<string>();
    rows.set(r, cols);
    cols.add(codes[i + 2] as string);
  }
  return (t, r, c) => tree.get(t)?.get(r)?.has(c) ?? false;
}

/**
 * A table's rows that are objects, by code (`rows`, the table as {@link tableOf} copied it):
 * the rules read about a thousand cells a report, and a map finds a row faster than the
 * property checks of {@link rowIn}, which still reads any row the map lacks.
 */
function rowReader(
  t: Record<string, unknown> | undefined,
  rows: Rows,
): (row: string) => Record<string, unknown> | undefined {
  if (!t) return () => undefined;
  const byCode = new Map(Object.entries(rows));
  return (row) => byCode.get(row) ?? rowIn(t, row);
}

/** A report's cells read through its tables (`rows` as {@link tableOf} gives them), each table found once. */
export function cellReader(
  report: Report,
  rows: (t: TableId) => Rows,
): (t: string, r: string, c: string) => CellState {
  const t2 = rowReader(tableObject(report, "table2"), rows("table2"));
  const t3 = rowReader(tableObject(report, "table3"), rows("table3"));
  const t4 = rowReader(tableObject(report, "table4"), rows("table4"));
  return (t, r, c) => {
    const cols =
      t === "table3"
        ? t3(r)
        : t === "table2"
          ? t2(r)
          : t === "table4"
            ? t4(r)
            : rowIn(tableObject(report, t), r);
    return cellOfRow(cols, c);
  };
}
