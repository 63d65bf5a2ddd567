// Reading and writing the cells interchange form as JSON Lines and CSV: UTF-8 or
// GBK/GB18030 bytes (Excel's Chinese CSV), with or without BOM; row and column
// given as codes or as labels (also in Traditional characters). Every rejected
// line is reported with file, line and column; every accepted cell is counted.
import type { Cell } from "./report.js";
import { findRow, tableRows } from "./formats/lookup.js";
import type { FormatId, TableId } from "./formats/types.js";
import { csvText, readCsvRows } from "./csv.js";
import { decodeText } from "./decode.js";
import { readFormCells } from "./form-report.js";
import { isZipBytes } from "./form-workbook.js";
import { checkCellItems } from "./cells-check.js";
import {
  type Issue,
  type IssueList,
  type Message,
  MAX_LISTED_ISSUES,
  capIssues,
  issueList,
  message,
} from "./issues.js";
import { parseJson } from "./json-parse.js";
import { fileLocation } from "./location.js";
import { matchColumnLabel, matchRowLabel } from "./labels.js";
import { foldHantCharacters } from "./text-fold/hant.js";
import { didYouMean, suggestKey } from "./suggest.js";

export { MAX_LISTED_ISSUES } from "./issues.js";

function asText(
  input: string | Uint8Array,
  file?: string,
): { text: string; warnings: Issue[]; encoding: string } {
  const d = decodeText(input, file ? { file } : {});
  return { text: d.text, warnings: d.warnings, encoding: d.encoding };
}

export interface ReadCellsOptions {
  format: FormatId;
  /** File name for locations. */
  file?: string | undefined;
}

export interface ReadCellsResult {
  ok: boolean;
  cells: Cell[];
  /** Errors: lines or cells rejected. */
  issues: Issue[];
  warnings: Issue[];
  /** Number of data lines read, accepted and rejected. */
  lines: number;
  accepted: number;
  rejected: number;
  encoding: string;
  /** The line each cell of `cells` came from, where the input has lines (for fromCells' locations). */
  cellLines?: number[];
}

/** Resolves a row or column given by code or label; labels may be Traditional. */
function resolveCodes(
  format: FormatId,
  table: TableId,
  row: string,
  col: string,
): { row?: string | undefined; col?: string | undefined; converted: boolean } {
  const r = matchRowLabel(format, table, row);
  const c = r ? matchColumnLabel(format, table, r, col) : undefined;
  const converted = c !== undefined && (foldHantCharacters(row) !== row || foldHantCharacters(col) !== col);
  return { row: r, col: c, converted };
}

const TABLE_WORDS: Record<string, TableId> = {
  table2: "table2",
  table3: "table3",
  table4: "table4",
  "2": "table2",
  "3": "table3",
  "4": "table4",
  二: "table2",
  三: "table3",
  四: "table4",
  表二: "table2",
  表三: "table3",
  表四: "table4",
};

function shapeMessage(detail: string): Message {
  return message(
    `应为单元格对象 {table,row,col,value}：${detail}`,
    `expected a cell object {table,row,col,value}: ${detail}`,
  );
}

/** Issues of one kind gathered while reading: at most MAX_LISTED_ISSUES kept, all counted. */
type Gathered = IssueList;

async function finish(
  rows: { item: Record<string, unknown>; line: number }[],
  issues: Gathered,
  warnings: Gathered,
  lines: number,
  encoding: string,
  opts: ReadCellsOptions,
): Promise<ReadCellsResult> {
  const items: Record<string, unknown>[] = [];
  const lineNos: number[] = [];
  for (const { item, line } of rows) {
    items.push(withCodes(item, line, warnings, opts));
    lineNos.push(line);
  }
  const checked = checkCellItems(items, { format: opts.format, file: opts.file, lines: lineNos });
  const errors = capIssues(
    [issues.done(opts.file), checked.errors.done(opts.file)],
    MAX_LISTED_ISSUES,
    opts.file,
  );
  const accepted = checked.cells.length;
  return {
    ok: errors.length === 0,
    cells: checked.cells,
    cellLines: checked.lines,
    issues: errors,
    warnings: capIssues(
      [warnings.done(opts.file), checked.warnings.done(opts.file)],
      MAX_LISTED_ISSUES,
      opts.file,
    ),
    lines,
    accepted,
    rejected: lines - accepted,
    encoding,
  };
}

