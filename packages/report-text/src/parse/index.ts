// parseReport: a published 政府信息公开工作年度报告 (HTML page, plain text, PDF,
// .docx) back into data. Every value is tied to its row label and column header;
// what cannot be tied down is listed as unread with the reason — never guessed.
import {
  type Agency,
  decodeText,
  type FormatDef,
  type FormatId,
  foldIdeographVariants,
  fromCells,
  getFormat,
  type Message,
  type Report,
  type SectionId,
  type SectionTexts,
  type TableId,
  validateReport,
} from "@disclosure/schema";
import { normalizeOfficialTerms, toSimplified } from "../hant.js";
import {
  type ParsedCell,
  readCasesTable,
  readRowsTable,
  type TableRead,
  type UnreadCell,
} from "./table/index.js";
import {
  agencyLevel,
  detectFormat,
  detectTitle,
  firstYear,
  type InputKind,
  looksTraditional,
  sniffKind,
  yearOfPeriod,
} from "./detect.js";
import { normalizeLabel } from "./labels.js";
import type { ReadLimitsOption } from "./limits.js";
import {
  formatSourceLocation,
  issue,
  type Line,
  lineText,
  type ParseIssue,
  type ReadDocument,
} from "./model.js";
import { findSections, type SectionLayout, splitAtHeadings, stripHeading } from "./sections.js";

export type { ParsedCell, UnreadCell } from "./table/index.js";
export type { InputKind } from "./detect.js";
export { DEFAULT_READ_LIMITS, type ReadLimits, type ReadLimitsOption } from "./limits.js";
export type { ParseIssue, SourceLocation } from "./model.js";
export { formatSourceLocation } from "./model.js";

/** Options of {@link parseReport}. */
export interface ParseOptions {
  /** The kind of input; sniffed from its first bytes when omitted (%PDF, a zip, markup, else text). */
  readonly from?: InputKind;
  /** The format, when known; detected from the table labels (then the year) otherwise. */
  readonly format?: FormatId;
  /** The year the report covers, when known; read from the title or the statistical period otherwise. */
  readonly year?: number;
  /** The reporting agency, when known; read from the title otherwise. */
  readonly agency?: Agency | string;
  /** A loaded pdfjs-dist module, for environments that set pdfjs up themselves (a bundler's worker). */
  readonly pdfjs?: unknown;
  /**
   * Limits on what reading the document may cost: the .docx archive, a PDF's bytes and pages,
   * element nesting. Defaults {@link DEFAULT_READ_LIMITS}; a limit passed is an error issue.
   */
  readonly limits?: ReadLimitsOption;
}

/** What was found out about the document, and how. */
export interface ParseDetected {
  readonly kind: InputKind;
  readonly script: "hans" | "hant";
  readonly format: FormatId;
  readonly formatBy: "option" | "labels" | "year" | "default";
  readonly year?: number;
  readonly yearBy?: "option" | "title" | "period" | "narrative";
  readonly agency?: string;
  readonly title?: string;
  /** Sections whose heading was found, in document order. */
  readonly sections: readonly SectionId[];
  /** Tables found (a label or numbers under their header). */
  readonly tables: readonly TableId[];
}

/** The result of {@link parseReport}: plain JSON. */
export interface ParseResult {
  /** True when a report was recognised and no error stopped the reading (unread cells are not errors). */
  readonly ok: boolean;
  readonly report?: Report;
  /** Every cell read, with where it was printed. */
  readonly cells: ParsedCell[];
  /** Every expected cell that could not be read, with the reason. */
  readonly unread: UnreadCell[];
  /** Located warnings: blanks read as null, splits, positions, collapsed groups, headings … */
  readonly warnings: ParseIssue[];
  /** Located errors that stopped the reading (empty input, scanned PDF, not a report …). */
  readonly issues?: ParseIssue[];
  readonly detected?: ParseDetected;
}

const SEP = "\u0001";

/** Converts a Traditional-script document to Simplified, piece by piece, in one pass. */
async function toSimplifiedLines(lines: Line[]): Promise<void> {
  const pieces = lines.flatMap((l) => l.pieces);
  const joined = pieces.map((p) => p.text.replaceAll(SEP, " ")).join(SEP);
  const converted = normalizeOfficialTerms(await toSimplified(joined), { pageNumbers: false }).split(SEP);
  if (converted.length !== pieces.length) return;
  pieces.forEach((p, i) => {
    p.text = converted[i];
  });
}

