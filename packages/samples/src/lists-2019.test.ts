import { type Report, validateReport } from "@disclosure/schema";
import { check } from "@disclosure/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeTable2For2019, listedItems } from "./lists-2019.js";
import { itemAt } from "./item-at.js";
import { syntheticCountyRollup } from "./rollup/index.js";
import { YANCHI_UNITS } from "./synthetic.js";

/** The synthetic county's roll-up for a year and the reports it sums (本级 first). */
function countyReport(seed: number, year: number): { report: Report; units: Report[] } {
  const r = syntheticCountyRollup({ seed, year });
  return { report: r.rollup.report, units: [r.own, ...r.units] };
}

describe("table 二 of the 2019 format for the synthetic county", () => {
  it.each([2019, 2020])(
    "%i: every unit's report and the roll-up pass the checks without an error",
    (year) => {
      const { report, units } = countyReport(2020, year);
      expect(report.format).toBe("2019");
      for (const u of units) {
        expect(validateReport(u).ok).toBe(true);
        expect(check(u).filter((f) => f.severity === "error")).toEqual([]);
      }
      const previous = countyReport(2020, year - 1).report;
      const findings = check(report, { units, previous });
      expect(findings.filter((f) => f.severity === "error")).toEqual([]);
      expect(findings.filter((f) => f.rule === "T2-2019-ITEMS-CONTINUITY")).toEqual([]);
    },
  );

  it("keeps what records give and publishes every document made", () => {
    const t2 = completeTable2For2019(
      { normativeDocuments: { newlyMade: 3 }, licensing: { decisions: 41 } },
      { seed: 1, year: 2020, unit: itemAt(YANCHI_UNITS, 3) },
    );
    expect(t2.normativeDocuments?.newlyMade).toBe(3);
    expect(t2.normativeDocuments?.newlyPublished).toBe(3);
    expect(t2.normativeDocuments?.publishedTotal).toBeGreaterThanOrEqual(3);
    expect(t2.licensing?.decisions).toBe(41);
    expect(Object.keys(t2).sort()).toEqual(
      [
        "enforcement",
        "fees",
        "licensing",
        "normativeDocuments",
        "otherServices",
        "penalty",
        "procurement",
        "rules",
      ].sort(),
    );
  });

  it("law: items last year plus the change are next year's items last year, never negative", () => {
    const rows = ["licensing", "otherServices", "penalty", "enforcement", "fees"];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom(...rows),
        fc.integer({ min: 2016, max: 2030 }),
        (seed, u, row, year) => {
          const unit = itemAt(YANCHI_UNITS, u);
          const a = completeTable2For2019({}, { seed, year, unit })[row] ?? {};
          const b = completeTable2For2019({}, { seed, year: year + 1, unit })[row] ?? {};
          expect(a.itemsLastYear).toBeGreaterThanOrEqual(0);
          expect(a.itemsChange).toBeTypeOf("number");
          expect((a.itemsLastYear ?? 0) + (a.itemsChange ?? 0)).toBe(b.itemsLastYear);
          expect(listedItems(seed, unit, row, year)).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});
