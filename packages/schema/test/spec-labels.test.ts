// Every official label of both formats, compared with the spec's own tables.
import { describe, expect, it } from "vitest";
import { cellDefs, getFormat, tableGrid, tableRows } from "../src/index.js";
import { readTestdata } from "./testdata.js";

/** Rows of the markdown tables in a section of a spec file. */
function mdRows(md: string, startHeading: string, endHeading: string): string[][] {
  const start = md.indexOf(startHeading);
  const end = md.indexOf(endHeading, start + 1);
  expect(start, startHeading).toBeGreaterThan(-1);
  return md
    .slice(start, end < 0 ? undefined : end)
    .split("\n")
    .filter((l) => l.startsWith("|") && !/^\|\s*-/.test(l))
    .map((l) =>
      l
        .slice(1, -1)
        .split("|")
        .map((c) => c.trim()),
    );
}
const code = (cell: string | undefined) => /`([^`]+)`/.exec(cell ?? "")?.[1];
const label = (cell: string | undefined) => (cell ?? "").replace(/`[^`]*`/g, "").trim();

const f2021 = readTestdata("spec/format-2021.md");
const f2019 = readTestdata("spec/format-2019.md");

describe("format 2021 against spec/format-2021.md", () => {
  const fmt = getFormat("2021");
  it("has the six section headings verbatim", () => {
    const rows = mdRows(f2021, "## 1. The six sections", "Heading variants").slice(1);
    expect(rows.map((r) => [r[1], r[2]?.replace(/`/g, "")])).toEqual(
      fmt.sections.map((s) => [s.heading, s.id]),
    );
  });

  it("has table 二's blocks, columns and rows verbatim", () => {
    const part = f2021.slice(f2021.indexOf("## 3. Table 二"), f2021.indexOf("## 4. Table 三"));
    const blocks = part.split("### ").slice(1);
    const def = fmt.tables.table2.blocks;
    expect(blocks.map((b) => b.split("\n")[0]?.trim())).toEqual(def.map((b) => b.heading));
    blocks.forEach((b, i) => {
      const rows = mdRows(b, "|", "\n\n");
      const [header, ...body] = rows;
      expect(label(header?.[0])).toBe(def[i]?.rowHeader);
      expect(header?.slice(1).map((c) => [label(c), code(c)])).toEqual(
        def[i]?.columns.map((c) => [c.label, c.code]),
      );
      expect(body.map((r) => [label(r[0]), code(r[0])])).toEqual(def[i]?.rows.map((r) => [r.label, r.code]));
    });
  });

  it("has table 三's seven columns and 25 rows verbatim, with parents", () => {
    const cols = mdRows(f2021, "| order | label (verbatim) | group | code |", "There is **no**").slice(1);
    const block = fmt.tables.table3.blocks[0];
    expect(cols.map((r) => [r[1], r[2]?.split(" / ").at(-1), code(r[3])])).toEqual(
      block.columns.map((c) => [c.label, c.path.at(-1), c.code]),
    );
    const rows = mdRows(f2021, "| row label (verbatim, with its numbering) |", "So table 三 has").slice(1);
    const dataRows = rows.filter((r) => !r[2]?.startsWith("(") && r[2] !== "—");
    expect(dataRows.map((r) => [r[0], code(r[2])])).toEqual(block.rows.map((r) => [r.label, r.code]));
    const groups = rows.filter((r) => r[2]?.startsWith("(") || r[2] === "—");
    expect(groups.map((r) => r[0])).toEqual(block.groups.map((g) => g.label));
    expect(block.rows.length).toBe(25);
    expect(cellDefs("2021", "table3")).toHaveLength(175);
    expect(block.cornerNote).toBe(/\*\*(（本列数据[^*]+）)\*\*/.exec(f2021)?.[1]);
  });

  it("has table 四's three groups of five columns verbatim", () => {
    const rows = mdRows(f2021, "| group (verbatim) | group code |", "Cells are written").slice(1);
    const cols = fmt.tables.table4.blocks[0].columns;
    for (const [groupLabel, groupCode, colText] of rows) {
      const mine = cols.filter((c) => c.code.startsWith(`${code(groupCode)}.`));
      expect(mine.map((c) => c.path.join(" / "))).toEqual(Array(5).fill(groupLabel));
      const pairs =
        colText === "same five"
          ? null
          : [...(colText ?? "").matchAll(/(\S+) `(\w+)`/g)].map((m) => [m[1], m[2]]);
      if (pairs) expect(mine.map((c) => [c.label, c.code.split(".")[1]])).toEqual(pairs);
      else expect(mine.map((c) => c.label)).toEqual(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]);
    }
    expect(cellDefs("2021", "table4")).toHaveLength(15);
  });

  it("has 10 cells in table 二", () => {
    expect(cellDefs("2021", "table2")).toHaveLength(10);
  });
});

describe("format 2019 against spec/format-2019.md", () => {
  const fmt = getFormat("2019");
  it("has table 二's five blocks verbatim (22 cells)", () => {
    const part = f2019.slice(f2019.indexOf("## 2. Table 二"), f2019.indexOf("Value types:"));
    const blocks = part.split("### ").slice(1);
    const def = fmt.tables.table2.blocks;
    expect(blocks.map((b) => b.split("\n")[0]?.trim())).toEqual(def.map((b) => b.heading));
    blocks.forEach((b, i) => {
      const [header, ...body] = mdRows(b, "|", "\n\n");
      expect(header?.slice(1).map((c) => [label(c), code(c)])).toEqual(
        def[i]?.columns.map((c) => [c.label, c.code]),
      );
      expect(body.map((r) => [label(r[0]), code(r[0])])).toEqual(def[i]?.rows.map((r) => [r.label, r.code]));
    });
    expect(cellDefs("2019", "table2")).toHaveLength(22);
  });

  it("has table 三 with （六）其他处理 as one row: 23 rows, 161 cells", () => {
    const rows = tableRows("2019", "table3");
    expect(rows).toHaveLength(23);
    expect(rows.find((r) => r.code === "otherHandling")?.label).toBe("（六）其他处理");
    expect(cellDefs("2019", "table3")).toHaveLength(161);
    // Every other row label is shared with 2021.
    const l2021 = new Map(tableRows("2021", "table3").map((r) => [r.code, r.label]));
    for (const r of rows) if (r.code !== "otherHandling") expect(r.label).toBe(l2021.get(r.code));
  });

  it("has the same table 四 and sections as 2021", () => {
    expect(fmt.tables.table4).toEqual(getFormat("2021").tables.table4);
    expect(fmt.sections).toEqual(getFormat("2021").sections);
  });
});

describe("tableGrid draws the tables like the official Word template", () => {
  it("table 三: corner spans 3×3, 申请人情况 spans 7, 法人或其他组织 spans 5", () => {
    const g = tableGrid("2021", "table3");
    expect(g.width).toBe(10);
    expect(g.rows[0]?.map((c) => [c.text.slice(0, 6), c.colSpan, c.rowSpan])).toEqual([
      ["（本列数据的", 3, 3],
      ["申请人情况", 7, 1],
    ]);
    expect(g.rows[1]?.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ["自然人", 1, 2],
      ["法人或其他组织", 5, 1],
      ["总计", 1, 2],
    ]);
    expect(g.rows[2]?.map((c) => c.text)).toEqual([
      "商业企业",
      "科研机构",
      "社会公益组织",
      "法律服务机构",
      "其他",
    ]);
    // 三、本年度办理结果 spans the 22 result rows (20 in 2019, spec format-2019.md §3); （三）不予公开 its 8 sub-rows.
    const granted = g.rows[5];
    expect(granted?.[0]).toMatchObject({
      role: "group",
      text: "三、本年度办理结果",
      rowSpan: 22,
      group: "results",
    });
    expect(granted?.[1]).toMatchObject({ role: "rowLabel", text: "（一）予以公开", colSpan: 2 });
    expect(g.rows[7]?.[0]).toMatchObject({ text: "（三）不予公开", rowSpan: 8, group: "withheld" });
    expect(g.rows[3]?.[0]).toMatchObject({ text: "一、本年新收政府信息公开申请数量", colSpan: 3 });
    // Each row covers the full width (taking rowspans from above into account).
    expect(g.rows.length).toBe(3 + 25);
    expect(tableGrid("2019", "table3").rows[5]?.[0]).toMatchObject({
      text: "三、本年度办理结果",
      rowSpan: 20,
    });
  });

  it("table 二: block headings span 4 columns; single value columns span 3", () => {
    const g = tableGrid("2021", "table2");
    expect(g.width).toBe(4);
    expect(g.rows[0]).toEqual([{ role: "heading", text: "第二十条第（一）项", colSpan: 4, rowSpan: 1 }]);
    expect(g.rows[1]?.map((c) => c.text)).toEqual([
      "信息内容",
      "本年制发件数",
      "本年废止件数",
      "现行有效件数",
    ]);
    const licensing = g.rows.find((r) => r.some((c) => c.row === "licensing" && c.role === "data"));
    expect(licensing?.map((c) => [c.text, c.colSpan])).toEqual([
      ["行政许可", 1],
      ["", 3],
    ]);
    expect(g.rows).toHaveLength(14);
  });

  it("table 四: 行政复议 headers span two rows, 行政诉讼 spans 10 columns", () => {
    const g = tableGrid("2021", "table4");
    expect(g.rows[0]?.map((c) => [c.text, c.colSpan, c.rowSpan])).toEqual([
      ["行政复议", 5, 1],
      ["行政诉讼", 10, 1],
    ]);
    expect(g.rows[1]?.slice(0, 5).every((c) => c.rowSpan === 2)).toBe(true);
    expect(g.rows[1]?.slice(5).map((c) => [c.text, c.colSpan])).toEqual([
      ["未经复议直接起诉", 5],
      ["复议后起诉", 5],
    ]);
    expect(g.rows[3]).toHaveLength(15);
  });
});

describe("the record enums follow the format", () => {
  it("applicant types are table 三's columns without 总计; results are its 2021 result rows", async () => {
    const { ApplicantTypeSchema, ApplicationResultSchema } = await import("../src/index.js");
    const block = getFormat("2021").tables.table3.blocks[0];
    expect(ApplicantTypeSchema.options).toEqual(
      block.columns.map((c) => c.code).filter((c) => c !== "total"),
    );
    expect(ApplicationResultSchema.options).toEqual(
      block.rows.filter((r) => r.parent !== undefined && r.code !== "resultTotal").map((r) => r.code),
    );
  });
});
