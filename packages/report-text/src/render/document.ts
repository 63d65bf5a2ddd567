// A report laid out as a document — title, opening, the six sections with
// their paragraphs and filled tables — before it is written as Markdown,
// HTML, text or .docx. Every output form renders this one model, and the
// Traditional-script conversion works on it (all text at once).
import {
  type FormatDef,
  type OverviewFacts,
  type Report,
  type SectionId,
  type TableId,
  getFormat,
  section,
} from "@disclosure/schema";
import { toTraditional } from "../hant.js";
import { renderOverview } from "../wording/overview.js";
import {
  NOTHING_TO_REPORT,
  extraCellsCaption,
  otherMattersParagraphs,
  reportTitle,
  signatureDate,
  standardPreamble,
} from "../wording/report-frame.js";
import { type ExtraCell, type FilledCell, type FilledGrid, extraCells, fillGrid } from "./grid.js";

/** Script of the output: 简体 (`hans`) or 繁体 (`hant`). */
export type Script = "hans" | "hant";

/** A table as printed in its section. */
export interface DocTable {
  readonly table: TableId;
  readonly grid: FilledGrid;
  /** The note printed under the table (report.tableNotes). */
  readonly note?: string | undefined;
  /** Cells the report holds that the format's grid has no place for, listed under the table. */
  readonly extra: readonly ExtraCell[];
  readonly extraCaption: string;
}

/** One of the six sections. */
export interface DocSection {
  readonly id: SectionId;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table?: DocTable;
}

/** The issuing agency and the date at the end of the report (落款). */
export interface DocSignature {
  readonly agency: string;
  /** 2021年1月29日 */
  readonly date: string;
}

/** A report as a document, ready to be written in any output form. */
export interface ReportDocument {
  readonly script: Script;
  readonly format: FormatDef;
  readonly title: string;
  /** The agency that issues the report (the .docx author). */
  readonly agency?: string;
  readonly preamble: readonly string[];
  readonly sections: readonly DocSection[];
  /** 落款: present when the report has a publication date. */
  readonly signature?: DocSignature;
}

/** Options of {@link reportDocument}. */
export interface ReportDocumentOptions {
  /**
   * Writes section 一 from structured facts when the report has no overview text.
   * Default: this package's `renderOverview`.
   */
  readonly overview?: ((facts: OverviewFacts) => string) | undefined;
}

/**
 * Paragraphs of a section text: one per non-empty line, trimmed (so the
 * customary two-space indent of Chinese paragraphs is dropped).
 * @example paragraphs("　　2020年，盐池县……\n\n（一）坚持需求导向") //=> ["2020年，盐池县……", "（一）坚持需求导向"]
 */
export function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * The document of a report: title (`report.title`, else 〈agency〉〈year〉年政府信息公开工作年度报告),
 * the opening paragraph (`report.preamble`, else the standard one), and the six sections
 * with the format's headings, their texts, and tables 二/三/四 filled with the report's cells.
 * Section 六 is `sections.otherMatters`, else sentences from `report.otherMatters` facts, else 无。
 * @example reportDocument(yanchi2020).sections[2].heading //=> "三、收到和处理政府信息公开申请情况"
 */
export function reportDocument(report: Report, opts: ReportDocumentOptions = {}): ReportDocument {
  const format = getFormat(report.format);
  const title = report.title ?? reportTitle(report.agency.name, report.year);
  const preamble = report.preamble
    ? paragraphs(report.preamble)
    : [standardPreamble(report.agency.name, report.year, format)];
  const tableOf = (id: SectionId): TableId | undefined => section(format, id).table;
  const sections = format.sections.map<DocSection>((s) => {
    let text = report.sections?.[s.id];
    if (s.id === "overview" && !text?.trim() && report.facts)
      text = (opts.overview ?? renderOverview)(report.facts);
    let paras = paragraphs(text);
    if (s.id === "otherMatters" && paras.length === 0) {
      paras = otherMattersParagraphs(report.otherMatters);
      if (paras.length === 0) paras = [NOTHING_TO_REPORT];
    }
    const table = tableOf(s.id);
    return {
      id: s.id,
      heading: s.heading,
      paragraphs: paras,
      ...(table
        ? {
            table: {
              table,
              grid: fillGrid(format, table, report.tables ?? {}),
              note: report.tableNotes?.[table]?.trim() || undefined,
              extra: extraCells(format, table, report.tables ?? {}),
              extraCaption: extraCellsCaption(format),
            },
          }
        : {}),
    };
  });
  const signature = report.publishedDate
    ? {
        agency: report.agency.name,
        // A date that is not a calendar date (an unvalidated report) is printed as given.
        date: signatureDate(report.publishedDate) ?? report.publishedDate,
      }
    : undefined;
  return {
    script: "hans",
    format,
    title,
    agency: report.agency.name,
    preamble,
    sections,
    ...(signature ? { signature } : {}),
  };
}

