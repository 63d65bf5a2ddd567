// Tables that run over a PDF page break, rebuilt from hand-built text items laid out as the
// 洪泽 2024 PDF sets table 三 and 四 (same x positions, row pitch, fonts), with the values of
// 沭阳县人民政府 2025 (testdata/corpus/2025-shuyang-county.cells.json).
import { getFormat, tableRows } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import { readCasesTable, readRowsTable } from "./table/index.js";
import { defined, itemAt } from "../../test/item-at.js";
import { linesFromItems, type PdfTextItem } from "./pdf.js";

const f2021 = getFormat("2021");

function item(text: string, x: number, y: number, page: number, size = /^\d+$/.test(text) ? 14 : 10) {
  return { text, x, y, w: text.length * (size === 14 ? 7 : size), size, page } satisfies PdfTextItem;
}

/** x of table 三's seven value columns (洪泽 2024: one-digit numbers; wider ones start further left). */
const COLS = [322.2, 352.2, 380.6, 409.1, 437.3, 465.5, 495.8];
const valueX = (x: number, v: number) => x - (String(v).length - 1) * 3.5;

/** 沭阳县人民政府 2025, table 三, in the format's row order. */
const SHUYANG: Record<string, number[]> = {
  received: [705, 3, 0, 0, 5, 0, 713],
  carriedIn: [36, 0, 0, 0, 0, 0, 36],
  granted: [290, 1, 0, 0, 3, 0, 294],
  partlyGranted: [99, 0, 0, 0, 2, 0, 101],
  "withheld.stateSecret": [0, 0, 0, 0, 0, 0, 0],
  "withheld.lawProhibited": [0, 0, 0, 0, 0, 0, 0],
  "withheld.securityStability": [2, 0, 0, 0, 0, 0, 2],
  "withheld.thirdPartyRights": [2, 0, 0, 0, 0, 0, 2],
  "withheld.internalAffairs": [13, 0, 0, 0, 0, 0, 13],
  "withheld.deliberative": [2, 0, 0, 0, 0, 0, 2],
  "withheld.enforcementFile": [4, 0, 0, 0, 0, 0, 4],
  "withheld.queryMatter": [9, 0, 0, 0, 0, 0, 9],
  "unavailable.notHeld": [111, 0, 0, 0, 0, 0, 111],
  "unavailable.needsCreation": [2, 0, 0, 0, 0, 0, 2],
  "unavailable.unclearAfterCorrection": [0, 0, 0, 0, 0, 0, 0],
  "notProcessed.petition": [12, 0, 0, 0, 0, 0, 12],
  "notProcessed.duplicate": [6, 1, 0, 0, 0, 0, 7],
  "notProcessed.publication": [0, 0, 0, 0, 0, 0, 0],
  "notProcessed.excessive": [0, 0, 0, 0, 0, 0, 0],
  "notProcessed.confirmation": [0, 0, 0, 0, 0, 0, 0],
  "otherHandling.noCorrection": [9, 0, 0, 0, 0, 0, 9],
  "otherHandling.unpaidFee": [7, 0, 0, 0, 0, 0, 7],
  "otherHandling.other": [142, 1, 0, 0, 0, 0, 143],
  resultTotal: [710, 3, 0, 0, 5, 0, 718],
  carriedOut: [31, 0, 0, 0, 0, 0, 31],
};

/** The group labels of table 三, keyed by the code of their rows' parent. */
const GROUPS: Record<string, string> = {
  withheld: "（三）不予公开",
  unavailable: "（四）无法提供",
  notProcessed: "（五）不予处理",
  otherHandling: "（六）其他处理",
};

