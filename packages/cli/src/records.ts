import { decodeText, isOptionalModuleError, type Message } from "@disclosure/schema";
import {
  concatReaders,
  looksLikeRecords as headLooksLikeRecords,
  isRecordsFileError,
  type ReadItem,
  readRecordsFile,
  workbookHasRecords,
} from "@disclosure/stats";
import { CliError, type Io } from "./io.js";

const XLSX = /\.xlsx$/i;

/** A reader's failure to open a workbook, or its lack of records, as the command's error (exit 2). */
function cliError(e: unknown): unknown {
  return isRecordsFileError(e) ? new CliError(e.bilingual) : e;
}

/**
 * Whether a file holds raw records (JSONL/CSV of applications, cases …, an application
 * ledger in CSV or XLSX) rather than cells or a report. A workbook is streamed until a sheet
 * of records is found.
 */
export async function looksLikeRecords(io: Io, path: string): Promise<boolean> {
  if (XLSX.test(path)) {
    try {
      return await workbookHasRecords(path, io.readStream(path));
    } catch (e) {
      if (isOptionalModuleError(e)) throw e;
      throw cliError(e);
    }
  }
  if (!/\.(jsonl|ndjson|csv)$/i.test(path)) return false;
  for await (const chunk of io.readStream(path)) {
    // GB18030 (a ledger saved by Chinese Excel) as well as UTF-8.
    return headLooksLikeRecords(decodeText(chunk.subarray(0, 4096)).text);
  }
  return false;
}

/** A workbook's records, its failures as the command's errors. */
async function* workbookRecords(reader: AsyncIterable<ReadItem>): AsyncGenerator<ReadItem> {
  try {
    yield* reader;
  } catch (e) {
    throw cliError(e);
  }
}

/**
 * The records of one file, streamed by `readRecordsFile` of @disclosure/stats: JSON Lines and
 * CSV chunk by chunk, a workbook row by row (within the zip limits), each record located.
 */
export function recordStream(io: Io, path: string): AsyncIterable<ReadItem> {
  const reader = readRecordsFile(path, io.readStream(path));
  return XLSX.test(path) ? workbookRecords(reader) : reader;
}

/**
 * The records of several files, one after the other; passed to `tabulate`, each JSON Lines
 * file takes the fast path over its bytes.
 */
export function recordStreams(io: Io, paths: readonly string[]): AsyncIterable<ReadItem> {
  return concatReaders(paths.map((p) => recordStream(io, p)));
}

/**
 * Why files gave no record at all, file by file: a start that is not records (no header of
 * record fields or ledger columns, no JSON record), or a header with no rows under it.
 */
export async function whyNoRecords(io: Io, paths: readonly string[]): Promise<Message> {
  const parts = await Promise.all(
    paths.map(async (p): Promise<Message> => {
      const records = await looksLikeRecords(io, p).catch(() => false);
      return records
        ? { zh: `${p} 只有表头，没有记录行`, en: `${p} has a header but no rows of records` }
        : {
            zh: `${p} 的开头不是记录：CSV 和台账须有表头（如 id、receivedDate，或“收到申请日期”“申请人类型”），JSON Lines 须每行一条记录`,
            en: `${p} does not begin with records: a CSV or ledger needs a header (such as id, receivedDate, or 收到申请日期, 申请人类型), JSON Lines one record a line`,
          };
    }),
  );
  return {
    zh: `没有读到任何记录：${parts.map((m) => m.zh).join("；")}`,
    en: `no records were read: ${parts.map((m) => m.en).join("; ")}`,
  };
}
