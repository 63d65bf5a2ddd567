// A preview of raw cells (the `cells` interchange form) as the official
// tables: what a township sent back, drawn where each value will go, with
// every cell the format has no place for and every duplicate listed below.
import { type Cell, type FormatId, type TableId, fromCells, getFormat, section } from "@disclosure/schema";
import { CELL_ISSUES_CAPTION, extraCellsCaption } from "../wording/report-frame.js";
import {
  type DocTable,
  type Script,
  languageTag,
  localizeDocument,
  type ReportDocument,
} from "./document.js";
import { extraCells, fillGrid } from "./grid.js";
import { escapeHtml, tableHtml, wrapPage } from "./html.js";
import { escapeMarkdown, tableMarkdown } from "./markdown.js";
import { tableText } from "./text.js";

/** Options of {@link renderCellsPreview}. */
export interface CellsPreviewOptions {
  /** The format the cells are in. */
  readonly format: FormatId;
  readonly to: "html" | "markdown" | "text";
  readonly script?: Script;
  /** Only these tables (default: the three). */
  readonly tables?: readonly TableId[];
  /** HTML: a whole page instead of an `<article>` (default false: a preview is usually embedded). */
  readonly standalone?: boolean;
  /** HTML: prefix of element ids. Default "preview-". */
  readonly idPrefix?: string;
  /** Text: widest table line (default 120). */
  readonly width?: number;
}

/**
 * Raw cells drawn as the official tables 二/三/四 (merged headers and row
 * groups as in the format), each value in its cell (blank = empty, 0 = 0).
 * Cells whose codes the format does not know are listed under their table;
 * duplicates (the first value is drawn) are listed at the end. Nothing is
 * dropped silently.
 *
 * @example
 * // 盐池县 2020: 5 applications, all granted
 * const md = await renderCellsPreview(
 *   [{ table: "table3", row: "received", col: "total", value: 5 }, { table: "table3", row: "granted", col: "total", value: 5 }],
 *   { format: "2019", to: "markdown", tables: ["table3"] },
 * );
 * md.includes("| 一、本年新收政府信息公开申请数量 |  |  |  |  |  |  | 5 |") //=> true
 */
export async function renderCellsPreview(cells: readonly Cell[], opts: CellsPreviewOptions): Promise<string> {
  const format = getFormat(opts.format);
  const { tables, issues } = fromCells(cells, { format: opts.format, keepUnknown: true });
  const duplicates = issues.filter((i) => i.code === "CELL-DUPLICATE").map((i) => i.message.zh);
  const ids = opts.tables ?? (["table2", "table3", "table4"] as const);
  // A document without title and text: the tables under their section headings, localised in one pass.
  const doc: ReportDocument = {
    script: "hans",
    format,
    title: "",
    preamble: duplicates.length ? [CELL_ISSUES_CAPTION, ...duplicates] : [],
    sections: format.sections.flatMap((s) => {
      const table = s.table;
      if (!table || !ids.includes(table)) return [];
      const t: DocTable = {
        table,
        grid: fillGrid(format, table, tables),
        extra: extraCells(format, table, tables),
        extraCaption: extraCellsCaption(format),
      };
      return [{ id: s.id, heading: section(format, s.id).heading, paragraphs: [], table: t }];
    }),
  };
  const d = await localizeDocument(doc, opts.script ?? "hans");
  // Every section of the preview holds its table.
  const sections = d.sections.flatMap((s) => (s.table ? [{ ...s, table: s.table }] : []));
  const [issuesCaption, ...issueLines] = d.preamble;
  if (opts.to === "markdown") {
    const out: string[] = [];
    for (const s of sections) out.push(`## ${escapeMarkdown(s.heading)}`, "", tableMarkdown(s.table));
    if (issuesCaption)
      out.push(escapeMarkdown(issuesCaption), "", ...issueLines.map((l) => `- ${escapeMarkdown(l)}`));
    return `${out
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trimEnd()}\n`;
  }
  if (opts.to === "text") {
    const out: string[] = [];
    for (const s of sections) out.push(s.heading, "", tableText(s.table, { width: opts.width }), "");
    if (issuesCaption) out.push(issuesCaption, ...issueLines.map((l) => `  ${l}`));
    return `${out.join("\n").trimEnd()}\n`;
  }
  const prefix = opts.idPrefix ?? "preview-";
  const lang = languageTag(d.script);
  const body: string[] = [
    `<article class="disclosure-report disclosure-preview" lang="${lang}" data-format="${format.id}">`,
  ];
  for (const s of sections) {
    const hid = `${prefix}section-${s.id}-heading`;
    body.push(
      `<section data-section="${s.id}" aria-labelledby="${hid}">`,
      `<h2 id="${hid}">${escapeHtml(s.heading)}</h2>`,
    );
    body.push(tableHtml(s.table, { idPrefix: prefix, labelledBy: hid }), "</section>");
  }
  if (issuesCaption) {
    body.push(`<div class="cell-issues"><p>${escapeHtml(issuesCaption)}</p><ul>`);
    for (const l of issueLines) body.push(`<li>${escapeHtml(l)}</li>`);
    body.push("</ul></div>");
  }
  body.push("</article>");
  return wrapPage(body.join("\n"), { title: format.title, lang, standalone: opts.standalone ?? false });
}
