// The pure layout functions behind the .docx and the printed HTML: page setups,
// title breaks, 落款 indents, rows kept together, scaled table widths, money units.
import { getFormat } from "@disclosure/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { itemAt } from "../../test/item-at.js";
import { signatureDate } from "../wording/report-frame.js";
import { fontTableXml, fontsToDeclare } from "./font-table.js";
import { fillGrid, layoutGrid, unitInCell } from "./grid.js";
import { keepWithNextRows } from "./keep.js";
import { charPitch, charSpaceFor, mmToTwips, pageSetup, textHeight, textWidth } from "./page.js";
import { paragraphShape } from "./paragraph-shape.js";
import { signatureIndents } from "./signature.js";
import { charsPerLine, emWidth, titleLines, titleParts } from "./title.js";
import { scaledColumnWidths, templateColumnWidths } from "./widths.js";

describe("page setups", () => {
  it("GB/T 9704: margins 37/26/35/28 mm, a text block of 156 × 225 mm, 22 lines × 28 characters", () => {
    const p = pageSetup("gbt9704");
    expect(p.margin).toMatchObject({ top: 2098, right: 1474, bottom: 1984, left: 1587 });
    expect(Math.abs(textWidth(p) - mmToTwips(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(textHeight(p) - mmToTwips(225))).toBeLessThanOrEqual(1);
    expect(Math.floor(textHeight(p) / p.grid.linePitch)).toBe(22);
    expect(Math.floor(textWidth(p) / charPitch(p))).toBe(28);
    expect(p.grid).toEqual({ type: "linesAndChars", linePitch: 579, charSpace: -842 });
    expect(p.tableWidth).toBe(8844);
  });

  it("the template's page: Word's default margins, 24 lines of 28 pt", () => {
    const p = pageSetup("template");
    expect(p.margin).toMatchObject({ top: 1440, right: 1800, bottom: 1440, left: 1800 });
    expect(Math.floor(textHeight(p) / p.bodyLine)).toBe(24);
    expect(p.tableWidth).toBeUndefined();
  });

  it("charSpace fits exactly the characters asked for, never one more or one less", () => {
    fc.assert(
      fc.property(fc.integer({ min: 6000, max: 12000 }), fc.integer({ min: 20, max: 40 }), (width, chars) => {
        const pitch = (16 + charSpaceFor(width, chars, 16) / 4096) * 20;
        expect(Math.floor(width / pitch)).toBe(chars);
      }),
    );
  });
});

describe("scaledColumnWidths", () => {
  it("scales the template's grid to 156 mm, keeping its proportions and adding up exactly", () => {
    for (const [table, width] of [
      ["table2", 4],
      ["table3", 10],
      ["table4", 15],
    ] as const) {
      const tpl = templateColumnWidths(table, width);
      const tplTotal = tpl.reduce((a, b) => a + b, 0);
      const out = scaledColumnWidths(table, width, 8844);
      expect(out.reduce((a, b) => a + b, 0)).toBe(8844);
      out.forEach((w, i) => {
        expect(Math.abs(w - (itemAt(tpl, i) * 8844) / tplTotal)).toBeLessThan(1);
      });
    }
  });
});

describe("titleLines", () => {
  it("keeps a title that fits on one line (盐池县, 20 characters of 二号 on 156 mm)", () => {
    expect(charsPerLine(8844, 440)).toBe(20);
    expect(titleLines("盐池县2020年政府信息公开工作年度报告", 20)).toEqual([
      "盐池县2020年政府信息公开工作年度报告",
    ]);
  });

  it("breaks a long title after the agency and year", () => {
    expect(titleLines("淮安市洪泽区人民政府2024年政府信息公开工作年度报告", 20)).toEqual([
      "淮安市洪泽区人民政府2024年",
      "政府信息公开工作年度报告",
    ]);
    expect(titleLines("鹽池縣人民政府2024年政府信息公開工作年度報告", 20)).toEqual([
      "鹽池縣人民政府2024年",
      "政府信息公開工作年度報告",
    ]);
    expect(titleLines("2024年上海市科学技术委员会政府信息公开工作年度报告", 20)).toEqual([
      "2024年上海市科学技术委员会",
      "政府信息公开工作年度报告",
    ]);
  });

  it("breaks an agency longer than a line into balanced lines, and leaves no character alone", () => {
    const lines = titleLines("宁夏回族自治区吴忠市盐池县发展和改革局2024年政府信息公开工作年度报告", 20);
    expect(lines.join("")).toBe("宁夏回族自治区吴忠市盐池县发展和改革局2024年政府信息公开工作年度报告");
    expect(lines.at(-1)).toBe("政府信息公开工作年度报告");
    for (const l of lines) expect(emWidth(l)).toBeLessThanOrEqual(20);
    expect(lines).toHaveLength(3);
    expect(titleLines("一二三四五六七八九十一二三四五六七八九十一", 20)).toEqual([
      "一二三四五六七八九十一",
      "二三四五六七八九十一",
    ]);
  });

  it("property: lines give back the title, fit the line where a break allows, and none is one character", () => {
    const cjk = fc.constantFrom(..."盐池县人民政府发展和改革局花马池镇街道办事处自然资源".split(""));
    fc.assert(
      fc.property(
        fc.array(cjk, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 2000, max: 2030 }),
        fc.integer({ min: 12, max: 28 }),
        (agency, year, max) => {
          const title = `${agency.join("")}${year}年政府信息公开工作年度报告`;
          const lines = titleLines(title, max);
          expect(lines.join("")).toBe(title);
          for (const l of lines) expect(emWidth(l)).toBeLessThanOrEqual(max);
          if (lines.length > 1) for (const l of lines) expect([...l].length).toBeGreaterThan(1);
          if (emWidth(title) > max) expect(lines.at(-1)).toBe("政府信息公开工作年度报告");
        },
      ),
    );
  });

  it("titleParts: the parts where HTML lets the screen break", () => {
    expect(titleParts("盐池县2020年政府信息公开工作年度报告")).toEqual([
      "盐池县2020年",
      "政府信息公开工作年度报告",
    ]);
    expect(titleParts("年度报告")).toEqual(["年度报告"]);
  });
});

describe("落款", () => {
  it("dates as GB/T 9704 writes them, and reads no impossible date", () => {
    expect(signatureDate("2021-01-29")).toBe("2021年1月29日");
    expect(signatureDate("2024-12-05")).toBe("2024年12月5日");
    expect(signatureDate("2023-02-29")).toBeUndefined();
    expect(signatureDate("29/01/2021")).toBeUndefined();
  });

  it("places the date two characters right of the agency's first, or the agency further left for a longer date", () => {
    expect(signatureIndents("盐池县人民政府办公室", "2021年1月29日")).toEqual({ agency: 2, date: 3.5 });
    expect(signatureIndents("盐池县人民政府", "2021年1月29日")).toEqual({ agency: 3.5, date: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 12 }), (a, d) => {
        const agency = "县".repeat(a);
        const date = "日".repeat(d);
        const i = signatureIndents(agency, date);
        expect(Math.min(i.agency, i.date)).toBeGreaterThanOrEqual(2);
        // first characters: the date's two characters right of the agency's
        expect(i.agency + a - (i.date + d)).toBe(2);
      }),
    );
  });
});

