// The format's rows of a table as a sequence of slots: each data row, and before the first
// row of a group that a printed subtotal adds up, the group (its subtotal row, if printed).
import type { BlockDef, FormatDef, SumOf, TableId } from "@disclosure/schema";
import { groupSums } from "@disclosure/schema/internal";
import type { Column } from "./columns.js";

/** A place in the format's sequence of rows: a data row, or a row group that may carry a subtotal. */
export interface Slot {
  readonly kind: "row" | "group";
  readonly code: string;
  readonly label: string;
  readonly block: BlockDef;
  readonly columns: readonly Column[];
  /** For a group: codes of its rows. */
  readonly members: readonly string[];
}

/** The most columns a slot has (-Infinity for no slot, as Math.max of nothing). */
export function widestSlot(slots: readonly Slot[]): number {
  let widest = Number.NEGATIVE_INFINITY;
  for (const s of slots) widest = Math.max(widest, s.columns.length);
  return widest;
}

/** The key of a slot's row or group in sets of codes: `row:received`, `group:withheld`. */
export function slotKey(kind: Slot["kind"], code: string): string {
  return `${kind}:${code}`;
}

const groupSumsCache = new WeakMap<BlockDef, readonly SumOf[]>();

/** schema's groupSums of a block, computed once a block (slots are laid out for every table read). */
function groupSumsOf(block: BlockDef): readonly SumOf[] {
  let sums = groupSumsCache.get(block);
  if (!sums) {
    sums = groupSums(block);
    groupSumsCache.set(block, sums);
  }
  return sums;
}

/** The format's rows of a table as slots, with a group slot before each subtotalled group's first row. */
export function slotsOf(
  format: FormatDef,
  table: TableId,
  layout: (b: BlockDef) => readonly Column[],
): Slot[] {
  const slots: Slot[] = [];
  for (const block of format.tables[table].blocks) {
    const columns = layout(block);
    const subtotals = groupSumsOf(block);
    const groupsUsed = new Set<string>();
    for (const row of block.rows) {
      const sum = subtotals.find((s) => s.total === row.parent);
      const g = sum ? block.groups.find((x) => x.code === sum.total) : undefined;
      if (sum && g && !groupsUsed.has(g.code)) {
        groupsUsed.add(g.code);
        slots.push({ kind: "group", code: g.code, label: g.label, block, columns, members: sum.parts });
      }
      slots.push({ kind: "row", code: row.code, label: row.label, block, columns, members: [] });
    }
  }
  return slots;
}

/** The printed label of a row or group of a table, else its code. */
export function rowLabelOf(format: FormatDef, table: TableId, code: string): string {
  for (const b of format.tables[table].blocks) {
    const r = b.rows.find((x) => x.code === code);
    if (r) return r.label || code;
    const g = b.groups.find((x) => x.code === code);
    if (g) return g.label;
  }
  return code;
}