/** Table 三's column header with its top at `top` (the 洪泽 layout: header words stacked in columns). */
function header3(top: number, page: number): PdfTextItem[] {
  const at = (text: string, x: number, dy: number) => item(text, x, top - dy, page);
  return [
    at("申请人情况", 387.8, 0),
    at("法人或其他组织", 377.3, 29.2),
    at("（本列数据的勾稽关系为：第一项加第二项之和，等", 77.5, 36.4),
    at("于第三项加第四项之和）", 77.5, 49.8),
    at("自然人", 310.7, 57.4),
    at("总计", 489.4, 57.4),
    at("商业", 345.7, 65.4),
    at("企业", 345.7, 78.4),
    at("科研", 374, 65.4),
    at("机构", 374, 78.4),
    at("社会", 402.6, 59),
    at("公益", 402.6, 71.9),
    at("组织", 402.6, 84.9),
    at("法律", 430.8, 59),
    at("服务", 430.8, 71.9),
    at("机构", 430.8, 84.9),
    at("其他", 459, 72),
  ];
}

/** One row of table 三: its label at the row's x (sub-rows further right, with their numbering apart) and its values. */
function row3(code: string, y: number, page: number): PdfTextItem[] {
  const def = defined(
    tableRows(f2021, "table3").find((r) => r.code === code),
    `table 三 row ${code}`,
  );
  const label = def.parent
    ? [item(def.numbering, 180.7, y, page), item(def.text, 188.3, y, page, 9)]
    : [item(def.label, def.numbering.startsWith("（") ? 103.9 : 77.5, y + 1.5, page, 9)];
  return [
    ...label,
    ...defined(SHUYANG[code], code).map((v, i) => item(String(v), valueX(itemAt(COLS, i), v), y, page)),
  ];
}

interface Break3 {
  /** The last row on page 1. */
  readonly after: string;
  /** The column header printed again at the top of page 2. */
  readonly repeatHeader?: boolean;
  /** A page number at the foot of page 1 and a running header at the top of page 2. */
  readonly furniture?: boolean;
  /** How the page number is set: one item "— 3 —" (default), three items "—" "3" "—", or a bare "3". */
  readonly pageNumber?: "marker" | "pieces" | "bare";
  /** The label of a group cut by the break printed on its first page only (a merged cell's text). */
  readonly groupOnce?: boolean;
}

const PITCH = 19.5;
const PAGE1 = 3;

/**
 * Section 三 of a report set over pages 3 and 4: its heading, table 三 from the header at
 * y 640 to row `after` on page 3, the rest from the top of page 4; the group label of a group
 * cut by the break is printed beside the part of its rows on each page (Word repeats it).
 */
function table3Split(b: Break3): PdfTextItem[] {
  const items: PdfTextItem[] = [
    item("三、收到和处理政府信息公开申请情况", 104.4, 700, PAGE1, 16),
    ...header3(640, PAGE1),
  ];
  const codes = tableRows(f2021, "table3").map((r) => r.code);
  const cut = codes.indexOf(b.after) + 1;
  const pages = [codes.slice(0, cut), codes.slice(cut)];
  pages.forEach((rows, p) => {
    const page = PAGE1 + p;
    let y = p === 0 ? 640 - 110 : 760;
    if (p === 1 && b.furniture) items.push(item("沭阳县人民政府", 260, 800, page, 9));
    if (p === 1 && b.repeatHeader) {
      items.push(...header3(y, page));
      y -= 110;
    }
    const groupYs = new Map<string, number[]>();
    for (const code of rows) {
      items.push(...row3(code, y, page));
      const parent = code.includes(".") ? code.split(".")[0] : undefined;
      if (parent) groupYs.set(parent, [...(groupYs.get(parent) ?? []), y]);
      y -= PITCH;
    }
    for (const [parent, ys] of groupYs) {
      if (p === 1 && b.groupOnce && pages[0]?.some((c) => c.startsWith(`${parent}.`))) continue;
      // Vertically centred on its rows, like a merged cell.
      const mid = (itemAt(ys, 0) + itemAt(ys, -1)) / 2;
      items.push(item(defined(GROUPS[parent], parent), 103.9, mid + 1.8, page, 9));
    }
  });
  if (b.furniture) {
    for (const page of [PAGE1, PAGE1 + 1]) {
      const n = String(page);
      if (b.pageNumber === "bare") items.push(item(n, 290, 40, page, 13));
      else if (b.pageNumber === "pieces")
        items.push(item("—", 275, 40, page, 13), item(n, 290, 40, page, 13), item("—", 300, 40, page, 13));
      else items.push(item(`— ${n} —`, 280, 40, page, 13));
    }
  }
  return items;
}

