// What the record readers yield: a validated record or a rejected one, each located by file
// and line (row), with the warnings that did not stop it; and the options every reader takes.
import { escapeControlChars, type Issue, type RawRecord } from "@disclosure/schema";
import { hasControlChars } from "@disclosure/schema/internal";
import {
  type parseRecord,
  type RecordLocation,
  type RecordType,
  recordIssue,
  recordSourceName,
  unknownFieldWarnings,
} from "../record-parse";

/** Text encodings of record files: UTF-8 (with or without BOM), GB18030 (superset of GBK / GB2312), UTF-16. */
export type RecordEncoding = "auto" | "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface ReadRecordsOptions {
  /** The file name, for issue locations. */
  file?: string;
  /**
   * The worksheet the rows come from (a workbook read by the caller): issues are then located
   * by sheet, row and column, and items and ids name the file with its sheet (`台账.xlsx 工作表“2021年”`).
   */
  sheet?: string;
  /**
   * Default "auto", as `decodeText` of @disclosure/schema tells it: a BOM, else UTF-16 by its NUL
   * bytes, else valid UTF-8 → UTF-8, else GB18030 (files saved by Chinese Excel / WPS).
   */
  encoding?: RecordEncoding;
  /** Type of records without a `type` field (else told from their fields). */
  type?: RecordType | undefined;
}

/** A validated record and where it came from. */
export interface RecordItem {
  record: RawRecord;
  /** 1-based line where the record starts. */
  line: number;
  file?: string;
  /** Problems that did not stop the record (unknown fields, undecodable bytes). */
  warnings?: Issue[];
}

/** A rejected record: its first issue, all its issues, and where it was. */
export interface RejectedItem {
  issue: Issue;
  issues: Issue[];
  line: number;
  file?: string;
}

/** What a record reader yields, one item per record (blank lines yield nothing). */
export type ReadItem = RecordItem | RejectedItem;

/**
 * Whether a reader item is a rejected record.
 * @example
 * for await (const item of readRecordsJsonl(stream, { file: "盐池县财政局.jsonl" }))
 *   if (isRejected(item)) console.log(item.line, item.issue.message.zh);
 */
export function isRejected(item: ReadItem): item is RejectedItem {
  return (item as RejectedItem).issues !== undefined && (item as RecordItem).record === undefined;
}

/** A row's cells with warnings for undecodable bytes and control characters; NULs removed. */
export function checkedCells(
  fields: string[],
  loc: RecordLocation,
  labels: readonly string[],
): { fields: string[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  if (fields.some((f) => f.includes("\uFFFD"))) warnings.push(replacementWarning(loc));
  const controlled = fields.findIndex(hasControlChars);
  if (controlled < 0) return { fields, warnings };
  warnings.push(controlWarning(loc, labels[controlled] ?? "", fields[controlled] ?? ""));
  return { fields: fields.map((f) => f.replaceAll("\u0000", "")), warnings };
}

/** A cell holding NUL or other control characters (ESC, BEL …): located, NULs removed, the rest kept. */
function controlWarning(loc: RecordLocation, label: string, cell: string): Issue {
  const nul = cell.includes("\u0000") ? "（空字节已删除）" : "";
  return recordIssue(
    "RECORD-CONTROL-CHARS",
    `“${label}”列含有控制字符${nul}：${escapeControlChars(cell).slice(0, 80)}`,
    `the cell under “${label}” holds control characters${nul ? " (NUL bytes removed)" : ""}: ${escapeControlChars(cell).slice(0, 80)}`,
    loc,
    [],
    undefined,
    "warning",
  );
}

export function replacementWarning(loc: RecordLocation): Issue {
  return recordIssue(
    "RECORD-ENCODING",
    "该行含有无法解码的字节（已替换为 �），请检查文件编码（UTF-8 或 GB18030）",
    "the line has bytes that could not be decoded (replaced by �); check the file encoding (UTF-8 or GB18030)",
    loc,
    [],
    undefined,
    "warning",
  );
}

/** The state a reader keeps across records: field names already warned about. */
export interface LineParserState {
  warnedFields: Set<string>;
}

export function rejected(issues: Issue[], loc: RecordLocation): RejectedItem {
  // Every caller passes at least one issue; a record rejected without one still says so.
  const issue = issues[0] ?? recordIssue("RECORD-REJECTED", "记录未通过校验", "the record was rejected", loc);
  const item: RejectedItem = { issue, issues: issues.length ? issues : [issue], line: loc.line ?? 0 };
  const file = recordSourceName(loc);
  if (file !== undefined) item.file = file;
  return item;
}

export function itemOf(
  parsed: ReturnType<typeof parseRecord>,
  loc: RecordLocation,
  warnings: Issue[],
  state: LineParserState,
): ReadItem {
  warnings.push(...unknownFieldWarnings(parsed.unknownFields, loc, state.warnedFields));
  if (!parsed.ok) return rejected([...parsed.issues, ...warnings], loc);
  const item: RecordItem = { record: parsed.record, line: loc.line ?? 0 };
  const file = recordSourceName(loc);
  if (file !== undefined) item.file = file;
  if (warnings.length) item.warnings = warnings;
  return item;
}
