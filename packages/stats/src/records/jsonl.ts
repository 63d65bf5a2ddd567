// JSON Lines: one record a line, parsed (a key twice, NaN, a number out of range located by
// line and column), validated and located; blank lines yield nothing.
import { type Issue, parseJson } from "@disclosure/schema";
import { parseRecord, type RecordLocation } from "../record-parse";
import { decodeChunks } from "./decode";
import {
  itemOf,
  type LineParserState,
  type ReadItem,
  type ReadRecordsOptions,
  rejected,
  replacementWarning,
} from "./items";
import { splitLines } from "./lines";
import type { JsonlRecords, RecordSource, RecordsSequence } from "./source";

type Chunks = RecordSource;

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

/**
 * Reads raw records from a JSON Lines file given as chunks (a Node `fs.createReadStream`,
 * a browser `ReadableStream` of a `File`, an array of strings) or as an open file (Node's
 * `fs.promises.open(path)`, the fastest way in Node): one item per non-blank
 * line, either `{ record, line }` (validated with the schemas of @disclosure/schema) or
 * `{ issue, issues, line }` (rejected, every issue located by file, line and field).
 * Holds only the current chunk. The reader carries its source (`jsonl`): passed to
 * `tabulate`, the bytes are scanned and tallied without building record objects (same
 * results, much faster).
 *
 * @example
 * const items = readRecordsJsonl(['{"id":"YC-CZJ-2021-1","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n',
 *   '{"id":"YC-CZJ-2021-2","receivedDate":"2021-02-30","applicantType":"naturalPerson"}\n'], { file: "盐池县财政局.jsonl" });
 * for await (const item of items) console.log("record" in item ? item.record.id : item.issue.message.zh);
 * //=> YC-CZJ-2021-1
 * //=> 政府信息公开申请记录：receivedDate 格式无效，日期应为 YYYY-MM-DD   (file 盐池县财政局.jsonl, line 2, column receivedDate)
 */
export function readRecordsJsonl(chunks: Chunks, opts: ReadRecordsOptions = {}): JsonlRecords {
  return {
    jsonl: { chunks, options: opts },
    async *[Symbol.asyncIterator]() {
      const state: LineParserState = { warnedFields: new Set() };
      for await (const [text, line] of splitLines(decodeChunks(chunks, opts.encoding))) {
        const item = parseJsonLine(text, line, opts, state);
        if (item) yield item;
      }
    },
  };
}

/**
 * Several readers' items one after the other (the files of a township, say), each keeping
 * its own file name and line numbers. Passed straight to `tabulate`, every JSON Lines
 * reader among them still takes the fast path.
 * @example
 * const t = await tabulate(concatReaders([readRecordsJsonl(a, { file: "a.jsonl" }), readRecordsCsv(b, { file: "b.csv" })]), { year: 2021 });
 */
export function concatReaders(readers: readonly AsyncIterable<ReadItem>[]): RecordsSequence {
  const parts = [...readers];
  return {
    parts,
    async *[Symbol.asyncIterator]() {
      for (const r of parts) yield* r;
    },
  };
}
