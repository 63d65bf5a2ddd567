import { describe, expect, it } from "vitest";
import { defined } from "../../test/item-at.js";
import { corpusReports } from "../../test/testdata.js";
import { renderCellsPreview } from "./cells-preview.js";

const hongze = defined(
  corpusReports().find((c) => c.slug === "2024-hongze-district"),
  "the 2024-hongze-district corpus report",
);

describe("renderCellsPreview", () => {
  it("draws raw cells in the official tables (洪泽区 2024, Markdown)", async () => {
    const md = await renderCellsPreview(hongze.cells, { format: "2021", to: "markdown" });
    expect(md).toContain("## 三、收到和处理政府信息公开申请情况");
    expect(md).toContain("| 一、本年新收政府信息公开申请数量 | 95 | 0 | 0 | 0 | 0 | 0 | 95 |");
    expect(md).toContain("| 三、本年度办理结果 / （六）其他处理 |");
    expect(md).not.toContain("一、总体情况");
  });

  it("leaves cells that were not sent empty, and draws only the tables asked for", async () => {
    const md = await renderCellsPreview([{ table: "table3", row: "received", col: "total", value: 5 }], {
      format: "2019",
      to: "markdown",
      tables: ["table3"],
    });
    expect(md).toContain("| 一、本年新收政府信息公开申请数量 |  |  |  |  |  |  | 5 |");
    expect(md).not.toContain("第二十条");
  });

  it("lists cells the format has no place for, and duplicates, below the tables", async () => {
    const cells = [
      { table: "table3" as const, row: "received", col: "total", value: 5 },
      { table: "table3" as const, row: "received", col: "total", value: 6 },
      { table: "table3" as const, row: "received", col: "orgSubtotal", value: 2 },
    ];
    for (const to of ["markdown", "text", "html"] as const) {
      const out = await renderCellsPreview(cells, { format: "2021", to });
      expect(out).toContain("以下单元格不在2021年格式的表格中：");
      expect(out).toContain("table3/received/orgSubtotal");
      expect(out).toContain("单元格问题：");
      expect(out).toContain("单元格 table3/received/total 重复出现");
    }
  });

  it("is an embeddable article in HTML, Traditional on request", async () => {
    const html = await renderCellsPreview(hongze.cells, { format: "2021", to: "html", script: "hant" });
    expect(html.startsWith('<article class="disclosure-report disclosure-preview" lang="zh-Hant"')).toBe(
      true,
    );
    expect(html).toContain("申請人情況");
    expect(html).toContain('data-cell="table3|received|total">95</td>');
    expect(html).toContain('id="preview-table3-r0c3"');
  });

  it("draws text tables for a terminal", async () => {
    const text = await renderCellsPreview(hongze.cells, { format: "2021", to: "text", tables: ["table4"] });
    expect(text.split("\n")[0]).toBe("四、政府信息公开行政复议、行政诉讼情况");
    expect(text).toMatch(/│ +1 │ +1 │ +0 │ +0 │ +2 │/);
  });
});
