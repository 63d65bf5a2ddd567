// The columns of a row as the document lays them out: the format's, and a 小计 column where
// the header prints one (the 28×8 layout of table 三).
import type { BlockDef, ColumnDef } from "@disclosure/schema";
import { normalizeLabel } from "../labels.js";
import { listOf } from "../lists.js";

/** A column of a row as laid out in the document (the format's, or an extra one such as a 小计). */
export interface Column {
  readonly code?: string | undefined;
  readonly def?: ColumnDef | undefined;
  readonly label: string;
}

/**
 * The word a subtotal column or row is headed with in layouts that add one
 * (法人或其他组织小计, [G] TEMPLATE_TABLES; spec format-2021 §4). Not an official label.
 */
const SUBTOTAL = "小计";

/** The format's columns of a block. */
export function formatColumns(block: BlockDef): Column[] {
  return listOf(block.columns, (c) => ({ code: c.code, def: c, label: c.label }));
}

const groupOf = (c: ColumnDef): string => c.path.join("/");

/** The innermost column group with several columns (法人或其他组织): where a 小计 column belongs. */
function subtotalGroup(block: BlockDef): string | undefined {
  const counts = new Map<string, { n: number; depth: number }>();
  for (const c of block.columns) {
    const g = counts.get(groupOf(c)) ?? { n: 0, depth: c.path.length };
    g.n++;
    counts.set(groupOf(c), g);
  }
  return [...counts.entries()]
    .filter(([g, x]) => g && x.n > 1)
    .sort((a, b) => b[1].depth - a[1].depth)
    .map(([g]) => g)[0];
}

/**
 * The columns of a block as the document lays them out: the format's, plus a 小计 column if
 * the header text has one — before the group's columns if printed before them, else after.
 */
export function columnLayout(block: BlockDef, headerText: string): Column[] {
  const cols = formatColumns(block);
  const at = headerText.indexOf(SUBTOTAL);
  if (at < 0) return cols;
  const group = subtotalGroup(block);
  if (!group) return cols;
  const members = cols.filter((c) => c.def && groupOf(c.def) === group);
  const first = members[0];
  const last = members.at(-1);
  if (!first || !last) return cols;
  const firstAt = headerText.indexOf(normalizeLabel(first.label));
  const insertAt = firstAt >= 0 && at < firstAt ? cols.indexOf(first) : cols.indexOf(last) + 1;
  // Every property present, for one hidden class with the format's columns.
  cols.splice(insertAt, 0, {
    code: undefined,
    def: undefined,
    label: `${group.split("/").pop()}${SUBTOTAL}`,
  });
  return cols;
}
