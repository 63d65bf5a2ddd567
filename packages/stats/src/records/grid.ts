// Rows of cells as records — a CSV file's rows, a worksheet's: the header found below title
// rows (by record field names or a ledger's Chinese headers, one or two rows), every further row
// one record located by its line (row) and its column's header as written.
import type { Issue } from "@disclosure/schema";
import { ledgerField, ledgerGroupField, ledgerHint } from "../ledger";
import {
  parseRecord,
  RECORD_FIELDS,
  type RecordLocation,
  recordIssue,
  recordSourceName,
} from "../record-parse";
import {
  checkedCells,
  itemOf,
  type LineParserState,
  type ReadItem,
  type ReadRecordsOptions,
  rejected,
} from "./items";
import { csvObject } from "./values";

/** Rows a header is looked for in (title and 填报单位 lines above it are passed over). */
const HEADER_SEARCH_ROWS = 10;

/**
 * A header row's field names when it names two record fields or more — by their names
 * (`receivedDate`, `fee.amountYuan`) or by a ledger's Chinese headers (收到申请日期, 申请人类型);
 * "" for a column to leave out (序号); other headers kept as written (they become unknown
 * fields, each reported once).
 */
function headerOf(cells: readonly string[]): string[] | undefined {
  let named = 0;
  const header = cells.map((c) => {
    const h = c.trim();
    const f = headerField(h);
    if (f) named++;
    return f ?? h;
  });
  return named >= 2 ? header : undefined;
}

/** The field a header cell names: a record field's own name, or a ledger's Chinese header ("" for 序号). */
function headerField(h: string): string | undefined {
  return RECORD_FIELDS.has(h.split(".")[0] ?? "") ? h : ledgerField(h);
}

/**
 * The index of the row that is a records header among the first rows of a table (two record
 * fields named, by name or by a ledger's Chinese headers), or -1: tells a worksheet of
 * records from a sheet of notes.
 * @example recordHeaderRow([["盐池县财政局台账"], ["序号", "收到申请日期", "申请人类型"]]) //=> 1
 */
export function recordHeaderRow(rows: readonly (readonly string[])[]): number {
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (row !== undefined && headerOf(row.map((c) => c ?? "")) !== undefined) return i;
  }
  return -1;
}

/**
 * A second header row under `top` (`top` as written): where it names fields — under a group
 * label of the row above (申请人情况 › 姓名或名称, 类型), or by themselves — those columns
 * take them. A group label spreads over the empty cells after it (a merged cell as Excel saves
 * it to CSV); a cell merged down over both rows repeats its label and keeps its field. A data
 * row fills the columns the top row names by itself, so it is never taken for one.
 */
function subHeaderOf(
  top: readonly string[],
  fields: readonly string[],
  sub: readonly string[],
): { fields: string[]; labels: string[] } | undefined {
  let group = "";
  let found = 0;
  const out: string[] = [];
  const labels: string[] = [];
  const width = Math.max(top.length, sub.length);
  for (let c = 0; c < width; c++) {
    const t = (top[c] ?? "").trim();
    const s = (sub[c] ?? "").trim();
    // Under a column the top row names by itself, a second header row is blank or repeats the
    // label (merged down): anything else there is a value, and the row is data — even when
    // another of its cells happens to read like a field's name (a 申请内容 of "to").
    if (s !== "" && s !== t && headerField(t) !== undefined) return undefined;
    if (t !== "") group = t;
    let f: string | undefined;
    if (s !== "" && s !== t) {
      f = ledgerGroupField(group, s) ?? headerField(s);
      if (f !== undefined) found++;
    }
    out.push(f ?? fields[c] ?? "");
    labels.push(f !== undefined ? `${group}${group && group !== s ? "／" : ""}${s}` : t);
  }
  return found > 0 ? { fields: out, labels } : undefined;
}

