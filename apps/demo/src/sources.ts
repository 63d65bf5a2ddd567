// Where the report on screen comes from: the sample county, the synthetic county rolled up
// from its 33 units, or the user's own file. Every loader returns plain data; bad input is
// listed (located, bilingual), never thrown.
import { completeTable2For2019, syntheticCounty, yanchiReport2020 } from "@disclosure/samples";
import {
  type Agency,
  type FormatId,
  type Issue,
  type Report,
  cellKey,
  decodeText,
  formatForYear,
  fromCells,
  readCells,
  validateReport,
} from "@disclosure/schema";
import {
  type Finding,
  jsonlScanner,
  ledgerCsv,
  ledgerRows,
  looksLikeRecords,
  type RollupResult,
  readRecordsFile,
  rollup,
  tabulate,
} from "@disclosure/stats";
import { type ParseIssue, parseReport, reportDocument } from "@disclosure/report-text";
import type { Message } from "./dom.js";

/** What is on screen. */
export interface Loaded {
  readonly source: "sample" | "synthetic" | "file";
  /** One line saying where the data come from. */
  readonly description: Message;
  /** The report; absent when the input could not be used at all. */
  readonly report?: Report;
  /** Last year's report of the same agency (cross-year checks). */
  readonly previous?: Report;
  /** The unit reports of a roll-up, in the order of the county's units. */
  readonly units?: readonly Report[];
  /** The roll-up of the units (per-unit breakdown, roll-up findings). */
  readonly rollup?: RollupResult;
  /** Rejected input: lines, cells, fields. */
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** Options for `check` beyond `previous` and `units` (e.g. the tables a parser found). */
  readonly checkTables?: readonly ("table2" | "table3" | "table4")[];
  /** The raw applications behind the figures as a ledger (依申请公开台账) to download, where there are records. */
  readonly ledger?: {
    readonly title: string;
    readonly csv: () => string;
    readonly rows: () => string[][];
  };
  readonly headings?: readonly string[];
}

/** The built-in sample: 盐池县人民政府's report on 2020 (2019 format). */
export function loadSample(): Loaded {
  return {
    source: "sample",
    description: {
      zh: "示例县：盐池县人民政府 2020 年政府信息公开工作年度报告（表二、三、四为示意数据）",
      en: "Sample county: 盐池县 (Yanchi County) annual report on 2020 (tables 二/三/四 are illustrative)",
    },
    report: yanchiReport2020,
    issues: [],
    warnings: [],
    // Section 一 is written from the sample's facts when the report is rendered, and the
    // tables stand in sections 二 to 四: the headings as printed are those of the rendering.
    headings: reportDocument(yanchiReport2020).sections.map((s) => s.heading),
  };
}

/** A synthetic county's year: every unit's records tabulated, then rolled up with the county's own. */
function syntheticYear(seed: number, year: number) {
  const county = syntheticCounty({ seed, year });
  const issues: Issue[] = [];
  const unitReport = (agency: Agency, records: Iterable<unknown>): Report => {
    const t = tabulate(records as Iterable<Record<string, unknown>>, { year });
    for (const i of t.issues) issues.push({ ...i, file: i.file ?? agency.name });
    // The 2019 format's table 二 asks for lists of matters and publications records do not carry.
    const tables =
      t.format === "2019"
        ? { ...t.tables, table2: completeTable2For2019(t.tables.table2, { seed, year, unit: agency }) }
        : t.tables;
    return { agency, year, format: t.format, sections: {}, tables };
  };
  const own = unitReport(county.county, county.ownRecords());
  const units = county.units.map((u) => unitReport(u, county.unitRecords(u)));
  const result = rollup(
    units.map((report) => ({ unit: report.agency, report })),
    { year, own: { unit: county.county, report: own }, expectedUnits: county.units.map((u) => u.name) },
  );
  return { county, own, units, result, issues };
}

/**
 * The synthetic 盐池县 for a year: 33 units' raw records (and the county government's own)
 * tabulated with `tabulate`, rolled up with `rollup`; last year's roll-up too, for the
 * cross-year checks.
 */
