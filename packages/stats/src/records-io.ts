// Streaming readers of raw records from JSON Lines and CSV files: the bytes (or text) come
// in chunks of any size, are decoded (UTF-8 or GB18030, with or without a BOM), split into
// lines or CSV rows and validated one record at a time. Nothing but the current chunk and
// the partial line is held, so files of any size read in constant memory. Every record
// comes out either validated or rejected with located, bilingual issues.
import {
  byteOrderMark,
  escapeControlChars,
  hasControlChars,
  type Issue,
  parseJson,
  type RawRecord,
  unguardCsvCell,
  utf16ByNuls,
} from "@disclosure/schema";
import {
  ledgerApplicantType,
  ledgerCaseKind,
  ledgerCaseOutcome,
  ledgerChannel,
  ledgerDate,
  ledgerField,
  ledgerGroupField,
  ledgerHint,
  ledgerResult,
} from "./ledger";
import {
  parseRecord,
  RECORD_FIELDS,
  type RecordLocation,
  type RecordType,
  recordIssue,
  unknownFieldWarnings,
} from "./record-parse";

/** Text encodings of record files: UTF-8 (with or without BOM), GB18030 (superset of GBK / GB2312), UTF-16. */
export type RecordEncoding = "auto" | "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface ReadRecordsOptions {
  /** The file name, for issue locations. */
  file?: string;
  /**
   * Default "auto", as `decodeText` of @disclosure/schema tells it: a BOM, else UTF-16 by its NUL
   * bytes, else valid UTF-8 → UTF-8, else GB18030 (files saved by Chinese Excel / WPS).
   */
  encoding?: RecordEncoding;
  /** Type of records without a `type` field (else told from their fields). */
  type?: RecordType;
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

/**
 * A file to read from, as Node's `fs.promises.open(path)` gives it (a FileHandle), or
 * anything with the same `read`. It is read in order into two buffers used in turn, which
 * spares allocating and paging in a fresh buffer per chunk (on 10 million records, 1.45 s
 * against 1.89 s from a read stream). The caller opens and closes it.
 */
export interface ByteSource {
  read(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesRead: number }>;
}

/** Bytes or text to read records from: chunks (a read stream, a browser `ReadableStream`, an array) or a {@link ByteSource}. */
export type RecordSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | ByteSource;
type Chunks = RecordSource;

/** Size of the buffer a {@link ByteSource} is read into. */
const SOURCE_BUFFER = 1 << 20;

function isByteSource(x: Chunks): x is ByteSource {
  return (
    !(Symbol.asyncIterator in x) && !(Symbol.iterator in x) && typeof (x as ByteSource).read === "function"
  );
}

/**
 * A byte source's bytes in two buffers used in turn: the next read runs while the consumer
 * works on the current chunk, which stays valid until it asks for the next one (consumers
 * copy what they keep).
 */
async function* sourceChunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  const buffers = [new Uint8Array(SOURCE_BUFFER), new Uint8Array(SOURCE_BUFFER)];
  const read = (b: Uint8Array) => source.read(b, 0, b.length, null);
  let k = 0;
  let pending = read(buffers[0]);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (!bytesRead) return;
      const current = buffers[k];
      k = 1 - k;
      pending = read(buffers[k]);
      yield current.subarray(0, bytesRead);
    }
  } finally {
    // A consumer that stops early leaves a read running: let it end before the caller closes.
    await pending.catch(() => undefined);
  }
}

function hasUtf8Bom(b: Uint8Array): boolean {
  return byteOrderMark(b)?.encoding === "utf-8";
}

/** Whether the bytes are valid UTF-8, allowing a multi-byte sequence cut at the end. */
function looksUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Two byte arrays as one. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function firstNonAscii(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) if (b[i] >= 0x80) return i;
  return -1;
}

/** Bytes looked at after the first non-ASCII byte before the encoding is decided. */
const SNIFF_BYTES = 64;