/**
 * Records from rows of cells (CSV rows, a worksheet's rows): the header found, every further
 * row one record, located by file, line and the column's header. Without an id column, a
 * record's id is its file and line (`台账.csv:5`).
 */
export async function* recordsFromRows(
  rows: AsyncIterable<{ fields: string[]; line: number } | { unterminated: number }>,
  opts: ReadRecordsOptions,
  shape: { ragged?: boolean } = {},
): AsyncGenerator<ReadItem> {
  const state: LineParserState = { warnedFields: new Set() };
  let header: string[] | undefined;
  let labels: string[] = [];
  /** The header row as written, until the row under it has been looked at. */
  let top: string[] | undefined;
  /** The header's rows as written, to pass over where they repeat. */
  const written: string[][] = [];
  const isWritten = (fields: readonly string[]) =>
    written.some((w) => w.length === fields.length && w.every((c, i) => c === fields[i]?.trim()));
  const before: { fields: string[]; line: number }[] = [];
  const record = (row: { fields: string[]; line: number }): ReadItem => {
    const h = header!;
    const loc: RecordLocation = { file: opts.file, sheet: opts.sheet, line: row.line };
    const cells = shape.ragged ? fitted(row.fields, h.length) : row.fields;
    const { fields, warnings } = checkedCells(cells, loc, labels);
    if (fields.length !== h.length) {
      return rejected(
        [
          recordIssue(
            "CSV-FIELD-COUNT",
            `该行有 ${fields.length} 列，表头有 ${h.length} 列`,
            `the row has ${fields.length} cells, the header ${h.length}`,
            loc,
          ),
          ...warnings,
        ],
        loc,
      );
    }
    const o = csvObject(h, fields);
    if (!h.includes("id") && o.id === undefined) o.id = `${recordSourceName(loc) ?? "records"}:${row.line}`;
    const item = itemOf(parseRecord(o, loc, opts.type), loc, warnings, state);
    return relabel(item, h, labels, fields);
  };
  const fallback = function* (): Generator<ReadItem> {
    // No row named two record fields: the first row is the header, as written.
    header = (before[0]?.fields ?? []).map((c) => c.trim());
    labels = header;
    for (const b of before.slice(1)) yield record(b);
    before.length = 0;
  };
  for await (const row of rows) {
    if ("unterminated" in row) {
      if (!header && before.length) yield* fallback();
      const loc = { file: opts.file, sheet: opts.sheet, line: row.unterminated };
      yield rejected(
        [
          recordIssue(
            "CSV-UNTERMINATED-QUOTE",
            "引号未闭合，直到文件末尾",
            "a quoted field is not closed before the end of the file",
            loc,
          ),
        ],
        loc,
      );
      return;
    }
    if (row.fields.every((f) => f.trim() === "")) continue;
    if (!header) {
      const named = headerOf(row.fields);
      if (named) {
        header = named;
        labels = row.fields.map((c) => c.trim());
        top = row.fields;
        written.push(labels);
        before.length = 0;
      } else {
        before.push(row);
        if (before.length >= HEADER_SEARCH_ROWS) yield* fallback();
      }
      continue;
    }
    if (top) {
      // The row right under the header may be its second row.
      const sub = subHeaderOf(top, header, row.fields);
      top = undefined;
      if (sub) {
        header = sub.fields;
        labels = sub.labels;
        written.push(row.fields.map((c) => c.trim()));
        continue;
      }
    }
    // The header again further down (a ledger of several months or sections): passed over;
    // so are rows whose only filled cell is in a column of no record field (序号) — a section
    // title (二月) or a row numbered in advance and never filled.
    if (isWritten(row.fields)) continue;
    const only = onlyFilledCell(row.fields);
    if (only >= 0 && header[only] === "" && header.length > 2) continue;
    yield record(row);
  }
  if (!header && before.length) yield* fallback();
}

