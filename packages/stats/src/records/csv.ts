// CSV: RFC 4180 rows from decoded text (quoted fields across lines, "" escapes, CRLF, LF or a
// lone CR), the formula guard taken off every cell, then read as rows of records (./grid).
import { unguardCsvCell } from "@disclosure/schema";
import { decodeChunks } from "./decode";
import { recordsFromRows } from "./grid";
import type { ReadItem, ReadRecordsOptions } from "./items";
import type { RecordSource } from "./source";

type Chunks = RecordSource;

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
