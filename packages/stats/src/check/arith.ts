// Sums over cells as rules.md's notation asks: a blank (null) operand counts as 0 and is
// remembered so that a failing instance can name it; an absent or unreadable operand makes
// the instance unverifiable (skipped; STRUCT-MISSING / CELL-COUNT report the cause).
import type { TableId } from "@disclosure/schema";
import type { CellRef } from "../finding.js";
import type { CellState, CheckContext } from "./context.js";

/** The sum of some cells, with the blank ones among them. */
export interface CellSum {
  readonly value: number;
  readonly cells: readonly CellRef[];
  readonly blanks: readonly CellRef[];
}

/** Reads one cell of some report. */
export type CellReader = (table: TableId, row: string, col: string) => CellState;

/** Sums cells read by `read` (blank = 0); undefined when one of them is absent or not a number. */
export function sumWith(read: CellReader, refs: readonly CellRef[]): CellSum | undefined {
  let value = 0;
  const blanks: CellRef[] = [];
  // An indexed loop: the arrays of references come from literals, maps and caches alike, and
  // an iterator over them would be specialised to (and thrown away for) each kind of array.
  for (let i = 0; i < refs.length; i++) {
    const r = refs[i] as CellRef;
    const s = read(r.table as TableId, r.row, r.col);
    if (s.kind === "absent" || s.kind === "invalid") return undefined;
    if (s.kind === "blank") blanks.push(r);
    else value += s.value;
  }
  return { value, cells: refs, blanks };
}

/** Sums cells of the checked report (blank = 0); undefined when one is absent or not a number. */
export function sumCells(ctx: CheckContext, refs: readonly CellRef[]): CellSum | undefined {
  return sumWith(ctx.cell, refs);
}
