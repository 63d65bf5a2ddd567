// A row printed out of the format's order (a block moved by a PDF conversion) still has its
// label on its line: the run goes to its row if that row got nothing else and no other run
// left out carries the same label.
import type { Alignment } from "./align.js";
import type { Anchor } from "./anchors.js";
import type { Slot } from "./slots.js";

/** The alignment with runs left out placed by their own line's label where that is unambiguous. */
export function placeOutOfOrder(
  slots: readonly Slot[],
  anchors: readonly (Anchor | undefined)[],
  alignment: Alignment,
): Alignment {
  const runOfSlot = [...alignment.runOfSlot];
  const skippedRuns = new Set(alignment.skippedRuns);
  for (const k of [...skippedRuns].sort((x, y) => x - y)) {
    const a = anchors[k];
    if (a?.strength !== "strong") continue;
    const i = slots.findIndex((s) => s.kind === a.kind && s.code === a.code);
    const rivals = [...skippedRuns].filter(
      (o) => o !== k && anchors[o]?.strength === "strong" && anchors[o]?.code === a.code,
    );
    if (i >= 0 && (runOfSlot[i] ?? -1) < 0 && !rivals.length) {
      runOfSlot[i] = k;
      skippedRuns.delete(k);
    }
  }
  return { runOfSlot, skippedRuns };
}