/**
 * The text of a text or HTML input, decoded as every reader of the toolkit decodes
 * (`decodeText` of @disclosure/schema: BOM, UTF-16, UTF-8, the page's <meta charset>, GB18030),
 * NUL characters removed; its warnings (encoding, undecodable bytes, NUL and control
 * characters) located by line and column.
 */
function decodedInput(data: string | Uint8Array, kind: InputKind): { text: string; warnings: ParseIssue[] } {
  const d = decodeText(data, { html: kind === "html" });
  const warnings = d.warnings.map((w) => {
    const column = typeof w.column === "number" ? { column: w.column } : {};
    return issue(
      w.code,
      w.severity,
      w.message,
      w.line ? { kind: "text", line: w.line, ...column } : undefined,
      w.value,
    );
  });
  return { text: d.text, warnings };
}

function failed(issues: ParseIssue[], warnings: ParseIssue[] = [], detected?: ParseDetected): ParseResult {
  return { ok: false, cells: [], unread: [], warnings, issues, ...(detected ? { detected } : {}) };
}

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
    const last = out[out.length - 1];
    open = line.length >= 15 && !/[。！？；：:!?;…」”’）)]$/.test(line) && last.length > 0;
  }
  return out;
}

const ROWS_TABLES: readonly TableId[] = ["table2", "table3", "table4"];

/** Lines [start, end) where a table is read: its section, else around the first line with its labels. */
function tableRegion(
  format: FormatDef,
  table: TableId,
  lines: readonly Line[],
  layout: SectionLayout,
): { start: number; end: number } | undefined {
  const own = layout.ranges[format.tables[table].section];
  if (own) return own;
  // The table's own header (第二十条第（一）项, the corner note, its first column label), not a
  // row label, which narrative text may mention too.
  const block = format.tables[table].blocks[0];
  const markers = [block.heading, block.cornerNote, block.columns[0]?.label]
    .filter((x): x is string => !!x)
    .map(normalizeLabel);
  for (let i = 0; i < lines.length; i++) {
    const n = normalizeLabel(lineText(lines[i]));
    if (!markers.some((m) => n.includes(m))) continue;
    // From a little above (column headers) to the next section heading.
    const start = Math.max(0, i - 3, ...layout.headings.filter((h) => h.line <= i).map((h) => h.line + 1));
    const next = layout.headings.find((h) => h.line > i);
    return { start, end: next ? next.line : lines.length };
  }
  return undefined;
}

