/**
 * Located, bilingual problems found while reading or checking a catalog: issues of
 * `@disclosure/schema`'s one model (`Issue`, `Location`), a workbook or CSV cell located as a
 * `sheet` location.
 */
import type { Issue, Location, Message, Result, Severity } from "@disclosure/schema";
import type { SourceLocation } from "./item.js";

/**
 * The letters of a column, 0-based: 0 → "A", 25 → "Z", 26 → "AA".
 *
 * @example
 * columnLetters(2); //=> "C"
 */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** What a sheet location may name: file, sheet, row, cell in A1 style and column header. */
export type SheetPlace = Omit<SourceLocation, "kind">;

/**
 * A workbook or CSV place as a `sheet` location, only the parts given.
 *
 * @example
 * sheetAt({ file: "民政局.csv", row: 12 }); //=> { kind: "sheet", file: "民政局.csv", row: 12 }
 */
export function sheetAt(place: SheetPlace): SourceLocation {
  const l: SourceLocation = { kind: "sheet" };
  if (place.file) l.file = place.file;
  if (place.sheet) l.sheet = place.sheet;
  if (place.row !== undefined) l.row = place.row;
  if (place.cell) l.cell = place.cell;
  if (place.column) l.column = place.column;
  return l;
}

/** The file as a whole, or no location when no file is named. */
export function fileAt(file: string | undefined): Location | undefined {
  return file ? { kind: "file", file } : undefined;
}

/**
 * An issue at a place. The message says what is wrong; where it is is the location's, which a
 * reader prints with `describeLocation` of @disclosure/schema.
 *
 * @example
 * issueAt("CAT-READ-ROW", "error", sheetAt({ file: "目录.xlsx", sheet: "社会救助", row: 9 }), {
 *   zh: "无法读取该行", en: "the row cannot be read" });
 */
export function issueAt(
  code: string,
  severity: Severity,
  location: Location | undefined,
  message: Message,
): Issue {
  return location ? { code, severity, message, location } : { code, severity, message };
}

/**
 * A read that failed: its errors as `issues`, the rest as `warnings`.
 *
 * @example
 * failed([noHeader, hiddenRow]); //=> { ok: false, issues: [noHeader], warnings: [hiddenRow] }
 */
export function failed<T>(all: readonly Issue[]): Extract<Result<T>, { ok: false }> {
  return {
    ok: false,
    issues: all.filter((i) => i.severity === "error"),
    warnings: all.filter((i) => i.severity !== "error"),
  };
}

/**
 * A CSV row as a sheet location: papaparse's 0-based row as the 1-based row a spreadsheet
 * shows; the file alone when the row is not known.
 */
export function csvRowAt(file: string | undefined, row: number | undefined): Location | undefined {
  return row === undefined ? fileAt(file) : sheetAt({ ...(file ? { file } : {}), row: row + 1 });
}

/**
 * Row numbers and locations of a grid's cells, as its source numbers them (XLSX rows, CSV
 * lines). `loc(i, label, c)`: row `i` of the grid, the column's label and, when its index `c`
 * (0-based) is given, the cell in A1 style. `whole`: the grid as a whole, its sheet (or, for a
 * CSV, its file).
 */
export function gridLocator(
  grid: { rowNumbers?: readonly number[] },
  options: { file?: string; sheet?: string },
): {
  rowNo: (i: number) => number;
  loc: (i?: number, column?: string, index?: number) => SourceLocation;
  whole: Location | undefined;
} {
  const rowNo = (i: number) => grid.rowNumbers?.[i] ?? i + 1;
  const loc = (i?: number, column?: string, index?: number): SourceLocation => {
    const l: SourceLocation = { kind: "sheet" };
    if (options.file) l.file = options.file;
    if (options.sheet) l.sheet = options.sheet;
    if (i !== undefined) l.row = rowNo(i);
    if (i !== undefined && index !== undefined && index >= 0) l.cell = `${columnLetters(index)}${rowNo(i)}`;
    if (column) l.column = column;
    return l;
  };
  return { rowNo, loc, whole: options.sheet ? loc() : fileAt(options.file) };
}