/** An item with its table, row and column as codes: words (表三) and labels (also Traditional) resolved. */
function withCodes(
  item: Record<string, unknown>,
  line: number,
  warnings: Gathered,
  opts: ReadCellsOptions,
): Record<string, unknown> {
  const table = TABLE_WORDS[String(item.table ?? "").trim()] ?? (String(item.table ?? "").trim() as TableId);
  const row = String(item.row ?? "");
  const col = String(item.col ?? "");
  if (!["table2", "table3", "table4"].includes(table) || !row || !col) return { ...item, table };
  const known = findRow(opts.format, table, row)?.block.columns.some((c) => c.code === col);
  if (known || (table === "table3" && row === "otherHandling")) return { ...item, table, row, col };
  const r = resolveCodes(opts.format, table, row, col);
  if (!r.row || !r.col) return { ...item, table, row, col };
  warnings.push({
    code: r.converted ? "LABEL-TRADITIONAL" : "LABEL-MATCHED",
    severity: "warning",
    location: { kind: "text", file: opts.file, line },
    message: message(
      `按标签识别为 ${table}/${r.row}/${r.col}：“${row}” / “${col}”${r.converted ? "（繁体已转换）" : ""}`,
      `matched by label as ${table}/${r.row}/${r.col}: "${row}" / "${col}"${r.converted ? " (Traditional converted)" : ""}`,
    ),
  });
  return { ...item, table, row: r.row, col: r.col };
}

/**
 * Reads cells from JSON Lines (one `{table,row,col,value}` a line). Bad lines are
 * reported with file, line and JSON column; good lines are kept.
 * @example (await readCellsJsonl('{"table":"table3","row":"received","col":"total","value":5}', { format: "2019" })).cells.length //=> 1
 */
export async function readCellsJsonl(
  input: string | Uint8Array,
  opts: ReadCellsOptions,
): Promise<ReadCellsResult> {
  const { text, warnings, encoding } = asText(input, opts.file);
  const issues = issueList();
  const rows: { item: Record<string, unknown>; line: number }[] = [];
  let lines = 0;
  let lineNo = 0;
  for (const raw of text.split(/\r?\n/)) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    lines++;
    const parsed = parseJson(raw, { file: opts.file, line: lineNo, code: "JSONL-SYNTAX" });
    if (!parsed.ok) {
      const short = line.length > 80 ? `${line.slice(0, 80)}…` : line;
      for (const i of parsed.issues) issues.push(i.code === "JSONL-SYNTAX" ? { ...i, value: short } : i);
      continue;
    }
    const item = parsed.value;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      issues.push({
        code: "JSONL-NOT-CELL",
        severity: "error",
        location: { kind: "text", file: opts.file, line: lineNo },
        value: line.slice(0, 80),
        message: shapeMessage(line.slice(0, 40)),
      });
      continue;
    }
    rows.push({ item: item as Record<string, unknown>, line: lineNo });
  }
  if (lines === 0) issues.push(emptyIssue(opts.file));
  return finish(rows, issues, gathered(warnings), lines, encoding, opts);
}

/** Warnings so far as a list that keeps at most MAX_LISTED_ISSUES. */
function gathered(warnings: readonly Issue[]): Gathered {
  const list = issueList();
  for (const w of warnings) list.push(w);
  return list;
}

function emptyIssue(file?: string): Issue {
  return {
    code: "FILE-EMPTY",
    severity: "error",
    location: fileLocation(file),
    message: message("文件为空，没有任何单元格", "the file is empty: no cells"),
  };
}