/** Bytes held at the start of a stream to look for a BOM or UTF-16's NUL bytes. */
const START_BYTES = 512;

type Decided = Exclude<RecordEncoding, "auto">;

type Piece =
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array; encoding: "ascii" | Decided; start: boolean };

/** The encoding the opening bytes of a stream tell on their own: a BOM, or UTF-16's NUL bytes. */
function openingEncoding(head: Uint8Array): Decided | undefined {
  return byteOrderMark(head)?.encoding ?? utf16ByNuls(head);
}

/** UTF-8 when the bytes from the first non-ASCII one are valid UTF-8 (or a UTF-8 BOM opens the stream), else GB18030. */
function sniffed(held: Uint8Array, start: boolean): "utf-8" | "gb18030" {
  return (start && hasUtf8Bom(held)) || looksUtf8(held.subarray(firstNonAscii(held))) ? "utf-8" : "gb18030";
}

/**
 * The chunks with the encoding of byte chunks decided. With `auto`, the first 512 bytes (or
 * the whole stream, if shorter) are held to look for a BOM or UTF-16's NUL bytes; then bytes are
 * held back from the first non-ASCII byte until 64 more have arrived (or the stream ends), and
 * valid UTF-8 → UTF-8, else GB18030; pure-ASCII chunks before that pass as "ascii". `start`
 * marks the piece that begins the stream (where a BOM may be).
 */
async function* pieces(chunks: Chunks, encoding: RecordEncoding): AsyncGenerator<Piece> {
  let decided: Decided | undefined = encoding === "auto" ? undefined : encoding;
  let held: Uint8Array | undefined;
  let start = true;
  let opening = encoding === "auto";
  const all = isByteSource(chunks) ? sourceChunks(chunks) : (chunks as AsyncIterable<string | Uint8Array>);
  for await (const chunk of all) {
    if (typeof chunk === "string") {
      if (chunk) yield { kind: "text", text: chunk };
      start = false;
      opening = false;
      continue;
    }
    if (chunk.length === 0) continue;
    if (decided) {
      yield { kind: "bytes", bytes: chunk, encoding: decided, start };
      start = false;
      continue;
    }
    // A copy: a byte source's buffer is refilled by the next read.
    held = held ? concatBytes(held, chunk) : chunk.slice();
    if (opening) {
      if (held.length < START_BYTES) continue;
      opening = false;
      decided = openingEncoding(held);
      if (decided) {
        yield { kind: "bytes", bytes: held, encoding: decided, start };
        start = false;
        held = undefined;
        continue;
      }
    }
    const at = firstNonAscii(held);
    if (at === -1) {
      yield { kind: "bytes", bytes: held, encoding: "ascii", start };
      start = false;
      held = undefined;
      continue;
    }
    if (held.length - at < SNIFF_BYTES && !(start && hasUtf8Bom(held))) continue;
    decided = sniffed(held, start);
    yield { kind: "bytes", bytes: held, encoding: decided, start };
    start = false;
    held = undefined;
  }
  if (held) {
    const enc = (opening ? openingEncoding(held) : undefined) ?? sniffed(held, start);
    yield { kind: "bytes", bytes: held, encoding: enc, start };
  }
}

/** The bytes of a piece without the BOM that opens the stream, if any. */
function withoutBom(p: Extract<Piece, { kind: "bytes" }>): Uint8Array {
  const bom = p.start ? byteOrderMark(p.bytes) : undefined;
  if (!bom) return p.bytes;
  const utf16 = p.encoding === "utf-16le" || p.encoding === "utf-16be";
  return bom.encoding === p.encoding || (bom.encoding === "utf-8" && !utf16)
    ? p.bytes.subarray(bom.length)
    : p.bytes;
}

