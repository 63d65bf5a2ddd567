// The report as a Word document (.docx), written with the `docx` library
// (loaded on first use). Page and tables follow the format's own Word
// template (spec/template-2021.docx): A4 portrait with its margins; tables
// with the template's grid widths, real merges (gridSpan / vMerge), 宋体 10 pt
// cells, the corner note and the parenthetical of （二）部分公开 in 楷体. The
// text follows the conventions of government documents (GB/T 9704): title in
// 方正小标宋简体 二号, body in 仿宋_GB2312 三号 with a two-character indent and a
// fixed 28 pt line, section headings in 黑体, （一）-level headings in 楷体_GB2312,
// page numbers "— 1 —" at the foot.
import { loadOptional, type OptionalModule } from "@disclosure/schema";
import { type DocTable, type ReportDocument, languageTag } from "./document.js";
import { type FilledGrid, type PlacedCell, layoutGrid } from "./grid.js";
import { templateColumnWidths } from "./widths.js";

type Docx = typeof import("docx");

/** `docx`, an optional peer dependency: docx 9.8 and later need Node 22, 9.7.1 runs on Node 20.19 too. */
export const DOCX_WRITER: OptionalModule = {
  name: "docx",
  install: "docx@9.7.1",
  feature: { zh: "生成 Word 文件（.docx）", en: "writing Word (.docx)" },
};

/** Fonts by script: the *_GB2312 and 方正 fonts carry Simplified glyphs only, so 繁体 uses their GBK siblings. */
const FONTS = {
  hans: {
    title: "方正小标宋简体",
    body: "仿宋_GB2312",
    heading: "黑体",
    kai: "楷体_GB2312",
    table: "宋体",
    tableNote: "楷体",
  },
  hant: { title: "宋体", body: "仿宋", heading: "黑体", kai: "楷体", table: "宋体", tableNote: "楷体" },
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, table 10 pt (the template's). */
const SIZE = { title: 44, body: 32, footer: 28, note: 28, table: 20 } as const;

/** A4 portrait and the template's margins, in twips. */
const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 1440, right: 1800, bottom: 1440, left: 1800, header: 851, footer: 992 },
} as const;

/** Body line spacing: exactly 28 pt (GB/T 9704: 22 lines of 三号 a page). */
const BODY_LINE = 560;

/** The template's table widths (w:tblW), in twips: 表二 9740, 表三 and 表四 9748. */
const TABLE_WIDTH = { table2: 9740, table3: 9748, table4: 9748 } as const;

type Fonts = (typeof FONTS)[keyof typeof FONTS];

function fontOf(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** A （一）-numbered paragraph: its lead sentence in 楷体 when short, the rest in the body font. */
function bodyParagraph(d: Docx, text: string, f: Fonts, lang: string) {
  const run = (t: string, fontName: string) =>
    new d.TextRun({ text: t, font: fontOf(fontName), size: SIZE.body, language: { eastAsia: lang } });
  const m = /^（[一二三四五六七八九十]+）[^。！？]*[。！？]?/.exec(text);
  let children: InstanceType<Docx["TextRun"]>[];
  if (m && (m[0].length === text.length ? text.length <= 40 : m[0].length <= 40)) {
    children = [
      run(m[0], f.kai),
      ...(m[0].length < text.length ? [run(text.slice(m[0].length), f.body)] : []),
    ];
  } else children = [run(text, f.body)];
  return new d.Paragraph({
    children,
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: 640 },
    spacing: { line: BODY_LINE, lineRule: d.LineRuleType.EXACT },
  });
}

function cellParagraph(d: Docx, p: PlacedCell, grid: FilledGrid, f: Fonts, lang: string) {
  const c = p.cell;
  const run = (t: string, fontName: string) =>
    new d.TextRun({ text: t, font: fontOf(fontName), size: SIZE.table, language: { eastAsia: lang } });
  let children = [run(c.text, f.table)];
  if (c.role === "corner" && p.rowSpan > 1) children = [run(c.text, f.tableNote)];
  if (c.role === "rowLabel") {
    // The template sets a label's closing parenthetical in 楷体: （二）部分公开（区分处理的，…）.
    const m = /^(.+[^）])(（[^（）]+）)$/.exec(c.text);
    if (m) children = [run(m[1], f.table), run(m[2], f.tableNote)];
  }
  const left =
    c.role === "heading" ||
    c.role === "group" ||
    (c.role === "corner" && p.rowSpan > 1) ||
    (c.role === "rowLabel" && grid.table !== "table2");
  return new d.Paragraph({
    children,
    alignment: left ? d.AlignmentType.LEFT : d.AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
  });
}

