import { describe, expect, it } from "vitest";
import { fullReport } from "../../test/sample.js";
import { corpusReport } from "../../test/corpus-report.js";
import { escapeMarkdown } from "./markdown.js";
import { renderReport } from "./report.js";

describe("Markdown", () => {
  it("flattens table 三's merges into one pipe table: labels joined by ' / '", async () => {
    const md = await renderReport(corpusReport("2022-pingtan-zone"), { to: "markdown" });
    expect(md).toContain(
      "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 / 自然人 | 申请人情况 / 法人或其他组织 / 商业企业 |",
    );
    expect(md).toContain(
      "| 三、本年度办理结果 / （四）无法提供 / 1.本机关不掌握相关政府信息 | 37 | 0 | 0 | 0 | 0 | 0 | 37 |",
    );
    expect(md).toContain("| 一、本年新收政府信息公开申请数量 | 71 | 3 | 0 | 0 | 0 | 0 | 74 |");
  });

  it("gives table 二 one pipe table per block under its ### heading, money exact", async () => {
    const md = await renderReport(corpusReport("2022-pingtan-zone"), { to: "markdown" });
    expect(md).toContain(
      "### 第二十条第（八）项\n\n| 信息内容 | 本年收费金额（单位：万元） |\n| :--- | ---: |\n| 行政事业性收费 | 9116.36 |\n",
    );
  });

  it("keeps every pipe table rectangular, blank cells empty and zero as 0", async () => {
    const r = fullReport("2021", (_t, row, col) =>
      col === "commercial" ? null : row === "received" ? 0 : 7,
    );
    const md = await renderReport(r, { to: "markdown" });
    const tables = md.split("\n\n").filter((b) => b.startsWith("|"));
    expect(tables).toHaveLength(6);
    for (const t of tables) {
      const widths = t.split("\n").map((l) => l.split(" | ").length);
      expect(new Set(widths).size).toBe(1);
    }
    expect(md).toContain("| 一、本年新收政府信息公开申请数量 | 0 |  | 0 | 0 | 0 | 0 | 0 |");
  });

  it("escapes markup in text so that a paragraph stays a paragraph", () => {
    expect(escapeMarkdown("*重点*领域")).toBe("\\*重点\\*领域");
    expect(escapeMarkdown("# 不是标题")).toBe("\\# 不是标题");
    expect(escapeMarkdown("1. 不是列表")).toBe("1\\. 不是列表");
    expect(escapeMarkdown("1.属于国家秘密")).toBe("1.属于国家秘密");
    expect(escapeMarkdown("- 不是列表")).toBe("\\- 不是列表");
    expect(escapeMarkdown("a|b")).toBe("a\\|b");
  });

  it("writes a signed 2019 本年增/减 as is in its cell", async () => {
    const r = fullReport("2019", (_t, row, col) => (row === "fees" && col === "itemsChange" ? -18 : 0));
    expect(await renderReport(r, { to: "markdown" })).toContain("| 行政事业性收费 | 0 | -18 |");
  });
});