describe("paragraphShape", () => {
  it("tells a （一） heading line, a lead sentence and plain text apart", () => {
    expect(paragraphShape("（一）主动公开")).toEqual({ kind: "subheading", text: "（一）主动公开" });
    expect(paragraphShape("（二）坚持规范内容。依法依规公开。")).toEqual({
      kind: "lead",
      lead: "（二）坚持规范内容。",
      rest: "依法依规公开。",
    });
    expect(paragraphShape("2020年，盐池县……").kind).toBe("plain");
    expect(paragraphShape(`（三）${"很".repeat(50)}`).kind).toBe("plain");
  });
});

describe("keepWithNextRows", () => {
  it("table 三: header rows and every row of an innermost group but its last", () => {
    for (const f of ["2021", "2019"] as const) {
      const layout = layoutGrid(fillGrid(f, "table3", {}));
      const keep = keepWithNextRows(layout);
      const groups = layout.cells.filter((p) => p.cell.role === "group" && p.col === 1);
      const expected = new Set([
        0,
        1,
        2,
        ...groups.flatMap((g) => Array.from({ length: g.rowSpan - 1 }, (_, k) => g.row + k)),
      ]);
      expect([...keep].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
      // 三、本年度办理结果 spans 20 or 22 rows: not kept whole.
      expect(keep.has(5)).toBe(false);
    }
  });

  it("table 二: each block kept whole, the next block free to start a page", () => {
    const layout = layoutGrid(fillGrid("2019", "table2", {}));
    const keep = keepWithNextRows(layout);
    const headings = layout.grid.rows
      .map((r, i) => (r[0]?.role === "heading" ? i : -1))
      .filter((i) => i >= 0);
    for (const h of headings.slice(1)) expect(keep.has(h - 1)).toBe(false);
    expect(keep.size).toBe(layout.grid.rows.length - headings.length);
  });
});

describe("money units", () => {
  it("prints 万元 in the cell where the column header does not name it", () => {
    expect(unitInCell(getFormat("2019"), "table2", "procurement", "amountWan")).toBe(true);
    expect(unitInCell(getFormat("2021"), "table2", "fees", "amountWan")).toBe(false);
    expect(unitInCell(getFormat("2019"), "table2", "procurement", "projects")).toBe(false);
    const grid = fillGrid("2019", "table2", {
      table2: { procurement: { projects: 96, amountWan: 12863.57 } },
    });
    const texts = grid.rows
      .flat()
      .filter((c) => c.row === "procurement")
      .map((c) => c.text);
    expect(texts).toEqual(["政府集中采购", "96", "12863.57万元"]);
    const blank = fillGrid("2019", "table2", { table2: { procurement: { amountWan: null } } });
    expect(blank.rows.flat().find((c) => c.role === "data" && c.col === "amountWan")?.text).toBe("");
  });
});

describe("font table", () => {
  it("declares the fonts and the fallbacks they name, once each", () => {
    expect(fontsToDeclare(["仿宋_GB2312", "宋体", "方正小标宋简体"]).map((f) => f.name)).toEqual([
      "仿宋_GB2312",
      "仿宋",
      "宋体",
      "方正小标宋简体",
    ]);
    const xml = fontTableXml(["楷体_GB2312"]);
    expect(xml).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(xml).toContain('<w:charset w:val="86"/>');
  });
});