const HEADER_ALIASES: Record<string, "table" | "row" | "col" | "value"> = {
  table: "table",
  表: "table",
  表格: "table",
  row: "row",
  行: "row",
  行代码: "row",
  col: "col",
  column: "col",
  列: "col",
  列代码: "col",
  value: "value",
  值: "value",
  数值: "value",
  数量: "value",
};

/**
 * Reads cells from CSV with the header `table,row,col,value` (extra columns, such as
 * label columns of our fill-in template, are ignored). UTF-8 or GBK/GB18030, BOM or not.
 * Values stay text until validation, so 000123, "１２", "四万" and "/" are read leniently.
 * @example (await readCellsCsv("table,row,col,value\ntable3,received,total,5\n", { format: "2019" })).accepted //=> 1
 */
export async function readCellsCsv(
  input: string | Uint8Array,
  opts: ReadCellsOptions,
): Promise<ReadCellsResult> {
  const { text, warnings, encoding } = asText(input, opts.file);
  const parsed = readCsvRows(text, { skipEmptyLines: "greedy" });
  const data = parsed.rows;
  const issues = issueList();
  for (const e of parsed.errors) {
    issues.push({
      code: "CSV-SYNTAX",
      severity: "error",
      location: { kind: "text", file: opts.file, line: (e.row ?? 0) + 1 },
      message: message(`CSV 格式错误：${e.message}`, `CSV syntax error: ${e.message}`),
    });
  }
  if (data.length === 0) {
    return finish([], gathered([emptyIssue(opts.file)]), gathered(warnings), 0, encoding, opts);
  }
  const [headerCells = []] = data;
  const header = headerCells.map(
    (h) =>
      HEADER_ALIASES[
        h
          .replace(/\uFEFF/g, "")
          .trim()
          .toLowerCase()
      ],
  );
  const idx = {
    table: header.indexOf("table"),
    row: header.indexOf("row"),
    col: header.indexOf("col"),
    value: header.indexOf("value"),
  };
  const missing = Object.entries(idx)
    .filter(([, i]) => i < 0)
    .map(([k]) => k);
  warnings.push(...unknownColumns(headerCells, opts.file));
  if (missing.length) {
    return finish(
      [],
      gathered([
        {
          code: "CSV-HEADER",
          severity: "error",
          location: { kind: "text", file: opts.file, line: 1 },
          value: headerCells.join(","),
          message: message(
            `CSV 表头缺少列：${missing.join("、")}（应为 table,row,col,value）`,
            `the CSV header lacks: ${missing.join(", ")} (expected table,row,col,value)`,
          ),
        },
      ]),
      gathered(warnings),
      data.length - 1,
      encoding,
      opts,
    );
  }
  // Line numbers: papaparse does not give them per row; count newlines of quoted fields too.
  const rows: { item: Record<string, unknown>; line: number }[] = [];
  let line = 1 + newlines(headerCells);
  for (const r of data.slice(1)) {
    line += 1;
    const value = r[idx.value];
    rows.push({
      item: {
        table: r[idx.table]?.trim(),
        row: r[idx.row]?.trim(),
        col: r[idx.col]?.trim(),
        value: value === undefined ? undefined : value,
      },
      line,
    });
    line += newlines(r);
  }
  return finish(rows, issues, gathered(warnings), data.length - 1, encoding, opts);
}

/** The label columns writeCellsCsv adds: read past without a word. */
const LABEL_COLUMNS = new Set(["行", "列"]);

