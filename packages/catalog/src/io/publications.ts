/**
 * A publication log as a site's content system exports it: CSV with Chinese or English headers
 * (标题, 发布日期, 成文日期, 发布机构, 栏目, 所属事项, 链接 …; a title line above the header is
 * passed over), or JSON Lines with the same names as keys. Dates in any form people write
 * (2020-03-05, 2020/3/5, 2020年3月5日, a time after them: `readDateCell` of @disclosure/schema),
 * areas by their Chinese names. Read as a stream, a decoded piece at a time, every line that
 * cannot be used reported with its row and column; a header without the columns a publication
 * needs stops the reading with one message that says which are missing.
 */
import { type Issue, readCsvRows, unguardCsvCell } from "@disclosure/schema";
import { csvDelimiter } from "@disclosure/schema/internal";
import type { RecordSource } from "@disclosure/stats";
import { decodeChunks } from "@disclosure/stats/internal";
import { issueAt } from "../issue.js";
import type { Publication } from "../item.js";
import { REQUIRED_PUBLICATION_FIELDS, type PublicationField } from "../standard/publication-columns.js";
import {
  at,
  type Built,
  type Cell,
  type Header,
  ignoredColumns,
  labelField,
  missingColumns,
  noHeader,
  publicationOf,
  readHeader,
} from "./publication-row.js";

/** How to read a publication log: its file name (for locations) and its form. */
export type PublicationReadOptions = {
  file?: string;
  /** "csv" or "jsonl"; by default from the file name (.csv → CSV), else JSON Lines. */
  format?: "csv" | "jsonl";
  /** Called with the size of each chunk of input as it is read (bytes, or characters of text; not for a `ByteSource`), for progress. */
  onRead?: (size: number) => void;
};

/**
 * One result of reading: a publication with the row it came from, or an issue. `rejected`
 * issues stand for a line not used; `fatal` for a log that cannot be read at all (reading stops).
 */
export type PublicationRead =
  | { kind: "publication"; publication: Publication; row: number }
  | { kind: "issue"; issue: Issue; rejected?: boolean; fatal?: boolean };

/** A reader of lines: each line's results pushed to `out`; `done` once nothing more will be read. */
type LineReader = {
  line(text: string, row: number, out: PublicationRead[]): void;
  end(out: PublicationRead[]): void;
  done: boolean;
};

function pushBuilt(b: Built, row: number, out: PublicationRead[]): void {
  for (const i of b.issues) out.push({ kind: "issue", ...i });
  if (b.publication) out.push({ kind: "publication", publication: b.publication, row });
}

/** A JSON value as the text of a cell, or undefined for an object or array. */
const jsonText = (v: unknown): string | undefined =>
  typeof v === "string"
    ? v
    : typeof v === "number" || typeof v === "boolean"
      ? String(v)
      : v === null
        ? ""
        : undefined;

function jsonlReader(file: string | undefined): LineReader {
  const ignored = new Set<string>();
  const reject = (row: number, zh: string, en: string, out: PublicationRead[]) =>
    out.push({
      kind: "issue",
      issue: issueAt("CAT-PUB-ROW", "error", at(file, row, undefined, undefined, "jsonl"), { zh, en }),
      rejected: true,
    });
  return {
    done: false,
    end: () => undefined,
    line(text, row, out) {
      if (text.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        reject(
          row,
          `不是有效的 JSON：${(e as Error).message}`,
          `not valid JSON: ${(e as Error).message}`,
          out,
        );
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        reject(row, "该行不是一条记录（JSON 对象）", "the line is no record (a JSON object)", out);
        return;
      }
      const fields: Partial<Record<PublicationField, Cell & { rank: number }>> = {};
      for (const key in value) {
        const v = jsonText((value as Record<string, unknown>)[key]);
        const f = labelField(key);
        if (!f || v === undefined) {
          if (!ignored.has(key)) {
            ignored.add(key);
            out.push({ kind: "issue", issue: ignoredColumns(file, row, [key], "jsonl") });
          }
          continue;
        }
        const known = fields[f.field];
        // Two keys of one field (标题 and title): the first non-empty in the field's order.
        if (known && (v.trim() === "" || (known.text.trim() !== "" && known.rank < f.rank))) continue;
        fields[f.field] = { text: v, column: key, rank: f.rank };
      }
      pushBuilt(publicationOf(fields, file, row, "jsonl"), row, out);
    },
  };
}