/**
 * A row of a sheet read row by row (which ends each row at its last cell) as wide as the
 * header: empty cells added, empty cells past the header dropped; a value past it is kept,
 * for the row to be refused.
 */
function fitted(fields: string[], width: number): string[] {
  if (fields.length === width) return fields;
  if (fields.length < width) return [...fields, ...Array<string>(width - fields.length).fill("")];
  let end = fields.length;
  while (end > width && fields[end - 1] === "") end--;
  return end === fields.length ? fields : fields.slice(0, end);
}

/** The index of a row's only non-blank cell, or -1 (none, or several). */
function onlyFilledCell(fields: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < fields.length; i++) {
    if ((fields[i] ?? "").trim() === "") continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
}

/** The field an issue's location names as its column (a text line's field, a sheet row's column). */
function columnField(i: Issue): string | undefined {
  if (i.location?.kind === "text") return i.location.field;
  if (i.location?.kind === "sheet") return i.location.column;
  return undefined;
}

/** A text or sheet location with its column named `label`. */
function withColumn(location: Issue["location"], label: string): Issue["location"] {
  if (location?.kind === "text") return { ...location, field: label };
  if (location?.kind === "sheet") return { ...location, column: label };
  return location;
}

/**
 * Issues located by the column's header as the file writes it (收到申请日期), not the field
 * it was read into (receivedDate), where the two differ.
 */
function relabel(
  item: ReadItem,
  fields: readonly string[],
  labels: readonly string[],
  cells: readonly string[],
): ReadItem {
  const rename = (i: Issue): Issue => {
    const field = columnField(i);
    if (field === undefined) return i;
    const c = fields.indexOf(field);
    const label = c >= 0 ? labels[c] : undefined;
    if (!label || label === field) return i;
    // The message names the field; say which column of the file that is, and for a value
    // not recognised, what the ledger may write there.
    const hint = i.code === "SCHEMA-INVALID-VALUE" ? ledgerHint(field) : undefined;
    const message = hint
      ? {
          zh: `${i.message.zh.slice(0, i.message.zh.indexOf(field))}“${label}”（${field}）的取值“${cells[c]?.trim() ?? ""}”无法识别；${hint.zh}`,
          en: `${i.message.en.slice(0, i.message.en.indexOf(field))}“${label}” (${field}): “${cells[c]?.trim() ?? ""}” not recognised; ${hint.en}`,
        }
      : {
          zh: i.message.zh.replace(field, `“${label}”（${field}）`),
          en: i.message.en.replace(field, `“${label}” (${field})`),
        };
    return { ...i, location: withColumn(i.location, label), message };
  };
  if ("record" in item) return item.warnings ? { ...item, warnings: item.warnings.map(rename) } : item;
  return { ...item, issue: rename(item.issue), issues: item.issues.map(rename) };
}

/**
 * Reads raw records from rows of cells already split — a worksheet read with exceljs (see
 * `readWorkbookGrids` of @disclosure/catalog), a table from any source: as
 * {@link readRecordsCsv} reads its rows, the header found below title rows, ledger headers
 * and values understood. `rowNumbers` give each row's number in its source (else 1, 2, …).
 * @example
 * readRecordsGrid({ rows: [["收到申请日期", "申请人类型", "办理结果", "答复日期"],
 *   ["2021年3月4日", "自然人", "予以公开", "2021年3月18日"]] }, { file: "台账.xlsx" });
 */
export function readRecordsGrid(
  grid: { rows: readonly (readonly string[])[]; rowNumbers?: readonly number[] },
  opts: ReadRecordsOptions = {},
): AsyncIterable<ReadItem> {
  return {
    async *[Symbol.asyncIterator]() {
      async function* rows() {
        for (const [i, r] of grid.rows.entries()) {
          yield { fields: r.map((c) => c ?? ""), line: grid.rowNumbers?.[i] ?? i + 1 };
        }
      }
      yield* recordsFromRows(rows(), opts);
    },
  };
}