/** CSV-UNKNOWN-COLUMN: a warning for each header cell that names no column we read, with the one it probably meant. */
function unknownColumns(header: readonly string[], file?: string): Issue[] {
  const out: Issue[] = [];
  header.forEach((cell, i) => {
    const name = cell.replace(/\uFEFF/g, "").trim();
    if (name === "" || LABEL_COLUMNS.has(name) || HEADER_ALIASES[name.toLowerCase()]) return;
    const suggestion = suggestKey(name, Object.keys(HEADER_ALIASES));
    const hint = didYouMean(suggestion);
    out.push({
      code: "CSV-UNKNOWN-COLUMN",
      severity: "warning",
      location: { kind: "text", file, line: 1, column: i + 1 },
      value: name,
      ...(suggestion ? { suggestion } : {}),
      message: message(
        `第 ${i + 1} 列“${name}”不是单元格的列，已忽略${hint.zh}`,
        `column ${i + 1} "${name}" is not a column of cells and is ignored${hint.en}`,
      ),
    });
  });
  return out;
}

function newlines(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (const ch of f) if (ch === "\n") n++;
  return n;
}

/**
 * Reads cells from a file's content: JSON Lines, a JSON array, or CSV (sniffed, or by file extension),
 * or a filled-in Excel form (.xlsx, see `readFormCells`).
 */
export async function readCells(
  input: string | Uint8Array,
  opts: ReadCellsOptions,
): Promise<ReadCellsResult> {
  if (typeof input !== "string" && isZipBytes(input)) return readFormCells(input, opts);
  const ext = opts.file?.toLowerCase().match(/\.(jsonl|ndjson|json|csv)$/)?.[1];
  if (ext === "csv") return readCellsCsv(input, opts);
  if (ext === "jsonl" || ext === "ndjson") return readCellsJsonl(input, opts);
  const { text } = asText(input);
  const head = text.trimStart();
  if (head.startsWith("[")) {
    const parsed = parseJson(text, { file: opts.file, itemLines: true });
    if (!parsed.ok) return finish([], gathered([...parsed.issues]), issueList(), 0, "utf-8", opts);
    const arr = parsed.value as unknown[];
    return readCellItems(arr, { ...opts, lines: parsed.itemLines?.get(arr) });
  }
  if (head.startsWith("{")) return readCellsJsonl(input, opts);
  return readCellsCsv(input, opts);
}

/**
 * Cells from items already parsed (a JSON array, the `cells` of a report file), checked as
 * the readers check them and located by the line each item starts on (`lines`), else by
 * its number.
 */
export function readCellItems(
  items: readonly unknown[],
  opts: ReadCellsOptions & { lines?: readonly number[] | undefined },
): Promise<ReadCellsResult> {
  const rows = items.map((item, i) => ({
    item: item as Record<string, unknown>,
    line: opts.lines?.[i] ?? i + 1,
  }));
  return finish(rows, issueList(), issueList(), rows.length, "utf-8", opts);
}

/** Cells as JSON Lines (raw kept). */
export function writeCellsJsonl(cells: readonly Cell[]): string {
  return cells.map((c) => JSON.stringify(c)).join("\n") + (cells.length ? "\n" : "");
}

/**
 * Cells as CSV `table,row,col,value` (raw dropped, as spec/codes.md says); with `bom`
 * (default true) so that Excel and WPS open the UTF-8 file with its Chinese intact;
 * with `labels`, two more columns give the official row and column labels.
 */
export function writeCellsCsv(
  cells: readonly Cell[],
  opts: { bom?: boolean; labels?: FormatId } = {},
): string {
  const head = opts.labels ? ["table", "row", "col", "value", "行", "列"] : ["table", "row", "col", "value"];
  const rows: string[][] = [head];
  for (const c of cells) {
    const base = [c.table, c.row, c.col, c.value === null ? "" : String(c.value)];
    if (opts.labels) {
      const def = findRow(opts.labels, c.table, c.row);
      const colDef = def?.block.columns.find((x) => x.code === c.col);
      base.push(def?.row.label ?? "", colDef ? [...colDef.path, colDef.label].join("/") : "");
    }
    rows.push(base);
  }
  return csvText(rows, { bom: opts.bom !== false });
}

/** All row codes of a table, for messages listing what is expected. */
export function rowCodes(format: FormatId, table: TableId): string[] {
  return tableRows(format, table).map((r) => r.code);
}
