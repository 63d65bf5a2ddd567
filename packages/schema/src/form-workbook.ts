// The fill-in workbook (`renderTemplate(…, { to: "xlsx" })` of @disclosure/report-text) read
// back: the archive checked against the zip limits first, then opened by exceljs (an optional
// peer, loaded on first use), then every input cell that the hidden `_codes` sheet lists read
// exactly — or refused with its sheet and address (表三!D7), in Chinese and English.
import type { Workbook, Worksheet } from "exceljs";
import type { AgencyLevel } from "./agency.js";
import { FORM_CODES_SHEET, type FormEntry, formFieldCode, readFormCodes } from "./form-codes.js";
import {
  type FormPlace,
  type FormRead,
  formContent,
  readFormLevel,
  readFormNumber,
  readFormText,
  readFormYear,
} from "./form-value.js";
import { findCell } from "./formats/lookup.js";
import type { FormatId, SectionId } from "./formats/types.js";
import { type Issue, type Message, message } from "./issues.js";
import { fileLocation, sheetCellLocation } from "./location.js";
import { type OptionalModule, loadOptional } from "./optional.js";
import type { Cell } from "./report.js";
import { type ZipLimits, checkZip, isZipError } from "./safe-zip.js";

/** exceljs, an optional peer dependency: only reading a workbook needs it. */
const EXCEL_FORMS: OptionalModule = {
  name: "exceljs",
  install: "exceljs@4.4.0",
  feature: { zh: "读取 Excel 填报表（.xlsx）", en: "reading Excel fill-in forms (.xlsx)" },
};

type ExcelModule = typeof import("exceljs");

async function loadExcel(): Promise<ExcelModule> {
  const mod = (await loadOptional(EXCEL_FORMS, () => import("exceljs"))) as ExcelModule & {
    default?: ExcelModule;
  };
  return mod.default ?? mod;
}

/** Whether bytes begin as a zip archive does (an .xlsx, a .docx): `PK\x03\x04`. */
export function isZipBytes(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

/** Options of {@link readFormWorkbook}. */
export interface ReadFormOptions {
  /** File name, for locations. */
  readonly file?: string | undefined;
  /** Limits on the archive (defaults `DEFAULT_ZIP_LIMITS`). */
  readonly limits?: Partial<ZipLimits> | undefined;
}

/** A table cell read from the form, with its place (表三!D7). */
export interface FormCell extends Cell {
  readonly at: string;
}

/** What a fill-in workbook holds, read exactly. */
export interface FormWorkbook {
  /** The format of the form; absent when the file is not a form that can be read. */
  readonly format?: FormatId;
  /** The table cells read, in the order `_codes` lists them; empty cells are blank (null). Refused cells are absent. */
  readonly cells: readonly FormCell[];
  /** Table cells the form lists. */
  readonly listed: number;
  readonly agency: { readonly name?: string; readonly level?: AgencyLevel };
  readonly year?: number;
  /** Where the year is asked for (填报单位!B4), for messages about it. */
  readonly yearAt?: string;
  readonly sections: Partial<Record<SectionId, string>>;
  /** Cells refused, rows of `_codes` that cannot be used, an archive or file that cannot be read. */
  readonly issues: readonly Issue[];
  /** Numbers entered as text and read, figures typed outside the input cells, sheets ignored. */
  readonly warnings: readonly Issue[];
}

function fileIssue(code: string, what: Message, file?: string): Issue {
  return { code, severity: "error", location: fileLocation(file), message: what };
}

function unread(issue: Issue | undefined): FormWorkbook {
  return { cells: [], listed: 0, agency: {}, sections: {}, issues: issue ? [issue] : [], warnings: [] };
}

/** The workbook, or the issue that says why it cannot be opened (a limit passed, not a workbook). */
async function open(bytes: Uint8Array, opts: ReadFormOptions): Promise<{ wb: Workbook } | { issue: Issue }> {
  const Excel = await loadExcel();
  try {
    checkZip(bytes, opts.limits);
  } catch (e) {
    if (isZipError(e)) return { issue: fileIssue(e.code, e.bilingual, opts.file) };
    throw e;
  }
  try {
    const wb: Workbook = new Excel.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    return { wb };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const what = message(`无法打开 Excel 文件（${why}）`, `cannot open the Excel file (${why})`);
    return { issue: fileIssue("FORM-UNREADABLE", what, opts.file) };
  }
}

/** The `_codes` sheet as rows of texts (numbers as written, anything else empty). */
function codeRows(ws: Worksheet): string[][] {
  const rows: string[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= 4; c++) {
      const content = formContent(row.getCell(c).value);
      cells.push(
        content.kind === "text" ? content.text : content.kind === "number" ? String(content.value) : "",
      );
    }
    rows.push(cells);
  }
  return rows;
}