/**
 * Decodes chunks of bytes (or passes text through) into text pieces. With `auto`, the
 * encoding is told as `decodeText` of @disclosure/schema tells it: a BOM (UTF-8, UTF-16),
 * UTF-16 by its NUL bytes, else from the first non-ASCII bytes: valid UTF-8 → UTF-8, else
 * GB18030. A BOM at the start of the stream is dropped, nowhere else. Undecodable bytes
 * become U+FFFD, which the readers report per line.
 * @example
 * // 盐池 in GB18030 (as saved by a Chinese Excel): D1 CE B3 D8
 * for await (const text of decodeChunks([new Uint8Array([0xd1, 0xce, 0xb3, 0xd8])])) console.log(text); //=> "盐池"
 */
export async function* decodeChunks(
  chunks: Chunks,
  encoding: RecordEncoding = "auto",
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  const ascii = new TextDecoder("utf-8");
  let first = true;
  for await (const p of pieces(chunks, encoding)) {
    if (p.kind === "text") {
      const text = first && p.text.charCodeAt(0) === 0xfeff ? p.text.slice(1) : p.text;
      first = false;
      if (text) yield text;
      continue;
    }
    first = false;
    const bytes = withoutBom(p);
    if (p.encoding === "ascii") {
      yield ascii.decode(bytes);
      continue;
    }
    decoder ??= new TextDecoder(p.encoding, { ignoreBOM: true });
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield rest;
  }
}

/**
 * The same stream as UTF-8 bytes, leading BOM dropped: UTF-8 input passes through
 * untouched (no decoding), GB18030 and UTF-16 input and text are re-encoded. Lines split on byte 0x0A
 * of this stream decode exactly as the lines of {@link decodeChunks}.
 */
export async function* utf8Chunks(
  chunks: Chunks,
  encoding: RecordEncoding = "auto",
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const p of pieces(chunks, encoding)) {
    if (p.kind === "text") {
      const text = first && p.text.charCodeAt(0) === 0xfeff ? p.text.slice(1) : p.text;
      first = false;
      if (text) yield encoder.encode(text);
      continue;
    }
    first = false;
    const bytes = withoutBom(p);
    if (p.encoding !== "utf-8" && p.encoding !== "ascii") {
      decoder ??= new TextDecoder(p.encoding, { ignoreBOM: true });
      const text = decoder.decode(bytes, { stream: true });
      if (text) yield encoder.encode(text);
      continue;
    }
    if (bytes.length) yield bytes;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield encoder.encode(rest);
  }
}

/** Splits text pieces into lines (without their `\r\n` / `\n`), numbered from 1. */
export async function* splitLines(texts: AsyncIterable<string>): AsyncGenerator<[string, number]> {
  let carry = "";
  let line = 0;
  for await (const text of texts) {
    const buf = carry ? carry + text : text;
    let start = 0;
    for (let nl = buf.indexOf("\n", start); nl !== -1; nl = buf.indexOf("\n", start)) {
      const end = nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield [buf.slice(start, end), ++line];
      start = nl + 1;
    }
    carry = buf.slice(start);
  }
  if (carry) {
    const end = carry.charCodeAt(carry.length - 1) === 13 ? carry.length - 1 : carry.length;
    yield [carry.slice(0, end), ++line];
  }
}