function read3(items: PdfTextItem[]) {
  const lines = linesFromItems(items, f2021);
  return readRowsTable(f2021, "table3", lines, 0, lines.length);
}

function expectShuyang3(t: ReturnType<typeof read3>): void {
  const cols = f2021.tables.table3.blocks[0].columns.map((c) => c.code);
  const got: Record<string, (number | null)[]> = {};
  for (const c of t.cells) got[c.row] = [...(got[c.row] ?? []), c.value];
  expect(got).toEqual(SHUYANG);
  expect(t.cells.filter((c) => c.row === "received").map((c) => c.col)).toEqual(cols);
  expect(t.unread).toEqual([]);
}

describe("table 三 over a page break", () => {
  it("split after （三）4 with no header repeated on page 4: every cell read where it stands", () => {
    const t = read3(table3Split({ after: "withheld.thirdPartyRights" }));
    expectShuyang3(t);
    expect(t.warnings).toEqual([]);
    expect(
      t.cells.find((c) => c.row === "withheld.thirdPartyRights" && c.col === "total")?.source,
    ).toMatchObject({
      page: 3,
    });
    expect(t.cells.find((c) => c.row === "withheld.internalAffairs" && c.col === "total")?.source).toEqual({
      kind: "pdf",
      page: 4,
      x: 492.3,
      y: 760,
    });
  });

  it("split after （三）4 with the column header repeated at the top of page 4", () => {
    const t = read3(table3Split({ after: "withheld.thirdPartyRights", repeatHeader: true }));
    expectShuyang3(t);
    expect(t.warnings).toEqual([]);
  });

  it("a page number under page 3 and a running header over page 4 between the halves", () => {
    for (const repeatHeader of [false, true]) {
      const t = read3(table3Split({ after: "withheld.thirdPartyRights", repeatHeader, furniture: true }));
      expectShuyang3(t);
      expect(t.warnings).toEqual([]);
    }
  });

  it("a page number set as three items (— / 3 / —) is dropped like one", () => {
    const t = read3(
      table3Split({ after: "withheld.thirdPartyRights", furniture: true, pageNumber: "pieces" }),
    );
    expectShuyang3(t);
    expect(t.warnings).toEqual([]);
  });

  it("a bare page number (3, 4) alone on the lowest line of its page is dropped", () => {
    const t = read3(table3Split({ after: "withheld.thirdPartyRights", furniture: true, pageNumber: "bare" }));
    expectShuyang3(t);
    expect(t.warnings).toEqual([]);
  });

  it("a group label printed on the first page only (（三）不予公开 beside rows 1–4)", () => {
    const t = read3(table3Split({ after: "withheld.thirdPartyRights", groupOnce: true, furniture: true }));
    expectShuyang3(t);
    expect(t.warnings).toEqual([]);
  });

  it("split after any row, with or without a repeated header, with each kind of page number", () => {
    const codes = tableRows(f2021, "table3").map((r) => r.code);
    for (const after of codes.slice(0, -1)) {
      for (const [repeatHeader, pageNumber] of [
        [false, "marker"],
        [true, "bare"],
        [false, "pieces"],
      ] as const) {
        const t = read3(
          table3Split({ after, repeatHeader, furniture: true, pageNumber, groupOnce: repeatHeader }),
        );
        expect({ after, repeatHeader, unread: t.unread, warnings: t.warnings.map((w) => w.code) }).toEqual({
          after,
          repeatHeader,
          unread: [],
          warnings: [],
        });
        expectShuyang3(t);
      }
    }
  });
});

