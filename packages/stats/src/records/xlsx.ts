// Excel ledgers read row by row (Node): the archive's bytes go through the zip limits as they
// arrive (createZipStreamCheck of @disclosure/schema) and on to exceljs's streaming
// WorkbookReader, which hands over one worksheet row at a time; nothing but the shared strings
// and the current rows is held, so memory stays flat however many rows a ledger has. exceljs
// (an optional peer) is loaded on first use.
import { createZipStreamCheck, type Message, type ZipLimits } from "@disclosure/schema";
import { loadExcelModule, workbookCellText } from "@disclosure/schema/internal";
import type { CellValue } from "exceljs";
import { recordHeaderRow } from "./grid";
import { utf8Aligned } from "./utf8-aligned";

/** A worksheet's row as the record readers take it: its cells' texts and its row number. */
export interface SheetRow {
  fields: string[];
  line: number;
}

/** One worksheet of a workbook read row by row: read its rows before asking for the next sheet. */
export interface StreamedSheet {
  sheet: string;
  rows: AsyncIterable<SheetRow>;
}

/** A workbook's worksheet parts: read row by row, never held whole. */
const WORKSHEET = /^xl\/worksheets\/sheet\d+\.xml$/;

/** A row of exceljs's streaming reader: its number and its cells' values (1-based). */
interface StreamRow {
  number: number;
  values: CellValue[] | Record<string, CellValue>;
}

/** The texts of a row's cells from column A to its last cell. */
function rowTexts(row: StreamRow): string[] {
  const values = Array.isArray(row.values) ? row.values : [];
  const out: string[] = [];
  for (let c = 1; c < values.length; c++) out.push(workbookCellText(values[c]));
  return out;
}

/** The failure of the checked stream, told to whoever waits on exceljs when it comes. */
interface Failure {
  error?: unknown;
  readonly waiting: Set<(e: unknown) => void>;
}

function fail(f: Failure, e: unknown): void {
  f.error ??= e;
  for (const w of f.waiting) w(f.error);
  f.waiting.clear();
}

/**
 * The next item of `it`, or the stream's failure when it comes first: exceljs waits forever
 * on a stream that failed. Each wait is removed once settled, so none pile up.
 */
function next<T>(it: AsyncIterator<T>, f: Failure): Promise<IteratorResult<T>> {
  if (f.error !== undefined) return Promise.reject(f.error);
  return new Promise((resolve, reject) => {
    f.waiting.add(reject);
    it.next().then(
      (r) => {
        f.waiting.delete(reject);
        resolve(r);
      },
      (e) => {
        f.waiting.delete(reject);
        reject(f.error ?? e);
      },
    );
  });
}

/** The chunks, each checked against the zip limits before it is passed on. */
async function* checkedChunks(
  chunks: AsyncIterable<Uint8Array>,
  limits: Partial<ZipLimits> | undefined,
  failure: Failure,
): AsyncGenerator<Uint8Array> {
  const check = createZipStreamCheck({
    ...(limits === undefined ? {} : { limits }),
    streamed: (name) => WORKSHEET.test(name),
  });
  try {
    for await (const chunk of chunks) {
      check.push(chunk);
      yield chunk;
    }
    check.push(new Uint8Array(0), true);
  } catch (e) {
    fail(failure, e);
    throw e;
  }
}

/** A worksheet's rows from exceljs's batches of events. */
async function* sheetRows(
  ws: { parse(): AsyncIterator<{ eventType: string; value: unknown }[]> },
  failure: Failure,
): AsyncGenerator<SheetRow> {
  const events = ws.parse();
  for (let batch = await next(events, failure); !batch.done; batch = await next(events, failure)) {
    for (const { eventType, value } of batch.value) {
      if (eventType !== "row") continue;
      const row = value as StreamRow;
      yield { fields: rowTexts(row), line: row.number };
    }
  }
}

/**
 * The worksheets of an .xlsx given as a stream of its bytes, one after the other, each read
 * row by row (Node). The bytes are checked against the zip limits (`limits`, default
 * `DEFAULT_ZIP_LIMITS`) as they arrive, before exceljs sees them; a worksheet, never held, is
 * bounded by the expansion ratio rather than the entry and total sizes. Rejects with a
 * `ZipError` at the first limit passed, with exceljs's error for a file it cannot read.
 * Merged cells are not filled in: a value merged over several rows is read in its first row.
 */
