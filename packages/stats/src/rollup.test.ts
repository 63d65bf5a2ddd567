import { syntheticCounty, YANCHI_COUNTY, YANCHI_UNITS } from "@disclosure/samples";
import { type Agency, ApplicantTypeSchema, type RawRecord, type Report } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "./check/index.js";
import { rollup } from "./rollup";
import { tabulate } from "./tabulate";

const county = syntheticCounty({ seed: 2020, year: 2021 });
const byUnit = (name: string) => [...county.unitRecords(name)];

function reportOf(unit: Agency, records: Iterable<RawRecord>, year: number, format: "2019" | "2021"): Report {
  return { agency: unit, year, format, sections: {}, tables: tabulate(records, { year, format }).tables };
}

describe("rollup of the synthetic county", () => {
  const units = YANCHI_UNITS.map((unit) => ({ unit, records: county.unitRecords(unit) }));
  const result = rollup(units, {
    year: 2021,
    own: { unit: YANCHI_COUNTY, records: county.ownRecords() },
    expectedUnits: YANCHI_UNITS.map((u) => u.name),
  });

  it("equals the tabulation of all the county's records", () => {
    const all = tabulate(county.records(), { year: 2021 });
    expect(result.report.tables).toEqual(all.tables);
    expect(result.findings).toEqual([]);
    expect(result.report.rollup?.units).toHaveLength(34);
    expect(result.report.agency).toEqual(YANCHI_COUNTY);
  });

  it("keeps every unit's value of every cell", () => {
    const key = "table3/received/total";
    const parts = result.breakdown[key] ?? {};
    expect(Object.keys(parts)).toHaveLength(34);
    expect(Object.values(parts).reduce((s, v) => (s as number) + (v as number), 0)).toBe(
      result.report.tables.table3?.received?.total,
    );
    const zrj = tabulate(byUnit("盐池县自然资源局"), { year: 2021 });
    expect(parts.盐池县自然资源局).toBe(zrj.tables.table3?.received?.total);
    const gaj = tabulate(byUnit("盐池县公安局"), { year: 2021 });
    expect(result.breakdown["table2/fees/amountWan"]?.盐池县公安局).toBe(gaj.tables.table2?.fees?.amountWan);
    expect(gaj.tables.table2?.fees?.amountWan).toBeGreaterThan(10); // 万元 of 居民身份证工本费
  });

  it("passes the checker's roll-up rules against its units", () => {
    const unitReports = [
      reportOf(YANCHI_COUNTY, county.ownRecords(), 2021, "2021"),
      ...YANCHI_UNITS.map((u) => reportOf(u, county.unitRecords(u), 2021, "2021")),
    ];
    const findings = check(result.report, { units: unitReports }).filter((f) => f.rule.startsWith("ROLLUP-"));
    expect(findings).toEqual([]);
  });
});