export function loadSynthetic(seed: number, year: number): Loaded {
  const now = syntheticYear(seed, year);
  const before = syntheticYear(seed, year - 1);
  const report = now.result.report;
  return {
    source: "synthetic",
    description: {
      zh: `合成县（随机种子 ${seed}）：${now.county.county.name}本级及 ${now.units.length} 个单位 ${year} 年的原始记录，逐单位统计后汇总；与 ${year - 1} 年的汇总对照跨年度检查`,
      en: `Synthetic county (seed ${seed}): the records of ${now.county.county.name} and its ${now.units.length} units for ${year}, tabulated per unit and rolled up; checked against the roll-up of ${year - 1}`,
    },
    report,
    previous: before.result.report,
    units: [now.own, ...now.units],
    rollup: now.result,
    ledger: {
      title: `${now.county.county.name}本级${year}年政府信息公开申请办理台账`,
      csv: () => ledgerCsv(now.county.ownRecords() as Iterable<Record<string, unknown>>),
      rows: () => ledgerRows(now.county.ownRecords() as Iterable<Record<string, unknown>>),
    },
    issues: now.issues.filter((i) => i.severity === "error"),
    warnings: now.issues.filter((i) => i.severity !== "error"),
  };
}

/** Findings of the roll-up itself (duplicates, missing units …), to list with those of `check`. */
export function rollupFindings(l: Loaded): readonly Finding[] {
  return l.rollup?.findings ?? [];
}

/** For cells files, which carry no agency, year or format of their own. */
export interface CellsContext {
  /** Absent when the form leaves it empty: the file must then say it, or the page asks for it. */
  readonly year?: number;
  /** `auto`: the format of the year (2019 format up to 2020). */
  readonly format: FormatId | "auto";
  readonly agency: string;
}

export type FileKind = "report-json" | "cells" | "records" | "published";

/** The kind of a file, from its name, else from its first bytes. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? "";
  if (ext === "json") return "report-json";
  if (ext === "jsonl" || ext === "ndjson" || ext === "csv") {
    return looksLikeRecords(decodeText(bytes.subarray(0, 4096)).text) ? "records" : "cells";
  }
  if (ext === "xlsx") return "records";
  if (["html", "htm", "txt", "pdf", "docx"].includes(ext)) return "published";
  const head = decodeText(bytes.subarray(0, 512)).text.trimStart();
  if (head.startsWith("{") && /\n\s*\{/.test(head) && !head.includes('"agency"')) {
    return looksLikeRecords(head) ? "records" : "cells";
  }
  if (head.startsWith("{") || head.startsWith("[")) return "report-json";
  if (/^table[234],/.test(head) || head.startsWith("table,")) return "cells";
  return "published";
}

/**
 * A user's file: a report as JSON (validateReport), cells as JSON Lines or CSV in UTF-8 or
 * GBK (readCells + fromCells), raw records as JSON Lines or CSV (readRecords* + tabulate), the
 * Excel fill-in form or a ledger kept in Excel (readSubmission), or a published report (parseReport).
 */
export async function loadFile(name: string, bytes: Uint8Array, ctx: CellsContext): Promise<Loaded> {
  const kind = fileKind(name, bytes);
  if (bytes.length === 0)
    return failed(name, [fileIssue(name, "FILE-EMPTY", { zh: "文件为空", en: "the file is empty" })]);
  if (/\.xlsx$/i.test(name)) {
    // The Excel fill-in form or a ledger kept in Excel, read as the 汇总 view reads it.
    const { loadWorkbookFile } = await import("./collect/workbook-loaded.js");
    const got = await loadWorkbookFile(name, bytes, ctx);
    return "loaded" in got ? got.loaded : needsYear(name);
  }
  if (kind === "cells" || kind === "records") {
    if (ctx.year === undefined) return needsYear(name);
    const dated = { ...ctx, year: ctx.year };
    return kind === "cells" ? loadCells(name, bytes, dated) : loadRecords(name, bytes, dated);
  }
  if (kind === "published") return loadPublished(name, bytes);
  return loadReportJson(name, bytes, ctx);
}

function described(name: string, what: Message): Message {
  return { zh: `${name}：${what.zh}`, en: `${name}: ${what.en}` };
}

function fileIssue(file: string, code: string, message: Message, extra: Partial<Issue> = {}): Issue {
  return { code, severity: "error", file, message, ...extra };
}

/** A file that does not say its year, and no year given beside it: the page asks for one. */
function needsYear(name: string): Loaded {
  return failed(name, [
    fileIssue(name, "CELLS-NEEDS-YEAR", {
      zh: "此文件没有注明统计年度：请在“年度”一栏填写后重新打开（机关也请填写）",
      en: "this file does not say its year: fill in 年度 (and the agency) beside the file input and open it again",
    }),
  ]);
}

