// word/styles.xml of the .docx, written here rather than by `docx`: the body
// font and size stated on the Normal style as well as in the defaults (Word
// takes the character grid's pitch from the defaults, LibreOffice from the
// Normal style), and paragraphs that do not snap their lines to the document
// grid. Word then still sets body text on the character grid (28 characters a
// line) — a run's grid setting decides that — and every paragraph keeps the
// exact line spacing it states; LibreOffice, which reads the grid setting of a
// paragraph only and would put a 16 pt character on two cells of a 15.8 pt
// grid, sets body text at its natural width.
import { escapeHtml as escapeXml } from "./html.js";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/**
 * styles.xml with the body font and size (half-points) in the defaults and on
 * Normal (its paragraphs not snapped to the grid), and the default character and table styles.
 * @example stylesXml("仿宋_GB2312", 32, "zh-CN").includes('<w:sz w:val="32"/>') //=> true
 */
export function stylesXml(font: string, size: number, lang: string): string {
  const f = escapeXml(font);
  const fonts = `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:eastAsia="${f}" w:cs="${f}"/>`;
  const sz = `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`;
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<w:styles xmlns:w="${W}">`,
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}${sz}<w:lang w:eastAsia="${escapeXml(lang)}"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`,
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/></w:pPr><w:rPr>${fonts}${sz}</w:rPr></w:style>`,
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>',
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
    "</w:styles>",
  ].join("");
}
