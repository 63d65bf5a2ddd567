// parseReport: a published 政府信息公开工作年度报告 (HTML page, plain text, PDF,
// .docx) back into data. Every value is tied to its row label and column header;
// what cannot be tied down is listed as unread with the reason — never guessed.
// The steps, one module each in report/: input → script → layout (sections) → year (title,
// agency, year) → format → tables → structure (heading warnings) → texts → assemble.
import { agencyOf, assembleReport, notAReport, yearMissing } from "./report/assemble.js";
import { reportFormat } from "./report/format.js";
import { readInput } from "./report/input.js";
import { layOut } from "./report/layout.js";
import type { ParseDetected, ParseOptions, ParseResult } from "./report/model.js";
import { foldIdeographs, readScript } from "./report/script.js";
import { sectionWarnings } from "./report/structure.js";
import { readTables } from "./report/tables.js";
import { preambleOf, sectionTexts } from "./report/texts.js";
import { titleAndYear } from "./report/year.js";

export type { InputKind } from "./detect.js";
export { DEFAULT_READ_LIMITS, type ReadLimits, type ReadLimitsOption } from "./limits.js";
export type { ParseIssue, SourceLocation } from "./model.js";
export { formatSourceLocation } from "./model.js";
export type { ParseDetected, ParseOptions, ParseResult } from "./report/model.js";
export { summarizeParse } from "./report/summary.js";
export { reflow } from "./report/texts.js";
export type { ParsedCell, UnreadCell } from "./table/index.js";

/**
 * Reads a published 政府信息公开工作年度报告 back into data: agency, year and format
 * (2019 or 2021, from the table labels), the six sections' texts, and tables 二/三/四 as
 * cells, each with where it was printed (text line, HTML element path, PDF page and
 * position, .docx table/row/cell). `unread` lists every expected cell that could not be
 * read, with the reason. Input: a string (HTML, text) or bytes (PDF, .docx, or text).
 *
 * @example
 * // 淮安市洪泽区人民政府 2024 (the published PDF, corpus 2024-hongze-district.pdf)
 * const r = await parseReport(pdfBytes);
 * r.report?.agency.name //=> "淮安市洪泽区人民政府"
 * r.cells.find(c => c.table === "table3" && c.row === "received" && c.col === "total")
 * //=> { table: "table3", row: "received", col: "total", value: 95, source: { kind: "pdf", page: 3, x: 492.4, y: 328.7 } }
 * r.cells.find(c => c.row === "otherHandling")?.value //=> 0 (（六）其他处理 printed as one row: STRUCT-GROUP-COLLAPSED)
 */
export async function parseReport(
  input: string | Uint8Array | ArrayBuffer,
  opts: ParseOptions = {},
): Promise<ParseResult> {
  const read = await readInput(input, opts);
  if (!read.ok) return read.result;
  const { kind, doc, warnings } = read;
  foldIdeographs(doc.lines);
  const { script, warnings: scriptWarnings } = await readScript(doc.lines);
  const laid = layOut(doc.lines);
  const dated = titleAndYear(laid, doc.title, opts.year);
  const { format, by, warnings: formatWarnings } = reportFormat(laid, dated.year, opts.format);
  const reads = readTables(format, laid);
  warnings.push(...scriptWarnings, ...dated.warnings, ...formatWarnings, ...reads.flatMap((r) => r.warnings));
  const cells = reads.flatMap((r) => r.cells);
  const unread = reads.flatMap((r) => r.unread);
  if (!laid.layout.headings.length && !reads.some((r) => r.found && r.cells.length)) {
    return notAReport(laid.lines, warnings);
  }
  warnings.push(...sectionWarnings(format, laid));
  const texts = sectionTexts(format, laid, reads, kind);
  const preamble = preambleOf(laid, dated.title.line);
  const { title, year, yearBy } = dated;
  const detected: ParseDetected = {
    kind,
    script,
    format: format.id,
    formatBy: by,
    ...(year !== undefined ? { year } : {}),
    ...(yearBy !== undefined ? { yearBy } : {}),
    ...(title.agency ? { agency: title.agency } : {}),
    ...(title.title ? { title: title.title } : {}),
    sections: laid.layout.headings.map((h) => h.section),
    tables: reads.filter((r) => r.found).map((r) => r.table),
  };
  if (year === undefined) return yearMissing(laid.lines, { cells, unread, warnings, detected });
  const { agency, warnings: agencyWarnings } = agencyOf(opts.agency, title, laid.lines);
  warnings.push(...agencyWarnings);
  return assembleReport({ agency, year, detected, title, preamble, texts, reads, cells, unread, warnings });
}
