import { validateReport } from "@disclosure/schema";
import { check, rollup } from "@disclosure/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticCounty } from "../synthetic.js";
import { syntheticCountyReports, syntheticCountyRollup } from "./index.js";

describe("syntheticCountyRollup", () => {
  it("2021: the same county report as rollup over the units' raw records", () => {
    const r = syntheticCountyRollup({ seed: 2020, year: 2021 });
    const county = syntheticCounty({ seed: 2020, year: 2021 });
    const fromRecords = rollup(
      county.units.map((unit) => ({ unit, records: county.unitRecords(unit) })),
      { year: 2021, own: { unit: county.county, records: county.ownRecords() } },
    );
    expect(r.units.map((u) => u.agency.name)).toEqual(county.units.map((u) => u.name));
    expect(r.own.agency).toEqual(county.county);
    expect(r.rollup.report.agency.name).toBe("盐池县人民政府");
    expect(r.rollup.report.tables).toEqual(fromRecords.report.tables);
    expect(r.rollup.report.tables.table3?.received?.total).toBeGreaterThan(10);
  });

  it("any seed and year: valid reports, every unit summed once, no issue and no error finding (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 2019, max: 2025 }),
        (seed, year) => {
          const r = syntheticCountyRollup({ seed, year });
          expect(r.issues).toEqual([]);
          expect(r.rollup.units.filter((u) => u.included)).toHaveLength(34);
          expect(r.rollup.findings.filter((f) => f.severity === "error")).toEqual([]);
          for (const u of [r.own, ...r.units]) expect(validateReport(u).ok).toBe(true);
          const received = [r.own, ...r.units].reduce(
            (s, u) => s + Number(u.tables.table3?.received?.total ?? 0),
            0,
          );
          expect(r.rollup.report.tables.table3?.received?.total).toBe(received);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("is a function of seed and year", () => {
    const a = syntheticCountyRollup({ seed: 5, year: 2023 });
    const b = syntheticCountyRollup({ seed: 5, year: 2023 });
    expect(a.rollup.report).toEqual(b.rollup.report);
    expect(syntheticCountyRollup({ seed: 6, year: 2023 }).rollup.report).not.toEqual(a.rollup.report);
  });
});

describe("syntheticCountyReports", () => {
  it("the roll-ups of the span's years, oldest first, each carrying over into the next", () => {
    const years = syntheticCountyReports({ seed: 2020, year: 2023, span: 3 });
    expect(years.map((r) => r.year)).toEqual([2021, 2022, 2023]);
    expect(years[2]).toEqual(syntheticCountyRollup({ seed: 2020, year: 2023 }).rollup.report);
    for (const [i, report] of years.entries()) {
      const previous = years[i - 1];
      if (!previous) continue;
      expect(report.tables.table3?.carriedIn?.total).toBe(previous.tables.table3?.carriedOut?.total);
      const crossYear = check(report, { previous }).filter((f) => f.rule.startsWith("CROSS-YEAR"));
      expect(crossYear.filter((f) => f.severity === "error")).toEqual([]);
    }
    expect(syntheticCountyReports({ seed: 2020, year: 2023 })).toHaveLength(5);
    expect(syntheticCountyReports({ seed: 2020, year: 2023, span: 0 })).toEqual([]);
  });
});