/** Separator of texts converted in one call: a private-use character no dictionary entry contains. */
const SEP = "\uE000";

/**
 * The document in the given script. Traditional goes through `toTraditional`
 * (opencc-js, loaded on first use; mainland terms kept: 文件 stays 文件), all
 * texts in one conversion; numbers and codes are untouched.
 */
export async function localizeDocument(doc: ReportDocument, script: Script): Promise<ReportDocument> {
  if (script === doc.script) return doc;
  if (script === "hans")
    throw new Error("localizeDocument: converting a Traditional document back is not supported");
  const texts: string[] = [];
  const take = (s: string): number => texts.push(s) - 1;
  // Collect every text in a fixed order, convert once, give back by position.
  const plan = {
    title: take(doc.title),
    agency: doc.agency === undefined ? -1 : take(doc.agency),
    signature: doc.signature
      ? { agency: take(doc.signature.agency), date: take(doc.signature.date) }
      : undefined,
    preamble: doc.preamble.map(take),
    sections: doc.sections.map((s) => ({
      id: s.id,
      heading: take(s.heading),
      paragraphs: s.paragraphs.map(take),
      table: s.table
        ? {
            source: s.table,
            // Values are numbers (not converted), but a unit printed with one is text: 12863.57万元.
            cells: s.table.grid.rows.map((r) =>
              r.map((cell) => ({
                cell,
                text: cell.role === "data" && !/[^\x20-\x7e]/.test(cell.text) ? -1 : take(cell.text),
              })),
            ),
            note: s.table.note === undefined ? -1 : take(s.table.note),
            extraCaption: take(s.table.extraCaption),
          }
        : undefined,
    })),
  };
  const converted = (await toTraditional(texts.join(SEP))).split(SEP);
  if (converted.length !== texts.length)
    throw new Error("localizeDocument: the converter changed the separators");
  const at = (i: number): string => {
    const text = converted[i];
    if (text === undefined) throw new Error(`localizeDocument: no converted text at ${i}`);
    return text;
  };
  return {
    script,
    format: doc.format,
    title: at(plan.title),
    ...(plan.agency < 0 ? {} : { agency: at(plan.agency) }),
    ...(plan.signature
      ? { signature: { agency: at(plan.signature.agency), date: at(plan.signature.date) } }
      : {}),
    preamble: plan.preamble.map(at),
    sections: plan.sections.map((p) => ({
      id: p.id,
      heading: at(p.heading),
      paragraphs: p.paragraphs.map(at),
      ...(p.table
        ? {
            table: {
              ...p.table.source,
              grid: {
                ...p.table.source.grid,
                rows: p.table.cells.map((r) =>
                  r.map<FilledCell>(({ cell, text }) => (text < 0 ? cell : { ...cell, text: at(text) })),
                ),
              },
              note: p.table.note < 0 ? undefined : at(p.table.note),
              extraCaption: at(p.table.extraCaption),
            },
          }
        : {}),
    })),
  };
}

/** The language tag of a script, for HTML `lang` and .docx language. */
export function languageTag(script: Script): "zh-Hans" | "zh-Hant" {
  return script === "hant" ? "zh-Hant" : "zh-Hans";
}