/** x of table 四's fifteen value columns in the 洪泽 2024 PDF. */
const XS4 = [
  89.6, 121.2, 152.8, 184.1, 213.2, 241.6, 269.9, 298.1, 326.9, 354.8, 383.6, 412, 440.4, 468.7, 497.4,
];

describe("table 四 over a page break", () => {
  it.each(["— 4 —", "4"])(
    "its header at the foot of page 4, its row of numbers at the top of page 5 (page number %s)",
    (pageNumber) => {
      const head: PdfTextItem[] = [
        item("四、政府信息公开行政复议、行政诉讼情况", 104.4, 150, 4, 16),
        item("行政复议", 134.2, 110, 4),
        item("行政诉讼", 351.6, 110, 4),
        item("未经复议直接起诉", 262, 86.4, 4),
        item("复议后起诉", 419.2, 86.4, 4),
      ];
      const firsts = ["结果", "结果", "其他", "尚未"];
      const seconds = ["维持", "纠正", "结果", "审结"];
      XS4.forEach((x, i) => {
        const k = i % 5;
        if (k === 4) head.push(item("总计", x - 5, 50.2, 4));
        else head.push(item(itemAt(firsts, k), x - 10, 57.2, 4), item(itemAt(seconds, k), x - 10, 43.8, 4));
      });
      const nums = [27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10];
      const items = [
        ...head,
        item(pageNumber, 290, 25, 4, 13),
        item("沭阳县人民政府", 260, 800, 5, 9),
        ...nums.map((n, i) => item(String(n), valueX(itemAt(XS4, i), n), 760, 5)),
        item("五、存在的主要问题及改进情况", 104.4, 700, 5, 16),
      ];
      const lines = linesFromItems(items, f2021);
      const t = readCasesTable(f2021, lines, 0, lines.length);
      expect(t.cells.map((c) => c.value)).toEqual(nums);
      expect(t.cells.map((c) => c.col)).toEqual(f2021.tables.table4.blocks[0].columns.map((c) => c.code));
      expect(t.cells[0]?.source).toMatchObject({ page: 5, y: 760 });
      expect(t.unread).toEqual([]);
      expect(t.warnings).toEqual([]);
    },
  );
});

describe("page numbers", () => {
  it("drops a bare number alone on the lowest line of a page, keeps one with text below it", () => {
    const texts = (items: PdfTextItem[]) =>
      linesFromItems(items, f2021).map((l) => l.pieces.map((p) => p.text).join(" "));
    expect(texts([item("行政许可", 81, 600, 3), item("12", 362, 600, 3), item("4", 290, 40, 3, 13)])).toEqual(
      ["行政许可 12"],
    );
    expect(
      texts([
        item("行政许可", 81, 600, 3),
        item("4", 290, 80, 3, 13),
        item("说明：本表数据截至12月31日", 81, 60, 3),
      ]),
    ).toEqual(["行政许可", "4", "说明：本表数据截至12月31日"]);
    // The only line of a page is not taken for its page number.
    expect(texts([item("4", 290, 400, 5)])).toEqual(["4"]);
  });

  it("drops a bare number alone on the top line of a page when it is that page's number", () => {
    const texts = (items: PdfTextItem[]) =>
      linesFromItems(items, f2021).map((l) => l.pieces.map((p) => p.text).join(" "));
    // Page 5 of the file, printed "5" or, after an unnumbered cover, "4", at its top.
    for (const n of ["5", "4"]) {
      expect(
        texts([item(n, 290, 800, 5, 13), item("行政许可", 81, 600, 5), item("12", 362, 600, 5)]),
      ).toEqual(["行政许可 12"]);
    }
    // A number that is not the page's stays: a table's value carried to the top of the page.
    expect(texts([item("37", 290, 800, 5), item("行政许可", 81, 600, 5), item("12", 362, 600, 5)])).toEqual([
      "37",
      "行政许可 12",
    ]);
  });
});
