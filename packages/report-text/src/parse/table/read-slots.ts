// The placed runs read slot by slot: a data row into cells (said when read by position), a
// subtotal row into values kept aside, a row of digits run together with several splits kept
// for the table's column identities, anything else unread with the reason.
import { issue, type SourceLocation } from "../model.js";
import { listOf } from "../lists.js";
import type { Run } from "../tokens.js";
import type { Anchor } from "./anchors.js";
import { type Fit, fitRun } from "./fit.js";
import { type GroupValues, type Placed, reasonOf, type SlotsRead } from "./placed.js";
import { readTableRow } from "./read-row.js";
import { readValue } from "./read-value.js";
import { msg, startReading, type TableReading, unreadRow } from "./result.js";
import type { Ambiguous, RowValues } from "./settle-columns.js";
import { rowLabelOf, type Slot } from "./slots.js";
import { sumConstraint } from "./sums.js";

/** A run read by the order of the rows, not by its own label: said in a warning. */
function warnPosition(
  reading: TableReading,
  slot: Slot,
  anchor: Anchor | undefined,
  loc: SourceLocation,
): void {
  const printed = anchor ? rowLabelOf(reading.format, reading.table, anchor.code) : "";
  reading.warnings.push(
    issue(
      "PARSE-POSITION",
      "warning",
      anchor
        ? msg(
            `${slot.label}：这些数字前印的是“${printed}”，但按表格行序应属于本行，按行序读取`,
            `${slot.label}: the label before these numbers is "${printed}", but by the order of the table's rows they belong to this row; read by order`,
          )
        : msg(
            `${slot.label}：这些数字没有行名，按表格行序读作本行`,
            `${slot.label}: these numbers carry no label; read as this row by the order of the table's rows`,
          ),
      loc,
    ),
  );
}

/** A subtotal row's values, read apart (its cells are not stored, its warnings not kept). */
function groupValues(
  reading: TableReading,
  slot: Slot,
  fit: Fit & { ok: true },
  loc: SourceLocation,
): GroupValues {
  const apart = startReading(reading.format, reading.table);
  const values = listOf(slot.columns, (c, j) =>
    c.code ? readValue(apart, slot.code, c, fit.tokens[j] ?? null, loc) : undefined,
  );
  return { values, loc, slot };
}

interface Into {
  readonly rowValues: RowValues;
  readonly groupValues: Map<string, GroupValues>;
  readonly ambiguous: Ambiguous[];
}

/** Reads the run aligned with slot `s`, the `i`th, if it is read at all. */
function readSlot(reading: TableReading, placed: Placed, s: Slot, i: number, run: Run, into: Into): void {
  const loc = run.tokens[0].loc;
  if (!placed.settled.accepted[i]) {
    if (s.kind === "row") unreadRow(reading, s.code, s.columns, reasonOf(placed, i), loc);
    return;
  }
  const check = sumConstraint(reading.table, s.block, s.columns);
  const fit = fitRun(run.tokens, s.columns, placed.centersOf(s), check);
  if (s.kind === "group") {
    if (fit.ok) into.groupValues.set(s.code, groupValues(reading, s, fit, loc));
    return;
  }
  if (!fit.ok) {
    // Table 三's column identities may still decide between the splits.
    if (fit.candidates && fit.digits && reading.table === "table3")
      into.ambiguous.push({ slot: s, fit, loc });
    else unreadRow(reading, s.code, s.columns, fit.reason, loc);
    return;
  }
  const a = placed.anchors[placed.alignment.runOfSlot[i] ?? -1];
  if (!a || a.code !== s.code) warnPosition(reading, s, a, loc);
  into.rowValues.set(s.code, readTableRow(reading, s, fit, loc));
}

/** Reads every slot that got a run, in the format's order. */
export function readSlots(reading: TableReading, placed: Placed): SlotsRead {
  const into: Into = { rowValues: new Map(), groupValues: new Map(), ambiguous: [] };
  let lastFound = -1;
  placed.slots.forEach((s, i) => {
    const run = placed.runs[placed.alignment.runOfSlot[i] ?? -1];
    if (!run) return;
    lastFound = i;
    readSlot(reading, placed, s, i, run, into);
  });
  return { ...into, lastFound };
}
