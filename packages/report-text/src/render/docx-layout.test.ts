// The .docx as an official document of GB/T 9704-2012, read back from its XML:
// page, grid, tables within the text block, what is kept together, outline
// levels, fonts with their fallbacks, money with its unit, odd/even page
// numbers, 落款 and the document properties — for the sample county (盐池县 2020,
// 2019 format) and the synthetic county rolled up (2024, 2021 format), 简 and 繁.
import { yanchiReport2020 } from "@disclosure/samples";
import { type Report, getFormat } from "@disclosure/schema";
import { check } from "@disclosure/stats";
import type { Element } from "domhandler";
import { beforeAll, describe, expect, it } from "vitest";
import {
  attr,
  descendants,
  docxParts,
  isOn,
  kid,
  kids,
  num,
  textOf,
  type DocxParts,
} from "../../test/docx-xml.js";
import { defined, itemAt } from "../../test/item-at.js";
import { syntheticCountyReport } from "../../test/synthetic-report.js";
import { parseReport } from "../parse/index.js";
import { renderReport } from "./report.js";

const mm = (twips: number) => (twips * 25.4) / 1440;

const CASES: { name: string; report: () => Report; script: "hans" | "hant" }[] = [
  { name: "盐池县 2020 (2019 format), 简", report: () => yanchiReport2020, script: "hans" },
  { name: "盐池县 2020 (2019 format), 繁", report: () => yanchiReport2020, script: "hant" },
  {
    name: "synthetic county 2024 (2021 format), 简",
    report: () => syntheticCountyReport(1, 2024, { publishedDate: "2025-01-20" }),
    script: "hans",
  },
  {
    name: "synthetic county 2024 (2021 format), 繁",
    report: () => syntheticCountyReport(1, 2024, { publishedDate: "2025-01-20" }),
    script: "hant",
  },
];

/** Paragraph properties of a paragraph. */
const pPr = (p: Element | undefined) => kid(p, "w:pPr");
const outline = (p: Element) => attr(kid(pPr(p), "w:outlineLvl"), "w:val");

/** The rows of a table as cells with their grid position (gridSpan), vMerge and paragraphs. */
function tableRows(tbl: Element) {
  return kids(tbl, "w:tr").map((tr) => {
    let col = 0;
    const cells = kids(tr, "w:tc").map((tc) => {
      const tcPr = kid(tc, "w:tcPr");
      const span = Number(attr(kid(tcPr, "w:gridSpan"), "w:val") ?? 1);
      const vMerge = kid(tcPr, "w:vMerge");
      const cell = {
        col,
        span,
        vMerge: vMerge ? (attr(vMerge, "w:val") ?? "continue") : undefined,
        paragraphs: kids(tc, "w:p"),
        text: textOf(tc),
      };
      col += span;
      return cell;
    });
    return { tr, cells };
  });
}

