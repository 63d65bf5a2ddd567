// The report as a Word document (.docx), written with the `docx` library
// (loaded on first use), as an official document (公文) of GB/T 9704-2012
// 《党政机关公文格式》: A4 with its margins and a grid of 22 lines × 28 characters
// (`page: "template"`: the format's Word template's page); title in
// 方正小标宋简体 二号, broken by meaning; body in 仿宋_GB2312 三号 with a
// two-character indent; section headings in 黑体 and （一）-level headings in
// 楷体_GB2312, both with outline levels (Word's navigation pane, PDF bookmarks)
// and kept with what follows; the tables of `docx-table.ts`; 落款 when the
// report has a publication date; page numbers "— 1 —" in 宋体 四号, right on odd
// pages and left on even ones; the fonts declared with their fallbacks.
import type { OptionalModule } from "@disclosure/schema";
import { loadOptional } from "@disclosure/schema/internal";
import { type DocSignature, type DocTable, type ReportDocument, languageTag } from "./document.js";
import { type Docx, type DocxContext, FONTS, SIZE, fontOf, textRun } from "./docx-style.js";
import { stylesXml } from "./docx-styles.js";
import { tableDocx } from "./docx-table.js";
import { fontTableXml } from "./font-table.js";
import { type PageLayout, charPitch, pageSetup, textWidth } from "./page.js";
import { paragraphShape } from "./paragraph-shape.js";
import { signatureIndents } from "./signature.js";
import { charsPerLine, titleLines } from "./title.js";

/** `docx`, an optional peer dependency: docx 9.8 and later need Node 22, 9.7.1 runs on Node 20.19 too. */
export const DOCX_WRITER: OptionalModule = {
  name: "docx",
  install: "docx@9.7.1",
  feature: { zh: "生成 Word 文件（.docx）", en: "writing Word (.docx)" },
};

/** Options of the .docx writer. */
export interface DocxOptions {
  /** Page setup: GB/T 9704-2012 (default) or the format's Word template (`template`). */
  readonly page?: PageLayout | undefined;
}

/** Body paragraph settings: justified, two-character first-line indent, the page's body line. */
function bodyLayout(c: DocxContext) {
  return {
    alignment: c.d.AlignmentType.JUSTIFIED,
    indent: { firstLine: 640, firstLineChars: 200 },
    spacing: { line: c.page.bodyLine, lineRule: c.d.LineRuleType.EXACT },
  };
}

/**
 * A paragraph of a section: a （一） sub-heading line in 楷体 at outline level 1,
 * kept with the next paragraph; a paragraph opening with such a lead sentence
 * with the lead in 楷体; else body text.
 */
function bodyParagraph(c: DocxContext, text: string) {
  const { d, fonts } = c;
  const shape = paragraphShape(text);
  const run = (t: string, font: string) => textRun(c, t, font, SIZE.body);
  if (shape.kind === "subheading")
    return new d.Paragraph({
      ...bodyLayout(c),
      children: [run(shape.text, fonts.kai)],
      keepNext: true,
      outlineLevel: 1,
    });
  const children =
    shape.kind === "lead"
      ? [run(shape.lead, fonts.kai), run(shape.rest, fonts.body)]
      : [run(shape.text, fonts.body)];
  return new d.Paragraph({ ...bodyLayout(c), children });
}

/** A section heading (一、总体情况): 黑体, outline level 0, kept with what follows. */
function headingParagraph(c: DocxContext, text: string) {
  return new c.d.Paragraph({
    ...bodyLayout(c),
    alignment: c.d.AlignmentType.LEFT,
    children: [textRun(c, text, c.fonts.heading, SIZE.body)],
    keepNext: true,
    outlineLevel: 0,
  });
}

/** The title, centred, on as many lines as its meaning and the line's width need (二号: 20 characters on 156 mm). */
function titleParagraph(c: DocxContext, title: string) {
  const lines = titleLines(title, charsPerLine(textWidth(c.page), SIZE.title * 10));
  return new c.d.Paragraph({
    children: lines.map((line, i) =>
      textRun(c, line, c.fonts.title, SIZE.title, { grid: false, break: i > 0 }),
    ),
    alignment: c.d.AlignmentType.CENTER,
    keepNext: true,
    spacing: { after: c.page.bodyLine, line: 700, lineRule: c.d.LineRuleType.EXACT },
  });
}

/** A note under a table (注：…, cells the format has no place for), 楷体 四号. */
function noteParagraph(c: DocxContext, text: string) {
  return new c.d.Paragraph({
    children: [textRun(c, text, c.fonts.kai, SIZE.note, { grid: false })],
    spacing: { before: 60, line: c.page.bodyLine, lineRule: c.d.LineRuleType.EXACT },
  });
}

