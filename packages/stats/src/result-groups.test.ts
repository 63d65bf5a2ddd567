import { yanchiReport2020 } from "@disclosure/samples";
import { fromCells } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { resultGroupTotals } from "./result-groups";

const corpus = (slug: string) =>
  JSON.parse(readFileSync(new URL(`../../../testdata/corpus/${slug}.cells.json`, import.meta.url), "utf8"));

describe("resultGroupTotals", () => {
  it("adds the 盐池县 2020 sample's five applications up by group", () => {
    const g = resultGroupTotals(yanchiReport2020);
    expect(g.map((x) => [x.label, x.value])).toEqual([
      ["（一）予以公开", 3],
      ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1],
      ["（三）不予公开", 0],
      ["（四）无法提供", 1],
      ["（五）不予处理", 0],
      ["（六）其他处理", 0],
    ]);
  });

  it("sums to （七）总计 on real reports, also with （六） printed as one row (洪泽 2024)", () => {
    for (const slug of ["2025-shuyang-county", "2024-hongze-district", "2019-pingtan-zone"]) {
      const c = corpus(slug);
      const report = { format: c.format, tables: fromCells(c.cells, { format: c.format }).tables };
      const groups = resultGroupTotals(report);
      expect(groups).toHaveLength(6);
      expect(groups.reduce((n, g) => n + g.value, 0)).toBe(report.tables.table3?.resultTotal?.total);
    }
  });
});
