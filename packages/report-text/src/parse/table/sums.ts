// The tables' identities — which cells add up to which, as @disclosure/schema states them
// from the format — checked over the values of a reading with the rules' own arithmetic
// (@disclosure/stats' sumWith: a blank counts as 0, a value not read leaves a sum unchecked).
import type { BlockDef, SumOf, TableId } from "@disclosure/schema";
import { columnSums } from "@disclosure/schema/internal";
import { type CellReader, type CellState, type CellSum, sumWith } from "@disclosure/stats/internal";
import type { SplitConstraint } from "../split.js";
import type { Column } from "./columns.js";
import { listOf } from "../lists.js";

const columnSumsCache = new WeakMap<BlockDef, readonly SumOf[]>();

/** schema's columnSums of a block, computed once a block. */
function columnSumsOf(block: BlockDef): readonly SumOf[] {
  let sums = columnSumsCache.get(block);
  if (!sums) {
    sums = columnSums(block);
    columnSumsCache.set(block, sums);
  }
  return sums;
}

/** A value as read: a number, blank (null), or not read (undefined). */
export type ReadValue = number | null | undefined;

const ABSENT: CellState = { kind: "absent" };
const BLANK: CellState = { kind: "blank" };

function stateOf(v: ReadValue): CellState {
  return v === undefined ? ABSENT : v === null ? BLANK : { kind: "value", value: v };
}

/** Values looked up by row and column code, for stats' arithmetic. */
export type ValueLookup = (row: string, col: string) => ReadValue;

/** The sum of some rows' values in one column, or of one row's values in some columns. */
export function sumOf(
  table: TableId,
  lookup: ValueLookup,
  cells: readonly { row: string; col: string }[],
): CellSum | undefined {
  const read: CellReader = (_t, row, col) => stateOf(lookup(row, col));
  return sumWith(
    read,
    listOf(cells, (c) => ({ table, row: c.row, col: c.col })),
  );
}

/** A row's values by column code, from values in the order of its columns. */
export function rowValueOf(
  columns: readonly Column[],
  values: readonly ReadValue[],
): (col: string) => ReadValue {
  const at = new Map(columns.map((c, i) => [c.code, i]));
  return (col) => {
    const i = at.get(col);
    return i === undefined ? undefined : values[i];
  };
}

/** A column sum that does not hold in one row: what its parts add up to, and the total printed. */
export interface BrokenSum {
  readonly sum: SumOf;
  readonly parts: number;
  readonly total: number;
}

/**
 * The 总计 columns of a row (table 三's 总计, each table 四 group's 总计) that differ from the
 * sum of their columns, where the total and every part were read as numbers (not blank).
 */
export function brokenColumnSums(
  _table: TableId,
  block: BlockDef,
  columns: readonly Column[],
  values: readonly ReadValue[],
): BrokenSum[] {
  // Added as stats' sumWith adds (a blank or a value not read leaves the sum unchecked), without
  // building cell lists: this runs for every row read.
  const at = new Map(columns.map((c, i) => [c.code, i]));
  const out: BrokenSum[] = [];
  for (const sum of columnSumsOf(block)) {
    const parts = plainSum(sum.parts, at, values);
    const total = plainSum([sum.total], at, values);
    if (parts === undefined || total === undefined) continue;
    if (parts !== total) out.push({ sum, parts, total });
  }
  return out;
}

/**
 * The check a split of digits run together must pass: every 总计 column of the block adds
 * up its columns. None when the block has no 总计 column, or when the row has a column the
 * format does not know (a 小计), which no identity of the format covers.
 */
export function sumConstraint(
  _table: TableId,
  block: BlockDef,
  columns: readonly Column[],
): SplitConstraint | undefined {
  // One check a block's columns (the rows of a block share them), built once.
  const cached = constraints.get(columns);
  if (cached && cached.block === block) return cached.check;
  const check = buildConstraint(block, columns);
  constraints.set(columns, { block, check });
  return check;
}

const constraints = new WeakMap<
  readonly Column[],
  { readonly block: BlockDef; readonly check: SplitConstraint | undefined }
>();

/** sumConstraint, built. */
function buildConstraint(block: BlockDef, columns: readonly Column[]): SplitConstraint | undefined {
  const sums = columnSumsOf(block);
  if (!sums.length || !columns.every((c) => c.code)) return undefined;
  // Called for every candidate split: each sum's columns are looked up once as positions, and
  // added as brokenColumnSums adds them (stats' sumWith), without building cell lists.
  const at = new Map(columns.map((c, i) => [c.code, i]));
  const plans = sums.map((sum) => ({
    parts: sum.parts.map((col) => at.get(col)),
    total: [at.get(sum.total)],
  }));
  return (values) =>
    values.length === columns.length &&
    plans.every((plan) => {
      const parts = sumAt(plan.parts, values);
      const total = sumAt(plan.total, values);
      return parts === undefined || total === undefined || parts === total;
    });
}

/** plainSum with the columns given by position (undefined: a column the row does not have). */
function sumAt(positions: readonly (number | undefined)[], values: readonly ReadValue[]): number | undefined {
  let sum = 0;
  for (const i of positions) {
    const v = i === undefined ? undefined : values[i];
    if (v === undefined || v === null) return undefined;
    sum += v;
  }
  return sum;
}

/** sumWith's sum of some columns of a row; undefined when one is not read or blank (the sum is not checked). */
function plainSum(
  cols: readonly string[],
  at: ReadonlyMap<string | undefined, number>,
  values: readonly ReadValue[],
): number | undefined {
  let sum = 0;
  for (const col of cols) {
    const i = at.get(col);
    const v = i === undefined ? undefined : values[i];
    if (v === undefined || v === null) return undefined;
    sum += v;
  }
  return sum;
}