function failed(name: string, issues: readonly Issue[], warnings: readonly Issue[] = []): Loaded {
  return {
    source: "file",
    description: described(name, { zh: "无法读取", en: "could not be read" }),
    issues,
    warnings,
  };
}

async function loadReportJson(name: string, bytes: Uint8Array, ctx: CellsContext): Promise<Loaded> {
  const { text } = decodeText(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const at = detail.match(/line (\d+) column (\d+)/);
    return failed(name, [
      fileIssue(
        name,
        "JSON-SYNTAX",
        { zh: `不是有效的 JSON：${detail}`, en: `not valid JSON: ${detail}` },
        at ? { line: Number(at[1]), column: Number(at[2]) } : {},
      ),
    ]);
  }
  // A JSON array of cells, or the corpus form { agency, year, format, cells }.
  if (Array.isArray(data)) {
    if (ctx.year === undefined) return needsYear(name);
    return loadCells(name, bytes, { ...ctx, year: ctx.year });
  }
  const d = data as { cells?: unknown; agency?: unknown; year?: unknown; format?: unknown };
  if (d && typeof d === "object" && Array.isArray(d.cells)) {
    const year = typeof d.year === "number" ? d.year : ctx.year;
    const format = d.format === "2019" || d.format === "2021" ? d.format : ctx.format;
    const agency = typeof d.agency === "string" ? d.agency : ctx.agency;
    if (year === undefined) return needsYear(name);
    return loadCells(name, new TextEncoder().encode(JSON.stringify(d.cells)), { year, format, agency });
  }
  const r = validateReport(data, { file: name });
  if (!r.ok) return failed(name, r.issues, r.warnings);
  return {
    source: "file",
    description: described(name, {
      zh: `报告 JSON：${r.value.agency.name} ${r.value.year} 年`,
      en: `report JSON: ${r.value.agency.name}, ${r.value.year}`,
    }),
    report: r.value,
    issues: [],
    warnings: r.warnings,
  };
}

/** A context whose year is known. */
type Dated = CellsContext & { readonly year: number };

function formatOf(ctx: Dated): FormatId {
  return ctx.format === "auto" ? formatForYear(ctx.year) : ctx.format;
}

/**
 * Cells read in the format chosen beside the file, or with "按内容" in the format whose
 * codes they use (fewer rows rejected; the year's format on a tie).
 */
async function readCellsOf(bytes: Uint8Array, name: string, ctx: Dated) {
  if (ctx.format !== "auto")
    return { format: ctx.format, read: await readCells(bytes, { format: ctx.format, file: name }) };
  const byYear = formatForYear(ctx.year);
  const other: FormatId = byYear === "2021" ? "2019" : "2021";
  const [a, b] = await Promise.all([
    readCells(bytes, { format: byYear, file: name }),
    readCells(bytes, { format: other, file: name }),
  ]);
  return b.rejected < a.rejected ? { format: other, read: b } : { format: byYear, read: a };
}

/** The report of the form's agency and year around tables read from a file, validated. */
function reportOf(ctx: Dated, format: FormatId, tables: Report["tables"], raw?: Report["raw"]) {
  const agency = ctx.agency.trim() || "（未注明机关）";
  const r = validateReport({
    agency: { name: agency, level: "county" },
    year: ctx.year,
    format,
    tables,
    ...(raw ? { raw } : {}),
  });
  return { agency, r };
}

async function loadCells(name: string, bytes: Uint8Array, ctx: Dated): Promise<Loaded> {
  const { format, read } = await readCellsOf(bytes, name, ctx);
  const built = fromCells(read.cells, { format, file: name });
  const { agency, r } = reportOf(ctx, format, built.tables, built.raw);
  const issues = [...read.issues, ...built.issues, ...(r.ok ? [] : r.issues)];
  const warnings = [...read.warnings, ...r.warnings];
  const what: Message = {
    zh: `单元格（${read.encoding}）：共 ${read.lines} 行，接受 ${read.accepted} 行，拒绝 ${read.rejected} 行；${agency} ${ctx.year} 年，${format} 年格式`,
    en: `cells (${read.encoding}): ${read.lines} lines, ${read.accepted} accepted, ${read.rejected} rejected; ${agency}, ${ctx.year}, ${format} format`,
  };
  return {
    source: "file",
    description: described(name, what),
    ...(r.ok ? { report: r.value } : {}),
    issues,
    warnings,
  };
}

