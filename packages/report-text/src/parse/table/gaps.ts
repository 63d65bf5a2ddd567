// Which aligned runs are read: a run whose label names its slot is an anchor; between two
// anchors, runs without a label of their own are read by position only where the gap holds
// exactly as many runs as rows (and nothing else that looks like a row).
import type { Message } from "@disclosure/schema";
import type { Run } from "../tokens.js";
import type { Alignment } from "./align.js";
import { type Anchor, names } from "./anchors.js";
import { msg } from "./result.js";
import { blankOnly, isStray } from "./run-shape.js";
import { type Slot, widestSlot } from "./slots.js";

/** For each slot, whether its run is read; for the slots whose run is not, why. */
export interface Settled {
  readonly accepted: readonly boolean[];
  readonly reasonOf: ReadonlyMap<number, Message>;
}

const BY_POSITION = msg(
  "该行的数字没有对应的行名，且前后行之间的数字行数与表格行数不符，无法按位置确定",
  "the numbers of this row carry no label, and the rows around them do not match the table's rows in number, so they cannot be placed by position",
);

interface Gap {
  /** Slots [from, to) between two anchors. */
  readonly from: number;
  readonly to: number;
  /** Runs (runFrom, runTo) between the anchors' runs. */
  readonly runFrom: number;
  readonly runTo: number;
}

/** Settles the matched row slots of one gap: all read if they fill it exactly, else none. */
function settleGap(
  gap: Gap,
  slots: readonly Slot[],
  runs: readonly Run[],
  alignment: Alignment,
  maxWidth: number,
  out: { accepted: boolean[]; reasonOf: Map<number, Message> },
): void {
  const rowSlots: number[] = [];
  for (let i = gap.from; i < gap.to; i++) if (slots[i]?.kind === "row") rowSlots.push(i);
  const matched = rowSlots.filter((i) => (alignment.runOfSlot[i] ?? -1) >= 0);
  let junk = 0;
  for (let k = gap.runFrom + 1; k < gap.runTo; k++) {
    const run = runs[k];
    if (run === undefined || !alignment.skippedRuns.has(k)) continue;
    if (!blankOnly(run) && !isStray(run, maxWidth)) junk++;
  }
  const exact = matched.length === rowSlots.length && junk === 0;
  for (const i of matched) {
    if (exact) out.accepted[i] = true;
    else out.reasonOf.set(i, BY_POSITION);
  }
}

/** Which slots' runs are read: those their label names, and those of gaps filled exactly. */
export function settleGaps(
  slots: readonly Slot[],
  runs: readonly Run[],
  anchors: readonly (Anchor | undefined)[],
  alignment: Alignment,
): Settled {
  const maxWidth = widestSlot(slots);
  const out = {
    accepted: new Array<boolean>(slots.length).fill(false),
    reasonOf: new Map<number, Message>(),
  };
  let from = 0;
  let runFrom = -1;
  for (const [i, slot] of slots.entries()) {
    const k = alignment.runOfSlot[i] ?? -1;
    if (!names(k >= 0 ? anchors[k] : undefined, slot.kind, slot.code)) continue;
    out.accepted[i] = true;
    settleGap({ from, to: i, runFrom, runTo: k }, slots, runs, alignment, maxWidth, out);
    from = i + 1;
    runFrom = k;
  }
  settleGap({ from, to: slots.length, runFrom, runTo: runs.length }, slots, runs, alignment, maxWidth, out);
  return out;
}
