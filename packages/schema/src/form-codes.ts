// The fill-in workbook's map of itself: a hidden sheet `_codes` names, for every input
// cell of the form, the sheet, the cell address and what the cell holds (a table cell by
// its codes, the unit's name, level or year, a section's wording). Written by
// @disclosure/report-text's `renderTemplate(…, { to: "xlsx" })`, read by `readFormWorkbook`:
// reading never depends on the labels printed beside the cells.
import { cellKey, findCell } from "./formats/lookup.js";
import type { FormatId, SectionId, TableId } from "./formats/types.js";
import { type Issue, message } from "./issues.js";
import { sheetCellLocation } from "./location.js";

/** The hidden sheet that maps the form's input cells to codes. */
export const FORM_CODES_SHEET = "_codes";

/** First cell of the `_codes` sheet: marks the workbook as a fill-in form of this toolkit. */
export const FORM_MARK = "disclosure-form";

/** Version of the `_codes` layout. */
export const FORM_CODES_VERSION = 1;

/** The sections whose wording the form takes (sections 二 to 四 are tables). */
export const FORM_TEXT_SECTIONS: readonly SectionId[] = ["overview", "problems", "otherMatters"];

/** What an input cell of the form holds. */
export type FormField =
  | { readonly kind: "cell"; readonly table: TableId; readonly row: string; readonly col: string }
  | { readonly kind: "agencyName" }
  | { readonly kind: "agencyLevel" }
  | { readonly kind: "year" }
  | { readonly kind: "section"; readonly section: SectionId };

/** One input cell of the form: where it is and what it holds. */
export interface FormEntry {
  readonly sheet: string;
  /** A1-style address: D7. */
  readonly address: string;
  readonly field: FormField;
}

const FIELD_CODES = { agencyName: "agency.name", agencyLevel: "agency.level", year: "year" } as const;
const SECTION_PREFIX = "sections.";

/**
 * The code of a field as `_codes` writes it: `table3/received/naturalPerson` (a cell, as
 * `cellKey`), `agency.name`, `agency.level`, `year`, `sections.overview` (the report's paths).
 */
export function formFieldCode(field: FormField): string {
  if (field.kind === "cell") return cellKey(field.table, field.row, field.col);
  if (field.kind === "section") return `${SECTION_PREFIX}${field.section}`;
  return FIELD_CODES[field.kind];
}

/** The field a code names in the format, or undefined when the format has no such cell or field. */
export function formFieldOf(code: string, format: FormatId): FormField | undefined {
  for (const [kind, c] of Object.entries(FIELD_CODES)) {
    if (c === code) return { kind } as FormField;
  }
  if (code.startsWith(SECTION_PREFIX)) {
    const section = code.slice(SECTION_PREFIX.length) as SectionId;
    return FORM_TEXT_SECTIONS.includes(section) ? { kind: "section", section } : undefined;
  }
  const [table, row, col, ...more] = code.split("/");
  if (table === undefined || row === undefined || col === undefined || more.length > 0) return undefined;
  const def = findCell(format, table, row, col);
  return def ? { kind: "cell", table: def.table, row: def.row, col: def.col } : undefined;
}

/** The header row of the entries in `_codes`. */
const HEADER = ["sheet", "cell", "code"] as const;

/**
 * The rows of the `_codes` sheet: the mark row (`disclosure-form`, version, `format`, the
 * format id), the header `sheet,cell,code`, then one row per input cell.
 * @example formCodesRows("2021", [{ sheet: "表三", address: "D7", field: { kind: "cell", table: "table3", row: "received", col: "naturalPerson" } }])
 * //=> [["disclosure-form", "1", "format", "2021"], ["sheet", "cell", "code"], ["表三", "D7", "table3/received/naturalPerson"]]
 */
