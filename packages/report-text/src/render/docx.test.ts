import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { defined, itemAt } from "../../test/item-at.js";
import { type DocxTable, readDocxTables } from "../../test/read-back.js";
import { fullReport, yanchi2020 } from "../../test/sample.js";
import { testdataDir } from "../../test/testdata.js";
import { corpusReport } from "../../test/corpus-report.js";
import { renderReport } from "./report.js";
import { renderTemplate } from "./template.js";
import { textWidth, pageSetup } from "./page.js";

/** Each row's cells as "gridSpan/vMerge" — the merge structure of a table. */
function merges(t: DocxTable): string[][] {
  return t.rows.map((r) => r.map((c) => `${c.gridSpan}/${c.vMerge ?? "-"}`));
}

const template = readDocxTables(new Uint8Array(readFileSync(`${testdataDir}spec/template-2021.docx`)));

let generated: ReturnType<typeof readDocxTables>;
beforeAll(async () => {
  const r = fullReport("2021", (_t, _r, _c, _u, i) => i, {
    sections: {
      overview: "2021年，盐池县……\n（一）主动公开\n累计主动公开各类信息4万余条。",
      problems: "（一）坚持规范内容和创新形式相结合，激发工作活力。依法依规把不涉密的政府信息作为常规内容。",
    },
  });
  generated = readDocxTables(await renderReport(r, { to: "docx" }));
});

