// A table's value runs placed on the format's rows: what the steps after the alignment read.
import type { Message } from "@disclosure/schema";
import type { SourceLocation } from "../model.js";
import type { Run } from "../tokens.js";
import type { Alignment } from "./align.js";
import type { Anchor } from "./anchors.js";
import type { Settled } from "./gaps.js";
import type { Ambiguous, RowValues } from "./settle-columns.js";
import type { Slot } from "./slots.js";
import type { ReadValue } from "./sums.js";

/** The runs of a table placed on its slots. */
export interface Placed {
  readonly slots: readonly Slot[];
  readonly runs: readonly Run[];
  /** The anchor of each run. */
  readonly anchors: readonly (Anchor | undefined)[];
  readonly alignment: Alignment;
  readonly settled: Settled;
  /** The column centres of a slot's block (PDF), when known. */
  readonly centersOf: (slot: Slot) => readonly number[] | undefined;
}

/** A subtotal row read: its values (kept aside, not stored) and where it was printed. */
export interface GroupValues {
  readonly values: ReadValue[];
  readonly loc: SourceLocation;
  readonly slot: Slot;
}

/** What reading the placed runs gave, before group rows and ambiguous splits are settled. */
export interface SlotsRead {
  readonly rowValues: RowValues;
  readonly groupValues: Map<string, GroupValues>;
  readonly ambiguous: Ambiguous[];
  /** The last slot a run was aligned with, -1 for none. */
  readonly lastFound: number;
}

/** The reason a slot's run is not read, as gap settling gave it. */
export function reasonOf(placed: Placed, slot: number): Message {
  return placed.settled.reasonOf.get(slot) ?? { zh: "无法确定", en: "cannot be told" };
}
