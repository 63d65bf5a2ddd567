// The report as semantic, accessible, printable HTML: one <table> per official
// table with the format's merged cells as rowspan/colspan, <th scope> on every
// header, and `headers` on every value cell naming all the header cells above
// and before it (the merged groups included), so a screen reader announces
// "申请人情况 法人或其他组织 商业企业 三、本年度办理结果 （三）不予公开 1.属于国家秘密 0".
// The page has the structure of the .docx — （一） sub-headings as <h3>, the title
// broken by meaning, 落款 — and prints like it: A4 with the margins of GB/T 9704,
// 22 lines of 三号 a page, headings kept with what follows, rows never split,
// header rows repeated, page numbers right on odd pages and left on even ones.
import { type DocSignature, type DocTable, type ReportDocument, languageTag } from "./document.js";
import type { FilledGrid } from "./grid.js";
import { type PageLayout, pageSetup } from "./page.js";
import { paragraphShape } from "./paragraph-shape.js";
import { signatureIndents } from "./signature.js";
import { titleParts } from "./title.js";
import { type TableModel, type TableModelCell, gridModel } from "./table-model.js";

/** Options of the HTML writer. */
export interface HtmlOptions {
  /** A whole page (`<!DOCTYPE html>` … with print styles, default) or only the `<article>` (with its scoped style). */
  readonly standalone?: boolean | undefined;
  /** Prefix of the element ids, when several reports share a page. Default "". */
  readonly idPrefix?: string | undefined;
  /** The printed page (`@page`): GB/T 9704-2012 (default) or the format's Word template. */
  readonly page?: PageLayout | undefined;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : "&#39;",
  );
}

const FONT_BODY = `"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Noto Serif CJK TC", "Source Han Serif SC", serif`;
const FONT_HEADING = `"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", sans-serif`;
const FONT_TITLE = `"FZXiaoBiaoSong-B05S", "方正小标宋简体", "SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Noto Serif CJK TC", serif`;
const FONT_TABLE = `"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Noto Serif CJK TC", serif`;
const FONT_NOTE = `"KaiTi_GB2312", "楷体_GB2312", "KaiTi", "楷体", "STKaiti", "Noto Serif CJK SC", "Noto Serif CJK TC", serif`;

/** Style of the report, every rule scoped under `.disclosure-report`. */
const REPORT_CSS = `
.disclosure-report{font-family:${FONT_BODY};font-size:16pt;line-height:1.75;color:#000;background:#fff;max-width:42em;margin:0 auto;padding:1em}
.disclosure-report h1{font-family:${FONT_TITLE};font-size:22pt;font-weight:normal;text-align:center;line-height:1.5;margin:0 0 1em}
.disclosure-report h1 .title-part{display:inline-block}
.disclosure-report h2{font-family:${FONT_HEADING};font-size:16pt;font-weight:normal;margin:.5em 0 0;text-indent:2em;break-after:avoid}
.disclosure-report h3{font-family:${FONT_NOTE};font-size:16pt;font-weight:normal;margin:0;text-indent:2em;break-after:avoid}
.disclosure-report p{margin:0;text-indent:2em;text-align:justify}
.disclosure-report .lead{font-family:${FONT_NOTE}}
.disclosure-report .signature{margin-top:1.75em;break-inside:avoid}
.disclosure-report .signature p{text-indent:0;text-align:right}
.disclosure-report table{border-collapse:collapse;width:100%;table-layout:fixed;margin:.5em 0;font-family:${FONT_TABLE};font-size:10pt;line-height:1.4}
.disclosure-report th,.disclosure-report td{border:1px solid #000;padding:2px 3px;vertical-align:middle;text-align:center;font-weight:normal;overflow-wrap:anywhere}
.disclosure-report th[scope=row]{text-align:left}
.disclosure-report table[data-table=table2] th[scope=row]{text-align:center}
.disclosure-report td{font-variant-numeric:tabular-nums}
.disclosure-report .corner{font-family:${FONT_NOTE};text-align:left}
.disclosure-report .block-heading{text-align:left}
.disclosure-report thead{display:table-header-group}
.disclosure-report tr{break-inside:avoid}
.disclosure-report tr.keep-next{break-after:avoid}
.disclosure-report p.table-note,.disclosure-report .table-extra{font-family:${FONT_NOTE};font-size:12pt;text-indent:0}
.disclosure-report .table-extra code{font-family:ui-monospace,monospace;font-size:10pt}
@media print{.disclosure-report{max-width:none;padding:0;line-height:28.9pt}.disclosure-report h1{line-height:35pt;margin:0 0 28.9pt}.disclosure-report h2,.disclosure-report h3{margin:0}.disclosure-report .signature{margin-top:28.9pt}.disclosure-report table{line-height:1.4}}
`.trim();

