// One reader of record files for the command line and the browser: a file's name tells its
// kind (.xlsx a ledger workbook, .csv, else JSON Lines), and its bytes, its path (Node) or a
// stream of it are read into reader items. A ledger workbook given as a path or a stream is
// read row by row; given as bytes, whole (the browser), within the zip limits either way.
import { isOptionalModuleError, readWorkbookGrids, type ZipLimits } from "@disclosure/schema";
import { readRecordsCsv } from "./csv";
import { readRecordsGrid, recordHeaderRow, recordsFromRows } from "./grid";
import type { ReadItem, ReadRecordsOptions } from "./items";
import { concatReaders, readRecordsJsonl } from "./jsonl";
import { type RecordSource, sourceChunks } from "./source";
import { nodeModule, noRecordSheets, recordRows, streamWorkbookSheets, unopenable } from "./xlsx";

/** Options of {@link readRecordsFile}. */
export interface ReadRecordsFileOptions extends ReadRecordsOptions {
  /** CSV field delimiter; default ",". */
  delimiter?: string;
  /** Limits on an .xlsx archive (defaults `DEFAULT_ZIP_LIMITS` of @disclosure/schema). */
  limits?: Partial<ZipLimits>;
}

/** A record file: its bytes, its path on disk (Node), or its bytes as a stream. */
export type RecordFileInput = Uint8Array | { path: string } | RecordSource;

/** The kind of record file a name tells. */
export function recordFileKind(name: string): "xlsx" | "csv" | "jsonl" {
  return /\.xlsx$/i.test(name) ? "xlsx" : /\.csv$/i.test(name) ? "csv" : "jsonl";
}

function isPath(input: RecordFileInput): input is { path: string } {
  return typeof (input as { path?: unknown }).path === "string" && !(input instanceof Uint8Array);
}

/** A file on disk as chunks, opened when read and closed after (Node). */
function fileChunks(path: string): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      const { open } = nodeModule("node:fs/promises");
      const handle = await open(path);
      try {
        yield* sourceChunks(handle);
      } finally {
        await handle.close();
      }
    },
  };
}

/** Chunks of any input, bytes as one chunk. */
function chunksOf(input: RecordFileInput): RecordSource {
  if (input instanceof Uint8Array) return [input];
  return isPath(input) ? fileChunks(input.path) : input;
}

/** Byte chunks only (an .xlsx is bytes). */
async function* byteChunks(source: RecordSource): AsyncGenerator<Uint8Array> {
  const all = "read" in source && !(Symbol.asyncIterator in source) ? sourceChunks(source) : source;
  for await (const c of all as AsyncIterable<string | Uint8Array>) {
    // A copy: a byte source's buffer is refilled by the next read.
    yield typeof c === "string" ? new TextEncoder().encode(c) : c.slice();
  }
}

/** The workbook reader's options: the zip limits where given. */
function limitsOption(limits: Partial<ZipLimits> | undefined): { limits?: Partial<ZipLimits> } {
  return limits === undefined ? {} : { limits };
}

/** The records of a workbook held whole: every sheet with a records header. */
async function* workbookWhole(bytes: Uint8Array, opts: ReadRecordsFileOptions, file: string) {
  let grids: Awaited<ReturnType<typeof readWorkbookGrids>>;
  try {
    grids = await readWorkbookGrids(bytes, limitsOption(opts.limits));
  } catch (e) {
    throw isOptionalModuleError(e) ? e : unopenable(file, e);
  }
  const sheets = grids.filter((g) => recordHeaderRow(g.rows) >= 0);
  if (!sheets.length) throw noRecordSheets(file);
  for (const g of sheets) yield* readRecordsGrid(g, { ...opts, file, sheet: g.sheet });
}

/** The records of a workbook read row by row: every sheet with a records header. */
async function* workbookStreamed(source: RecordSource, opts: ReadRecordsFileOptions, file: string) {
  let found = false;
  try {
    for await (const { sheet, rows } of streamWorkbookSheets(byteChunks(source), opts.limits)) {
      const records = await recordRows(rows);
      if (!records) continue;
      found = true;
      yield* recordsFromRows(records, { ...opts, file, sheet }, { ragged: true });
    }
  } catch (e) {
    throw isOptionalModuleError(e) ? e : unopenable(file, e);
  }
  if (!found) throw noRecordSheets(file);
}

/**
 * The records of one file, by its name: an application ledger workbook (.xlsx: every sheet
 * with a records header, issues located by sheet and row, `台账.xlsx 工作表“2021年”`), CSV
 * (.csv) or JSON Lines (anything else). The input is the file's bytes, its path (`{ path }`,
 * Node) or a stream of its bytes. Nothing is read before the result is iterated. A JSON Lines
 * reader keeps its fast path through `tabulate`. A workbook given as a path or a stream is read
 * row by row in constant memory (Node); given as bytes, whole. A workbook that cannot be
 * opened, passes a zip limit or has no sheet of records rejects with a `RecordsFileError`
 * (`XLSX-OPEN`, `XLSX-NO-RECORDS`, a bilingual message); without exceljs, with an
 * `OptionalModuleError`.
 * @example
 * const t = await tabulate(readRecordsFile("台账.xlsx", { path: "台账.xlsx" }), { year: 2024 });
 */
export function readRecordsFile(
  name: string,
  input: RecordFileInput,
  options: ReadRecordsFileOptions = {},
): AsyncIterable<ReadItem> {
  const opts = { ...options, file: options.file ?? name };
  const kind = recordFileKind(name);
  if (kind === "csv") return readRecordsCsv(chunksOf(input), opts);
  if (kind === "jsonl") return readRecordsJsonl(chunksOf(input), opts);
  const file = opts.file;
  return {
    [Symbol.asyncIterator]: () =>
      input instanceof Uint8Array
        ? workbookWhole(input, opts, file)
        : workbookStreamed(chunksOf(input), opts, file),
  };
}

/**
 * Whether a workbook has a sheet of records (a records header among a sheet's first rows):
 * given as bytes, read whole; as a path or a stream, read only until one is found. Rejects as
 * {@link readRecordsFile} does for a workbook that cannot be opened.
 * @example await workbookHasRecords("台账.xlsx", { path: "台账.xlsx" }) //=> true
 */
export async function workbookHasRecords(
  name: string,
  input: RecordFileInput,
  options: { limits?: Partial<ZipLimits> } = {},
): Promise<boolean> {
  try {
    if (input instanceof Uint8Array) {
      const grids = await readWorkbookGrids(input, limitsOption(options.limits));
      return grids.some((g) => recordHeaderRow(g.rows) >= 0);
    }
    for await (const { rows } of streamWorkbookSheets(byteChunks(chunksOf(input)), options.limits)) {
      if (await recordRows(rows)) return true;
    }
    return false;
  } catch (e) {
    throw isOptionalModuleError(e) ? e : unopenable(name, e);
  }
}

/** The records of several files, one after the other; each JSON Lines file keeps its fast path. */
export function readRecordsFiles(
  files: readonly { name: string; input: RecordFileInput }[],
  options: ReadRecordsFileOptions = {},
): AsyncIterable<ReadItem> {
  return concatReaders(files.map((f) => readRecordsFile(f.name, f.input, options)));
}
