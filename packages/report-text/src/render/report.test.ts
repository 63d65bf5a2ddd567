import { type Cell, type OverviewFacts, type Report, section, toCells } from "@disclosure/schema";
import * as fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxCells, readHtmlCells, readMarkdownCells, readTextCells } from "../../test/read-back.js";
import { fullReport, reportArb, yanchi2020 } from "../../test/sample.js";
import { corpusReports } from "../../test/testdata.js";
import { corpusReport } from "../../test/corpus-report.js";
import { renderReport } from "./report.js";

/** Cells as comparable strings, in a stable order. */
function keyed(cells: readonly Cell[]): string[] {
  return cells
    .map((c) => `${c.table}/${c.row}/${c.col}=${c.value === null ? "null" : String(c.value)}`)
    .sort();
}

let yanchi: Report;
beforeAll(async () => {
  yanchi = await yanchi2020();
});

describe("renderReport: the report's frame", () => {
  it("titles the report with report.title, else 〈agency〉〈year〉年政府信息公开工作年度报告", async () => {
    const md = await renderReport(yanchi, { to: "markdown" });
    expect(md.startsWith("# 盐池县2020年政府信息公开工作年度报告\n")).toBe(true);
    const untitled = fullReport("2021", () => 0, { agency: { name: "花马池镇人民政府", level: "township" } });
    expect(await renderReport(untitled, { to: "text" })).toMatch(
      /^花马池镇人民政府2021年政府信息公开工作年度报告\n/,
    );
  });

  it("opens with the report's preamble, else the standard one naming the format and the statistical period", async () => {
    const text = await renderReport(yanchi, { to: "text" });
    expect(text).toContain("盐池县人民政府办公室综合全县各乡镇");
    const plain = await renderReport(
      fullReport("2021", () => 0),
      { to: "text" },
    );
    expect(plain).toContain("《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）");
    expect(plain).toContain("统计期限自2021年1月1日起至2021年12月31日止");
  });

  it("prints the six official headings in order, each once", async () => {
    const text = await renderReport(yanchi, { to: "text" });
    const ids = [
      "overview",
      "proactive",
      "applications",
      "reviewLitigation",
      "problems",
      "otherMatters",
    ] as const;
    const at = ids.map((id) => text.indexOf(`\n${section("2019", id).heading}\n`));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text.split("\n一、总体情况\n")).toHaveLength(2);
  });

  it("splits section texts into paragraphs and keeps their words (盐池县: 4 万余条, 52 条)", async () => {
    const md = await renderReport(yanchi, { to: "markdown" });
    expect(md).toMatch(/累计在政府网站及各类政务媒体平台主动公开各类信息 4 万余条/);
    expect(md).toMatch(/\n\n（一）坚持需求导向/);
    expect(md).toContain("“规范性文件”专栏");
  });

  it("writes section 六 from report.otherMatters facts, else 无。", async () => {
    const none = await renderReport(
      fullReport("2021", () => 0),
      { to: "text" },
    );
    expect(none).toMatch(/六、其他需要报告的事项\n\n无。\n$/);
    const fees = await renderReport(
      fullReport("2021", () => 0, {
        otherMatters: { feeNotices: 0, feeNoticedYuan: 0, feeCollectedYuan: 0 },
      }),
      { to: "text" },
    );
    expect(fees).toMatch(/六、其他需要报告的事项\n\n本年度未发出收费通知，未收取信息处理费。\n$/);
    const more = await renderReport(
      fullReport("2021", () => 0, {
        otherMatters: {
          feeNotices: 1,
          feeNoticedYuan: 380,
          feeCollectedYuan: 380,
          proposals: "办理人大代表建议12件。",
        },
      }),
      { to: "markdown" },
    );
    expect(more).toContain(
      "（一）收取信息处理费情况。本年度发出收费通知1件，通知收取信息处理费380元，实际收取信息处理费380元。",
    );
    expect(more).toContain("（二）人大代表建议和政协提案办理结果公开情况。办理人大代表建议12件。");
    const written = await renderReport(
      fullReport("2021", () => 0, {
        sections: { otherMatters: "本年度未收取信息处理费。" },
        otherMatters: { feeNotices: 3 },
      }),
      { to: "text" },
    );
    expect(written).toMatch(/本年度未收取信息处理费。\n$/);
  });

  it("prints table notes under their tables", async () => {
    const r = fullReport("2021", () => 1, {
      tableNotes: { table4: "注：行政复议、行政诉讼数量含上年度结转数量。" },
    });
    for (const to of ["markdown", "text", "html"] as const) {
      const out = await renderReport(r, { to });
      const t4 = out.indexOf("四、政府信息公开行政复议、行政诉讼情况");
      const note = out.indexOf("注：行政复议、行政诉讼数量含上年度结转数量。");
      const t5 = out.indexOf("五、存在的主要问题及改进情况");
      expect(t4).toBeGreaterThan(0);
      expect(note).toBeGreaterThan(t4);
      expect(t5).toBeGreaterThan(note);
    }
  });

  it("writes section 一 from facts (renderOverview) when the report has no overview text", async () => {
    const facts: OverviewFacts = {
      year: 2020,
      office: "盐池县政务公开办",
      proactive: { total: { value: 40000, approx: true, form: "wan", unit: "条" }, groups: [] },
      applications: { received: { value: 5, unit: "件" }, allAnswered: true, reviews: 0, lawsuits: 0 },
      management: {},
      platforms: {},
      supervision: { assessment: { scheme: "效能目标责任制考核", weight: 2 }, accountabilityCases: 0 },
    };
    const r = fullReport("2019", () => 0, { facts });
    const md = await renderReport(r, { to: "markdown" });
    const overview = md.slice(md.indexOf("## 一、总体情况"), md.indexOf("## 二、"));
    expect(overview).toContain("4万余条");
    expect(overview).toContain("\n\n（一）主动公开\n\n");
    expect(overview).toContain("\n\n（五）监督保障\n\n");
    const own = await renderReport(r, { to: "markdown", overview: () => "按事实写的总体情况。" });
    expect(own).toContain("## 一、总体情况\n\n按事实写的总体情况。\n");
    const written = await renderReport(
      { ...r, sections: { overview: "已写好的总体情况。" } },
      { to: "markdown" },
    );
    expect(written).toContain("## 一、总体情况\n\n已写好的总体情况。\n\n## 二、");
  });
});