const quotes = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/** Rows before the header looked at. */
const HEADER_SEARCH_ROWS = 10;

/** A publication from a CSV row under its header. */
function csvRow(
  cells: readonly string[],
  header: Header,
  file: string | undefined,
  row: number,
  out: PublicationRead[],
) {
  const fields: Partial<Record<PublicationField, Cell>> = {};
  for (const [field, cols] of header.columns) {
    const c = cols.find((k) => (cells[k] ?? "").trim() !== "") ?? cols[0];
    if (c === undefined) continue;
    fields[field] = { text: cells[c] ?? "", column: header.labels[c] ?? "", index: c };
  }
  if (cells.some((c) => c.includes("\uFFFD"))) {
    const m = {
      zh: "该行含无法解码的字节（显示为�）",
      en: "the row holds bytes that cannot be decoded (shown as �)",
    };
    out.push({ kind: "issue", issue: issueAt("CAT-PUB-ENCODING", "warning", at(file, row), m) });
  }
  pushBuilt(publicationOf(fields, file, row), row, out);
}

/** The header of a CSV log, found among its first rows, or the reason reading stops. */
function csvHeader(
  cells: readonly string[],
  row: number,
  seen: number,
  file: string | undefined,
  out: PublicationRead[],
) {
  const header = readHeader(cells, row);
  if (!header) {
    if (seen >= HEADER_SEARCH_ROWS) out.push({ kind: "issue", issue: noHeader(file, seen), fatal: true });
    return undefined;
  }
  const missing = REQUIRED_PUBLICATION_FIELDS.filter((f) => !header.columns.has(f));
  if (missing.length > 0) {
    out.push({ kind: "issue", issue: missingColumns(file, missing, header), fatal: true });
    return undefined;
  }
  const used = new Set([...header.columns.values()].flat());
  const ignored = header.labels.filter((l, c) => l !== "" && !used.has(c));
  if (ignored.length > 0) out.push({ kind: "issue", issue: ignoredColumns(file, header.row, ignored) });
  return header;
}

/**
 * A copy of a line that holds nothing of the decoded piece it was cut from: a cut string keeps
 * its whole source alive, and a cell kept (a unit's name in a table, a late publication's title)
 * would keep 64 KiB of the log with it.
 */
const detached = (s: string) => ` ${s}`.slice(1);

/**
 * The cells of one CSV record: split on the delimiter when it holds no quote (most lines of an
 * export), else read by papaparse; the formula guard taken off as every reader takes it off.
 */
function csvCells(record: string, delimiter: string | undefined): string[] {
  if (delimiter !== undefined && !record.includes('"')) return record.split(delimiter).map(unguardCsvCell);
  return readCsvRows(record, delimiter ? { delimiter } : {}).rows[0] ?? [];
}

function csvReader(file: string | undefined): LineReader {
  let header: Header | undefined;
  let delimiter: string | undefined;
  let seen = 0;
  let record = "";
  let row = 0;
  let parity = 0;
  const reader: LineReader = {
    done: false,
    line(text, n, out) {
      if (parity === 0) {
        record = text;
        row = n;
      } else record += `\n${text}`;
      parity = (parity + quotes(text)) % 2;
      if (parity === 1 || record.trim() === "") return;
      const cells = csvCells(detached(record), delimiter);
      if (header) {
        csvRow(cells, header, file, row, out);
        return;
      }
      seen++;
      header = csvHeader(cells, row, seen, file, out);
      if (header) delimiter = csvDelimiter(record);
      reader.done = out.some((r) => r.kind === "issue" && r.fatal);
    },
    end(out) {
      if (parity === 1) {
        const m = {
          zh: "引号未闭合，自此行起的内容未计入",
          en: "an unclosed quote; the rest from this row is not counted",
        };
        out.push({ kind: "issue", issue: issueAt("CAT-PUB-ROW", "error", at(file, row), m), rejected: true });
      } else if (!header && !reader.done)
        out.push({ kind: "issue", issue: noHeader(file, seen), fatal: true });
    },
  };
  return reader;
}

/**
 * Lines in a batch: few enough that a batch's results die young (results kept across the
 * young generation's collections would swell the heap), enough to cost little.
 */
const BATCH_LINES = 32;