describe(".docx: tables laid out like the format's Word template (spec/template-2021.docx)", () => {
  it("has the template's three tables with its grids: 4, 10 and 15 columns in the same proportions, within the text block", () => {
    expect(template.tables.map((t) => t.grid.length)).toEqual([4, 10, 15]);
    const width = textWidth(pageSetup("gbt9704"));
    generated.tables.forEach((t, i) => {
      const total = t.grid.reduce((a, b) => a + b, 0);
      expect(total).toBeLessThanOrEqual(width);
      const tpl = itemAt(template.tables, i).grid;
      const tplTotal = tpl.reduce((a, b) => a + b, 0);
      t.grid.forEach((w, j) => {
        expect(Math.abs(w - (itemAt(tpl, j) * total) / tplTotal)).toBeLessThanOrEqual(1);
      });
    });
  });

  it("has exactly the template's grids with the template's page", async () => {
    const r = fullReport("2021", () => 0);
    const onTemplate = readDocxTables(await renderReport(r, { to: "docx", page: "template" }));
    expect(onTemplate.tables.map((t) => t.grid)).toEqual(template.tables.map((t) => t.grid));
  });

  it("merges exactly the cells the template merges (gridSpan and vMerge, row by row)", () => {
    for (let i = 0; i < 3; i++)
      expect(merges(itemAt(generated.tables, i))).toEqual(merges(itemAt(template.tables, i)));
  });

  it("puts the template's labels in the same cells", () => {
    for (let i = 0; i < 3; i++) {
      const labels = (t: DocxTable) =>
        t.rows.map((r) => r.map((c) => (/^\d*$/.test(c.text.trim()) ? "" : c.text.trim())));
      expect(labels(itemAt(generated.tables, i))).toEqual(labels(itemAt(template.tables, i)));
    }
  });

  it("table 三: 申请人情况 over seven columns, 三、本年度办理结果 down 22 rows, （三）不予公开 down 8", () => {
    const t3 = itemAt(generated.tables, 1);
    expect(t3.rows[0]?.[1]).toMatchObject({ text: "申请人情况", gridSpan: 7 });
    const col0 = t3.rows.map((r) => itemAt(r, 0));
    const start = col0.findIndex((c) => c.text === "三、本年度办理结果");
    expect(col0[start]?.vMerge).toBe("restart");
    const continued = col0.slice(start + 1).findIndex((c) => c.vMerge !== "continue");
    expect(continued).toBe(21);
    const withheld = t3.rows.findIndex((r) => r[1]?.text === "（三）不予公开");
    expect(t3.rows.slice(withheld + 1, withheld + 8).every((r) => r[1]?.vMerge === "continue")).toBe(true);
    expect(t3.rows[withheld + 8]?.[1]?.vMerge).toBe("restart");
  });

  it("uses the template's table fonts (宋体, the corner note and the parenthetical in 楷体) and government fonts for text", () => {
    const t3 = itemAt(generated.tables, 1);
    expect(t3.rows[0]?.[0]?.fonts).toEqual(["楷体"]);
    const partly = defined(
      t3.rows.flat().find((c) => c.text.startsWith("（二）部分公开")),
      "the （二）部分公开 cell",
    );
    expect(partly.fonts).toEqual(["宋体", "楷体"]);
    expect(t3.rows[3]?.[0]?.fonts).toEqual(["宋体"]);
    const xml = generated.xml;
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
  });

  it("sets （一）-level headings in 楷体: a heading line whole, a paragraph's lead sentence", () => {
    const runs = (text: string) => {
      const p = generated.xml.split("<w:p>").find((x) => x.includes(text)) ?? "";
      return [...p.matchAll(/w:eastAsia="([^"]+)"[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map(
        (m) => `${m[1]}:${m[2]}`,
      );
    };
    expect(runs(">（一）主动公开<")).toEqual(["楷体_GB2312:（一）主动公开"]);
    expect(runs("激发工作活力")).toEqual([
      "楷体_GB2312:（一）坚持规范内容和创新形式相结合，激发工作活力。",
      "仿宋_GB2312:依法依规把不涉密的政府信息作为常规内容。",
    ]);
    expect(runs("累计主动公开各类信息")).toEqual(["仿宋_GB2312:累计主动公开各类信息4万余条。"]);
  });

  it("is A4 portrait with the margins of GB/T 9704, and numbers its pages", () => {
    expect(generated.xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(generated.xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    expect(generated.files.some((f) => /^word\/footer\d*\.xml$/.test(f))).toBe(true);
  });

  it("writes 0 as 0, blanks as empty cells", async () => {
    const r = fullReport("2021", (_t, row, col) => (row === "received" && col === "commercial" ? null : 0));
    const t3 = itemAt(readDocxTables(await renderReport(r, { to: "docx" })).tables, 1);
    const received = defined(
      t3.rows.find((row) => row[0]?.text.startsWith("一、")),
      "the 一、本年新收 row",
    );
    expect(received.slice(1).map((c) => c.text)).toEqual(["0", "", "0", "0", "0", "0", "0"]);
  });
});

describe(".docx of real and sample reports", () => {
  it("draws the 2019 format's table 二 (five blocks) and single （六）其他处理 row (盐池县 2020)", async () => {
    const { tables } = readDocxTables(await renderReport(await yanchi2020(), { to: "docx" }));
    expect(tables.map((t) => t.grid.length)).toEqual([4, 10, 15]);
    expect(
      itemAt(tables, 0)
        .rows.filter((r) => r.length === 1)
        .map((r) => r[0]?.text),
    ).toEqual([
      "第二十条第（一）项",
      "第二十条第（五）项",
      "第二十条第（六）项",
      "第二十条第（八）项",
      "第二十条第（九）项",
    ]);
    const other = defined(
      itemAt(tables, 1).rows.find((r) => r.some((c) => c.text === "（六）其他处理")),
      "the （六）其他处理 row",
    );
    expect(other.map((c) => `${c.gridSpan}/${c.vMerge ?? "-"}`).slice(0, 2)).toEqual(["1/continue", "2/-"]);
    const amount = defined(
      itemAt(tables, 0).rows.find((r) => r[0]?.text === "政府集中采购"),
      "the 政府集中采购 row",
    );
    // The 2019 format's 采购总金额 names no unit: the cell does.
    expect(amount.at(-1)?.text).toBe("9116.36万元");
  });

  it("draws 洪泽区 2024's collapsed （六）其他处理 as one row in place of the three sub-rows", async () => {
    const { tables } = readDocxTables(
      await renderReport(corpusReport("2024-hongze-district"), { to: "docx" }),
    );
    const t3 = itemAt(tables, 1);
    expect(t3.rows).toHaveLength(itemAt(template.tables, 1).rows.length - 2);
    const start = t3.rows.findIndex((r) => r[0]?.text === "三、本年度办理结果");
    expect(t3.rows.slice(start + 1).findIndex((r) => r[0]?.vMerge !== "continue")).toBe(19);
  });

  it("Traditional: converted text, fonts with Traditional glyphs, no Taiwan terms", async () => {
    const { xml, tables } = readDocxTables(
      await renderReport(await yanchi2020(), { to: "docx", script: "hant" }),
    );
    expect(xml).toContain("鹽池縣2020年政府信息公開工作年度報告");
    expect(xml).toContain("申請人情況");
    expect(xml).toContain("規範性文件");
    expect(xml).not.toMatch(/檔案|入口網站|最佳化/);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).not.toContain("_GB2312");
    expect(tables[1]?.rows[0]?.[1]?.text).toBe("申請人情況");
  });
});

describe("renderTemplate .docx", () => {
  it("is the template's form: the six headings, placeholders, and the three tables blank", async () => {
    const { tables, xml: raw } = readDocxTables(await renderTemplate("2021", { to: "docx" }));
    const xml = raw.replace(/<[^>]+>/g, "");
    for (let i = 0; i < 3; i++) expect(merges(itemAt(tables, i))).toEqual(merges(itemAt(template.tables, i)));
    const values = tables.flatMap((t) => t.rows.flat()).filter((c) => /^\d+$/.test(c.text));
    expect(values).toEqual([]);
    expect(xml).toContain("（单位名称）（年度）年政府信息公开工作年度报告");
    expect(xml).toContain("（文字描述，收取信息处理费情况在此处报告。）");
    for (const h of ["一、总体情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"])
      expect(xml).toContain(h);
  });

  it("names the agency and year when given (a township of 盐池县)", async () => {
    const { xml: raw } = readDocxTables(
      await renderTemplate("2021", { to: "docx", agency: "花马池镇人民政府", year: 2021 }),
    );
    const xml = raw.replace(/<[^>]+>/g, "");
    expect(xml).toContain("花马池镇人民政府2021年政府信息公开工作年度报告");
    expect(xml).toContain("统计期限自2021年1月1日起至2021年12月31日止");
  });
});