/** Whether an expected cell of a table 三 reading is one of the （六） sub-rows replaced by a collapsed row. */
function expectedTables(format: FormatDef): TableId[] {
  return ROWS_TABLES.filter((t) => format.tables[t].blocks.length > 0);
}

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
  const data = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  const size = typeof data === "string" ? data.trim().length : data.length;
  const kind = opts.from ?? (size ? sniffKind(data) : "text");
  if (!size) {
    return failed([
      issue(
        "PARSE-EMPTY",
        "error",
        { zh: "输入为空：没有可读取的内容", en: "the input is empty: there is nothing to read" },
        kind === "pdf" ? { kind: "pdf", page: 1, x: 0, y: 0 } : { kind: "text", line: 1 },
      ),
    ]);
  }
  const structure = getFormat("2021");
  let doc: ReadDocument;
  let decoding: ParseIssue[] = [];
  if (kind === "pdf" || kind === "docx") {
    if (typeof data === "string") {
      return failed([
        issue(
          "PARSE-INPUT",
          "error",
          {
            zh: `${kind === "pdf" ? "PDF" : ".docx"} 须以字节（Uint8Array）传入，而不是字符串`,
            en: `a ${kind === "pdf" ? "PDF" : ".docx"} must be passed as bytes (Uint8Array), not as a string`,
          },
          { kind: "text", line: 1 },
        ),
      ]);
    }
    doc =
      kind === "pdf"
        ? await (await import("./pdf.js")).readPdf(data, {
            format: structure,
            pdfjs: opts.pdfjs,
            limits: opts.limits,
          })
        : await (await import("./docx.js")).readDocx(data, { limits: opts.limits });
  } else {
    const input = decodedInput(data, kind);
    decoding = input.warnings;
    doc =
      kind === "html"
        ? await (await import("./html.js")).readHtml(input.text, { limits: opts.limits })
        : (await import("./text.js")).readText(input.text);
  }
  const warnings: ParseIssue[] = [...decoding, ...doc.warnings];
  if (doc.issues.some((i) => i.severity === "error")) return failed([...doc.issues], warnings);
  if (!doc.lines.length) {
    return failed([
      issue(
        "PARSE-EMPTY",
        "error",
        {
          zh: "文档中没有文字内容",
          en: "the document holds no text",
        },
        kind === "pdf"
          ? { kind: "pdf", page: 1, x: 0, y: 0 }
          : kind === "docx"
            ? { kind: "docx", paragraph: 1 }
            : kind === "html"
              ? { kind: "html", path: "body" }
              : { kind: "text", line: 1 },
      ),
    ]);
  }

  // CJK radicals and compatibility ideographs (⼀、总体情况, ⼈⺠) → unified ideographs.
  for (const line of doc.lines) for (const p of line.pieces) p.text = foldIdeographVariants(p.text);

  // 繁体 → 简体 (and Taiwan phrasing such as 規範性檔案 back to 规范性文件).
  const sample = doc.lines
    .slice(0, 400)
    .map((l) => l.pieces.map((p) => p.text).join(""))
    .join("");
  const script = looksTraditional(sample) ? "hant" : "hans";
  if (script === "hant") {
    await toSimplifiedLines(doc.lines);
    warnings.push(
      issue(
        "PARSE-SCRIPT",
        "warning",
        {
          zh: "文档为繁体字，已转换为简体后读取",
          en: "the document is in Traditional characters; it was read after conversion to Simplified",
        },
        doc.lines[0].loc,
      ),
    );
  }

  const split = splitAtHeadings(doc.lines, structure);
  const layout = findSections(split, structure);
  // Heading lines lose their heading: what follows it on the line is the section's content.
  const headingLines = new Set(layout.headings.map((h) => h.line));
  const lines = split.map((l, i) => (headingLines.has(i) ? stripHeading(l, structure) : l));
  const texts = lines.map(lineText);
  const openingTexts = split.slice(0, Math.min(layout.firstHeading, 20)).map(lineText);

  // Title, agency, year.
  const title = detectTitle(openingTexts, doc.title);
  const overviewRange = layout.ranges.overview;
  const periodText = texts.slice(0, overviewRange ? overviewRange.end : Math.min(texts.length, 30)).join("");
  let year = opts.year;
  let yearBy: ParseDetected["yearBy"] = year !== undefined ? "option" : undefined;
  if (year === undefined && title.year !== undefined) [year, yearBy] = [title.year, "title"];
  if (year === undefined) {
    const y = yearOfPeriod(periodText);
    if (y !== undefined) [year, yearBy] = [y, "period"];
  }
  if (year === undefined) {
    const y = firstYear(
      overviewRange ? texts.slice(overviewRange.start, overviewRange.end).join("") : periodText,
    );
    if (y !== undefined) {
      [year, yearBy] = [y, "narrative"];
      warnings.push(
        issue(
          "PARSE-YEAR-GUESSED",
          "warning",
          {
            zh: `没有找到标题或统计期限，报告年度按正文中第一个年份（${y}年）认定`,
            en: `no title or statistical period was found; the report year is taken from the first year in the text (${y})`,
          },
          lines[overviewRange?.start ?? 0]?.loc,
        ),
      );
    }
  }

  // Format: the labels only one format prints, else the year.
  // The labels that tell the formats apart are in tables 二 and 三.
  const tableSections = [layout.ranges.proactive, layout.ranges.applications].filter((x) => x !== undefined);
  // Without their sections, only lines that hold numbers are taken for table rows (not narrative
  // that mentions 行政规范性文件).
  const tableText = normalizeLabel(
    (tableSections.length
      ? tableSections.flatMap((r) => texts.slice(r.start, r.end))
      : texts.filter((t) => /\d/.test(t) && t.length < 200)
    ).join(""),
  );
  const guess = opts.format
    ? { format: opts.format, by: "option" as const, evidence: [] }
    : detectFormat(tableText, year);
  const format = getFormat(guess.format);
  if (year !== undefined && guess.by === "labels" && year <= 2020 !== (guess.format === "2019")) {
    warnings.push(
      issue(
        "FORMAT-YEAR",
        "warning",
        {
          zh: `${year}年的报告使用了${guess.format}年格式（依据表格标签：${guess.evidence.slice(0, 3).join("、")}）`,
          en: `a report on ${year} uses the ${guess.format} format (by its table labels: ${guess.evidence.slice(0, 3).join(", ")})`,
        },
        lines[0].loc,
      ),
    );
  }

  // Tables.
  const reads: TableRead[] = [];
  for (const table of expectedTables(format)) {
    const region = tableRegion(format, table, lines, layout);
    const start = region?.start ?? 0;
    const end = region?.end ?? 0;
    reads.push(
      table === "table4"
        ? readCasesTable(format, lines, start, end)
        : readRowsTable(format, table, lines, start, end),
    );
  }
  const cells = reads.flatMap((r) => r.cells);
  const unread = reads.flatMap((r) => r.unread);
  for (const r of reads) warnings.push(...r.warnings);

  // Not a report at all: no heading and no table.
  if (!layout.headings.length && !reads.some((r) => r.found && r.cells.length)) {
    return failed(
      [
        issue(
          "PARSE-NOT-A-REPORT",
          "error",
          {
            zh: "这不是政府信息公开工作年度报告：没有找到六个部分的标题，也没有找到表二、表三、表四",
            en: "this is not a 政府信息公开工作年度报告: none of the six section headings and none of tables 二, 三, 四 was found",
          },
          lines[0].loc,
        ),
      ],
      warnings,
    );
  }

  // Sections present, in order, with the official wording.
  for (const s of format.sections) {
    const h = layout.headings.find((x) => x.section === s.id);
    if (!h) {
      warnings.push(
        issue(
          "STRUCT-SECTIONS",
          "warning",
          {
            zh: `没有找到第${s.numeral}部分“${s.heading}”的标题`,
            en: `the heading of section ${s.numeral} "${s.heading}" was not found`,
          },
          lines[0].loc,
        ),
      );
    } else if (!h.official) {
      warnings.push(
        issue(
          "STRUCT-HEADING-WORDING",
          "warning",
          {
            zh: `标题“${h.text}”与格式的“${s.heading}”措辞不同`,
            en: `the heading "${h.text}" differs from the format's "${s.heading}"`,
          },
          h.loc,
          h.text,
        ),
      );
    }
  }
  const order = layout.headings.map((h) => format.sections.findIndex((s) => s.id === h.section));
  if (order.some((o, i) => i > 0 && o < order[i - 1])) {
    warnings.push(
      issue(
        "STRUCT-SECTIONS",
        "warning",
        { zh: "六个部分的顺序与格式不同", en: "the six sections are not in the format's order" },
        layout.headings[0].loc,
      ),
    );
  }

  // Section texts (without their tables), preamble, notes under tables.
  const spanOf = new Map<TableId, { start: number; end: number }>();
  for (const r of reads) if (r.span) spanOf.set(r.table, r.span);
  const sections: SectionTexts = {};
  const tableNotes: Partial<Record<TableId, string>> = {};
  for (const h of layout.headings) {
    const range = layout.ranges[h.section]!;
    const table = format.sections.find((s) => s.id === h.section)?.table;
    const span = table ? spanOf.get(table) : undefined;
    const parts: string[] = [];
    for (let i = range.start; i < range.end; i++) {
      let t = texts[i];
      if (span && i >= span.start && i < span.end) continue;
      t = t.trim();
      if (!t) continue;
      if (table && span && i >= span.end && /^(?:注|备注|说明)[:：]/.test(t)) {
        tableNotes[table] = tableNotes[table] ? `${tableNotes[table]}\n${t}` : t;
        continue;
      }
      parts.push(t);
    }
    if (parts.length) {
      // Narrative: wrapped lines joined, Taiwan phrasing and page numbers left inside words removed.
      const text = (kind === "text" || kind === "pdf" ? reflow(parts) : parts).join("\n");
      sections[h.section] = normalizeOfficialTerms(text);
    }
  }
  const titleLine = title.line ?? -1;
  const preamble = normalizeOfficialTerms(
    texts
      .slice(titleLine + 1, layout.firstHeading)
      .map((t) => t.trim())
      .filter(Boolean)
      .join("\n"),
  );

  const detected: ParseDetected = {
    kind,
    script,
    format: format.id,
    formatBy: guess.by,
    ...(year !== undefined ? { year, yearBy } : {}),
    ...(title.agency ? { agency: title.agency } : {}),
    ...(title.title ? { title: title.title } : {}),
    sections: layout.headings.map((h) => h.section),
    tables: reads.filter((r) => r.found).map((r) => r.table),
  };

  if (year === undefined) {
    return {
      ok: false,
      cells,
      unread,
      warnings,
      issues: [
        issue(
          "PARSE-YEAR",
          "error",
          {
            zh: "没有找到报告年度（标题、统计期限或正文中都没有年份）；可用选项 year 指定",
            en: "the report year was not found (no year in the title, the statistical period or the text); pass it as the year option",
          },
          lines[0].loc,
        ),
      ],
      detected,
    };
  }

  const agency: Agency =
    typeof opts.agency === "object"
      ? opts.agency
      : (() => {
          const name = (typeof opts.agency === "string" ? opts.agency : title.agency) ?? "";
          if (!name) {
            warnings.push(
              issue(
                "PARSE-AGENCY",
                "warning",
                {
                  zh: "没有找到报告机关名称（标题中没有）；可用选项 agency 指定",
                  en: "the reporting agency was not found (no title); pass it as the agency option",
                },
                lines[0].loc,
              ),
            );
          }
          return { name: name || "（未注明）", level: agencyLevel(name) };
        })();

  const collapsed = reads.some((r) => r.collapsedOtherHandling);
  const { tables, raw } = fromCells(cells, { format: format.id, collapsedOtherHandling: collapsed });
  const report: Report = {
    agency,
    year,
    format: format.id,
    ...(title.title ? { title: title.title } : {}),
    ...(preamble ? { preamble } : {}),
    sections,
    tables,
    ...(raw ? { raw } : {}),
    ...(Object.keys(tableNotes).length ? { tableNotes } : {}),
  };
  // The report must be one the rest of the toolkit accepts (a year before 2008, say, is not).
  const valid = validateReport(report);
  if (!valid.ok) return { ok: false, cells, unread, warnings, issues: [...valid.issues], detected };
  return { ok: true, report: valid.value, cells, unread, warnings, detected };
}

