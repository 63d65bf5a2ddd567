// Where an issue is, as text: a short language-neutral form for one-line listings and a
// bilingual one for messages a user reads.
import type { Issue, Location, Message } from "./issues.js";

/** A JSON path as JavaScript writes it: `cells[3].value`. */
function jsonPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/** "file:line" or "line N" or the file alone, then the column: the text and JSON kinds' start. */
function lineAndColumn(
  file: string | undefined,
  line: number | undefined,
  column: string | number | undefined,
) {
  const parts: string[] = [];
  if (file) parts.push(line ? `${file}:${line}` : file);
  else if (line) parts.push(`line ${line}`);
  if (column !== undefined && column !== "") parts.push(`col ${column}`);
  return parts;
}

/** A sheet name as a spreadsheet writes it before "!": quoted when it holds spaces or punctuation. */
function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replaceAll("'", "''")}'`;
}

/** The position of a PDF text: "p.3 (x 319, y 329)", or "p.3" when the position is not known. */
function pdfPlace(page: number, x: number | undefined, y: number | undefined): string {
  return x === undefined || y === undefined
    ? `p.${page}`
    : `p.${page} (x ${Math.round(x)}, y ${Math.round(y)})`;
}

/** A .docx place: "docx table 2 row 5 cell 3", "docx paragraph 4", "docx word/document.xml". */
function docxPlace(loc: Extract<Location, { kind: "docx" }>): string {
  if (loc.table) {
    return `docx table ${loc.table}${loc.row ? ` row ${loc.row}` : ""}${loc.cell ? ` cell ${loc.cell}` : ""}`;
  }
  if (loc.paragraph) return `docx paragraph ${loc.paragraph}`;
  return loc.part ? `docx ${loc.part}` : "docx";
}

/** The file's name and a place in it, with a space between when both are there. */
function inFile(file: string | undefined, place: string): string {
  return file ? `${file} ${place}` : place;
}

/**
 * Where an issue is, as a short string for one-line listings (empty when `location` is absent):
 * `r.json:2 col 3 tables.table3`, `cells.csv:12 col value`, `line 14 col 31`,
 * `目录.xlsx 社会救助!F12 column 公开时限`, `body>table[1]>tr[3]>td[2]`, `p.3 (x 319, y 329)`,
 * `docx table 2 row 5 cell 3`, or the file's name.
 * @example formatLocation({ kind: "json", file: "r.json", line: 2, column: 3, path: ["tables", "table3"] }) //=> "r.json:2 col 3 tables.table3"
 * @example formatLocation({ kind: "text", file: "cells.csv", line: 12 }) //=> "cells.csv:12"
 */
export function formatLocation(location: Location | undefined): string {
  if (!location) return "";
  switch (location.kind) {
    case "json": {
      const parts = lineAndColumn(location.file, location.line, location.column);
      if (location.path.length) parts.push(jsonPath(location.path));
      return parts.join(" ");
    }
    case "text":
      return lineAndColumn(location.file, location.line, location.column ?? location.field).join(" ");
    case "sheet":
      return describeSheet(location).en;
    case "html":
      return inFile(location.file, location.path);
    case "pdf":
      return inFile(location.file, pdfPlace(location.page, location.x, location.y));
    case "docx":
      return inFile(location.file, docxPlace(location));
    case "file":
      return location.file;
  }
}

/** Both languages' parts joined with spaces. */
function joined(zh: readonly string[], en: readonly string[]): Message {
  return { zh: zh.join(" "), en: en.join(" ") };
}

/** A sheet location: the cell in A1 style after its sheet (as a formula bar names it), else the row. */
function describeSheet(loc: Extract<Location, { kind: "sheet" }>): Message {
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
  return joined(zh, en);
}

/** A line, its column or CSV column header, and a JSON path, after the file's name. */
function describeLine(
  file: string | undefined,
  line: number | undefined,
  column: number | undefined,
  field: string | undefined,
  path?: readonly (string | number)[],
): Message {
  const zh: string[] = file ? [file] : [];
  const en: string[] = file ? [file] : [];
  if (line) {
    zh.push(column ? `第${line}行第${column}列` : `第${line}行`);
    en.push(column ? `line ${line}, column ${column}` : `line ${line}`);
  }
  if (field) {
    zh.push(`“${field}”列`);
    en.push(`column ${field}`);
  }
  if (path?.length) {
    zh.push(jsonPath(path));
    en.push(jsonPath(path));
  }
  return joined(zh, en);
}