/**
 * The results of the log's lines, a batch at a time (lines split on `\n`, a `\r` before it
 * dropped). Lines are cut from a decoded piece one by one, so that none outlives its use.
 */
async function* batches(texts: AsyncIterable<string>, reader: LineReader): AsyncGenerator<PublicationRead[]> {
  let carry = "";
  let n = 0;
  let out: PublicationRead[] = [];
  const take = (line: string) => reader.line(line.endsWith("\r") ? line.slice(0, -1) : line, ++n, out);
  for await (const text of texts) {
    const buf = carry === "" ? text : carry + text;
    let start = 0;
    for (let nl = buf.indexOf("\n"); nl >= 0 && !reader.done; nl = buf.indexOf("\n", start)) {
      take(buf.slice(start, nl));
      start = nl + 1;
      if (out.length >= BATCH_LINES) {
        yield out;
        out = [];
      }
    }
    carry = buf.slice(start);
    if (reader.done) break;
  }
  if (carry !== "" && !reader.done) take(carry);
  if (!reader.done) reader.end(out);
  if (out.length > 0) yield out;
}

/** Bytes (or text) in pieces of at most this size. */
const PIECE = 65_536;

/**
 * The input in pieces of at most 64 KiB, the bytes copied out of each chunk at once: a chunk
 * (a megabyte as a file is read) kept while its pieces are worked through outlives the young
 * generation's collections and stays in memory until a full one, and so does a large string.
 */
function smallPieces(chunks: RecordSource, onRead?: (size: number) => void): RecordSource {
  if (!(Symbol.asyncIterator in chunks) && !(Symbol.iterator in chunks)) return chunks;
  const source = chunks as AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  // A copy (a Node Buffer's slice is a view that would keep the whole chunk).
  const piece = (c: string | Uint8Array, i: number) =>
    typeof c === "string" ? c.slice(i, i + PIECE) : new Uint8Array(c.subarray(i, i + PIECE));
  return (async function* () {
    for await (let c of source) {
      onRead?.(c.length);
      if (c.length <= PIECE) {
        yield c;
        continue;
      }
      const pieces: (string | Uint8Array)[] = [];
      for (let i = 0; i < c.length; i += PIECE) pieces.push(piece(c, i));
      c = "";
      yield* pieces;
    }
  })();
}

/**
 * Read a publication log as a stream of batches, one per decoded piece of the input (bytes in
 * any encoding `decodeText` of @disclosure/schema tells: UTF-8, GB18030, UTF-16 with BOM; or
 * text): what `readPublications` yields, with the work per publication kept small enough for
 * logs of millions of lines.
 */
export function readPublicationBatches(
  chunks: RecordSource,
  options: PublicationReadOptions = {},
): AsyncIterable<PublicationRead[]> {
  const csv = options.format ? options.format === "csv" : /\.(csv|tsv|txt)$/iu.test(options.file ?? "");
  return {
    [Symbol.asyncIterator]: () =>
      batches(
        decodeChunks(smallPieces(chunks, options.onRead)),
        csv ? csvReader(options.file) : jsonlReader(options.file),
      )[Symbol.asyncIterator](),
  };
}

/**
 * Read a publication log as a stream. Yields each publication with its row, and every issue: a
 * line not used (`rejected`: no 标题, 发布机构 or 发布日期, a date that cannot be read, bad JSON),
 * a value not read (an 成文日期 or 领域 that cannot be read: the publication is kept without
 * it), columns not read (once), and a header that cannot be used (`fatal`: the columns missing,
 * named once; nothing more is read).
 *
 * @example
 * const csv = "标题,发布日期,成文日期,发布机构,所属事项\n9月低保审核信息公示,2020年10月15日,2020/9/25,盐池县民政局,审核确认结果\n";
 * for await (const r of readPublications([csv], { file: "发布记录.csv" }))
 *   if (r.kind === "publication") r.publication;
 * //=> { title: "9月低保审核信息公示", unit: "盐池县民政局", date: "2020-10-15", eventDate: "2020-09-25", itemName: "审核确认结果" }
 */
export async function* readPublications(
  chunks: RecordSource,
  options: PublicationReadOptions = {},
): AsyncGenerator<PublicationRead> {
  for await (const batch of readPublicationBatches(chunks, options)) yield* batch;
}
