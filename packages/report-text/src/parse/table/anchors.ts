// A run of values tied to a row by its label: printed on the same line (strong), or the only
// label since the previous run (weak).
import { findLabels, type LabelIndex } from "../labels.js";
import type { Run } from "../tokens.js";
import { slotKey } from "./slots.js";

/** The row or group a run's label names, and how surely. */
export interface Anchor {
  readonly kind: "row" | "group";
  readonly code: string;
  readonly strength: "strong" | "weak";
}

/** The anchor of a text: one row label, else the last group label; null when it names several rows. */
function anchorIn(
  text: string,
  strength: Anchor["strength"],
  index: LabelIndex,
  slotKeys: ReadonlySet<string>,
): Anchor | null | undefined {
  // One pass over the labels, no intermediate lists (for speed): the row named (several: null),
  // else the last group.
  let found = false;
  let row: string | undefined;
  let severalRows = false;
  let group: string | undefined;
  for (const m of findLabels(text, index)) {
    if (!slotKeys.has(slotKey(m.kind, m.code))) continue;
    found = true;
    if (m.kind === "group") group = m.code;
    else if (row === undefined) row = m.code;
    else if (m.code !== row) severalRows = true;
  }
  if (!found) return undefined;
  if (severalRows) return null;
  if (row !== undefined) return { kind: "row", code: row, strength };
  return group === undefined ? undefined : { kind: "group", code: group, strength };
}

/**
 * The row or group a run's label names: the labels on its own line decide (strong) — where
 * they name several rows the run has no anchor —, else the labels since the previous run (weak).
 */
export function anchorOf(run: Run, index: LabelIndex, slotKeys: ReadonlySet<string>): Anchor | undefined {
  const same = anchorIn(run.sameLine, "strong", index, slotKeys);
  if (same !== undefined) return same ?? undefined;
  return anchorIn(run.segment, "weak", index, slotKeys) ?? undefined;
}

/** Whether an anchor names a slot's row or group. */
export function names(anchor: Anchor | undefined, kind: Anchor["kind"], code: string): boolean {
  return !!anchor && anchor.kind === kind && anchor.code === code;
}