/**
 * Raw records (applications, cases, documents … as JSON Lines or CSV, UTF-8 or GBK) tabulated
 * into the tables of the chosen year: every rejected record located, every accepted one counted.
 */
async function loadRecords(name: string, bytes: Uint8Array, ctx: Dated): Promise<Loaded> {
  const format = formatOf(ctx);
  const csv = /\.csv$/i.test(name);
  const items = readRecordsFile(name, bytes); // the reader the command line uses, by the name
  const [t, scanner] = await Promise.all([tabulate(items, { year: ctx.year, format }), jsonlScanner()]);
  const { agency, r } = reportOf(ctx, format, t.tables);
  const kind = csv ? "CSV" : "JSON Lines";
  const how = csv ? { zh: "", en: "" } : { zh: `；逐行扫描：${scanner}`, en: `; line scanner: ${scanner}` };
  const what: Message = {
    zh: `原始记录（${kind}）：接受 ${t.accepted} 条，拒收 ${t.rejected} 条；计入 ${ctx.year} 年 ${t.counted} 条，不属于该年 ${t.outsideYear} 条，表格不统计 ${t.notTabulated} 条；${agency}，${format} 年格式${how.zh}`,
    en: `raw records (${kind}): ${t.accepted} accepted, ${t.rejected} rejected; ${t.counted} counted in ${ctx.year}, ${t.outsideYear} outside it, ${t.notTabulated} not in the tables; ${agency}, ${format} format${how.en}`,
  };
  return {
    source: "file",
    description: described(name, what),
    ...(r.ok ? { report: r.value } : {}),
    issues: [...t.issues.filter((i) => i.severity === "error"), ...(r.ok ? [] : r.issues)],
    warnings: [...t.issues.filter((i) => i.severity !== "error"), ...r.warnings],
  };
}

/** pdfjs-dist set up for the browser: its worker from the bundle (Vite's `?url`). */
async function browserPdfjs(): Promise<unknown> {
  const [pdfjs, worker] = await Promise.all([
    import("pdfjs-dist/legacy/build/pdf.mjs"),
    import("pdfjs-dist/legacy/build/pdf.worker.min.mjs?url"),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs;
}

async function loadPublished(name: string, bytes: Uint8Array): Promise<Loaded> {
  const isPdf = bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
  const r = await parseReport(bytes, isPdf ? { pdfjs: await browserPdfjs() } : {});
  const located = (i: ParseIssue): ParseIssue => ({
    ...i,
    file: name,
    ...(i.location?.kind === "text" ? { line: i.location.line, column: i.location.column } : {}),
  });
  const unread: ParseIssue[] = r.unread.map((u) => ({
    code: "PARSE-UNREAD",
    severity: "warning",
    file: name,
    value: cellKey(u.table, u.row, u.col),
    ...(u.location ? { location: u.location } : {}),
    message: {
      zh: `${cellKey(u.table, u.row, u.col)} 未读取：${u.reason.zh}`,
      en: `${cellKey(u.table, u.row, u.col)} not read: ${u.reason.en}`,
    },
  }));
  const issues = (r.issues ?? []).map(located);
  const warnings = [...r.warnings.map(located), ...unread];
  if (!r.report) return failed(name, issues, warnings);
  const d = r.detected;
  return {
    source: "file",
    description: described(name, {
      zh: `已发布的报告（${d?.kind ?? ""}${d?.script === "hant" ? "，繁体" : ""}）：${r.report.agency.name} ${r.report.year} 年，${r.report.format} 年格式；读取 ${r.cells.length} 个单元格，未读取 ${r.unread.length} 个`,
      en: `published report (${d?.kind ?? ""}${d?.script === "hant" ? ", Traditional" : ""}): ${r.report.agency.name}, ${r.report.year}, ${r.report.format} format; ${r.cells.length} cells read, ${r.unread.length} not read`,
    }),
    report: r.report,
    issues,
    warnings,
    ...(d ? { checkTables: d.tables } : {}),
  };
}

/** The synthetic county's roll-ups over the `span` years up to `year`, for the trend chart. */
export function syntheticYears(seed: number, year: number, span = 5): Report[] {
  return Array.from({ length: span }, (_, i) => syntheticYear(seed, year - span + 1 + i).result.report);
}
