import { getFormat, tableRows } from "@disclosure/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { labelIndex } from "../labels.js";
import { readText } from "../text.js";
import { valueRuns } from "../tokens.js";
import { type AlignCosts, type Alignment, align } from "./align.js";
import { alignmentCosts } from "./align-costs.js";
import { anchorOf } from "./anchors.js";
import { columnLayout } from "./columns.js";
import { regionTokens } from "./region.js";
import { slotKey, slotsOf } from "./slots.js";

const INF = Number.POSITIVE_INFINITY;

/** `list[i]`; a cost asked for outside the table fails the test. */
function costAt(list: readonly number[] | undefined, i: number): number {
  const c = list?.[i];
  if (c === undefined) throw new Error(`no cost at ${i}`);
  return c;
}

/** Costs from tables: match[i][k], skipSlot[i], skipRun[k]. */
function tableCosts(match: number[][], skipSlot: number[], skipRun: number[]): AlignCosts {
  return {
    match: (i, k) => costAt(match[i], k),
    skipSlot: (i) => costAt(skipSlot, i),
    skipRun: (k) => costAt(skipRun, k),
  };
}

/** The cost of an alignment under some costs. */
function costOf(a: Alignment, slots: number, runs: number, c: AlignCosts): number {
  let total = 0;
  for (let i = 0; i < slots; i++) {
    const k = a.runOfSlot[i] ?? -1;
    total += k >= 0 ? c.match(i, k) : c.skipSlot(i);
  }
  for (let k = 0; k < runs; k++) if (a.skippedRuns.has(k)) total += c.skipRun(k);
  return total;
}

/** The cheapest cost over every order-keeping alignment, enumerated. */
function bruteForce(slots: number, runs: number, c: AlignCosts): number {
  const best = (i: number, k: number): number => {
    if (i === slots && k === runs) return 0;
    let b = INF;
    if (i < slots && k < runs) b = Math.min(b, c.match(i, k) + best(i + 1, k + 1));
    if (k < runs) b = Math.min(b, c.skipRun(k) + best(i, k + 1));
    if (i < slots) b = Math.min(b, c.skipSlot(i) + best(i + 1, k));
    return b;
  };
  return best(0, 0);
}

describe("align", () => {
  it("reads each run as the slot it fits", () => {
    const a = align(
      2,
      2,
      tableCosts(
        [
          [0, 9],
          [9, 0],
        ],
        [3, 3],
        [3, 3],
      ),
    );
    expect(a.runOfSlot).toEqual([0, 1]);
    expect([...a.skippedRuns]).toEqual([]);
  });

  it("leaves out a run no slot may take, and a slot no run fits", () => {
    // Run 1 (a page number, say) may be no slot; slot 1 gets nothing.
    const a = align(
      3,
      3,
      tableCosts(
        [
          [0, INF, 9],
          [5, INF, 5],
          [9, INF, 0],
        ],
        [3, 3, 3],
        [20, 0.5, 20],
      ),
    );
    expect(a.runOfSlot).toEqual([0, -1, 2]);
    expect([...a.skippedRuns]).toEqual([1]);
  });

  it("of equal costs, reads a run as a slot rather than leaving it out", () => {
    const a = align(1, 1, tableCosts([[6]], [3], [3]));
    expect(a.runOfSlot).toEqual([0]);
  });

  it("no slots: every run left out; no runs: every slot empty", () => {
    expect([...align(0, 3, tableCosts([], [], [1, 1, 1])).skippedRuns].sort()).toEqual([0, 1, 2]);
    expect(align(2, 0, tableCosts([[], []], [3, 3], [])).runOfSlot).toEqual([-1, -1]);
  });

  it("law: runs keep the slots' order, no slot gets two runs, every run is read once or left out, and the cost is the least there is", () => {
    const cost = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constant(INF));
    const input = fc
      .record({ slots: fc.integer({ min: 0, max: 5 }), runs: fc.integer({ min: 0, max: 5 }) })
      .chain(({ slots, runs }) =>
        fc.record({
          slots: fc.constant(slots),
          runs: fc.constant(runs),
          match: fc.array(fc.array(cost, { minLength: runs, maxLength: runs }), {
            minLength: slots,
            maxLength: slots,
          }),
          skipSlot: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: slots, maxLength: slots }),
          skipRun: fc.array(fc.integer({ min: 0, max: 20 }), { minLength: runs, maxLength: runs }),
        }),
      );
    fc.assert(
      fc.property(input, ({ slots, runs, match, skipSlot, skipRun }) => {
        const costs = tableCosts(match, skipSlot, skipRun);
        const a = align(slots, runs, costs);
        const taken = a.runOfSlot.filter((k) => k >= 0);
        // Strictly increasing: sorted, and no run taken twice.
        expect(taken).toEqual([...taken].sort((x, y) => x - y));
        expect(new Set(taken).size).toBe(taken.length);
        for (const k of taken) expect(a.skippedRuns.has(k)).toBe(false);
        expect(taken.length + a.skippedRuns.size).toBe(runs);
        expect(costOf(a, slots, runs, costs)).toBe(bruteForce(slots, runs, costs));
      }),
    );
  });
});