/** A row's cells with warnings for undecodable bytes and control characters; NULs removed. */
function checkedCells(
  fields: string[],
  loc: RecordLocation,
  labels: readonly string[],
): { fields: string[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  if (fields.some((f) => f.includes("\uFFFD"))) warnings.push(replacementWarning(loc));
  const controlled = fields.findIndex(hasControlChars);
  if (controlled < 0) return { fields, warnings };
  warnings.push(controlWarning(loc, labels[controlled] ?? "", fields[controlled]));
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

function replacementWarning(loc: RecordLocation): Issue {
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

/**
 * One line of a JSON Lines file as a reader item (undefined for a blank line): parsed,
 * validated, located.
 */
export function parseJsonLine(
  text: string,
  line: number,
  opts: ReadRecordsOptions,
  state: LineParserState,
): ReadItem | undefined {
  if (text.trim() === "") return undefined;
  const loc: RecordLocation = { file: opts.file, line };
  const warnings: Issue[] = [];
  if (text.includes("\uFFFD")) warnings.push(replacementWarning(loc));
  // NaN, a number out of range, a key given twice: located by line and column.
  const parsed = parseJson(text, {
    ...(opts.file === undefined ? {} : { file: opts.file }),
    line,
    code: "RECORD-JSON",
  });
  if (!parsed.ok) {
    const short = text.length > 80 ? `${text.slice(0, 80)}…` : text;
    const issues = parsed.issues.map((i) => (i.code === "RECORD-JSON" ? { ...i, value: short } : i));
    return rejected([...issues, ...warnings], loc);
  }
  return itemOf(parseRecord(parsed.value, loc, opts.type), loc, warnings, state);
}

function rejected(issues: Issue[], loc: RecordLocation): RejectedItem {
  const item: RejectedItem = { issue: issues[0], issues, line: loc.line ?? 0 };
  if (loc.file !== undefined) item.file = loc.file;
  return item;
}

function itemOf(
  parsed: ReturnType<typeof parseRecord>,
  loc: RecordLocation,
  warnings: Issue[],
  state: LineParserState,
): ReadItem {
  warnings.push(...unknownFieldWarnings(parsed.unknownFields, loc, state.warnedFields));
  if (!parsed.ok) return rejected([...parsed.issues, ...warnings], loc);
  const item: RecordItem = { record: parsed.record, line: loc.line ?? 0 };
  if (loc.file !== undefined) item.file = loc.file;
  if (warnings.length) item.warnings = warnings;
  return item;
}

/** Sources of reader iterables, so `tabulate` can take its fused fast path over the same bytes. */
export const jsonlSources = new WeakMap<object, { chunks: Chunks; opts: ReadRecordsOptions }>();

/**
 * Reads raw records from a JSON Lines file given as chunks (a Node `fs.createReadStream`,
 * a browser `ReadableStream` of a `File`, an array of strings) or as an open file (Node's
 * `fs.promises.open(path)`, the fastest way in Node): one item per non-blank
 * line, either `{ record, line }` (validated with the schemas of @disclosure/schema) or
 * `{ issue, issues, line }` (rejected, every issue located by file, line and field).
 * Holds only the current chunk. When the result is passed straight to `tabulate`, the
 * records are tallied without building record objects (same results, much faster).
 *
 * @example
 * const items = readRecordsJsonl(['{"id":"YC-CZJ-2021-1","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n',
 *   '{"id":"YC-CZJ-2021-2","receivedDate":"2021-02-30","applicantType":"naturalPerson"}\n'], { file: "盐池县财政局.jsonl" });
 * for await (const item of items) console.log("record" in item ? item.record.id : item.issue.message.zh);
 * //=> YC-CZJ-2021-1
 * //=> 政府信息公开申请记录：receivedDate 格式无效，日期应为 YYYY-MM-DD   (file 盐池县财政局.jsonl, line 2, column receivedDate)
 */
export function readRecordsJsonl(chunks: Chunks, opts: ReadRecordsOptions = {}): AsyncIterable<ReadItem> {
  const iterable: AsyncIterable<ReadItem> = {
    async *[Symbol.asyncIterator]() {
      const state: LineParserState = { warnedFields: new Set() };
      for await (const [text, line] of splitLines(decodeChunks(chunks, opts.encoding))) {
        const item = parseJsonLine(text, line, opts, state);
        if (item) yield item;
      }
    },
  };
  jsonlSources.set(iterable, { chunks, opts });
  return iterable;
}

/** The parts of a {@link concatReaders} iterable, so `tabulate` can take each part's own path. */
export const readerSequences = new WeakMap<object, readonly AsyncIterable<ReadItem>[]>();

/**
 * Several readers' items one after the other (the files of a township, say), each keeping
 * its own file name and line numbers. Passed straight to `tabulate`, every JSON Lines
 * reader among them still takes the fast path.
 * @example
 * const t = await tabulate(concatReaders([readRecordsJsonl(a, { file: "a.jsonl" }), readRecordsCsv(b, { file: "b.csv" })]), { year: 2021 });
 */
export function concatReaders(readers: readonly AsyncIterable<ReadItem>[]): AsyncIterable<ReadItem> {
  const parts = [...readers];
  const iterable: AsyncIterable<ReadItem> = {
    async *[Symbol.asyncIterator]() {
      for (const r of parts) yield* r;
    },
  };
  readerSequences.set(iterable, parts);
  return iterable;
}

// ---------------------------------------------------------------------------------------
// CSV

export interface ReadCsvOptions extends ReadRecordsOptions {
  /** Field delimiter; default ",". */
  delimiter?: string;
}

/**
 * RFC 4180 rows from text pieces: quoted fields may hold delimiters, `""` and line breaks.
 * A row ends at `\r\n`, `\n` or a lone `\r` (a file saved with old Mac line endings).
 * Each row comes with the line it starts on; an unterminated quote at the end is reported.
 */
export async function* csvRows(
  texts: AsyncIterable<string>,
  delimiter = ",",
): AsyncGenerator<{ fields: string[]; line: number } | { unterminated: number }> {
  const delim = delimiter.charCodeAt(0);
  let fields: string[] = [];
  let field = "";
  let inQuotes = false;
  let quotePending = false; // saw a quote inside a quoted field: an escape or the closing quote
  let line = 1;
  let rowLine = 1;
  let started = false;
  let prevCr = false; // the character before was \r: a \n now completes a \r\n
  for await (const text of texts) {
    let runStart = 0;
    const flush = (end: number) => {
      if (end > runStart) field += text.slice(runStart, end);
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const lfOfCrlf = c === 10 && prevCr;
      prevCr = c === 13;
      if (inQuotes) {
        if (quotePending) {
          quotePending = false;
          if (c === 34) {
            // "" → one quote; the first quote was not copied.
            runStart = i;
            continue;
          }
          inQuotes = false;
          runStart = i;
          // fall through to the unquoted handling of c
        } else {
          if (c === 34) {
            flush(i);
            quotePending = true;
            runStart = i + 1;
          } else if (c === 13 || (c === 10 && !lfOfCrlf)) line++;
          continue;
        }
      }
      if (c === delim) {
        flush(i);
        fields.push(field);
        field = "";
        started = true;
        runStart = i + 1;
      } else if (lfOfCrlf) {
        runStart = i + 1; // the row ended at the \r
      } else if (c === 10 || c === 13) {
        flush(i);
        fields.push(field);
        yield { fields, line: rowLine };
        fields = [];
        field = "";
        started = false;
        line++;
        rowLine = line;
        runStart = i + 1;
      } else if (c === 34 && field === "" && runStart === i) {
        inQuotes = true;
        started = true;
        runStart = i + 1;
      } else started = true;
    }
    flush(text.length);
  }
  if (inQuotes && !quotePending) {
    yield { unterminated: rowLine };
    return;
  }
  if (started || field !== "" || fields.length) {
    if (field.endsWith("\r")) field = field.slice(0, -1);
    fields.push(field);
    yield { fields, line: rowLine };
  }
}

/** Fields that are integers, booleans or nullable in the record schemas. */
const INTEGER_FIELDS = new Set([
  "count",
  "amountYuan",
  "extension.workingDays",
  "fee.pages",
  "fee.amountYuan",
]);
const BOOLEAN_FIELDS = new Set(["onTheSpot"]);
const NULLABLE_FIELDS = new Set(["correction.receivedDate", "fee.paidDate"]);
const TRUE_WORDS = new Set(["true", "TRUE", "True", "1", "是", "Y", "y"]);
const FALSE_WORDS = new Set(["false", "FALSE", "False", "0", "否", "N", "n"]);
const NULL_WORDS = new Set(["null", "NULL", "无"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A CSV cell as the JSON value the schema expects (integers, booleans, null), text otherwise.
 * Values written as ledgers write them become codes and ISO dates (自然人 → naturalPerson,
 * 2021年3月4日 → 2021-03-04); what matches nothing stays as written, for the schema to reject
 * with its location.
 */
function csvValue(field: string, text: string): unknown {
  if (/Date$/.test(field) && !ISO_DATE.test(text.trim())) {
    if (NULLABLE_FIELDS.has(field) && NULL_WORDS.has(text.trim())) return null;
    return ledgerDate(text) ?? text;
  }
  if (field === "applicantType") return ledgerApplicantType(text) ?? text;
  if (field === "result") return ledgerResult(text) ?? text;
  if (field === "channel") return ledgerChannel(text) ?? text;
  if (field === "kind") return ledgerCaseKind(text) ?? text;
  if (field === "outcome") {
    const o = ledgerCaseOutcome(text);
    return o === null ? undefined : (o ?? text); // 尚未审结: no outcome yet
  }
  if (INTEGER_FIELDS.has(field) && /^-?\d+$/.test(text.trim())) return Number(text.trim());
  if (BOOLEAN_FIELDS.has(field)) {
    if (TRUE_WORDS.has(text.trim())) return true;
    if (FALSE_WORDS.has(text.trim())) return false;
  }
  if (NULLABLE_FIELDS.has(field) && NULL_WORDS.has(text.trim())) return null;
  if (field === "consultations") {
    const t = text.trim();
    if (t.startsWith("[")) {
      // Not JSON (or a key twice): kept as written, for the schema to reject with its column.
      const parsed = parseJson(t);
      return parsed.ok ? parsed.value : t;
    }
    // 2021-03-01~2021-03-10;2021-04-01~2021-04-05
    return t.split(/[;；]/).map((r) => {
      const [from, to] = r.split(/[~～至]/).map((s) => s.trim());
      return { from, to };
    });
  }
  return text;
}

/** A CSV row as a record object: `a.b` headers become nested fields, empty cells are absent. */
function csvObject(header: readonly string[], fields: readonly string[]): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const text = fields[i];
    if (text === undefined || text === "" || name === "") return;
    const value = csvValue(name, text);
    if (value === undefined) return;
    const parts = name.split(".");
    let target = o;
    for (const p of parts.slice(0, -1)) {
      if (typeof target[p] !== "object" || target[p] === null) target[p] = {};
      target = target[p] as Record<string, unknown>;
    }
    target[parts[parts.length - 1]] = value;
  });
  return o;
}

/**
 * Reads raw records from a CSV file given as chunks or an open file (as
 * {@link readRecordsJsonl}): the first row names the fields (the
 * record's field names; nested fields as `fee.amountYuan`, `correction.requestedDate`;
 * `consultations` as JSON or `from~to;from~to`), each further row is one record. Empty
 * cells are absent fields; integer and boolean fields are converted (是/否 too). UTF-8 or
 * GB18030, with or without BOM. Rows with a different number of cells than the header are
 * rejected; issues name the file, the line the row starts on and the column's header.
 *
 * @example
 * const csv = "id,unit,receivedDate,applicantType,result,completedDate\n" +
 *   "YC-CZJ-2021-1,盐池县财政局,2021-03-04,naturalPerson,granted,2021-03-18\n";
 * for await (const item of readRecordsCsv([csv], { file: "财政局.csv" })) console.log(item);
 * //=> { record: { type: "application", id: "YC-CZJ-2021-1", … }, line: 2, file: "财政局.csv" }
 */
export function readRecordsCsv(chunks: Chunks, opts: ReadCsvOptions = {}): AsyncIterable<ReadItem> {
  return {
    async *[Symbol.asyncIterator]() {
      const rows = csvRows(decodeChunks(chunks, opts.encoding), opts.delimiter);
      for await (const item of recordsFromRows(unguarded(rows), opts)) yield item;
    },
  };
}

/** CSV rows with the formula guard of `csvText` (@disclosure/schema) taken off every cell. */
async function* unguarded<R extends { fields: string[] } | { unterminated: number }>(
  rows: AsyncIterable<R>,
): AsyncGenerator<R> {
  for await (const row of rows)
    yield "fields" in row ? { ...row, fields: row.fields.map(unguardCsvCell) } : row;
}

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
  return RECORD_FIELDS.has(h.split(".")[0]) ? h : ledgerField(h);
}

/**
 * The index of the row that is a records header among the first rows of a table (two record
 * fields named, by name or by a ledger's Chinese headers), or -1: tells a worksheet of
 * records from a sheet of notes.
 * @example recordHeaderRow([["盐池县财政局台账"], ["序号", "收到申请日期", "申请人类型"]]) //=> 1
 */
export function recordHeaderRow(rows: readonly (readonly string[])[]): number {
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < n; i++) if (headerOf(rows[i].map((c) => c ?? "")) !== undefined) return i;
  return -1;
}

