// check on every real report of ../testdata/corpus: it finds each published error listed
// there (knownErrors) and nothing on the reports that add up. The README's table of corpus
// results is the EXPECTED map below.
import { resultRowCodes } from "./check-helpers.js";
import { describe, expect, it } from "vitest";
import { check } from "../src/check/index.js";
import type { Finding } from "../src/finding.js";
import { corpusEntries, reportOf, reportWithText } from "./corpus-reports.js";

const entries = corpusEntries();
const bySlug = (slug: string) => {
  const e = entries.find((x) => x.slug === slug);
  if (!e) throw new Error(`no corpus report ${slug}`);
  return e;
};

function count(fs: readonly Finding[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of fs) out[f.rule] = (out[f.rule] ?? 0) + 1;
  return out;
}

const tableError = (f: Finding) => f.severity === "error" && /^T[234]-/.test(f.rule);
const key = (c: { table: string; row: string; col: string }) => `${c.table}/${c.row}/${c.col}`;

/**
 * Findings per rule on the cells of each report, the tables taken as complete where the
 * transcription is (the `complete:` line of each .txt), and with the narrative of the .txt.
 */
const EXPECTED: Record<string, { cells: Record<string, number>; text: Record<string, number> }> = {
  "2019-pingtan-zone": { cells: {}, text: {} },
  "2019-shanghai-municipal-office": {
    cells: { "T3-ROW-TOTAL": 11, "T3-COL-TOTAL": 1, "CELL-BLANK": 135 },
    text: { "T3-ROW-TOTAL": 11, "T3-COL-TOTAL": 1, "CELL-BLANK": 135 },
  },
  "2020-songjianghe-town": { cells: {}, text: { "STRUCT-SECTIONS": 4, "TXT-YEAR": 1 } },
  "2021-pingtan-zone": { cells: {}, text: { "STRUCT-SECTIONS": 1 } },
  "2022-huaihua-county-hant": { cells: {}, text: { "STRUCT-SECTIONS": 5, "TXT-OVERVIEW-ASPECTS": 1 } },
  "2022-pingtan-zone": { cells: {}, text: { "STRUCT-SECTIONS": 1 } },
  "2023-changchun-xinqu-science-bureau": {
    cells: {},
    text: { "STRUCT-SECTIONS": 3, "TXT-OVERVIEW-ASPECTS": 1, "TXT-NUMBERS": 1 },
  },
  "2023-shuyang-development-reform-bureau": { cells: { "CELL-BLANK": 125 }, text: { "CELL-BLANK": 125 } },
  "2024-hongze-district": {
    cells: { "STRUCT-GROUP-COLLAPSED": 1 },
    text: { "STRUCT-GROUP-COLLAPSED": 1, "TXT-NUMBERS": 1 },
  },
  "2024-longgang-district-department": {
    cells: {},
    text: { "STRUCT-SECTIONS": 3, "TXT-OVERVIEW-ASPECTS": 1 },
  },
  "2024-shanghai-science-commission": {
    cells: { "T3-ROW-TOTAL": 1, "T3-BALANCE": 1, "CELL-BLANK": 1 },
    text: {
      "T3-ROW-TOTAL": 1,
      "T3-BALANCE": 1,
      "CELL-BLANK": 1,
      "STRUCT-SECTIONS": 1,
      "TXT-OVERVIEW-ASPECTS": 1,
    },
  },
  "2025-shuyang-county": { cells: {}, text: { "TXT-OVERVIEW-ASPECTS": 1 } },
};

