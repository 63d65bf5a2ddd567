// `disclosure check` on every corpus report prints exactly its published table errors:
// the tables held in full are those the corpus text's header names (complete: …).
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli, testdataDir } from "./helpers.js";

const slugs = readdirSync(`${testdataDir}corpus`)
  .filter((f) => f.endsWith(".cells.json"))
  .map((f) => f.replace(".cells.json", ""));

function completeTables(slug: string): string {
  const head = readFileSync(`${testdataDir}corpus/${slug}.txt`, "utf8").split("\n").slice(0, 12).join("\n");
  return /^complete:[ \t]*(.*)$/m.exec(head)?.[1]?.trim() ?? "";
}

describe("disclosure check on the corpus", () => {
  it("covers the 12 corpus reports", () => expect(slugs).toHaveLength(12));
  for (const slug of slugs) {
    it(`${slug}: table errors exactly as published`, async () => {
      const truth = JSON.parse(readFileSync(`${testdataDir}corpus/${slug}.cells.json`, "utf8"));
      const tables = completeTables(slug);
      const args = ["check", `${testdataDir}corpus/${slug}.cells.json`, "--json"];
      const r = await cli([...args, "--tables", tables]);
      const findings: { rule: string; severity: string; cells: { row: string; col: string }[] }[] =
        JSON.parse(r.stdout).findings;
      const errors = findings.filter((f) => f.severity === "error");
      const tableErrors = errors.filter((f) => /^T[234]-/.test(f.rule));
      expect(errors.filter((f) => !/^T[234]-/.test(f.rule))).toEqual([]);
      if (truth.expectTableErrors) {
        expect(tableErrors.length).toBeGreaterThan(0);
        expect(r.code).toBe(1);
      } else {
        expect(tableErrors).toEqual([]);
        expect(r.code).toBe(0);
      }
    });
  }

  it("names the blank cells behind 上海 2019's and 科委 2024's errors", async () => {
    const sh = JSON.parse(
      (
        await cli([
          "check",
          `${testdataDir}corpus/2019-shanghai-municipal-office.cells.json`,
          "--tables",
          "table2,table3,table4",
          "--json",
        ])
      ).stdout,
    );
    const rowTotals = sh.findings.filter((f: { rule: string }) => f.rule === "T3-ROW-TOTAL");
    expect(rowTotals).toHaveLength(11);
    expect(rowTotals.every((f: { message: { zh: string } }) => f.message.zh.includes("总计为空"))).toBe(true);
    const kw = JSON.parse(
      (
        await cli([
          "check",
          `${testdataDir}corpus/2024-shanghai-science-commission.cells.json`,
          "--tables",
          "table2,table3,table4",
          "--json",
        ])
      ).stdout,
    );
    const balance = kw.findings.find((f: { rule: string }) => f.rule === "T3-BALANCE");
    expect(balance.cells).toContainEqual(expect.objectContaining({ row: "carriedOut", col: "total" }));
  });
});