describe.each(CASES)(".docx as GB/T 9704 lays it out: $name", ({ report, script }) => {
  let r: Report;
  let doc: DocxParts;
  let bytes: Uint8Array;
  beforeAll(async () => {
    r = report();
    bytes = await renderReport(r, { to: "docx", script });
    doc = docxParts(bytes);
  });

  it("is A4 with margins 37 / 26 / 35 / 28 mm: a text block of 156 × 225 mm", () => {
    const size = kid(doc.sectPr, "w:pgSz");
    const mar = kid(doc.sectPr, "w:pgMar");
    expect([num(size, "w:w"), num(size, "w:h")]).toEqual([11906, 16838]);
    expect(
      [num(mar, "w:top"), num(mar, "w:right"), num(mar, "w:bottom"), num(mar, "w:left")].map(mm),
    ).toEqual([37, 26, 35, 28].map((x) => expect.closeTo(x, 1)));
    expect(mm(11906 - num(mar, "w:left") - num(mar, "w:right"))).toBeCloseTo(156, 0);
    expect(mm(16838 - num(mar, "w:top") - num(mar, "w:bottom"))).toBeCloseTo(225, 0);
  });

  it("has a document grid of 22 lines × 28 characters, and body lines at its pitch", () => {
    const grid = kid(doc.sectPr, "w:docGrid");
    const mar = kid(doc.sectPr, "w:pgMar");
    const height = 16838 - num(mar, "w:top") - num(mar, "w:bottom");
    const width = 11906 - num(mar, "w:left") - num(mar, "w:right");
    expect(attr(grid, "w:type")).toBe("linesAndChars");
    const pitch = num(grid, "w:linePitch");
    expect(Math.floor(height / pitch)).toBe(22);
    expect(pitch / 20).toBeCloseTo(28.95, 1);
    const charPitch = (16 + num(grid, "w:charSpace") / 4096) * 20;
    expect(Math.floor(width / charPitch)).toBe(28);
    const body = itemAt(doc.paragraphs, 1); // the opening paragraph
    expect(attr(kid(pPr(body), "w:spacing"), "w:line")).toBe(String(pitch));
  });

  it("sets body text on the character grid, and the title and table cells off it", () => {
    const styles = doc.xml("word/styles.xml");
    const normal = defined(
      descendants(styles, "w:style").find((st) => attr(st, "w:styleId") === "Normal"),
      "the Normal style",
    );
    expect(attr(kid(kid(normal, "w:rPr"), "w:sz"), "w:val")).toBe("32");
    // Lines: every paragraph states its exact spacing, never stretched to the grid's pitch.
    expect(isOn(kid(normal, "w:pPr"), "w:snapToGrid")).toBe(false);
    const runsOff = (el: Element) =>
      descendants(el, "w:r")
        .filter((run) => textOf(run).trim())
        .map((run) => kid(kid(run, "w:rPr"), "w:snapToGrid"));
    expect(runsOff(itemAt(doc.paragraphs, 1)).every((x) => x === undefined)).toBe(true);
    expect(runsOff(itemAt(doc.paragraphs, 0)).every((x) => attr(x, "w:val") === "false")).toBe(true);
    expect(runsOff(itemAt(doc.tables, 1)).every((x) => attr(x, "w:val") === "false")).toBe(true);
  });

  it("keeps every table within the text block, with the template's proportions", () => {
    const mar = kid(doc.sectPr, "w:pgMar");
    const width = 11906 - num(mar, "w:left") - num(mar, "w:right");
    expect(doc.tables).toHaveLength(3);
    for (const tbl of doc.tables) {
      const tblPr = kid(tbl, "w:tblPr");
      const cols = kids(defined(kid(tbl, "w:tblGrid"), "the table's w:tblGrid"), "w:gridCol").map((c) =>
        num(c, "w:w"),
      );
      const total = cols.reduce((a, b) => a + b, 0);
      expect(num(kid(tblPr, "w:tblW"), "w:w")).toBeLessThanOrEqual(width);
      expect(total).toBeLessThanOrEqual(width);
      expect(mm(total)).toBeCloseTo(156, 0);
      expect(attr(kid(tblPr, "w:jc"), "w:val")).toBe("center");
    }
  });

  it("sets section headings at outline level 0 and （一） headings at level 1, each kept with the next paragraph", () => {
    const headings = getFormat(r.format).sections.length;
    const level0 = doc.paragraphs.filter((p) => outline(p) === "0");
    expect(level0).toHaveLength(headings);
    expect(level0.map(textOf)[0]).toMatch(/^一、/);
    const level1 = doc.paragraphs.filter((p) => outline(p) === "1");
    for (const p of [...level0, ...level1]) expect(isOn(pPr(p), "w:keepNext")).toBe(true);
    if (r.facts)
      expect(level1.map(textOf)).toContain(script === "hans" ? "（一）主动公开" : "（一）主動公開");
    for (const p of level1) expect(textOf(p)).toMatch(/^（[一二三四五六七八九十]+）/);
  });

  it("keeps the rows of each merged group of table 三 together, and splits no row", () => {
    const rows = tableRows(itemAt(doc.tables, 1));
    for (const { tr } of rows) expect(isOn(kid(tr, "w:trPr"), "w:cantSplit")).toBe(true);
    // Groups merged down the second grid column: （三）不予公开, （四）无法提供, （五）不予处理 (and （六） in 2021).
    const groups: number[][] = [];
    rows.forEach((row, i) => {
      const c = row.cells.find((x) => x.col === 1);
      if (c?.vMerge === "restart") groups.push([i]);
      else if (c?.vMerge === "continue") groups.at(-1)?.push(i);
    });
    expect(groups.length).toBe(r.format === "2021" ? 4 : 3);
    const keeps = (i: number) =>
      itemAt(rows, i).cells.every((c) => c.paragraphs.every((p) => isOn(pPr(p), "w:keepNext")));
    for (const g of groups) {
      for (const i of g.slice(0, -1)) expect(keeps(i), `row ${i}`).toBe(true);
      expect(keeps(itemAt(g, -1)), `last row ${g.at(-1)}`).toBe(false);
    }
    // Header rows repeat and stay with the first row under them.
    for (const i of [0, 1, 2]) {
      expect(isOn(kid(itemAt(rows, i).tr, "w:trPr"), "w:tblHeader")).toBe(true);
      expect(keeps(i)).toBe(true);
    }
  });

  it("declares every font it uses, with the fallbacks Word and WPS look for, in the GB2312 character set", () => {
    const fonts = kids(doc.xml("word/fontTable.xml"), "w:font");
    const declared = new Map(fonts.map((f) => [defined(attr(f, "w:name"), "a font's w:name"), f]));
    const used = new Set(
      Object.entries(doc.files)
        .filter(([k]) => /^word\/(document|footer\d*|styles)\.xml$/.test(k))
        .flatMap(([, xml]) => [...xml.matchAll(/w:eastAsia="([^"]+)"/g)].map((m) => m[1] ?? ""))
        .filter((f) => !/^zh-/.test(f)),
    );
    for (const f of used) expect(declared.has(f), f).toBe(true);
    for (const f of fonts) expect(attr(kid(f, "w:charset"), "w:val")).toBe("86");
    const alt = (name: string) => attr(kid(declared.get(name), "w:altName"), "w:val");
    if (script === "hans") {
      expect(alt("仿宋_GB2312")).toBe("仿宋");
      expect(alt("楷体_GB2312")).toBe("楷体");
      expect(alt("方正小标宋简体")).toBe("宋体");
      expect(attr(kid(declared.get("仿宋_GB2312"), "w:panose1"), "w:val")).toMatch(/^[0-9A-F]{20}$/);
    } else expect([...declared.keys()].some((n) => n.includes("GB2312"))).toBe(false);
    for (const name of ["黑体", "宋体", "仿宋", "楷体"]) expect(declared.has(name), name).toBe(true);
  });

  it("prints money with its unit, so that our own checker finds no CELL-MONEY-UNIT in what it reads back", async () => {
    const amounts = itemAt(doc.tables, 0).children.length ? tableRows(itemAt(doc.tables, 0)) : [];
    const money = amounts.flatMap((row) => row.cells).filter((c) => /^\d+\.\d+/.test(c.text));
    expect(money.length).toBeGreaterThan(0);
    const unit = script === "hans" ? "万元" : "萬元";
    if (r.format === "2019")
      for (const c of money) expect(c.text).toMatch(new RegExp(`^\\d+(\\.\\d+)?${unit}$`));
    else expect(amounts.some((row) => row.cells.some((c) => /[万萬]元/.test(c.text)))).toBe(true);
    const back = await parseReport(bytes);
    expect(back.ok).toBe(true);
    expect(back.report?.tables.table2).toEqual(r.tables.table2);
    expect(
      check(defined(back.report, "the report read back")).filter((f) => f.rule === "CELL-MONEY-UNIT"),
    ).toEqual([]);
  });

  it("numbers odd pages on the right and even pages on the left, — 1 — in 宋体 四号", () => {
    expect(doc.files["word/settings.xml"]).toMatch(
      /<w:evenAndOddHeaders\/>|<w:evenAndOddHeaders w:val="(true|1)"\/>/,
    );
    const refs = kids(doc.sectPr, "w:footerReference");
    expect(refs.map((f) => attr(f, "w:type")).sort()).toEqual(["default", "even"]);
    const rels = doc.files["word/_rels/document.xml.rels"] ?? "";
    const footer = (type: string) => {
      const id = attr(
        refs.find((f) => attr(f, "w:type") === type),
        "r:id",
      );
      const target = defined(
        new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels),
        `the relationship ${id}`,
      );
      const p = itemAt(descendants(doc.xml(`word/${target[1] ?? target[2]}`), "w:p"), 0);
      return { p, xml: doc.files[`word/${target[1] ?? target[2]}`] };
    };
    const odd = footer("default");
    const even = footer("even");
    expect(attr(kid(pPr(odd.p), "w:jc"), "w:val")).toBe("right");
    expect(num(kid(pPr(odd.p), "w:ind"), "w:right")).toBe(280);
    expect(attr(kid(pPr(even.p), "w:jc"), "w:val")).toBe("left");
    expect(num(kid(pPr(even.p), "w:ind"), "w:left")).toBe(280);
    for (const f of [odd, even]) {
      expect(textOf(f.p)).toMatch(/^— +—$/);
      expect(f.xml).toMatch(/PAGE/);
      expect(f.xml).toContain('w:eastAsia="宋体"');
      expect(f.xml).toContain('<w:sz w:val="28"/>');
    }
  });

  it("ends with the issuing agency and the date (落款), right-aligned, when the report has a publication date", () => {
    const agency = itemAt(doc.paragraphs, -2);
    const date = itemAt(doc.paragraphs, -1);
    if (!r.publishedDate) {
      expect(attr(kid(pPr(date), "w:jc"), "w:val")).not.toBe("right");
      return;
    }
    expect(textOf(agency)).toBe(script === "hans" ? r.agency.name : "鹽池縣人民政府");
    expect(textOf(date)).toBe("2025年1月20日");
    for (const p of [agency, date]) expect(attr(kid(pPr(p), "w:jc"), "w:val")).toBe("right");
    expect(num(kid(pPr(agency), "w:spacing"), "w:before")).toBeGreaterThan(0);
  });

  it("names the report and its agency in the document properties", () => {
    const core = doc.files["docProps/core.xml"] ?? "";
    const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
    const creator = /<dc:creator>([^<]*)<\/dc:creator>/.exec(core)?.[1];
    expect(title).toBe(textOf(itemAt(doc.paragraphs, 0)).replace("\n", ""));
    expect(title).toMatch(/政府信息公[开開]工作年度[报報]告$/);
    expect(creator).toMatch(/^[鹽盐]池[县縣]/);
  });

  it("breaks the title by meaning when it is longer than a line of 二号 (20 characters), and takes it off the character grid", () => {
    const title = textOf(itemAt(doc.paragraphs, 0));
    const runs = descendants(itemAt(doc.paragraphs, 0), "w:r");
    for (const run of runs) expect(kid(kid(run, "w:rPr"), "w:snapToGrid")?.attribs["w:val"]).toBe("false");
    if (r.format === "2019") expect(title).not.toContain("\n");
    else
      expect(title.split("\n")).toEqual(
        script === "hans"
          ? ["盐池县人民政府2024年", "政府信息公开工作年度报告"]
          : ["鹽池縣人民政府2024年", "政府信息公開工作年度報告"],
      );
  });
});

describe('.docx with the Word template\'s page (`page: "template"`)', () => {
  it("keeps the template's margins, its grid of lines and its table widths (171.8 mm)", async () => {
    const doc = docxParts(await renderReport(yanchiReport2020, { to: "docx", page: "template" }));
    const mar = kid(doc.sectPr, "w:pgMar");
    expect([num(mar, "w:top"), num(mar, "w:right"), num(mar, "w:bottom"), num(mar, "w:left")]).toEqual([
      1440, 1800, 1440, 1800,
    ]);
    expect(attr(kid(doc.sectPr, "w:docGrid"), "w:type")).toBe("lines");
    expect(doc.tables.map((t) => num(kid(kid(t, "w:tblPr"), "w:tblW"), "w:w"))).toEqual([9740, 9748, 9748]);
    expect(kids(doc.sectPr, "w:footerReference").map((f) => attr(f, "w:type"))).toEqual(["default"]);
  });
});
