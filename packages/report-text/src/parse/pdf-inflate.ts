// The first bytes a zlib stream inflates to, decided as pdfjs-dist decides it: pdfjs-dist
// inflates a FlateDecode stream through the platform's `DecompressionStream("deflate")` and
// takes another way when that rejects the stream. In Node, `DecompressionStream` is a web
// stream over node:zlib's Inflate, so node:zlib's `inflateSync` accepts and rejects the same
// streams and gives the same bytes (property-tested in pdf-inflate.test.ts) — some ten times
// cheaper for a font program of 200 KB, without a stream's promise for every 16 KB chunk.
// Elsewhere (a browser) the stream itself is asked.
import { nodeBuiltin } from "./node-builtin.js";

/** The part of node:zlib used here. */
interface SyncInflate {
  inflateSync(data: Uint8Array): Uint8Array;
}

/** The first `keep` bytes through `DecompressionStream`; undefined when it rejects the stream. */
export async function streamInflatedHead(raw: Uint8Array, keep: number): Promise<Uint8Array | undefined> {
  const head = new Uint8Array(keep);
  let got = 0;
  try {
    const { readable, writable } = new DecompressionStream("deflate");
    const writer = writable.getWriter();
    // A copy: the stream may hold on to what it is given.
    writer
      .write(new Uint8Array(raw))
      .then(() => writer.close())
      .catch(() => undefined);
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) {
      if (got < keep) head.set(chunk.subarray(0, keep - got), got);
      got += chunk.length;
    }
  } catch {
    return undefined;
  }
  return head.subarray(0, Math.min(got, keep));
}

/** The first `keep` bytes through node:zlib's `inflateSync`; undefined when it rejects the stream. */
export function syncInflatedHead(zlib: SyncInflate, raw: Uint8Array, keep: number): Uint8Array | undefined {
  try {
    const all = zlib.inflateSync(raw);
    // A plain Uint8Array over the bytes (node:zlib gives a Buffer).
    return new Uint8Array(all.buffer, all.byteOffset, Math.min(all.length, keep));
  } catch {
    return undefined;
  }
}

/** node:zlib where the platform has it (for tests: whether the cheaper way is taken). */
export const nodeSyncInflate = (): SyncInflate | undefined => nodeBuiltin<SyncInflate>("node:zlib");

/**
 * The first `keep` bytes a zlib stream inflates to, as pdfjs-dist's `DecompressionStream`
 * would give them; undefined when it would reject the stream (pdfjs-dist would then fall back
 * to its own decoder) or the platform has none.
 */
export async function inflatedHead(raw: Uint8Array, keep: number): Promise<Uint8Array | undefined> {
  if (typeof DecompressionStream !== "function") return undefined;
  const zlib = nodeBuiltin<SyncInflate>("node:zlib");
  return zlib ? syncInflatedHead(zlib, raw, keep) : streamInflatedHead(raw, keep);
}
