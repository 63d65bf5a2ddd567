import { getFormat } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { readCasesTable, readRowsTable } from "./table/index.js";
import { itemAt } from "../../test/item-at.js";
import { linesFromItems, type PdfTextItem } from "./pdf.js";

const f2021 = getFormat("2021");

/** An item as pdfjs gives it (x, y of the baseline's start, width), text 10 pt, numbers 14 pt. */
function item(
  text: string,
  x: number,
  y: number,
  page = 3,
  size = /^\d+$/.test(text) ? 14 : 10,
): PdfTextItem {
  return { text, x, y, w: text.length * (size === 14 ? 7 : size), size, page };
}

/** x of the seven table 三 columns' numbers in the 洪泽 2024 PDF. */
const COLS = [322.2, 352.2, 380.6, 409.1, 437.3, 465.5, 495.8];
const values = (y: number, vs: (number | null)[], page = 3) =>
  vs.flatMap((v, i) => (v === null ? [] : [item(String(v), itemAt(COLS, i), y, page)]));

/** The header of table 三 as set in the 洪泽 PDF: two- and three-line column headers. */
const HEADER: PdfTextItem[] = [
  item("申请人情况", 387.8, 441.8),
  item("法人或其他组织", 377.3, 412.6),
  item("（本列数据的勾稽关系为：第一项加第二项之和，等", 77.5, 405.4),
  item("于第三项加第四项之和）", 77.5, 392),
  item("自然人", 310.7, 384.4),
  item("总计", 489.4, 384.4),
  item("商业", 345.7, 376.4),
  item("企业", 345.7, 363.4),
  item("科研", 374, 376.4),
  item("机构", 374, 363.4),
  item("社会", 402.6, 382.8),
  item("公益", 402.6, 369.9),
  item("组织", 402.6, 356.9),
  item("法律", 430.8, 382.8),
  item("服务", 430.8, 369.9),
  item("机构", 430.8, 356.9),
  item("其他", 459, 369.8),
];

describe("linesFromItems", () => {
  it("joins header words stacked in one column (商业/企业, 社会/公益/组织)", () => {
    const lines = linesFromItems(HEADER, f2021);
    const texts = lines.flatMap((l) => l.pieces.map((p) => p.text));
    expect(texts).toEqual(
      expect.arrayContaining([
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "自然人",
        "其他",
        "总计",
      ]),
    );
  });

  it("attaches a label set on two lines to the numbers beside it", () => {
    const lines = linesFromItems(
      [
        item("（二）部分公开（区分处理的，只计这一情形，不", 103.9, 265, 3, 9),
        ...values(257.3, [9, 0, 0, 0, 0, 0, 9]),
        item("计其他情形）", 103.9, 251.5, 3, 9),
      ],
      f2021,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]?.pieces.map((p) => p.text).slice(0, 2)).toEqual([
      "（二）部分公开（区分处理的，只计这一情形，不",
      "计其他情形）",
    ]);
  });

  it("does not attach a section heading to the last row of a table", () => {
    const lines = linesFromItems(
      [
        item("行政事业性收费", 81, 502.1, 3, 12),
        item("7545", 362.2, 502.1, 3, 12),
        item("三、收到和处理政府信息公开申请情况", 104.4, 492, 3, 16),
      ],
      f2021,
    );
    expect(lines).toHaveLength(2);
  });
});

describe("reading a table from PDF lines", () => {
  it("places numbers under their column headers by x, so an empty cell is a blank, not a shift", () => {
    const items = [
      ...HEADER,
      item("一、本年新收政府信息公开申请数量", 77.5, 330.2),
      ...values(328.7, [95, 0, null, 0, 0, 0, 95]),
      item("二、上年结转政府信息公开申请数量", 77.5, 307.4),
      ...values(305.9, [null, null, null, null, null, null, 2]),
    ];
    const lines = linesFromItems(items, f2021);
    const t = readRowsTable(f2021, "table3", lines, 0, lines.length);
    const row = (r: string) => t.cells.filter((c) => c.row === r).map((c) => c.value);
    expect(row("received")).toEqual([95, 0, null, 0, 0, 0, 95]);
    expect(row("carriedIn")).toEqual([null, null, null, null, null, null, 2]);
    expect(t.cells.find((c) => c.row === "received" && c.col === "total")?.source).toEqual({
      kind: "pdf",
      page: 3,
      x: 495.8,
      y: 328.7,
    });
    expect(t.warnings.filter((w) => w.code === "CELL-BLANK")).toHaveLength(7);
  });

  it("runs on over a page break", () => {
    const items = [
      ...HEADER,
      item("（四）无法提供", 103.9, 72, 3, 9),
      item("1.", 180.7, 69.9),
      item("本机关不掌握相关政府信息", 188.3, 69.9, 3, 9),
      ...values(70.2, [31, 0, 0, 0, 0, 0, 31]),
      item("- 3 -", 464.2, 39.5, 3, 13),
      item("2.", 180.7, 746.8, 4),
      item("没有现成信息需要另行制作", 188.3, 746.8, 4, 9),
      ...values(747.2, [1, 0, 0, 0, 0, 0, 1], 4),
    ];
    const lines = linesFromItems(
      items.filter((i) => i.text !== "- 3 -"),
      f2021,
    );
    const t = readRowsTable(f2021, "table3", lines, 0, lines.length);
    expect(t.cells.filter((c) => c.row === "unavailable.needsCreation").map((c) => c.value)).toEqual([
      1, 0, 0, 0, 0, 0, 1,
    ]);
    expect(t.cells.find((c) => c.row === "unavailable.needsCreation")?.source).toMatchObject({ page: 4 });
  });

  it("table 四: fifteen numbers under two-line headers (结果/维持, 总 计)", () => {
    const xs = [
      89.6, 121.2, 152.8, 184.1, 213.2, 241.6, 269.9, 298.1, 326.9, 354.8, 383.6, 412, 440.4, 468.7, 497.4,
    ];
    const head = [
      item("行政复议", 134.2, 507.2),
      item("行政诉讼", 351.6, 507.2),
      item("未经复议直接起诉", 262, 483.6),
      item("复议后起诉", 419.2, 483.6),
    ];
    const labels = ["结果", "结果", "其他", "尚未"];
    const seconds = ["维持", "纠正", "结果", "审结"];
    xs.forEach((x, i) => {
      const k = i % 5;
      if (k === 4) head.push(item("总计", x - 5, 447.4));
      else head.push(item(itemAt(labels, k), x - 10, 454.4), item(itemAt(seconds, k), x - 10, 441));
    });
    const nums = [1, 1, 0, 0, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3];
    const items = [
      ...head,
      ...nums.flatMap((n, i) => (i === 3 ? [] : [item(String(n), itemAt(xs, i), 386.1, 4)])),
    ];
    const lines = linesFromItems(
      items.map((i) => ({ ...i, page: 4 })),
      f2021,
    );
    const t = readCasesTable(f2021, lines, 0, lines.length);
    expect(t.cells.map((c) => c.value)).toEqual([1, 1, 0, null, 2, 1, 0, 0, 0, 1, 2, 0, 1, 0, 3]);
  });
});