/**
 * A second header row under `top` (`top` as written): where it names fields — under a group
 * label of the row above (申请人情况 › 姓名或名称, 类型), or by themselves — those columns
 * take them. A group label spreads over the empty cells after it (a merged cell as Excel saves
 * it to CSV); a cell merged down over both rows repeats its label and keeps its field. A data
 * row names no field, so it is never taken for one.
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
async function* recordsFromRows(
  rows: AsyncIterable<{ fields: string[]; line: number } | { unterminated: number }>,
  opts: ReadRecordsOptions,
): AsyncGenerator<ReadItem> {
  const state: LineParserState = { warnedFields: new Set() };
  let header: string[] | undefined;
  let labels: string[] = [];
  /** The header row as written, until the row under it has been looked at. */
  let top: string[] | undefined;
  /** The header's rows as written, to pass over where they repeat. */
  const written: string[][] = [];
  const isWritten = (fields: readonly string[]) =>
    written.some((w) => w.length === fields.length && w.every((c, i) => c === fields[i].trim()));
  const before: { fields: string[]; line: number }[] = [];
  const record = (row: { fields: string[]; line: number }): ReadItem => {
    const h = header!;
    const loc: RecordLocation = { file: opts.file, line: row.line };
    const { fields, warnings } = checkedCells(row.fields, loc, labels);
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
    if (!h.includes("id") && o.id === undefined) o.id = `${opts.file ?? "records"}:${row.line}`;
    const item = itemOf(parseRecord(o, loc, opts.type), loc, warnings, state);
    return relabel(item, h, labels, fields);
  };
  const fallback = function* (): Generator<ReadItem> {
    // No row named two record fields: the first row is the header, as written.
    header = before[0].fields.map((c) => c.trim());
    labels = header;
    for (const b of before.slice(1)) yield record(b);
    before.length = 0;
  };
  for await (const row of rows) {
    if ("unterminated" in row) {
      if (!header && before.length) yield* fallback();
      const loc = { file: opts.file, line: row.unterminated };
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

/** The index of a row's only non-blank cell, or -1 (none, or several). */
function onlyFilledCell(fields: readonly string[]): number {
  let at = -1;
  for (let i = 0; i < fields.length; i++) {
    if (fields[i].trim() === "") continue;
    if (at >= 0) return -1;
    at = i;
  }
  return at;
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
    if (typeof i.column !== "string") return i;
    const field = i.column;
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
    return { ...i, column: label, message };
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
