// Where records are read from: chunks of bytes or text (a read stream, a browser
// ReadableStream, an array), or an open file read into two buffers in turn; and the readers
// that say what they read, so that tabulate can take the fast path over a JSON Lines file's
// own bytes (a {@link JsonlRecords}) and over each part of a {@link RecordsSequence}.
import type { ReadItem, ReadRecordsOptions } from "./items";

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

/** Size of the buffer a {@link ByteSource} is read into. */
const SOURCE_BUFFER = 1 << 20;

export function isByteSource(x: RecordSource): x is ByteSource {
  return (
    !(Symbol.asyncIterator in x) && !(Symbol.iterator in x) && typeof (x as ByteSource).read === "function"
  );
}

/**
 * A byte source's bytes in two buffers used in turn: the next read runs while the consumer
 * works on the current chunk, which stays valid until it asks for the next one (consumers
 * copy what they keep).
 */
export async function* sourceChunks(source: ByteSource): AsyncGenerator<Uint8Array> {
  let current = new Uint8Array(SOURCE_BUFFER);
  let next = new Uint8Array(SOURCE_BUFFER);
  const read = (b: Uint8Array) => source.read(b, 0, b.length, null);
  let pending = read(current);
  try {
    for (;;) {
      const { bytesRead } = await pending;
      if (!bytesRead) return;
      const filled = current;
      current = next;
      next = filled;
      pending = read(current);
      yield filled.subarray(0, bytesRead);
    }
  } finally {
    // A consumer that stops early leaves a read running: let it end before the caller closes.
    await pending.catch(() => undefined);
  }
}

/** A JSON Lines file as its reader was given it: the chunks and the options. */
export interface JsonlSource {
  readonly chunks: RecordSource;
  readonly options: ReadRecordsOptions;
}

/** The reader of a JSON Lines file, carrying its source: `tabulate` scans those bytes directly. */
export interface JsonlRecords extends AsyncIterable<ReadItem> {
  readonly jsonl: JsonlSource;
}

/** Readers one after the other (see `concatReaders`), carrying the parts for `tabulate` to take each its own way. */
export interface RecordsSequence extends AsyncIterable<ReadItem> {
  readonly parts: readonly AsyncIterable<ReadItem>[];
}

/** The JSON Lines source a reader carries, if it is one. */
export function jsonlSourceOf(reader: object): JsonlSource | undefined {
  return (reader as Partial<JsonlRecords>).jsonl;
}

/** The parts of a sequence of readers, or the reader itself. */
export function readerParts(reader: AsyncIterable<ReadItem>): readonly AsyncIterable<ReadItem>[] {
  return (reader as Partial<RecordsSequence>).parts ?? [reader];
}