/** The form's contents as they are gathered, entry by entry. */
interface Gathering {
  format: FormatId;
  cells: FormCell[];
  listed: number;
  agency: { name?: string; level?: AgencyLevel };
  year?: number;
  yearAt?: string;
  sections: Partial<Record<SectionId, string>>;
  issues: Issue[];
  warnings: Issue[];
}

/** What an entry's cell read as (its warning kept), or undefined when it was refused (its issue kept). */
function kept<T>(g: Gathering, read: FormRead<T>): T | undefined {
  if ("issue" in read) {
    g.issues.push(read.issue);
    return undefined;
  }
  if (read.warning) g.warnings.push(read.warning);
  return read.value;
}

/** Reads one entry's cell into the gathering. */
function readEntry(g: Gathering, ws: Worksheet, entry: FormEntry, file?: string): void {
  const place: FormPlace = {
    at: `${entry.sheet}!${entry.address}`,
    code: formFieldCode(entry.field),
    ...(file ? { file } : {}),
  };
  const content = formContent(ws.getCell(entry.address).value);
  const f = entry.field;
  if (f.kind === "cell") {
    g.listed++;
    const unit = findCell(g.format, f.table, f.row, f.col)?.unit ?? "count";
    const value = kept(g, readFormNumber(content, unit, place));
    if (value !== undefined) g.cells.push({ table: f.table, row: f.row, col: f.col, value, at: place.at });
  } else if (f.kind === "section") {
    const text = kept(g, readFormText(content, place));
    if (text !== undefined) g.sections[f.section] = text;
  } else if (f.kind === "agencyName") {
    const name = kept(g, readFormText(content, place));
    if (name !== undefined) g.agency.name = name;
  } else if (f.kind === "agencyLevel") {
    const level = kept(g, readFormLevel(content, place));
    if (level !== undefined) g.agency.level = level;
  } else {
    g.yearAt = place.at;
    const year = kept(g, readFormYear(content, place));
    if (year !== undefined) g.year = year;
  }
}

/** FORM-SHEET-MISSING: a sheet the form lists cells on is not in the workbook. */
function missingSheet(sheet: string, count: number, file?: string): Issue {
  return {
    ...fileIssue(
      "FORM-SHEET-MISSING",
      message(
        `填报表缺少工作表“${sheet}”，其中 ${count} 个单元格未读`,
        `the form lacks the sheet "${sheet}": its ${count} cells are not read`,
      ),
      file,
    ),
    location: { kind: "sheet", file, sheet },
    value: sheet,
  };
}

/** FORM-SHEET-IGNORED: a sheet that is not part of the form (added by hand). */
function ignoredSheet(sheet: string, file?: string): Issue {
  return {
    code: "FORM-SHEET-IGNORED",
    severity: "warning",
    location: { kind: "sheet", file, sheet },
    value: sheet,
    message: message(
      `工作表“${sheet}”不属于填报表，未读取`,
      `the sheet "${sheet}" is not part of the form and is not read`,
    ),
  };
}

/** FORM-CELL-OUTSIDE: a number or formula typed where the form asks for none (a label's cell, beside the table). */
function outsideIssue(at: string, value: unknown, file?: string): Issue {
  return {
    code: "FORM-CELL-OUTSIDE",
    severity: "warning",
    location: sheetCellLocation(at, file),
    value,
    message: message(
      `${at} 不是填报单元格，其中的 ${String(value)} 未读取`,
      `${at} is not a cell of the form: its ${String(value)} is not read`,
    ),
  };
}