function tableNotes(t: DocTable): string[] {
  return [
    ...(t.note ? [t.note] : []),
    ...(t.extra.length
      ? [t.extraCaption, ...t.extra.map((x) => `${x.key} = ${x.value === null ? "" : x.value}`)]
      : []),
  ];
}

/** 落款: the agency, then the date, right-aligned as GB/T 9704 §7.3.5.2 places them, one blank line under the text. */
function signatureParagraphs(c: DocxContext, s: DocSignature) {
  const indents = signatureIndents(s.agency, s.date);
  const pitch = charPitch(c.page);
  const line = (text: string, chars: number, first: boolean) =>
    new c.d.Paragraph({
      children: [textRun(c, text, c.fonts.body, SIZE.body)],
      alignment: c.d.AlignmentType.RIGHT,
      indent: { right: Math.round(chars * pitch) },
      keepNext: first,
      spacing: {
        before: first ? c.page.bodyLine : 0,
        line: c.page.bodyLine,
        lineRule: c.d.LineRuleType.EXACT,
      },
    });
  return [line(s.agency, indents.agency, true), line(s.date, indents.date, false)];
}

/**
 * A page-number footer "— 1 —" in 宋体 四号 (GB/T 9704 §7.5): on the odd pages
 * right-aligned one character from the margin, on the even pages left-aligned
 * one character from it; the template's page has one footer, centred.
 */
function pageNumberFooter(c: DocxContext, side: "odd" | "even" | "centre") {
  const { d } = c;
  const oneChar = SIZE.footer * 10;
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment:
          side === "odd"
            ? d.AlignmentType.RIGHT
            : side === "even"
              ? d.AlignmentType.LEFT
              : d.AlignmentType.CENTER,
        ...(side === "odd"
          ? { indent: { right: oneChar } }
          : side === "even"
            ? { indent: { left: oneChar } }
            : {}),
        spacing: { line: oneChar, lineRule: d.LineRuleType.EXACT },
        children: [
          new d.TextRun({
            children: ["— ", d.PageNumber.CURRENT, " —"],
            font: fontOf(c.fonts.pageNumber),
            size: SIZE.footer,
            snapToGrid: false,
          }),
        ],
      }),
    ],
  });
}

function footersOf(c: DocxContext) {
  return c.page.id === "gbt9704"
    ? { default: pageNumberFooter(c, "odd"), even: pageNumberFooter(c, "even") }
    : { default: pageNumberFooter(c, "centre") };
}

/** The body of the document: title, opening, sections with their tables and notes, 落款. */
function documentChildren(c: DocxContext, doc: ReportDocument) {
  const children: (InstanceType<Docx["Paragraph"]> | InstanceType<Docx["Table"]>)[] = [
    titleParagraph(c, doc.title),
  ];
  for (const p of doc.preamble) children.push(bodyParagraph(c, p));
  for (const s of doc.sections) {
    children.push(headingParagraph(c, s.heading));
    for (const p of s.paragraphs) children.push(bodyParagraph(c, p));
    if (s.table) {
      children.push(tableDocx(c, s.table));
      for (const n of tableNotes(s.table)) children.push(noteParagraph(c, n));
    }
  }
  if (doc.signature) children.push(...signatureParagraphs(c, doc.signature));
  return children;
}

/**
 * The report as .docx bytes. Works in Node and in the browser
 * (`Packer.toArrayBuffer`); `docx` is imported on the first call, and
 * without it the call rejects with an `OptionalModuleError` naming what to install.
 */
export async function documentDocx(doc: ReportDocument, opts: DocxOptions = {}): Promise<Uint8Array> {
  const d: Docx = await loadOptional(DOCX_WRITER, () => import("docx"));
  const fonts = FONTS[doc.script];
  const page = pageSetup(opts.page);
  const c: DocxContext = { d, fonts, page, lang: languageTag(doc.script) === "zh-Hant" ? "zh-TW" : "zh-CN" };
  const author = doc.agency ?? "@disclosure/report-text";
  const file = new d.Document({
    title: doc.title,
    creator: author,
    lastModifiedBy: author,
    evenAndOddHeaderAndFooters: page.id === "gbt9704",
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: d.PageOrientation.PORTRAIT },
            margin: page.margin,
          },
          grid: page.grid,
        },
        footers: footersOf(c),
        children: documentChildren(c, doc),
      },
    ],
  });
  const parts = [
    // docx writes an empty font table: declare the fonts with their fallbacks (仿宋_GB2312 → 仿宋 …).
    { path: "word/fontTable.xml", data: fontTableXml(Object.values(fonts)) },
    { path: "word/styles.xml", data: stylesXml(fonts.body, SIZE.body, c.lang) },
  ];
  return new Uint8Array(await d.Packer.toArrayBuffer(file, false, parts));
}