const TABLE_NAMES: Record<TableId, Message> = {
  table2: { zh: "表二（主动公开）", en: "table 二 (proactive disclosure)" },
  table3: { zh: "表三（依申请公开）", en: "table 三 (applications)" },
  table4: { zh: "表四（复议、诉讼）", en: "table 四 (reviews and lawsuits)" },
};

/**
 * A short summary of a parse for people, in Chinese or English: what was read from where,
 * how many cells per table, what was not read and why (grouped), and the warnings by kind.
 * @example
 * summarizeParse(await parseReport(hongzePdf), "en")
 * //=> "淮安市洪泽区人民政府 2024 (2021 format, pdf)\ntable 二 (proactive disclosure): 10 cells read\n…"
 */
export function summarizeParse(result: ParseResult, lang: "zh" | "en" = "zh"): string {
  const zh = lang === "zh";
  const out: string[] = [];
  const d = result.detected;
  if (result.report) {
    const r = result.report;
    out.push(
      zh
        ? `${r.agency.name} ${r.year}年（${r.format}年格式，${d?.kind ?? ""}${d?.script === "hant" ? "，繁体" : ""}）`
        : `${r.agency.name} ${r.year} (${r.format} format, ${d?.kind ?? ""}${d?.script === "hant" ? ", Traditional script" : ""})`,
    );
  }
  for (const i of result.issues ?? []) {
    const where = i.location ? ` [${formatSourceLocation(i.location)}]` : "";
    out.push(`${zh ? "错误" : "error"} ${i.code}${where}: ${zh ? i.message.zh : i.message.en}`);
  }
  const tables: TableId[] = ["table2", "table3", "table4"];
  for (const t of tables) {
    const read = result.cells.filter((c) => c.table === t).length;
    const missing = result.unread.filter((u) => u.table === t).length;
    if (!read && !missing) continue;
    const name = zh ? TABLE_NAMES[t].zh : TABLE_NAMES[t].en;
    out.push(
      zh
        ? `${name}：读取 ${read} 个单元格${missing ? `，未读取 ${missing} 个` : ""}`
        : `${name}: ${read} cells read${missing ? `, ${missing} not read` : ""}`,
    );
    const reasons = new Map<string, { count: number; rows: Set<string> }>();
    for (const u of result.unread.filter((x) => x.table === t)) {
      const key = zh ? u.reason.zh : u.reason.en;
      const e = reasons.get(key) ?? { count: 0, rows: new Set<string>() };
      e.count++;
      e.rows.add(u.row);
      reasons.set(key, e);
    }
    for (const [reason, e] of reasons) {
      const rows = [...e.rows];
      const list = rows.slice(0, 4).join(", ") + (rows.length > 4 ? ` …(+${rows.length - 4})` : "");
      out.push(`  - ${e.count} × ${reason} (${list})`);
    }
  }
  if (result.warnings.length) {
    const byCode = new Map<string, number>();
    for (const w of result.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
    const list = [...byCode.entries()].map(([c, n]) => `${c} ×${n}`).join(", ");
    out.push(
      zh ? `警告 ${result.warnings.length} 条：${list}` : `${result.warnings.length} warnings: ${list}`,
    );
  }
  return out.join("\n");
}