describe("renderReport: every cell readable back, in every output form", () => {
  const forms = [
    ["markdown", readMarkdownCells],
    ["text", readTextCells],
  ] as const;

  for (const [to, read] of forms) {
    it(`${to}: generated reports give back their cells (property)`, async () => {
      await fc.assert(
        fc.asyncProperty(reportArb, async (r) => {
          const out = await renderReport(r, { to });
          expect(keyed(await read(out, r.format))).toEqual(keyed(toCells(r)));
        }),
        { numRuns: 25 },
      );
    });
  }

  it("html: generated reports give back their cells (property)", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (r) => {
        const out = await renderReport(r, { to: "html" });
        expect(keyed(readHtmlCells(out, r.format))).toEqual(keyed(toCells(r)));
      }),
      { numRuns: 25 },
    );
  });

  it("docx: generated reports give back their cells (property)", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (r) => {
        const out = await renderReport(r, { to: "docx" });
        expect(keyed(await readDocxCells(out, r.format))).toEqual(keyed(toCells(r)));
      }),
      { numRuns: 8 },
    );
  });

  it("Traditional output gives back the cells too, in all four forms", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (r) => {
        const expected = keyed(toCells(r));
        expect(
          keyed(
            await readMarkdownCells(
              await renderReport(r, { to: "markdown", script: "hant" }),
              r.format,
              "hant",
            ),
          ),
        ).toEqual(expected);
        expect(
          keyed(await readTextCells(await renderReport(r, { to: "text", script: "hant" }), r.format, "hant")),
        ).toEqual(expected);
        expect(keyed(readHtmlCells(await renderReport(r, { to: "html", script: "hant" }), r.format))).toEqual(
          expected,
        );
        expect(
          keyed(await readDocxCells(await renderReport(r, { to: "docx", script: "hant" }), r.format, "hant")),
        ).toEqual(expected);
      }),
      { numRuns: 4 },
    );
  });

  it("the real reports of the corpus (blanks, a collapsed （六）, money) in every form", async () => {
    const key = (c: Cell) => `${c.table}/${c.row}/${c.col}`;
    for (const { slug } of corpusReports()) {
      const r = corpusReport(slug);
      const present = new Map(toCells(r).map((c) => [key(c), c.value]));
      const outputs: [string, Cell[], boolean][] = [
        ["markdown", await readMarkdownCells(await renderReport(r, { to: "markdown" }), r.format), false],
        ["text", await readTextCells(await renderReport(r, { to: "text" }), r.format), false],
        ["html", readHtmlCells(await renderReport(r, { to: "html" }), r.format), true],
        ["docx", await readDocxCells(await renderReport(r, { to: "docx" }), r.format), false],
      ];
      for (const [form, cells, readsCollapsed] of outputs) {
        // A cell the transcription lacks is drawn blank and reads back as blank.
        for (const c of cells)
          expect([form, slug, key(c), c.value]).toEqual([form, slug, key(c), present.get(key(c)) ?? null]);
        const read = new Set(cells.map(key));
        for (const k of present.keys()) {
          // The test readers know the format's rows; the collapsed （六） row is read by data-cell (HTML) only.
          if (!readsCollapsed && r.format === "2021" && k.startsWith("table3/otherHandling/")) continue;
          expect([form, slug, k, read.has(k)]).toEqual([form, slug, k, true]);
        }
      }
    }
  });
});

describe("renderReport: Traditional", () => {
  it("converts labels and narrative, keeping mainland terms (never 檔案 for 文件, 入口網站, 最佳化)", async () => {
    for (const to of ["markdown", "html", "text"] as const) {
      const out = await renderReport(yanchi, { to, script: "hant" });
      expect(out).toContain("鹽池縣2020年政府信息公開工作年度報告");
      expect(out).toContain("規範性文件");
      expect(out).toContain("門戶網站");
      expect(out).toContain("優化營商環境");
      expect(out).not.toMatch(/檔案|入口網站|最佳化/);
      expect(out).toContain("三、收到和處理政府信息公開申請情況");
      expect(out).toContain("申請人情況");
    }
    const html = await renderReport(yanchi, { to: "html", script: "hant" });
    expect(html).toContain('<html lang="zh-Hant">');
  });
});
