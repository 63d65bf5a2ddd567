import type { Report } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { rules, table3, table4, withCell, yanchi } from "../../test/check-helpers.js";
import { check } from "./index.js";

const unit = (name: string, granted: number, fees: number, over: Partial<Report> = {}): Report =>
  yanchi("2021", 2021, {
    agency: { name, level: "department", tier: "county", parent: "盐池县人民政府" },
    tables: {
      ...yanchi("2021").tables,
      table2: { ...yanchi("2021").tables.table2, fees: { amountWan: fees } },
      table3: table3("2021", { granted: [granted] }),
      table4: table4({ review: [granted, 0, 0, 0] }),
    },
    ...over,
  });

function county(units: readonly Report[]): Report {
  const sum = (t: "table3" | "table4", row: string, col: string) =>
    units.reduce((s, u) => s + ((u.tables[t]?.[row]?.[col] as number) ?? 0), 0);
  const base = yanchi("2021", 2021, { rollup: { units: units.map((u) => u.agency.name) } });
  const first = units[0];
  if (first === undefined) throw new Error("a county needs at least one unit");
  const t3 = structuredClone(first.tables.table3!);
  for (const [row, cols] of Object.entries(t3))
    for (const col of Object.keys(cols)) cols[col] = sum("table3", row, col);
  const t4 = structuredClone(first.tables.table4!);
  const cases = t4.cases ?? {};
  for (const col of Object.keys(cases)) cases[col] = sum("table4", "cases", col);
  const t2 = structuredClone(first.tables.table2!);
  for (const [row, cols] of Object.entries(t2)) {
    for (const col of Object.keys(cols)) {
      if (col !== "amountWan")
        cols[col] = units.reduce((s, u) => s + (u.tables.table2?.[row]?.[col] as number), 0);
    }
  }
  t2.fees = { ...t2.fees, amountWan: 0.3 };
  return { ...base, tables: { table2: t2, table3: t3, table4: t4 } };
}

const roll = (r: Report, units: readonly Report[]) =>
  check(r, { units }).filter((f) => f.rule.startsWith("ROLLUP-"));

describe("ROLLUP-SUM and ROLLUP-SUM-T2", () => {
  const units = [unit("盐池县财政局", 2, 0.1), unit("盐池县教育局", 1, 0.2)] as const;

  it("accepts a county whose tables are the sums of its units (0.1 + 0.2 万元 = 0.3 exactly)", () => {
    expect(roll(county(units), units)).toEqual([]);
  });

  it("reports a table 三 cell that is not the sum (error), a table 二 cell (warning)", () => {
    const bad = withCell(
      withCell(county(units), "table3", "granted", "naturalPerson", 4),
      "table2",
      "fees",
      "amountWan",
      0.31,
    );
    const fs = roll(bad, units);
    expect(fs.map((f) => [f.rule, f.severity, f.cells[0]?.row])).toEqual([
      ["ROLLUP-SUM", "error", "granted"],
      ["ROLLUP-SUM-T2", "warning", "fees"],
    ]);
    expect(fs[0]?.message.zh).toBe(
      "汇总报告表三“（一）予以公开”行“自然人”列为4，但2个单位之和为3（盐池县财政局 2，盐池县教育局 1）",
    );
    expect(fs[1]).toMatchObject({ expected: "0.3", actual: 0.31 });
  });
});

describe("unit bookkeeping", () => {
  const units = [unit("盐池县财政局", 2, 0.1), unit("盐池县教育局", 1, 0.2)] as const;

  it("reports a unit supplied twice, a unit of another year, missing and unlisted units", () => {
    const c = county(units);
    expect(rules(roll(c, [...units, units[1]]))).toEqual(["ROLLUP-DUPLICATE-UNIT"]);
    const late = unit("盐池县教育局", 1, 0.2, { year: 2020 });
    expect(rules(roll(c, [units[0], late]))).toContain("ROLLUP-UNIT-YEAR");
    expect(rules(roll(c, [units[0]]))).toEqual(["ROLLUP-UNIT-MISSING"]);
    expect(rules(roll(c, [...units, unit("盐池县民政局", 0, 0)]))).toEqual(["ROLLUP-UNIT-UNLISTED"]);
  });

  it("migrates a 2019-format unit first and says so (ROLLUP-FORMAT-MIX)", () => {
    const old = yanchi("2019", 2021, { agency: { name: "盐池县教育局", level: "department" } });
    const fs = roll(county(units), [units[0], old]);
    expect(rules(fs)).toContain("ROLLUP-FORMAT-MIX");
    expect(fs.find((f) => f.rule === "ROLLUP-FORMAT-MIX")?.message.zh).toContain(
      "2019年格式的单位先迁移到2021年格式",
    );
  });
});