/** A table of the document: the template's grid, merges as in the official form. */
export function tableDocx(d: Docx, t: DocTable, f: Fonts, lang: string) {
  const layout = layoutGrid(t.grid);
  const widths = templateColumnWidths(t.table, t.grid.width);
  const byRow: PlacedCell[][] = t.grid.rows.map(() => []);
  for (const p of layout.cells) byRow[p.row].push(p);
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const headerRows = new Set(t.grid.headerRows);
  const leadingHeader = t.grid.rows.findIndex((_, r) => !headerRows.has(r));
  const rows = byRow.map(
    (cells, r) =>
      new d.TableRow({
        // Tables 三 and 四 repeat their column header on each page.
        tableHeader: t.table !== "table2" && r < leadingHeader,
        cantSplit: true,
        children: cells.map(
          (p) =>
            new d.TableCell({
              children: [cellParagraph(d, p, t.grid, f, lang)],
              columnSpan: p.colSpan > 1 ? p.colSpan : undefined,
              rowSpan: p.rowSpan > 1 ? p.rowSpan : undefined,
              width: {
                size: widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0),
                type: d.WidthType.DXA,
              },
              verticalAlign: d.VerticalAlign.CENTER,
              margins: { left: 57, right: 57, top: 0, bottom: 0 },
            }),
        ),
      }),
  );
  return new d.Table({
    rows,
    columnWidths: widths,
    width: { size: TABLE_WIDTH[t.table], type: d.WidthType.DXA },
    layout: d.TableLayoutType.FIXED,
    alignment: d.AlignmentType.CENTER,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}

/**
 * The report as .docx bytes. Works in Node and in the browser
 * (`Packer.toArrayBuffer`); `docx` is imported on the first call, and
 * without it the call rejects with an `OptionalModuleError` naming what to install.
 */
export async function documentDocx(doc: ReportDocument): Promise<Uint8Array> {
  const d: Docx = await loadOptional(DOCX_WRITER, () => import("docx"));
  const f = FONTS[doc.script];
  const lang = languageTag(doc.script) === "zh-Hant" ? "zh-TW" : "zh-CN";
  const children: (InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]>)[] = [];
  children.push(
    new d.Paragraph({
      children: [
        new d.TextRun({
          text: doc.title,
          font: fontOf(f.title),
          size: SIZE.title,
          language: { eastAsia: lang },
        }),
      ],
      alignment: d.AlignmentType.CENTER,
      spacing: { after: BODY_LINE, line: 700, lineRule: d.LineRuleType.EXACT },
    }),
  );
  for (const p of doc.preamble) children.push(bodyParagraph(d, p, f, lang));
  for (const s of doc.sections) {
    children.push(
      new d.Paragraph({
        children: [
          new d.TextRun({
            text: s.heading,
            font: fontOf(f.heading),
            size: SIZE.body,
            language: { eastAsia: lang },
          }),
        ],
        indent: { firstLine: 640 },
        keepNext: true,
        spacing: { line: BODY_LINE, lineRule: d.LineRuleType.EXACT },
      }),
    );
    for (const p of s.paragraphs) children.push(bodyParagraph(d, p, f, lang));
    if (s.table) {
      children.push(tableDocx(d, s.table, f, lang));
      const notes = [
        ...(s.table.note ? [s.table.note] : []),
        ...(s.table.extra.length
          ? [
              s.table.extraCaption,
              ...s.table.extra.map((x) => `${x.key} = ${x.value === null ? "" : x.value}`),
            ]
          : []),
      ];
      for (const n of notes) {
        children.push(
          new d.Paragraph({
            children: [
              new d.TextRun({ text: n, font: fontOf(f.kai), size: SIZE.note, language: { eastAsia: lang } }),
            ],
            spacing: { before: 60, line: BODY_LINE, lineRule: d.LineRuleType.EXACT },
          }),
        );
      }
    }
  }
  const footer = new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.CENTER,
        children: [
          new d.TextRun({
            children: ["— ", d.PageNumber.CURRENT, " —"],
            font: fontOf("宋体"),
            size: SIZE.footer,
          }),
        ],
      }),
    ],
  });
  const file = new d.Document({
    title: doc.title,
    creator: "@disclosure/report-text",
    styles: {
      default: {
        document: { run: { font: fontOf(f.body), size: SIZE.body, language: { eastAsia: lang } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: PAGE.margin,
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(file));
}
