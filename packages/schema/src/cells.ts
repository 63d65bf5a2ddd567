// The cells interchange form (spec/codes.md): one object per cell, and the
// report's nested tables. toCells and fromCells are exact inverses.
import { unknownCellIssue } from "./cells-check.js";
import { type CellDef, cellDefs, cellKey, findCell } from "./formats/lookup.js";
import type { FormatId, TableId } from "./formats/types.js";
import { type Issue, type Location, issueList, message } from "./issues.js";
import type { Cell, Report, Tables } from "./report.js";

/**
 * The cells of a report's tables, in the order the official tables print them
 * (cells present in the report only; an absent cell is not a blank one).
 * @example toCells(report).find(c => c.row === "received" && c.col === "total") //=> { table: "table3", row: "received", col: "total", value: 5 }
 */
export function toCells(report: Pick<Report, "format" | "tables" | "raw">): Cell[] {
  const out: Cell[] = [];
  const seen = new Set<string>();
  const push = (table: TableId, row: string, col: string, value: number | null) => {
    const key = cellKey(table, row, col);
    if (seen.has(key)) return;
    seen.add(key);
    const raw = report.raw?.[key];
    out.push(raw === undefined ? { table, row, col, value } : { table, row, col, value, raw });
  };
  for (const def of cellDefs(report.format)) {
    const v = report.tables[def.table]?.[def.row]?.[def.col];
    if (v !== undefined) push(def.table, def.row, def.col, v);
  }
  // Cells outside the official layout (a collapsed （六）, unknown rows) keep their place at the end.
  for (const table of ["table2", "table3", "table4"] as const) {
    for (const [row, cols] of Object.entries(report.tables[table] ?? {})) {
      for (const [col, v] of Object.entries(cols)) if (v !== undefined) push(table, row, col, v);
    }
  }
  return out;
}

export interface FromCellsOptions {
  format: FormatId;
  /** Accept `table3/otherHandling/*` in a 2021-format report (（六） printed as one row). Default true. */
  collapsedOtherHandling?: boolean | undefined;
  /** Keep cells whose codes are not in the format (with a warning) instead of rejecting them. Default false. */
  keepUnknown?: boolean | undefined;
  /** Where the cells came from, for locations. */
  file?: string | undefined;
  /** Line numbers of the cells in `file`, parallel to `cells`. */
  lines?: readonly number[] | undefined;
  /** At most this many issues are listed; the rest are counted in one more. Default 1000. */
  maxIssues?: number | undefined;
}

/** CELL-DUPLICATE: a cell given again, naming where it first was (a line, or an item number). */
function duplicateIssue(key: string, first: number, opts: FromCellsOptions): Issue {
  const at = opts.lines
    ? { zh: `第 ${opts.lines[first]} 行`, en: `line ${opts.lines[first]}` }
    : { zh: `第 ${first + 1} 项`, en: `item ${first + 1}` };
  return {
    code: "CELL-DUPLICATE",
    severity: "error",
    message: message(
      `单元格 ${key} 重复出现（首次在${at.zh}），保留首次的值`,
      `cell ${key} appears twice (first at ${at.en}); the first value is kept`,
    ),
    value: key,
  };
}

/**
 * Nested tables from cells, with every cell whose codes the format does not know
 * reported (CELL-UNKNOWN, with the cell it probably meant) and every duplicate reported
 * (CELL-DUPLICATE), located by line when `lines` are given; at most `maxIssues` listed.
 * @example fromCells([{ table: "table3", row: "received", col: "total", value: 5 }], { format: "2019" }).tables.table3.received.total //=> 5
 */
export function fromCells(
  cells: readonly Cell[],
  opts: FromCellsOptions,
): { tables: Tables; raw?: Record<string, string>; issues: Issue[] } {
  const tables: Tables = {};
  const raw: Record<string, string> = {};
  const issues = issueList(opts.maxIssues);
  const seen = new Map<string, number>();
  const seenCells = new Map<CellDef, number>();
  const lookup = { collapsedOtherHandling: opts.collapsedOtherHandling ?? true };
  cells.forEach((c, i) => {
    // Located only when an issue needs it: most cells have none.
    const loc = (): Location => {
      const line = opts.lines?.[i];
      return line === undefined
        ? { kind: "json", file: opts.file, path: [i] }
        : { kind: "text", file: opts.file, line };
    };
    const def = findCell(opts.format, c.table, c.row, c.col, lookup);
    if (!def) {
      issues.push(
        unknownCellIssue(opts.format, c.table, c.row, c.col, loc(), opts.keepUnknown ? "warning" : "error"),
      );
      if (!opts.keepUnknown) return;
    }
    // A known cell is told apart by its definition (one per key), without building its key.
    const first = def ? seenCells.get(def) : seen.get(cellKey(c.table, c.row, c.col));
    if (first !== undefined) {
      issues.push({ ...duplicateIssue(cellKey(c.table, c.row, c.col), first, opts), location: loc() });
      return;
    }
    if (def) seenCells.set(def, i);
    else seen.set(cellKey(c.table, c.row, c.col), i);
    const t = tables[c.table] ?? {};
    tables[c.table] = t;
    const cells = t[c.row] ?? {};
    t[c.row] = cells;
    cells[c.col] = c.value;
    if (c.raw !== undefined) raw[cellKey(c.table, c.row, c.col)] = c.raw;
  });
  const listed = issues.done(opts.file);
  return Object.keys(raw).length ? { tables, raw, issues: listed } : { tables, issues: listed };
}

/** A cell's value in a report's tables: number, null (blank) or undefined (absent). */
export function cellValue(
  tables: Tables,
  table: TableId,
  row: string,
  col: string,
): number | null | undefined {
  return tables[table]?.[row]?.[col];
}