/** Numbers and formulas on a form sheet outside its input cells: figures typed in the wrong place. */
function strayFigures(ws: Worksheet, inputs: ReadonlySet<string>, g: Gathering, file?: string): void {
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (inputs.has(cell.address) || (cell.isMerged && cell.master.address !== cell.address)) return;
      const c = formContent(cell.value);
      if (c.kind === "number") g.warnings.push(outsideIssue(`${ws.name}!${cell.address}`, c.value, file));
      if (c.kind === "formula")
        g.warnings.push(outsideIssue(`${ws.name}!${cell.address}`, `=${c.formula}`, file));
    }),
  );
}

/** Every entry of the form read, sheet by sheet; sheets the form does not list noted. */
function readEntries(wb: Workbook, g: Gathering, entries: readonly FormEntry[], file?: string): void {
  const bySheet = new Map<string, FormEntry[]>();
  for (const e of entries) bySheet.set(e.sheet, [...(bySheet.get(e.sheet) ?? []), e]);
  for (const [sheet, list] of bySheet) {
    const ws = wb.getWorksheet(sheet);
    if (!ws) {
      g.issues.push(missingSheet(sheet, list.length, file));
      g.listed += list.filter((e) => e.field.kind === "cell").length;
      continue;
    }
    for (const e of list) readEntry(g, ws, e, file);
    strayFigures(ws, new Set(list.map((e) => e.address)), g, file);
  }
  for (const ws of wb.worksheets) {
    if (ws.name !== FORM_CODES_SHEET && !bySheet.has(ws.name)) g.warnings.push(ignoredSheet(ws.name, file));
  }
}

/**
 * Reads a fill-in workbook: checks the archive against the zip limits (`opts.limits`), opens
 * it with exceljs, and reads every input cell its hidden `_codes` sheet lists. An empty cell
 * is blank (null), never 0; a formula is refused, never evaluated; text, a negative count,
 * 1.5 where a count is required, more than 4 decimals in 万元, a date — each refused with its
 * place (表三!D7). A sheet the form does not list is ignored with a warning, and so is a number
 * or formula typed outside the input cells (FORM-CELL-OUTSIDE). A file that is
 * not a fill-in form (no `_codes` sheet) or cannot be opened gives one error and no `format`.
 * Never throws on bad input; rejects with an `OptionalModuleError` when exceljs is not installed.
 *
 * @example
 * const form = await readFormWorkbook(bytes, { file: "花马池镇.xlsx" });
 * form.cells.find((c) => c.row === "received" && c.col === "naturalPerson") //=> { table: "table3", …, value: 12, at: "表三!D7" }
 */
export async function readFormWorkbook(bytes: Uint8Array, opts: ReadFormOptions = {}): Promise<FormWorkbook> {
  const { file } = opts;
  const opened = await open(bytes, opts);
  if ("issue" in opened) return unread(opened.issue);
  const { wb } = opened;
  const ws = wb.getWorksheet(FORM_CODES_SHEET);
  if (!ws) {
    return unread(
      fileIssue(
        "FORM-NOT-A-FORM",
        message(
          `这不是填报表：没有 ${FORM_CODES_SHEET} 工作表（填报表由 disclosure template --to xlsx 生成）`,
          `not a fill-in form: there is no ${FORM_CODES_SHEET} sheet (forms are made by disclosure template --to xlsx)`,
        ),
        file,
      ),
    );
  }
  const codes = readFormCodes(codeRows(ws), { ...(file ? { file } : {}) });
  if (!codes.format) return { ...unread(codes.issues[0]), issues: [...codes.issues] };
  const g: Gathering = {
    format: codes.format,
    cells: [],
    listed: 0,
    agency: {},
    sections: {},
    issues: [...codes.issues],
    warnings: [],
  };
  readEntries(wb, g, codes.entries, file);
  return g;
}