const FONT_PAGE_NUMBER = `"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", serif`;

/**
 * The printed page: A4 with the layout's margins, and page numbers "— 1 —" in
 * 宋体 四号 under the text block (GB/T 9704 §7.5: 7 mm below it, one character
 * from the right margin on odd pages, from the left on even ones).
 */
function pageCss(layout: PageLayout | undefined): string {
  const page = pageSetup(layout);
  const number = `content:"— " counter(page) " —";font-family:${FONT_PAGE_NUMBER};font-size:14pt;vertical-align:top;padding-top:7mm`;
  return [
    `@page{size:A4 portrait;margin:${page.cssMargin}}`,
    `@page :right{@bottom-right{${number};text-align:right;padding-right:14pt}}`,
    `@page :left{@bottom-left{${number};text-align:left;padding-left:14pt}}`,
    "html,body{margin:0;background:#fff}",
  ].join("\n");
}

function sectionId(prefix: string, id: string): string {
  return `${prefix}section-${id}`;
}

/** The HTML of one official table (a `<table>` with its merged cells), with its note and extra cells. */
export function tableHtml(t: DocTable, opts: { idPrefix?: string; labelledBy?: string } = {}): string {
  const prefix = `${opts.idPrefix ?? ""}${t.table}-`;
  const out: string[] = [];
  const labelled = opts.labelledBy ? ` aria-labelledby="${escapeHtml(opts.labelledBy)}"` : "";
  out.push(`<table class="disclosure-table" id="${prefix}table" data-table="${t.table}"${labelled}>`);
  out.push(gridHtml(t.grid, prefix));
  out.push("</table>");
  if (t.note) out.push(`<p class="table-note" data-note="${t.table}">${escapeHtml(t.note)}</p>`);
  if (t.extra.length) {
    out.push(`<div class="table-extra" data-extra="${t.table}"><p>${escapeHtml(t.extraCaption)}</p><ul>`);
    for (const x of t.extra) {
      out.push(
        `<li><code>${escapeHtml(x.key)}</code> = ${x.value === null ? "" : escapeHtml(String(x.value))}</li>`,
      );
    }
    out.push("</ul></div>");
  }
  return out.join("\n");
}

/** `<colgroup>`, `<thead>` (or one `<tbody>` per block of table 二) and the body rows of a filled grid. */
export function gridHtml(grid: FilledGrid, prefix: string): string {
  return modelHtml(gridModel(grid, prefix));
}

/** A table model's `<colgroup>` and row groups as HTML. */
export function modelHtml(model: TableModel): string {
  const out: string[] = [];
  out.push("<colgroup>");
  for (const pct of model.columns) out.push(`<col style="width:${pct}%">`);
  out.push("</colgroup>");
  for (const group of model.groups) {
    out.push(`<${group.tag}>`);
    for (const row of group.rows) {
      const tds = row.cells.map(cellHtml);
      out.push(`<tr${row.keepNext ? ' class="keep-next"' : ""}>${tds.join("")}</tr>`);
    }
    out.push(`</${group.tag}>`);
  }
  return out.join("\n");
}