describe("rollup findings (rules.md §G)", () => {
  const czj = YANCHI_UNITS.find((u) => u.name === "盐池县财政局")!;
  const zrj = YANCHI_UNITS.find((u) => u.name === "盐池县自然资源局")!;
  const hmc = YANCHI_UNITS.find((u) => u.name === "花马池镇人民政府")!;

  it("a unit reported twice is summed once (ROLLUP-DUPLICATE-UNIT)", () => {
    const r = rollup(
      [
        { unit: czj, records: byUnit(czj.name) },
        { unit: czj, report: reportOf(czj, byUnit(czj.name), 2021, "2021") },
      ],
      { year: 2021 },
    );
    expect(r.findings.map((f) => [f.rule, f.severity, f.unit])).toEqual([
      ["ROLLUP-DUPLICATE-UNIT", "error", "盐池县财政局"],
    ]);
    expect(r.report.tables).toEqual(tabulate(byUnit(czj.name), { year: 2021 }).tables);
    expect(r.units.map((u) => u.included)).toEqual([true, false]);
  });

  it("same 统一社会信用代码 under two names is one unit", () => {
    const a = { ...czj, creditCode: "11640323MB1234567X" };
    const b = { ...a, name: "盐池县财政局（国资办）" };
    const r = rollup(
      [
        { unit: a, records: [] },
        { unit: b, records: [] },
      ],
      { year: 2021 },
    );
    expect(r.findings[0]?.rule).toBe("ROLLUP-DUPLICATE-UNIT");
    expect(r.findings[0]?.message.zh).toContain("统一社会信用代码 11640323MB1234567X");
  });

  it("a report of another year is left out (ROLLUP-UNIT-YEAR); an expected unit without data is missing", () => {
    const r = rollup(
      [
        { unit: czj, report: reportOf(czj, byUnit(czj.name), 2021, "2021") },
        { unit: zrj, report: { ...reportOf(zrj, byUnit(zrj.name), 2021, "2021"), year: 2020 } },
        { unit: hmc },
      ],
      { year: 2021, expectedUnits: [czj.name, zrj.name, hmc.name, "盐池县审计局"] },
    );
    expect(r.findings.map((f) => [f.rule, f.unit])).toEqual([
      ["ROLLUP-UNIT-YEAR", "盐池县自然资源局"],
      ["ROLLUP-UNIT-MISSING", "花马池镇人民政府"],
      ["ROLLUP-UNIT-MISSING", "盐池县审计局"],
    ]);
    expect(r.report.tables).toEqual(tabulate(byUnit(czj.name), { year: 2021 }).tables);
    expect(r.report.rollup?.units).toEqual(["盐池县财政局"]);
  });

  it("2019-format units are migrated first, with the migration's notes (ROLLUP-FORMAT-MIX)", () => {
    const r = rollup(
      [
        { unit: czj, report: reportOf(czj, byUnit(czj.name), 2021, "2019") },
        { unit: zrj, records: byUnit(zrj.name) },
      ],
      { year: 2021 },
    );
    const mix = r.findings.find((f) => f.rule === "ROLLUP-FORMAT-MIX");
    expect(mix).toMatchObject({ severity: "warning", unit: "盐池县财政局" });
    expect(mix?.message.zh).toContain("2019 年格式");
    expect(r.units[0]?.notes?.map((n) => n.code)).toContain("MIGRATE-APPROX");
    // Table 三 carries over exactly: the sum equals tabulating both units' records.
    const both = tabulate([...byUnit(czj.name), ...byUnit(zrj.name)], { year: 2021 });
    const t3 = r.report.tables.table3!;
    for (const row of ["received", "carriedIn", "granted", "resultTotal", "carriedOut"]) {
      expect(t3[row]).toEqual(both.tables.table3![row]);
    }
    // 2019 has no 不再处理 row of its own: 财政局's part of （六） is in 3.其他; 1. is blank for it.
    expect(r.breakdown["table3/otherHandling.noCorrection/total"]?.盐池县财政局).toBeNull();
    // 2019 has no 收费金额: 财政局 adds nothing there, 自然资源局's amount stays.
    expect(both.tables.table2?.fees?.amountWan).toBeTypeOf("number");
    expect(r.report.tables.table2?.fees?.amountWan).toBe(both.tables.table2?.fees?.amountWan);
  });

  it("a county report in the 2019 format sums 2021-format units in the 2019 rows", () => {
    const r = rollup(
      [
        { unit: czj, report: reportOf(czj, byUnit(czj.name), 2020, "2021") },
        { unit: zrj, records: byUnit(zrj.name) },
      ],
      { year: 2020, format: "2019" },
    );
    expect(r.findings.map((f) => f.rule)).toEqual(["ROLLUP-FORMAT-MIX"]);
    const both = tabulate([...byUnit(czj.name), ...byUnit(zrj.name)], { year: 2020, format: "2019" });
    expect(r.report.tables.table3).toEqual(both.tables.table3);
    expect(r.report.tables.table4).toEqual(both.tables.table4);
  });

  it("blank cells: 0 in the sum, blank only where every unit left it blank", () => {
    const a: Report = {
      agency: czj,
      year: 2021,
      format: "2021",
      sections: {},
      tables: { table2: { fees: { amountWan: null } }, table4: { cases: { "review.total": null } } },
    };
    const b: Report = {
      ...a,
      agency: zrj,
      tables: { table2: { fees: { amountWan: 0.1 } }, table4: { cases: { "review.total": null } } },
    };
    const c: Report = { ...a, agency: hmc, tables: { table2: { fees: { amountWan: 0.2 } } } };
    const r = rollup(
      [
        { unit: czj, report: a },
        { unit: zrj, report: b },
        { unit: hmc, report: c },
      ],
      { year: 2021 },
    );
    expect(r.report.tables.table2?.fees?.amountWan).toBe(0.3); // exact, not 0.30000000000000004
    expect(r.report.tables.table4?.cases?.["review.total"]).toBeNull();
    expect(r.breakdown["table4/cases/review.total"]).toEqual({ 盐池县财政局: null, 盐池县自然资源局: null });
  });

  it("rejected records of a unit are reported, not summed", () => {
    const r = rollup(
      [{ unit: czj, records: [...byUnit(czj.name), { id: "bad", receivedDate: "2021-02-30" }] }],
      {
        year: 2021,
      },
    );
    expect(r.findings.map((f) => f.rule)).toEqual(["ROLLUP-RECORDS-REJECTED"]);
    expect(r.units[0]?.tabulation?.rejected).toBe(1);
    expect(r.units[0]?.tabulation?.issues[0]).toMatchObject({
      location: { kind: "json", path: [byUnit(czj.name).length, "receivedDate"] },
    });
  });

  it("async records give a Promise of the same roll-up", async () => {
    async function* stream(xs: RawRecord[]) {
      yield* xs;
    }
    const sync = rollup([{ unit: czj, records: byUnit(czj.name) }], { year: 2021 });
    const asyncResult = await rollup([{ unit: czj, records: stream(byUnit(czj.name)) }], { year: 2021 });
    expect(asyncResult).toEqual(sync);
  });
});

describe("the roll-up law (property)", () => {
  const all = [...county.records()];
  const names = [YANCHI_COUNTY.name, ...YANCHI_UNITS.map((u) => u.name)];

  it("rolling up the tabulated parts of any split of the records equals tabulating them all", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 5 }), { minLength: all.length, maxLength: all.length }),
        fc.constantFrom<"2019" | "2021">("2019", "2021"),
        fc.integer({ min: 2020, max: 2022 }),
        fc.boolean(),
        (assignment, format, year, asReports) => {
          const parts: RawRecord[][] = Array.from({ length: 6 }, () => []);
          all.forEach((r, i) => {
            parts[assignment[i] ?? 0]?.push(r);
          });
          const units = parts.map((records, i) => {
            const unit: Agency = { name: names[i] ?? `unit ${i}`, level: "department" };
            return asReports ? { unit, report: reportOf(unit, records, year, format) } : { unit, records };
          });
          const [own, ...rest] = units;
          const r = rollup(rest, { year, format, ...(own ? { own } : {}) });
          const whole = tabulate(all, { year, format });
          expect(r.report.tables).toEqual(whole.tables);
          for (const c of ApplicantTypeSchema.options) {
            const parts3 = Object.values(r.breakdown[`table3/received/${c}`] ?? {}) as number[];
            expect(parts3.reduce((s, v) => s + v, 0)).toBe(whole.tables.table3?.received?.[c]);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