export function formCodesRows(format: FormatId, entries: readonly FormEntry[]): string[][] {
  return [
    [FORM_MARK, String(FORM_CODES_VERSION), "format", format],
    [...HEADER],
    ...entries.map((e) => [e.sheet, e.address, formFieldCode(e.field)]),
  ];
}

/** What `_codes` says: the form's format and its input cells, or why it cannot be used. */
export interface FormCodes {
  readonly format?: FormatId;
  readonly entries: readonly FormEntry[];
  /** Rows of `_codes` that could not be used (each located as `_codes!A5`): their cells are not read. */
  readonly issues: readonly Issue[];
}

/** An A1-style address within Excel's grid: D7, AB12 (not D0, not $D$7). */
const ADDRESS = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function codesIssue(code: string, row: number, value: unknown, zh: string, en: string, file?: string): Issue {
  return {
    code,
    severity: "error",
    location: sheetCellLocation(`${FORM_CODES_SHEET}!A${row}`, file),
    value,
    message: message(zh, en),
  };
}

/** The form's format from the mark row, or an issue when the mark or the format is not there. */
function markOf(rows: readonly (readonly string[])[], file?: string): { format?: FormatId; issue?: Issue } {
  const [mark, version, key, format] = rows[0] ?? [];
  if (mark !== FORM_MARK || key !== "format" || (format !== "2021" && format !== "2019")) {
    const zh = `${FORM_CODES_SHEET} 工作表的第一行不是填报表标记（应为 ${FORM_MARK}、版本、format、2021 或 2019）`;
    const en = `the first row of the ${FORM_CODES_SHEET} sheet is not the form's mark (${FORM_MARK}, version, format, 2021 or 2019)`;
    return { issue: codesIssue("FORM-CODES-MARK", 1, (rows[0] ?? []).join(","), zh, en, file) };
  }
  if (version !== String(FORM_CODES_VERSION)) {
    const zh = `填报表的代码表版本为 ${version}，本程序只读版本 ${FORM_CODES_VERSION}`;
    const en = `the form's code sheet is version ${version}; this program reads version ${FORM_CODES_VERSION}`;
    return { issue: codesIssue("FORM-CODES-VERSION", 1, version, zh, en, file) };
  }
  return { format };
}

/**
 * The entries of the `_codes` sheet from its rows of texts (row 1 the mark, row 2 the
 * header). A row whose address is not an address, whose code the format does not have, or
 * that repeats a cell or a code already listed is an error located at its row; the other
 * rows are kept.
 */
export function readFormCodes(rows: readonly (readonly string[])[], opts: { file?: string } = {}): FormCodes {
  const { format, issue } = markOf(rows, opts.file);
  if (!format) return { entries: [], issues: issue ? [issue] : [] };
  const entries: FormEntry[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  rows.slice(2).forEach((r, i) => {
    const at = i + 3;
    const [sheet = "", address = "", code = ""] = r.map((x) => x.trim());
    if (!sheet && !address && !code) return;
    const field = formFieldOf(code, format);
    const fail = (kind: string, value: string, zh: string, en: string) =>
      issues.push(codesIssue(kind, at, value, zh, en, opts.file));
    if (!sheet || !ADDRESS.test(address)) {
      fail(
        "FORM-CODES-ADDRESS",
        `${sheet}!${address}`,
        `不是单元格地址：${sheet}!${address}`,
        `not a cell address: ${sheet}!${address}`,
      );
    } else if (!field) {
      fail(
        "FORM-CODES-UNKNOWN",
        code,
        `${format}年格式中没有 ${code}`,
        `the ${format} format has no ${code}`,
      );
    } else if (seen.has(`${sheet}!${address}`) || seen.has(code)) {
      fail(
        "FORM-CODES-DUPLICATE",
        code,
        `重复列出：${sheet}!${address} ${code}`,
        `listed twice: ${sheet}!${address} ${code}`,
      );
    } else {
      seen.add(`${sheet}!${address}`).add(code);
      entries.push({ sheet, address, field });
    }
  });
  return { format, entries, issues };
}