describe("check on the corpus", () => {
  it("covers the 12 corpus reports", () => {
    expect(entries.map((e) => e.slug).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const e of entries) {
    it(`${e.slug}: ${e.expectTableErrors ? "finds its published table errors" : "finds no table error"}`, () => {
      const fs = check(reportOf(e), { tables: e.complete });
      if (e.expectTableErrors) expect(fs.some(tableError)).toBe(true);
      else expect(fs.filter(tableError)).toEqual([]);
      expect(count(fs)).toEqual(EXPECTED[e.slug]?.cells);
    });

    it(`${e.slug}: with its narrative`, () => {
      expect(count(check(reportWithText(e), { tables: e.complete }))).toEqual(EXPECTED[e.slug]?.text);
    });
  }

  it("上海市人民政府办公厅 2019: each blank 总计 of a result row over non-zero cells is a T3-ROW-TOTAL error naming it", () => {
    const e = bySlug("2019-shanghai-municipal-office");
    const report = reportOf(e);
    const fs = check(report, { tables: e.complete }).filter((f) => f.rule === "T3-ROW-TOTAL");
    const t3 = report.tables.table3!;
    const expected = resultRowCodes("2019").filter((row) => {
      const cells = t3[row];
      return cells?.total === null && Object.values(cells).some((v) => typeof v === "number" && v > 0);
    });
    expect(expected).toHaveLength(11);
    expect(fs.map((f) => f.cells.at(-1)).map((c) => c && key(c))).toEqual(
      expected.map((r) => `table3/${r}/total`),
    );
    for (const f of fs) {
      expect(f.severity).toBe("error");
      expect(f.actual).toBeNull();
      expect(f.message.zh).toMatch(/总计为空，但各列之和为\d+/);
    }
    expect(fs[0]?.message.zh).toBe(
      "表三“（一）予以公开”行：总计为空，但各列之和为272（空白单元格按0计：本行“法人或其他组织 科研机构”“法人或其他组织 社会公益组织”列）",
    );
  });

  it("上海市科委 2024: T3-BALANCE on the 总计 column names the blank 结转下年度 总计", () => {
    const e = bySlug("2024-shanghai-science-commission");
    const fs = check(reportOf(e), { tables: e.complete });
    const bal = fs.find((f) => f.rule === "T3-BALANCE");
    expect(bal).toMatchObject({ severity: "error", expected: 36, actual: 35 });
    expect(bal?.cells.map(key)).toContain("table3/carriedOut/total");
    expect(bal?.message.zh).toBe(
      "表三“总计”列：“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”为36，但“（七）总计”加“四、结转下年度继续办理”为35（空白单元格按0计：本列“四、结转下年度继续办理”行）",
    );
    const row = fs.find((f) => f.rule === "T3-ROW-TOTAL");
    expect(row?.message.zh).toBe("表三“四、结转下年度继续办理”行：总计为空，但各列之和为1");
  });

  it("洪泽区 2024: the narrative's 17 applications against table 三's 95 (TXT-NUMBERS)", () => {
    const f = check(reportWithText(bySlug("2024-hongze-district"))).find((x) => x.rule === "TXT-NUMBERS");
    expect(f).toMatchObject({ severity: "warning", actual: 17, expected: 95 });
    expect(f?.cells.map(key)).toEqual(["table3/received/total"]);
  });

  it("长春新区科技局 2023: 出台四项规范性文件 against 本年制发件数 0 (TXT-NUMBERS)", () => {
    const e = bySlug("2023-changchun-xinqu-science-bureau");
    const f = check(reportWithText(e), { tables: e.complete }).find((x) => x.rule === "TXT-NUMBERS");
    expect(f).toMatchObject({ severity: "warning", actual: 4, expected: 0 });
    expect(f?.cells.map(key)).toEqual(["table2/normativeDocuments/issued"]);
  });

  it("松江河镇 2020: the 2020 narrative quotes 2019 figures (TXT-YEAR)", () => {
    const e = bySlug("2020-songjianghe-town");
    const f = check(reportWithText(e), { tables: e.complete }).find((x) => x.rule === "TXT-YEAR");
    expect(f?.message.zh).toContain("2019年,我镇通过抚松县政府网站公开信息94条");
  });

  it("平潭 2021 → 2022: 1 application carried over both ways, no cross-year finding", () => {
    const prev = reportOf(bySlug("2021-pingtan-zone"));
    const cur = reportOf(bySlug("2022-pingtan-zone"));
    const fs = check(cur, { previous: prev, tables: ["table2", "table3", "table4"] });
    expect(fs).toEqual([]);
    const off = structuredClone(prev);
    const carriedOut = off.tables.table3?.carriedOut;
    if (carriedOut) carriedOut.total = 2;
    expect(check(cur, { previous: off }).map((f) => f.rule)).toEqual(["CROSS-YEAR-CARRY"]);
  });

  it("reports partial transcriptions as such when not told which tables are complete", () => {
    const e = bySlug("2024-longgang-district-department");
    const fs = check(reportOf(e));
    expect(new Set(fs.map((f) => f.rule))).toEqual(new Set(["STRUCT-MISSING"]));
  });
});
