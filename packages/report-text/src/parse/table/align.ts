// The alignment of the format's rows (slots, in the format's order) with the document's value
// runs (in document order): the cheapest way, by dynamic programming, to read each run as
// one slot, or as none, keeping both orders.

/** The costs of an alignment: a match may be Infinity (forbidden); skipping is always finite. */
export interface AlignCosts {
  /** Reading run `run` as slot `slot`. */
  readonly match: (slot: number, run: number) => number;
  /** Leaving slot `slot` without a run. */
  readonly skipSlot: (slot: number) => number;
  /** Leaving run `run` out of the table. */
  readonly skipRun: (run: number) => number;
}

/** Which run each slot got, and the runs no slot got. */
export interface Alignment {
  /** For each slot, the index of its run, or -1. */
  readonly runOfSlot: readonly number[];
  /** Runs read as no slot. */
  readonly skippedRuns: ReadonlySet<number>;
}

const MATCH = 1;
const SKIP_RUN = 2;
const SKIP_SLOT = 3;

/** A skip cost of each index below `n`, computed once each, not once a cell of the table. */
function skipCosts(n: number, cost: (index: number) => number): Float64Array {
  // A typed array, for speed: a plain array of costs changes its element kind (small integers
  // or doubles) from table to table, and the compiled loop with it.
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = cost(i);
  return out;
}

/**
 * The step that reached each prefix (slots × runs) at its cheapest, row by row: `move[i * (runs + 1) + k]`.
 * The skip costs come computed (skipCosts): for speed, this function is the loop alone, so the
 * first table — whose loop is compiled while it runs — leaves nothing uncompiled before it.
 */
function costTable(
  slots: number,
  runs: number,
  match: AlignCosts["match"],
  skipRun: Float64Array,
  skipSlot: Float64Array,
): Uint8Array {
  const width = runs + 1;
  const dp = new Float64Array((slots + 1) * width).fill(Number.POSITIVE_INFINITY);
  const move = new Uint8Array((slots + 1) * width);
  const relax = (at: number, c: number, m: number) => {
    const best = dp[at];
    if (best !== undefined && c < best) {
      dp[at] = c;
      move[at] = m;
    }
  };
  dp[0] = 0;
  for (let i = 0; i <= slots; i++) {
    for (let k = 0; k <= runs; k++) {
      const here = dp[i * width + k];
      if (here === undefined || here === Number.POSITIVE_INFINITY) continue;
      if (i < slots && k < runs) relax((i + 1) * width + k + 1, here + match(i, k), MATCH);
      if (k < runs) relax(i * width + k + 1, here + (skipRun[k] ?? 0), SKIP_RUN);
      if (i < slots) relax((i + 1) * width + k, here + (skipSlot[i] ?? 0), SKIP_SLOT);
    }
  }
  return move;
}

/**
 * The cheapest alignment of `slots` slots with `runs` runs: each run goes to one slot or
 * none, each slot gets one run or none, and runs keep the slots' order. Of equal costs,
 * reading a run as a slot is preferred to leaving it out, and leaving a run out to leaving
 * a slot empty.
 * @example align(2, 2, { match: (i, k) => (i === k ? 0 : 9), skipSlot: () => 3, skipRun: () => 3 })
 * //=> { runOfSlot: [0, 1], skippedRuns: Set {} }
 */
export function align(slots: number, runs: number, costs: AlignCosts): Alignment {
  const move = costTable(
    slots,
    runs,
    costs.match,
    skipCosts(runs, costs.skipRun),
    skipCosts(slots, costs.skipSlot),
  );
  const runOfSlot = new Array<number>(slots).fill(-1);
  const skippedRuns = new Set<number>();
  for (let i = slots, k = runs; i > 0 || k > 0; ) {
    const m = move[i * (runs + 1) + k];
    if (m === MATCH) {
      runOfSlot[i - 1] = k - 1;
      i--;
      k--;
    } else if (m === SKIP_RUN || i === 0) {
      skippedRuns.add(k - 1);
      k--;
    } else {
      i--;
    }
  }
  return { runOfSlot, skippedRuns };
}
