import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getFormat } from "@disclosure/schema";
import type { Finding } from "../finding.js";
import { cellPosition } from "./context.js";
import { type RuleId, RULES, ruleIndex } from "./rules.js";
import { sortFindings } from "./sort.js";

/** The order as first written: every cell's position sorted, the first one kept. */
function sortedAsBefore(findings: readonly Finding[], format = getFormat("2021")): Finding[] {
  const severity = { error: 0, warning: 1, info: 2 };
  const keyed = findings.map((x, i) => {
    const positions = x.cells.map((c) => cellPosition(format, c));
    positions.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    return { x, i, pos: positions[0] };
  });
  keyed.sort((a, b) => {
    const s = severity[a.x.severity] - severity[b.x.severity];
    if (s) return s;
    if (!a.pos !== !b.pos) return a.pos ? 1 : -1;
    if (a.pos && b.pos) {
      const d = a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.pos[2] - b.pos[2];
      if (d) return d;
    }
    return ruleIndex(a.x.rule) - ruleIndex(b.x.rule) || a.i - b.i;
  });
  return keyed.map((k) => k.x);
}

const cell = fc.record({
  table: fc.constantFrom("table2", "table3", "table4", "tableX"),
  row: fc.constantFrom("received", "carriedOut", "otherHandling", "cases", "rules", "nowhere"),
  col: fc.constantFrom("total", "naturalPerson", "review.total", "issued", "nothing"),
});
const finding = fc.record({
  rule: fc.constantFrom(...RULES.map((r) => r.id as RuleId)),
  severity: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Finding["severity"]>,
  cells: fc.array(cell, { maxLength: 6 }),
  message: fc.constant({ zh: "", en: "" }),
});

describe("sortFindings", () => {
  it("orders findings by their earliest cell as sorting all their cells did", () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 12 }), (fs) => {
        expect(sortFindings(fs, "2021")).toEqual(sortedAsBefore(fs));
      }),
      { numRuns: 2000 },
    );
  });
});
