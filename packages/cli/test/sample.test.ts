import { syntheticCountyRollup } from "@disclosure/samples/rollup";
import { validateReport } from "@disclosure/schema";
import { check } from "@disclosure/stats";
import { describe, expect, it } from "vitest";
import { cli, present } from "./helpers.js";

describe("disclosure sample", () => {
  it("prints the 盐池县 2020 report JSON, which validates", async () => {
    const r = await cli(["sample"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.title).toBe("盐池县2020年政府信息公开工作年度报告");
    expect(validateReport(report).ok).toBe(true);
  });

  it("streams N synthetic application records as JSONL, the same for the same seed", async () => {
    const a = await cli(["sample", "--county", "synthetic", "--seed", "7", "--records", "500"]);
    const b = await cli([
      "sample",
      "--county",
      "synthetic",
      "--seed",
      "7",
      "--records",
      "500",
      "-o",
      "r.jsonl",
    ]);
    const lines = a.stdout.trim().split("\n");
    expect(lines).toHaveLength(500);
    expect(JSON.parse(present(lines[0], "first line"))).toMatchObject({ type: "application" });
    expect(b.written["r.jsonl"]).toBe(a.stdout);
    const c = await cli(["sample", "--county", "synthetic", "--seed", "8", "--records", "500"]);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it("explains why the 盐池县 sample has no records, and rejects bad options", async () => {
    const r = await cli(["sample", "--records", "10", "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("use --county synthetic")]);
    expect((await cli(["sample", "--county", "atlantis"])).code).toBe(2);
    expect((await cli(["sample", "--county", "synthetic", "--records", "-5"])).code).toBe(2);
  });

  it("refuses a year the 盐池县 sample does not have, in Chinese and English, instead of printing 2020", async () => {
    const zh = await cli(["sample", "--year", "2024"]);
    expect([zh.code, zh.stdout]).toEqual([2, ""]);
    expect(zh.stderr).toContain("盐池县样例只有 2020 年");
    const en = await cli(["sample", "--year", "2024", "--lang", "en"]);
    expect(en.stderr).toContain("use --county synthetic for records and other years");
    expect((await cli(["sample", "--year", "2020"])).code).toBe(0);
  });

  it("prints the synthetic county's report for a recent year: its 33 units rolled up, in the 2021 format", async () => {
    const r = await cli(["sample", "--county", "synthetic", "--year", "2024"]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(validateReport(report).ok).toBe(true);
    expect(report).toMatchObject({ year: 2024, format: "2021", agency: { name: "盐池县人民政府" } });
    expect(report.rollup.units).toHaveLength(34);
    expect(report.tables.table3.received.total).toBeGreaterThan(0);
    const again = await cli(["sample", "--county", "synthetic", "--year", "2024"]);
    expect(again.stdout).toBe(r.stdout);
  });

  it("prints the synthetic county of a 2019-format year with table 二 made whole: the checks find no error", async () => {
    const r = await cli(["sample", "--county", "synthetic", "--seed", "3", "--year", "2020"]);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ year: 2020, format: "2019" });
    expect(report).toEqual(syntheticCountyRollup({ seed: 3, year: 2020 }).rollup.report);
    expect(report.tables.table2.licensing.itemsLastYear).toBeTypeOf("number");
    expect(check(report).filter((f) => f.severity === "error")).toEqual([]);
  });
});
