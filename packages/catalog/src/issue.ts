/**
 * Located, bilingual problems found while reading or checking a catalog.
 */
import type { Message, SourceLocation } from "./item.js";

/** A problem with the input, located by file, sheet, row and column. */
export type CatalogIssue = {
  code: string;
  severity: "error" | "warning" | "info";
  message: Message;
  location: SourceLocation;
};

/** The result of reading input: the value with its warnings, or the issues that prevented it. */
export type ReadResult<T> =
  | { ok: true; value: T; warnings: CatalogIssue[] }
  | { ok: false; issues: CatalogIssue[] };

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

/** A sheet name as a spreadsheet writes it before "!": quoted when it holds spaces or punctuation. */
function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/**
 * "盐池县catalog.xlsx 社会救助!F12 “公开时限”列" style location text, both languages: a cell in
 * A1 style after its sheet (as a spreadsheet's formula bar names it), else the row.
 *
 * @example
 * describeLocation({ file: "民政局.csv", row: 12, cell: "F12", column: "公开时限" });
 * //=> { zh: "民政局.csv F12 “公开时限”列", en: "民政局.csv F12 column 公开时限" }
 * describeLocation({ file: "目录.xlsx", sheet: "社会救助", row: 12 });
 * //=> { zh: "目录.xlsx 工作表“社会救助” 第12行", en: "目录.xlsx sheet 社会救助 row 12" }
 */
export function describeLocation(loc: SourceLocation): Message {
  const zh: string[] = [];
  const en: string[] = [];
  if (loc.file) {
    zh.push(loc.file);
    en.push(loc.file);
  }
  if (loc.cell) {
    const ref = loc.sheet ? `${sheetRef(loc.sheet)}!${loc.cell}` : loc.cell;
    zh.push(ref);
    en.push(ref);
  } else {
    if (loc.sheet) {
      zh.push(`工作表“${loc.sheet}”`);
      en.push(`sheet ${loc.sheet}`);
    }
    if (loc.row !== undefined) {
      zh.push(`第${loc.row}行`);
      en.push(`row ${loc.row}`);
    }
  }
  if (loc.column) {
    zh.push(`“${loc.column}”列`);
    en.push(`column ${loc.column}`);
  }
  return { zh: zh.join(" "), en: en.join(" ") };
}

/** Make an issue whose message starts with its location. */
export function issueAt(
  code: string,
  severity: CatalogIssue["severity"],
  location: SourceLocation,
  message: Message,
): CatalogIssue {
  const where = describeLocation(location);
  const sep = (s: string) => (s ? `${s}: ` : "");
  return {
    code,
    severity,
    location,
    message: { zh: `${sep(where.zh)}${message.zh}`, en: `${sep(where.en)}${message.en}` },
  };
}

/**
 * Row numbers and locations of a grid's cells, as its source numbers them (XLSX rows, CSV
 * lines). `loc(i, label, c)`: row `i` of the grid, the column's label and, when its index `c`
 * (0-based) is given, the cell in A1 style.
 */
export function gridLocator(
  grid: { rowNumbers?: readonly number[] },
  options: { file?: string; sheet?: string },
): {
  rowNo: (i: number) => number;
  loc: (i?: number, column?: string, index?: number) => SourceLocation;
} {
  const rowNo = (i: number) => grid.rowNumbers?.[i] ?? i + 1;
  const loc = (i?: number, column?: string, index?: number): SourceLocation => {
    const l: SourceLocation = {};
    if (options.file) l.file = options.file;
    if (options.sheet) l.sheet = options.sheet;
    if (i !== undefined) l.row = rowNo(i);
    if (i !== undefined && index !== undefined && index >= 0) l.cell = `${columnLetters(index)}${rowNo(i)}`;
    if (column) l.column = column;
    return l;
  };
  return { rowNo, loc };
}
