import {
  concatReaders,
  looksLikeRecords as headLooksLikeRecords,
  type ReadItem,
  readRecordsCsv,
  readRecordsJsonl,
} from "@disclosure/stats";
import type { Io } from "./io.js";

/** Whether a file holds raw records (JSONL/CSV of applications, cases …) rather than cells or a report. */
export async function looksLikeRecords(io: Io, path: string): Promise<boolean> {
  if (!/\.(jsonl|ndjson|csv)$/i.test(path)) return false;
  for await (const chunk of io.readStream(path)) {
    return headLooksLikeRecords(new TextDecoder().decode(chunk.subarray(0, 4096)));
  }
  return false;
}

/** The records of one file, streamed. */
export function recordStream(io: Io, path: string): AsyncIterable<ReadItem> {
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