/** A .docx place in both languages. */
function describeDocx(loc: Extract<Location, { kind: "docx" }>): Message {
  const file = loc.file ? [loc.file] : [];
  if (loc.table) {
    const zh = `Word 表格${loc.table}${loc.row ? `第${loc.row}行` : ""}${loc.cell ? `第${loc.cell}格` : ""}`;
    return joined([...file, zh], [...file, docxPlace(loc).replace(/^docx/, "Word")]);
  }
  if (loc.paragraph)
    return joined([...file, `Word 第${loc.paragraph}段`], [...file, `Word paragraph ${loc.paragraph}`]);
  return joined([...file, docxPlace(loc)], [...file, docxPlace(loc)]);
}

/**
 * Where an issue is, in words of both languages, for the start of a message a user reads.
 * A sheet cell is named in A1 style after its sheet, as a spreadsheet's formula bar names it.
 *
 * @example
 * describeLocation({ kind: "sheet", file: "民政局.csv", row: 12, cell: "F12", column: "公开时限" });
 * //=> { zh: "民政局.csv F12 “公开时限”列", en: "民政局.csv F12 column 公开时限" }
 * describeLocation({ kind: "sheet", file: "目录.xlsx", sheet: "社会救助", row: 12 });
 * //=> { zh: "目录.xlsx 工作表“社会救助” 第12行", en: "目录.xlsx sheet 社会救助 row 12" }
 * describeLocation({ kind: "text", file: "cells.csv", line: 3, column: 7 });
 * //=> { zh: "cells.csv 第3行第7列", en: "cells.csv line 3, column 7" }
 */
export function describeLocation(location: Location): Message {
  switch (location.kind) {
    case "json":
      return describeLine(location.file, location.line, location.column, undefined, location.path);
    case "text":
      return describeLine(location.file, location.line, location.column, location.field);
    case "sheet":
      return describeSheet(location);
    case "html":
      return joined([inFile(location.file, location.path)], [inFile(location.file, location.path)]);
    case "pdf": {
      const file = location.file ? [location.file] : [];
      const { page, x, y } = location;
      const zh =
        x === undefined || y === undefined
          ? `第${page}页`
          : `第${page}页（x ${Math.round(x)}, y ${Math.round(y)}）`;
      return joined([...file, zh], [...file, pdfPlace(page, x, y)]);
    }
    case "docx":
      return describeDocx(location);
    case "file":
      return { zh: location.file, en: location.file };
  }
}

/** The file as a whole as a location, or none when no file is named. */
export function fileLocation(file: string | undefined): Location | undefined {
  return file ? { kind: "file", file } : undefined;
}

/**
 * A workbook cell given as `sheet!A1` as a sheet location.
 * @example sheetCellLocation("表三!D7", "f.xlsx") //=> { kind: "sheet", file: "f.xlsx", sheet: "表三", row: 7, cell: "D7" }
 */
export function sheetCellLocation(at: string, file?: string): Location {
  const bang = at.lastIndexOf("!");
  const sheet = bang < 0 ? undefined : at.slice(0, bang);
  const cell = at.slice(bang + 1);
  const row = Number(/\d+$/.exec(cell)?.[0]);
  return { kind: "sheet", file, sheet, ...(Number.isInteger(row) && row > 0 ? { row } : {}), cell };
}

/**
 * The issue located in `file`: its location gets the file's name (one without a location is
 * about the file as a whole); without a file the issue is returned as it is.
 * @example issueInFile({ code: "X", severity: "error", message, location: { kind: "json", path: ["year"] } }, "r.json").location
 * //=> { kind: "json", path: ["year"], file: "r.json" }
 */
export function issueInFile(issue: Issue, file: string | undefined): Issue {
  if (!file) return issue;
  const location: Location = issue.location ? { ...issue.location, file } : { kind: "file", file };
  return { ...issue, location };
}