/** One cell of a table model as HTML. */
function cellHtml(c: TableModelCell): string {
  const span =
    (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "") + (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "");
  const text = escapeHtml(c.text);
  const id = ` id="${escapeHtml(c.id ?? "")}"`;
  switch (c.kind) {
    case "heading":
      return `<th scope="colgroup"${id} class="block-heading"${span}>${text}</th>`;
    case "cornerHeader":
      return `<th scope="col"${id} class="corner-header"${span}>${text}</th>`;
    case "corner":
      return `<td class="corner"${span}>${text}</td>`;
    case "header": {
      const dataCol = c.col ? ` data-col="${escapeHtml(c.col)}"` : "";
      return `<th scope="${c.scope}"${id}${dataCol}${span}>${text}</th>`;
    }
    case "group":
      return `<th scope="rowgroup"${id}${c.group ? ` data-group="${escapeHtml(c.group)}"` : ""}${span}>${text}</th>`;
    case "label": {
      const headers = c.headers?.length ? ` headers="${c.headers.join(" ")}"` : "";
      return `<th scope="row"${id} data-row="${escapeHtml(c.row ?? "")}"${headers}${span}>${text}</th>`;
    }
    default: {
      const blank = c.absent ? ' data-absent=""' : "";
      return `<td headers="${(c.headers ?? []).join(" ")}" data-cell="${escapeHtml(c.key ?? "")}"${blank}${span}>${text}</td>`;
    }
  }
}

/**
 * The whole report as HTML: `<article>` with `<h1>` title, opening paragraphs,
 * six `<section>`s with `<h2>` headings, paragraphs and tables.
 */
export function documentHtml(doc: ReportDocument, opts: HtmlOptions = {}): string {
  const prefix = opts.idPrefix ?? "";
  const lang = languageTag(doc.script);
  const body: string[] = [];
  body.push(`<article class="disclosure-report" lang="${lang}" data-format="${doc.format.id}">`);
  body.push(`<h1>${titleParts(doc.title).map(titlePartHtml).join("")}</h1>`);
  for (const p of doc.preamble) body.push(paragraphHtml(p));
  for (const s of doc.sections) {
    const hid = `${sectionId(prefix, s.id)}-heading`;
    body.push(`<section id="${sectionId(prefix, s.id)}" data-section="${s.id}" aria-labelledby="${hid}">`);
    body.push(`<h2 id="${hid}">${escapeHtml(s.heading)}</h2>`);
    for (const p of s.paragraphs) body.push(paragraphHtml(p));
    if (s.table) body.push(tableHtml(s.table, { idPrefix: prefix, labelledBy: hid }));
    body.push("</section>");
  }
  if (doc.signature) body.push(signatureHtml(doc.signature));
  body.push("</article>");
  return wrapPage(body.join("\n"), {
    title: doc.title,
    lang,
    standalone: opts.standalone,
    page: opts.page,
  });
}

/** A part of the title that is not broken inside (the agency and year; the kind of report). */
function titlePartHtml(part: string, _i: number, parts: readonly string[]): string {
  return parts.length > 1 ? `<span class="title-part">${escapeHtml(part)}</span>` : escapeHtml(part);
}

/** A section paragraph: a （一） sub-heading line as <h3>, a lead sentence as a span, else a <p>. */
export function paragraphHtml(text: string): string {
  const shape = paragraphShape(text);
  if (shape.kind === "subheading") return `<h3>${escapeHtml(shape.text)}</h3>`;
  if (shape.kind === "lead")
    return `<p><span class="lead">${escapeHtml(shape.lead)}</span>${escapeHtml(shape.rest)}</p>`;
  return `<p>${escapeHtml(shape.text)}</p>`;
}

/** 落款: the agency and the date, right-aligned and indented as GB/T 9704 §7.3.5.2 places them. */
function signatureHtml(s: DocSignature): string {
  const indents = signatureIndents(s.agency, s.date);
  return [
    '<div class="signature">',
    `<p style="margin-right:${indents.agency}em">${escapeHtml(s.agency)}</p>`,
    `<p style="margin-right:${indents.date}em"><time>${escapeHtml(s.date)}</time></p>`,
    "</div>",
  ].join("\n");
}

/**
 * An `<article class="disclosure-report">`'s HTML as a whole page with print
 * styles (standalone, default), or as it is with the scoped style inserted.
 */
export function wrapPage(
  article: string,
  opts: { title: string; lang: string; standalone?: boolean | undefined; page?: PageLayout | undefined },
): string {
  if (opts.standalone === false) {
    return `${article.replace(/^<article[^>]*>/, (open) => `${open}\n<style>${REPORT_CSS}</style>`)}\n`;
  }
  return [
    "<!DOCTYPE html>",
    `<html lang="${opts.lang}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(opts.title)}</title>`,
    `<style>${pageCss(opts.page)}\n${REPORT_CSS}</style>`,
    "</head>",
    "<body>",
    article,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
