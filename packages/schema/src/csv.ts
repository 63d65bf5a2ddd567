// CSV as every package writes and reads it. Written safe to open in Excel, WPS and LibreOffice:
// a cell that begins with = + - @ TAB or CR would be run as a formula (=HYPERLINK(…),
// =cmd|' /C calc'!A0), so it is written after a ' (OWASP, "CSV Injection"), and reading takes
// the ' off again. Genuine numbers (-18 in a 本年增/减 column) are left as they are.
import Papa from "papaparse";

/**
 * A cell the writer guards: one that starts with a formula character, after any run of `'`
 * (so that a value that itself begins with `'=` comes back exact), unless it is a plain number.
 */
const GUARDED = /^(?![+-]?\d+(?:\.\d+)?$)'*[=+\-@\t\r]/;

/** A cell as the writer guarded it: a `'`, then what `GUARDED` matches. */
const GUARD = /^'+[=+\-@\t\r]/;

/** A value for a CSV cell: text, a number, or nothing (an empty cell). */
export type CsvValue = string | number | null | undefined;

export interface CsvWriteOptions {
  /** Open with a UTF-8 BOM, so that Excel and WPS read the Chinese of a UTF-8 file (default true). */
  bom?: boolean;
}

/**
 * A cell as the writer writes it: prefixed with `'` when a spreadsheet would take it for a
 * formula (quoting is the writer's).
 * @example guardCsvCell("=HYPERLINK(\"http://x\")") //=> "'=HYPERLINK(\"http://x\")"
 * @example guardCsvCell("-18") //=> "-18"
 */
export function guardCsvCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/**
 * A cell as written back to its value: the guard `'` before a formula character taken off.
 * Every CSV reader applies it, so that writing then reading gives the same text.
 * @example unguardCsvCell("'=SUM(1)") //=> "=SUM(1)"
 * @example unguardCsvCell("''=x") //=> "'=x"
 */
export function unguardCsvCell(value: string): string {
  return GUARD.test(value) ? value.slice(1) : value;
}

/**
 * Rows as CSV text (RFC 4180: fields with a comma, quote or line break quoted, quotes
 * doubled; CRLF line ends, one after the last row), every cell a spreadsheet would run as a
 * formula guarded with `'`, with a UTF-8 BOM unless `bom: false`. What `readCellsCsv`,
 * `readRecordsCsv` and the catalog readers read back to the same values.
 * @example csvText([["单位", "本年增/减"], ["=1+2", -18]], { bom: false }) //=> "单位,本年增/减\r\n\"'=1+2\",-18\r\n"
 */
export function csvText(rows: Iterable<readonly CsvValue[]>, opts: CsvWriteOptions = {}): string {
  const data = Array.from(rows, (r) => r.map((v) => (v === null || v === undefined ? "" : String(v))));
  // Fields with a tab or semicolon are quoted too, so that only commas separate fields outside quotes.
  const quotes = (value: unknown) => typeof value === "string" && /[\t;]/.test(value);
  const body = Papa.unparse(data, { newline: "\r\n", quotes, escapeFormulae: GUARDED });
  return `${opts.bom === false ? "" : "\uFEFF"}${body}${data.length ? "\r\n" : ""}`;
}

/** A CSV file's rows as the readers take them, and what papaparse could not read. */
export interface CsvRows {
  rows: string[][];
  /** papaparse's errors, `row` 0-based among the rows. */
  errors: { code: string; message: string; row?: number }[];
  delimiter: string;
}

/**
 * The delimiter of CSV text: of comma, tab and semicolon, the one found most often outside
 * quotes on the first line that has any (a title line of one cell is passed over); comma
 * when none. Unlike a guess over the whole file, a `|` or `;` inside a quoted cell never decides.
 * @example csvDelimiter("序号\t事项\n1\t婚姻登记") //=> "\t"
 */
export function csvDelimiter(text: string): string {
  let quoted = false;
  const count = { ",": 0, "\t": 0, ";": 0 };
  for (let i = 0; i < text.length && i < 65536; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "," || c === "\t" || c === ";")) count[c]++;
    else if (!quoted && c === "\n" && count[","] + count["\t"] + count[";"] > 0) break;
  }
  const best = (Object.keys(count) as (keyof typeof count)[]).reduce((a, b) => (count[b] > count[a] ? b : a));
  return count[best] > 0 ? best : ",";
}

/**
 * CSV text (BOM dropped) read into rows of cells, the formula guard taken off every cell
 * (see {@link unguardCsvCell}); the delimiter by {@link csvDelimiter} unless given.
 * `skipEmptyLines` as papaparse's; by default an empty line is a row of one empty cell, so
 * that row numbers are the file's lines.
 * @example readCsvRows("a,'=1\r\n", { skipEmptyLines: true }).rows //=> [["a", "=1"]]
 */
export function readCsvRows(
  text: string,
  opts: { delimiter?: string; skipEmptyLines?: boolean | "greedy" } = {},
): CsvRows {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = opts.delimiter ?? csvDelimiter(body);
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    skipEmptyLines: opts.skipEmptyLines ?? false,
    dynamicTyping: false,
    transform: unguardCsvCell,
  });
  const errors = parsed.errors.map((e) => ({
    code: e.code,
    message: e.message,
    ...(e.row !== undefined ? { row: e.row } : {}),
  }));
  return { rows: parsed.data, errors, delimiter };
}