export async function* streamWorkbookSheets(
  chunks: AsyncIterable<Uint8Array>,
  limits?: Partial<ZipLimits>,
): AsyncGenerator<StreamedSheet> {
  const Excel = await loadExcelModule();
  const { Readable } = nodeModule("node:stream");
  const failure: Failure = { waiting: new Set() };
  const input = Readable.from(checkedChunks(chunks, limits, failure), { objectMode: false });
  input.on("error", () => undefined); // told through `failure`
  const reader = new Excel.stream.xlsx.WorkbookReader(input, {
    sharedStrings: "cache",
    styles: "cache", // dates by their number format, as the whole-file reader reads them
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  decodeWholeCharacters(reader, Readable);
  const sheets = reader[Symbol.asyncIterator]();
  try {
    for (let s = await next(sheets, failure); !s.done; s = await next(sheets, failure)) {
      const ws = s.value as unknown as { name: string; parse(): AsyncIterator<never> };
      yield { sheet: ws.name, rows: sheetRows(ws, failure) };
    }
  } finally {
    input.destroy();
  }
}

/** The parts of exceljs's WorkbookReader (4.x) that read an archive part's bytes. */
interface PartReaders {
  _parseRels(entry: NodeJS.ReadableStream): unknown;
  _parseWorkbook(entry: NodeJS.ReadableStream): unknown;
  _parseStyles(entry: NodeJS.ReadableStream): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
  _parseWorksheet(chunks: AsyncIterable<Uint8Array>, sheetNo: string): unknown;
}

const ENTRY_PARTS = ["_parseRels", "_parseWorkbook", "_parseStyles", "_parseSharedStrings"] as const;

/**
 * Every part of the archive handed to exceljs's parsers in chunks cut at character boundaries
 * (see utf8-aligned.ts): exceljs decodes each chunk on its own.
 */
function decodeWholeCharacters(reader: unknown, Readable: typeof import("node:stream").Readable): void {
  const parts = reader as PartReaders;
  for (const name of ENTRY_PARTS) {
    const parse = parts[name].bind(parts);
    parts[name] = (entry) =>
      parse(Readable.from(utf8Aligned(entry as AsyncIterable<Uint8Array>), { objectMode: false }));
  }
  const parseWorksheet = parts._parseWorksheet.bind(parts);
  parts._parseWorksheet = (chunks, sheetNo) => parseWorksheet(utf8Aligned(chunks), sheetNo);
}

/**
 * A module built into Node, taken from the running process rather than imported, so that a
 * browser bundle of this package names no Node module (this path only runs in Node).
 */
export function nodeModule<ID extends "node:stream" | "node:fs/promises">(id: ID): NodeBuiltIn[ID] {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
    ?.getBuiltinModule;
  if (!get) throw new Error(`${id}: reading a workbook row by row needs Node 20.16 or later`);
  return get(id) as NodeBuiltIn[ID];
}

interface NodeBuiltIn {
  "node:stream": typeof import("node:stream");
  "node:fs/promises": typeof import("node:fs/promises");
}

/** Rows looked at for a records header at the top of a sheet. */
const HEADER_ROWS = 10;

/**
 * A sheet's rows when a records header is among its first rows (as {@link recordHeaderRow}
 * tells it), else undefined — the sheet's rows then read through and passed over.
 */
export async function recordRows(
  rows: AsyncIterable<SheetRow>,
): Promise<AsyncIterable<SheetRow> | undefined> {
  const it = rows[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  while (head.length < HEADER_ROWS) {
    const r = await it.next();
    if (r.done) break;
    head.push(r.value);
    if (recordHeaderRow(head.map((h) => h.fields)) >= 0) {
      return (async function* () {
        yield* head;
        for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
      })();
    }
  }
  for (let n = await it.next(); !n.done; n = await it.next());
  return undefined;
}

/** Why an .xlsx cannot be read as a ledger: the code and the bilingual message. */
export class RecordsFileError extends Error {
  readonly code: "XLSX-OPEN" | "XLSX-NO-RECORDS";
  readonly bilingual: Message;
  constructor(code: RecordsFileError["code"], bilingual: Message, options?: { cause?: unknown }) {
    super(`${bilingual.zh} / ${bilingual.en}`, options);
    this.name = "RecordsFileError";
    this.code = code;
    this.bilingual = bilingual;
  }
}

/** Whether `e` is a {@link RecordsFileError} (also one from another copy of this package). */
export function isRecordsFileError(e: unknown): e is RecordsFileError {
  const code = (e as { code?: unknown } | null)?.code;
  return e instanceof Error && (code === "XLSX-OPEN" || code === "XLSX-NO-RECORDS") && "bilingual" in e;
}

/** A workbook with no sheet of records, named. */
export function noRecordSheets(file: string): RecordsFileError {
  return new RecordsFileError("XLSX-NO-RECORDS", {
    zh: `${file} 中没有记录表：未找到含有“收到申请日期”“申请人类型”等列的表头`,
    en: `${file} has no sheet of records: no header with columns such as 收到申请日期 or receivedDate`,
  });
}

/** A workbook that cannot be opened (exceljs's error, or the zip limit passed, in both languages). */
export function unopenable(file: string, e: unknown): RecordsFileError {
  const why = (e as Error).message;
  return new RecordsFileError(
    "XLSX-OPEN",
    { zh: `无法打开 Excel 文件 ${file}：${why}`, en: `cannot open the Excel file ${file}: ${why}` },
    { cause: e },
  );
}
