// Zip bombs for tests, built in memory in well under a second: an entry that inflates to
// gigabytes of one repeated byte from about a thousandth of that. The deflate stream is one
// byte-aligned segment for the first megabyte, then one segment (compressed against a
// window of the same byte) repeated once per further megabyte, then an empty final block.
import { Zip, ZipDeflate, type ZipInputFile } from "fflate";
import { constants, crc32, deflateRawSync } from "node:zlib";

const MB = 1024 * 1024;
/** An empty final deflate block (fixed Huffman codes, end of block only). */
const FINAL_BLOCK = new Uint8Array([0x03, 0x00]);

/** A raw deflate stream of `mb` megabytes of "a", without keeping them. */
function bombStream(mb: number): { chunks: Uint8Array<ArrayBuffer>[]; crc: number } {
  const run = new Uint8Array(MB).fill(0x61);
  const sync = { level: 9, finishFlush: constants.Z_SYNC_FLUSH };
  const first = deflateRawSync(run, sync);
  const next = deflateRawSync(run, { ...sync, dictionary: run.subarray(0, 32 * 1024) });
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(run, crc);
  const chunks = [first, ...Array.from({ length: mb - 1 }, () => next), FINAL_BLOCK];
  return { chunks: chunks.map((c) => new Uint8Array(c)), crc };
}

/**
 * A zip whose entry `name` inflates to `mb` MB (1024 × 1024 bytes) of "a", plus `others`
 * deflated as they are.
 * @example zipBomb("word/document.xml", 1200) // about 1.2 MB, inflating to 1.2 GB
 */
export function zipBomb(name: string, mb: number, others: Record<string, Uint8Array> = {}): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    parts.push(chunk);
  });
  for (const [other, bytes] of Object.entries(others)) {
    const entry = new ZipDeflate(other, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  }
  const { chunks, crc } = bombStream(mb);
  const bomb = { filename: name, size: mb * MB, crc, compression: 8 } as ZipInputFile;
  zip.add(bomb);
  for (const [i, c] of chunks.entries()) bomb.ondata?.(null, c, i === chunks.length - 1);
  zip.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