describe("align with the format's rows", () => {
  const format = getFormat("2021");
  const rows = tableRows(format, "table3");
  const index = labelIndex(format, "table3");
  /** The format's `i`th row of table 三; a row it does not have fails the test. */
  const rowAt = (i: number) => {
    const r = rows[i];
    if (!r) throw new Error(`table 三 has no row ${i}`);
    return r;
  };

  /** The alignment of a printed table 三 with the format's slots, as readRowsTable makes it. */
  function alignPrinted(text: string) {
    const { lines } = readText(text);
    const runs = valueRuns(regionTokens(lines, 0, lines.length));
    const slots = slotsOf(format, "table3", (b) => columnLayout(b, ""));
    const keys = new Set(slots.map((s) => slotKey(s.kind, s.code)));
    const anchors = runs.map((r) => anchorOf(r, index, keys));
    const alignment = align(
      slots.length,
      runs.length,
      alignmentCosts({ slots, runs, anchors, positioned: false }),
    );
    return { slots, runs, alignment };
  }

  it("law: rows printed with their labels and one value a column are each read as their own row", () => {
    const printed = fc.array(
      fc.record({ row: fc.nat({ max: rows.length - 1 }), n: fc.nat({ max: 500 }), org: fc.nat({ max: 9 }) }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(printed, (picks) => {
        // Distinct rows in the format's order, as a report prints them.
        const chosen = [...new Map(picks.map((p) => [p.row, p])).values()].sort((a, b) => a.row - b.row);
        const text = chosen
          .map((p) => [rowAt(p.row).label, p.n, p.org, 0, 0, 0, 0, p.n + p.org].join(" "))
          .join("\n");
        const { slots, runs, alignment } = alignPrinted(text);
        expect(runs).toHaveLength(chosen.length);
        expect(alignment.skippedRuns.size).toBe(0);
        chosen.forEach((p, k) => {
          const slot = slots.findIndex((s) => s.kind === "row" && s.code === rowAt(p.row).code);
          expect(alignment.runOfSlot[slot]).toBe(k);
        });
        expect(alignment.runOfSlot.filter((k) => k >= 0)).toHaveLength(chosen.length);
      }),
      { numRuns: 60 },
    );
  });

  it("a run without a label between two labelled rows takes the row between them", () => {
    const text = [`${rowAt(5).label} 1 0 0 0 0 0 1`, "2 0 0 0 0 0 2", `${rowAt(7).label} 3 0 0 0 0 0 3`].join(
      "\n",
    );
    const { slots, alignment } = alignPrinted(text);
    const at = (code: string) =>
      alignment.runOfSlot[slots.findIndex((s) => s.kind === "row" && s.code === code)];
    expect([at(rowAt(5).code), at(rowAt(6).code), at(rowAt(7).code)]).toEqual([0, 1, 2]);
  });
});
