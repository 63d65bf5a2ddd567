// What aligning a run with a row costs: a label on the run's line names its row (any other
// row is forbidden), a label before it names its row more weakly, a run without a label may be
// any row; each plus how well its count of values fits the row's columns. Leaving out a
// labelled run is dear, a stray number or a blank row cheap; a subtotal row may be absent.
import type { Run } from "../tokens.js";
import type { Anchor } from "./anchors.js";
import type { AlignCosts } from "./align.js";
import { fitCost } from "./fit.js";
import { blankOnly, isStray } from "./run-shape.js";
import { type Slot, widestSlot } from "./slots.js";

const INF = Number.POSITIVE_INFINITY;

/** What the costs are computed from. */
export interface CostInput {
  readonly slots: readonly Slot[];
  readonly runs: readonly Run[];
  /** The anchor of each run. */
  readonly anchors: readonly (Anchor | undefined)[];
  /** Whether the document places its values (PDF x positions). */
  readonly positioned: boolean;
}

/**
 * The cost of the label part of a match: 0 for the row the label names, Infinity where forbidden.
 * `group`: the slot is a group's; `blank`: the run is only blank cells.
 */
function labelCost(slot: Slot, anchor: Anchor | undefined, group: boolean, blank: boolean): number {
  // No anchor is handled apart, for speed: the comparisons below then only ever see strings.
  if (anchor !== undefined) {
    const same = anchor.kind === slot.kind && anchor.code === slot.code;
    if (anchor.strength === "strong") return same ? 0 : INF;
    if (anchor.strength === "weak") return same ? 0 : group ? INF : 2;
  }
  return group || blank ? INF : 1;
}

/** 1 for each item that passes `test`, else 0. */
function flags<T>(items: readonly T[], test: (item: T) => boolean): Uint8Array {
  const out = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = test(items[i] as T) ? 1 : 0;
  return out;
}

/** The strength of a run's anchor; "none" without one (so that strengths compare as strings only). */
function strengthOf(anchor: Anchor | undefined): Anchor["strength"] | "none" {
  return anchor === undefined ? "none" : anchor.strength;
}

/**
 * fitCost of each run at each width up to `maxWidth`, computed once. For speed the cache is
 * one flat Float64Array (NaN: not yet computed), not a sparse array of maps, whose element
 * kinds change as it fills.
 */
function fitCosts(
  runs: readonly Run[],
  positioned: boolean,
  maxWidth: number,
): (run: number, width: number) => number {
  const stride = maxWidth + 1;
  const cache = new Float64Array(runs.length * stride).fill(Number.NaN);
  return (k, width) => {
    const run = runs[k];
    if (run === undefined) return INF;
    if (width > maxWidth) return fitCost(run, width, positioned);
    const at = k * stride + width;
    let fit = cache[at] ?? Number.NaN;
    if (Number.isNaN(fit)) {
      fit = fitCost(run, width, positioned);
      cache[at] = fit;
    }
    return fit;
  };
}

/** The costs of aligning a table's slots with its runs. */
export function alignmentCosts({ slots, runs, anchors, positioned }: CostInput): AlignCosts {
  const maxWidth = widestSlot(slots);
  const fit = fitCosts(runs, positioned, Math.max(0, maxWidth));
  // Which slots are groups' and which runs only blanks, found once for all of them, for speed:
  // a match's rarely taken branches then compare no values they were never compiled for.
  const groupSlot = flags(slots, (s) => s.kind === "group");
  const blankRun = flags(runs, blankOnly);
  return {
    match: (i, k) => {
      const slot = slots[i];
      const run = runs[k];
      if (slot === undefined || run === undefined) return INF;
      const c = labelCost(slot, anchors[k], groupSlot[i] === 1, blankRun[k] === 1);
      return c === INF ? c : c + fit(k, slot.columns.length);
    },
    skipSlot: (i) => (slots[i]?.kind === "group" ? 0 : 3),
    skipRun: (k) => {
      const strength = strengthOf(anchors[k]);
      const run = runs[k];
      if (run === undefined) return 0;
      if (blankOnly(run) && strength !== "strong") return 0;
      if (strength === "strong") return 20;
      if (isStray(run, maxWidth)) return 0.5;
      return strength === "weak" ? 2 : 3;
    },
  };
}
