// The report as Markdown (GFM pipe tables). A pipe table has one header row
// and no merged cells, so each block of an official table becomes one pipe
// table with its merges flattened: a column header is the labels above the
// column joined by " / " (申请人情况 / 法人或其他组织 / 商业企业), a row label
// the labels before the row joined the same way (三、本年度办理结果 / （三）不予公开 /
// 1.属于国家秘密), the corner cell heads the label column, and table 二's block
// headings (第二十条第（一）项) are `###` headings over their pipe tables.
// Every value sits in its own cell; a blank cell is empty, zero is 0.
import { LABEL_PATH_SEPARATOR } from "../wording/report-frame.js";
import type { DocTable, ReportDocument } from "./document.js";
import { flattenGrid } from "./grid.js";

/**
 * Escapes text for a Markdown paragraph: inline markup characters anywhere,
 * and block markers (#, >, -, +, =, "1. ") at the start of the text.
 * @example escapeMarkdown("*重点*领域") //=> "\\*重点\\*领域"
 */
export function escapeMarkdown(text: string): string {
  return escapeInline(text).replace(/^(\s*)([#>+=-]|\d+(?=[.)](\s|$)))/, (_, sp: string, m: string) =>
    /^\d+$/.test(m) ? `${sp}${m}\\` : `${sp}\\${m}`,
  );
}

/** Escapes the inline markup characters (and the pipe, which ends a table cell). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
}

/** A cell of a pipe table: escaped, on one line (a value such as -18 stays as it is). */
function pipeCell(text: string): string {
  return escapeInline(text.replace(/\s*\n\s*/g, " "));
}

/** The Markdown of one official table: a pipe table per block, then its note and extra cells. */
export function tableMarkdown(t: DocTable): string {
  const out: string[] = [];
  for (const block of flattenGrid(t.grid)) {
    if (block.heading !== undefined) out.push(`### ${pipeCell(block.heading)}`, "");
    const head: string[] = [];
    const align: string[] = [];
    if (block.corner !== undefined) {
      head.push(pipeCell(block.corner));
      align.push(":---");
    }
    for (const c of block.columns) {
      head.push(pipeCell(c.path.join(LABEL_PATH_SEPARATOR)));
      align.push("---:");
    }
    out.push(`| ${head.join(" | ")} |`, `| ${align.join(" | ")} |`);
    for (const r of block.rows) {
      const cells: string[] = [];
      if (block.corner !== undefined) cells.push(pipeCell(r.path.join(LABEL_PATH_SEPARATOR)));
      for (const c of r.cells) cells.push(pipeCell(c.text));
      out.push(`| ${cells.join(" | ")} |`);
    }
    out.push("");
  }
  if (t.note) out.push(escapeMarkdown(t.note), "");
  if (t.extra.length) {
    out.push(escapeMarkdown(t.extraCaption), "");
    for (const x of t.extra) out.push(`- \`${x.key}\` = ${x.value === null ? "" : String(x.value)}`);
    out.push("");
  }
  return out.join("\n");
}

/** The whole report as Markdown: `#` title, opening paragraphs, `##` section headings, paragraphs, tables. */
export function documentMarkdown(doc: ReportDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`, ""];
  for (const p of doc.preamble) out.push(escapeMarkdown(p), "");
  for (const s of doc.sections) {
    out.push(`## ${escapeMarkdown(s.heading)}`, "");
    for (const p of s.paragraphs) out.push(escapeMarkdown(p), "");
    if (s.table) out.push(tableMarkdown(s.table));
  }
  // 落款: the issuing agency and the date, each a line of its own.
  if (doc.signature)
    out.push(escapeMarkdown(doc.signature.agency), "", escapeMarkdown(doc.signature.date), "");
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}
