import { readWorkbookGrids } from "@disclosure/catalog";
import { type Message, decodeText, isOptionalModuleError } from "@disclosure/schema";
import {
  concatReaders,
  looksLikeRecords as headLooksLikeRecords,
  type ReadItem,
  readRecordsCsv,
  readRecordsGrid,
  readRecordsJsonl,
  recordHeaderRow,
} from "@disclosure/stats";
import { CliError, type Io } from "./io.js";

const XLSX = /\.xlsx$/i;

type Sheets = Awaited<ReturnType<typeof readWorkbookGrids>>;
/** Workbooks already read, so that telling records apart and reading them parse a file once. */
const workbooks = new WeakMap<Io, Map<string, Promise<Sheets>>>();

/** The worksheets of a workbook that hold records (a header naming record fields or ledger columns). */
function recordSheets(io: Io, path: string): Promise<Sheets> {
  let byPath = workbooks.get(io);
  if (!byPath) {
    byPath = new Map();
    workbooks.set(io, byPath);
  }
  let sheets = byPath.get(path);
  if (!sheets) {
    sheets = readRecordSheets(io, path);
    byPath.set(path, sheets);
  }
  return sheets;
}

async function readRecordSheets(io: Io, path: string): Promise<Sheets> {
  let grids: Sheets;
  try {
    grids = await readWorkbookGrids(await io.readFile(path));
  } catch (e) {
    if (isOptionalModuleError(e)) throw e;
    throw new CliError({
      zh: `无法打开 Excel 文件 ${path}：${(e as Error).message}`,
      en: `cannot open the Excel file ${path}: ${(e as Error).message}`,
    });
  }
  return grids.filter((g) => recordHeaderRow(g.rows) >= 0);
}

/**
 * Whether a file holds raw records (JSONL/CSV of applications, cases …, an application
 * ledger in CSV or XLSX) rather than cells or a report.
 */
export async function looksLikeRecords(io: Io, path: string): Promise<boolean> {
  if (XLSX.test(path)) return (await recordSheets(io, path)).length > 0;
  if (!/\.(jsonl|ndjson|csv)$/i.test(path)) return false;
  for await (const chunk of io.readStream(path)) {
    // GB18030 (a ledger saved by Chinese Excel) as well as UTF-8.
    return headLooksLikeRecords(decodeText(chunk.subarray(0, 4096)).text);
  }
  return false;
}

/** The records of a workbook's record sheets, each located by file and sheet. */
async function* workbookRecords(io: Io, path: string): AsyncGenerator<ReadItem> {
  const sheets = await recordSheets(io, path);
  if (!sheets.length) {
    throw new CliError({
      zh: `${path} 中没有记录表：未找到含有“收到申请日期”“申请人类型”等列的表头`,
      en: `${path} has no sheet of records: no header with columns such as 收到申请日期 or receivedDate`,
    });
  }
  for (const g of sheets) yield* readRecordsGrid(g, { file: `${path} 工作表“${g.sheet}”` });
}

/** The records of one file, streamed (a workbook is read whole). */
export function recordStream(io: Io, path: string): AsyncIterable<ReadItem> {
  if (XLSX.test(path)) return workbookRecords(io, path);
  const chunks = io.readStream(path);
  return /\.csv$/i.test(path)
    ? readRecordsCsv(chunks, { file: path })
    : readRecordsJsonl(chunks, { file: path });
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
