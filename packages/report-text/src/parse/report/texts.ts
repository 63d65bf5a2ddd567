// Step 9: the texts — each section's narrative without its table (notes printed under a table
// kept as the table's notes), the preamble between the title and the first heading; wrapped
// lines of text and PDF inputs joined, Taiwan phrasing and page numbers inside words removed.
import type { FormatDef, SectionTexts, TableId } from "@disclosure/schema";
import { normalizeOfficialTerms } from "../../hant.js";
import type { InputKind } from "../detect.js";
import type { TableRead } from "../table/index.js";
import type { LaidOut } from "./layout.js";

const SUBHEADING = /^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.、．])/;

/**
 * Joins the lines of a paragraph wrapped by a PDF or a text extraction: a line of 15 or more
 * characters that does not end a sentence runs on into the next, unless the next line opens a
 * sub-heading ((一)…, 一、…, 1.…).
 * @example reflow(["2024 年，全区政府信息公开工作虽取得一定成绩，但对照上", "级要求和群众期盼。"]) //=> ["2024 年，全区政府信息公开工作虽取得一定成绩，但对照上级要求和群众期盼。"]
 */
export function reflow(lines: readonly string[]): string[] {
  const out: string[] = [];
  let open = false;
  for (const line of lines) {
    if (open && out.length && !SUBHEADING.test(line)) out[out.length - 1] += line;
    else out.push(line);
    const last = out.at(-1) ?? "";
    open = line.length >= 15 && !/[。！？；：:!?;…」”’）)]$/.test(line) && last.length > 0;
  }
  return out;
}

/** The sections' texts and the notes under tables. */
export interface Texts {
  readonly sections: SectionTexts;
  readonly tableNotes: Partial<Record<TableId, string>>;
}

const NOTE = /^(?:注|备注|说明)[:：]/;

/** The lines of one section outside its table's span; a note after the table goes to the table's notes. */
function sectionLines(
  laid: LaidOut,
  range: { start: number; end: number },
  table: TableId | undefined,
  span: { start: number; end: number } | undefined,
  notes: Partial<Record<TableId, string>>,
): string[] {
  const parts: string[] = [];
  for (let i = range.start; i < range.end; i++) {
    if (span && i >= span.start && i < span.end) continue;
    const t = laid.texts[i]?.trim();
    if (!t) continue;
    if (table && span && i >= span.end && NOTE.test(t)) {
      notes[table] = notes[table] ? `${notes[table]}\n${t}` : t;
      continue;
    }
    parts.push(t);
  }
  return parts;
}

/** The texts of the sections found (without their tables), and the notes under the tables. */
export function sectionTexts(
  format: FormatDef,
  laid: LaidOut,
  reads: readonly TableRead[],
  kind: InputKind,
): Texts {
  const spanOf = new Map<TableId, NonNullable<TableRead["span"]>>();
  for (const r of reads) if (r.span) spanOf.set(r.table, r.span);
  const sections: SectionTexts = {};
  const tableNotes: Partial<Record<TableId, string>> = {};
  for (const h of laid.layout.headings) {
    const range = laid.layout.ranges[h.section];
    if (!range) continue;
    const table = format.sections.find((s) => s.id === h.section)?.table;
    const parts = sectionLines(laid, range, table, table ? spanOf.get(table) : undefined, tableNotes);
    if (!parts.length) continue;
    // Narrative: wrapped lines joined, Taiwan phrasing and page numbers left inside words removed.
    const text = (kind === "text" || kind === "pdf" ? reflow(parts) : parts).join("\n");
    sections[h.section] = normalizeOfficialTerms(text);
  }
  return { sections, tableNotes };
}

/** The text between the title and the first heading. */
export function preambleOf(laid: LaidOut, titleLine: number | undefined): string {
  // The non-empty lines joined in one loop, no intermediate lists (see parse/lists.ts).
  let preamble = "";
  for (const line of laid.texts.slice((titleLine ?? -1) + 1, laid.layout.firstHeading)) {
    const t = line.trim();
    if (t) preamble += preamble ? `\n${t}` : t;
  }
  return normalizeOfficialTerms(preamble);
}
