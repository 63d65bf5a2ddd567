// Subtotal rows of table 三 (a group's row printed above its rows): checked against the sum
// of the group's rows and kept aside, never stored. A group printed as one row without its
// rows where the format accepts that (a 2021 （六）其他处理) is read as that row.
import { type FormatDef, findCell, findRow, type Message, type TableId } from "@disclosure/schema";
import { issue } from "../model.js";
import { fitRun } from "./fit.js";
import type { GroupValues, Placed, SlotsRead } from "./placed.js";
import { readTableRow } from "./read-row.js";
import { msg, type TableReading } from "./result.js";
import { sumConstraint, sumOf } from "./sums.js";

/** Whether a row group may be printed as one row of its own (schema's collapsedOtherHandling). */
function mayStandAsRow(format: FormatDef, table: TableId, group: GroupValues): boolean {
  const col = group.slot.columns.find((c) => c.code)?.code ?? "";
  return (
    !findRow(format, table, group.slot.code) &&
    findCell(format, table, group.slot.code, col, { collapsedOtherHandling: true }) !== undefined
  );
}

/** Reads a group printed as one row as that row; false when its numbers do not fit the row. */
function readCollapsed(reading: TableReading, placed: Placed, read: SlotsRead, g: GroupValues): boolean {
  const { slot } = g;
  const run = placed.runs[placed.alignment.runOfSlot[placed.slots.indexOf(slot)] ?? -1];
  if (!run) return false;
  const fit = fitRun(
    run.tokens,
    slot.columns,
    placed.centersOf(slot),
    sumConstraint(reading.table, slot.block, slot.columns),
  );
  if (!fit.ok) return false;
  read.rowValues.set(slot.code, readTableRow(reading, slot, fit, g.loc));
  reading.warnings.push(
    issue(
      "STRUCT-GROUP-COLLAPSED",
      "warning",
      msg(
        `${slot.label}印成一行数字、没有分项，按原样存为 ${slot.code}`,
        `${slot.label} is printed as one row of numbers without its sub-rows; kept as printed under ${slot.code}`,
      ),
      g.loc,
    ),
  );
  return true;
}

/** The labels of the columns where a subtotal differs from the sum of its group's rows. */
function subtotalOff(reading: TableReading, g: GroupValues, read: SlotsRead): string[] {
  const { slot } = g;
  const colAt = new Map(slot.columns.map((c, j) => [c.code, j]));
  const lookup = (row: string, col: string) => read.rowValues.get(row)?.[colAt.get(col) ?? -1];
  return slot.columns
    .map((c, j) => {
      if (!c.code || g.values[j] == null) return "";
      const sum = sumOf(
        reading.table,
        lookup,
        slot.members.map((row) => ({ row, col: c.code ?? "" })),
      );
      return sum !== undefined && g.values[j] !== sum.value ? c.label : "";
    })
    .filter(Boolean);
}

function subtotalMessage(label: string, off: readonly string[]): Message {
  return off.length
    ? msg(
        `${label}的小计与分项之和不符（${off.join("、")}）；小计不存储`,
        `the subtotal of ${label} differs from the sum of its rows (${off.join(", ")}); subtotals are not stored`,
      )
    : msg(
        `${label}印有小计，与分项之和相符；小计不存储`,
        `${label} carries a subtotal that equals the sum of its rows; subtotals are not stored`,
      );
}

/**
 * The group rows read: a group printed as one row read as that row (its rows no longer
 * missing); each subtotal checked against its rows and said in a warning. Returns whether a
 * group was read as one row, and the rows still missing.
 */
export function readGroupRows(
  reading: TableReading,
  placed: Placed,
  read: SlotsRead,
): { collapsed: boolean; missingRows: Set<string> } {
  let collapsed = false;
  const missingRows = new Set(
    placed.slots
      .filter((s, i) => s.kind === "row" && (placed.alignment.runOfSlot[i] ?? -1) < 0)
      .map((s) => s.code),
  );
  for (const g of read.groupValues.values()) {
    if (g.slot.members.every((m) => missingRows.has(m)) && mayStandAsRow(reading.format, reading.table, g)) {
      if (readCollapsed(reading, placed, read, g)) {
        collapsed = true;
        for (const m of g.slot.members) missingRows.delete(m);
      }
      continue;
    }
    const off = subtotalOff(reading, g, read);
    reading.warnings.push(
      issue(
        off.length ? "T3-GROUP-SUBTOTAL" : "PARSE-SUBTOTAL",
        "warning",
        subtotalMessage(g.slot.label, off),
        g.loc,
      ),
    );
  }
  return { collapsed, missingRows };
}
