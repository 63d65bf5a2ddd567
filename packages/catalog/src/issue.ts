/**
 * Located, bilingual problems found while reading or checking a catalog.
 */
import type { Message, SourceLocation } from "./item";

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
 * "盐池县catalog.xlsx 工作表“社会救助” 第12行 “公开时限”列" style location text, both languages.
 *
 * @example
 * describeLocation({ file: "民政局.csv", row: 12, column: "公开时限" });
 * //=> { zh: "民政局.csv 第12行 “公开时限”列", en: "民政局.csv row 12 column 公开时限" }
 */
export function describeLocation(loc: SourceLocation): Message {
  const zh: string[] = [];
  const en: string[] = [];
  if (loc.file) {
    zh.push(loc.file);
    en.push(loc.file);
  }
  if (loc.sheet) {
    zh.push(`工作表“${loc.sheet}”`);
    en.push(`sheet ${loc.sheet}`);
  }
  if (loc.row !== undefined) {
    zh.push(`第${loc.row}行`);
    en.push(`row ${loc.row}`);
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

/** Row numbers and locations of a grid's cells, as its source numbers them (XLSX rows, CSV lines). */
export function gridLocator(
  grid: { rowNumbers?: readonly number[] },
  options: { file?: string; sheet?: string },
): { rowNo: (i: number) => number; loc: (i?: number, column?: string) => SourceLocation } {
  const rowNo = (i: number) => grid.rowNumbers?.[i] ?? i + 1;
  const loc = (i?: number, column?: string): SourceLocation => {
    const l: SourceLocation = {};
    if (options.file) l.file = options.file;
    if (options.sheet) l.sheet = options.sheet;
    if (i !== undefined) l.row = rowNo(i);
    if (column) l.column = column;
    return l;
  };
  return { rowNo, loc };
}
