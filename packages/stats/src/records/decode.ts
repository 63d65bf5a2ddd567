// Decoding chunks of a record file as `decodeText` of @disclosure/schema decodes a whole text:
// a BOM (UTF-8, UTF-16), UTF-16 by its NUL bytes, else UTF-8 when the first non-ASCII bytes are
// valid UTF-8, else GB18030 — decided on the first bytes, then decoded chunk by chunk.
import { byteOrderMark, utf16ByNuls } from "@disclosure/schema";
import type { RecordEncoding } from "./items";
import { isByteSource, type RecordSource, sourceChunks } from "./source";

type Chunks = RecordSource;

function hasUtf8Bom(b: Uint8Array): boolean {
  return byteOrderMark(b)?.encoding === "utf-8";
}

/** Whether the bytes are valid UTF-8, allowing a multi-byte sequence cut at the end. */
function looksUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Two byte arrays as one. */
export function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function firstNonAscii(b: Uint8Array): number {
  for (let i = 0; i < b.length; i++) if ((b[i] ?? 0) >= 0x80) return i;
  return -1;
}

/** Bytes looked at after the first non-ASCII byte before the encoding is decided. */
const SNIFF_BYTES = 64;

/** Bytes held at the start of a stream to look for a BOM or UTF-16's NUL bytes. */
const START_BYTES = 512;

type Decided = Exclude<RecordEncoding, "auto">;

type Piece =
  | { kind: "text"; text: string }
  | { kind: "bytes"; bytes: Uint8Array; encoding: "ascii" | Decided; start: boolean };

/** The encoding the opening bytes of a stream tell on their own: a BOM, or UTF-16's NUL bytes. */
function openingEncoding(head: Uint8Array): Decided | undefined {
  return byteOrderMark(head)?.encoding ?? utf16ByNuls(head);
}

/** UTF-8 when the bytes from the first non-ASCII one are valid UTF-8 (or a UTF-8 BOM opens the stream), else GB18030. */
function sniffed(held: Uint8Array, start: boolean): "utf-8" | "gb18030" {
  return (start && hasUtf8Bom(held)) || looksUtf8(held.subarray(firstNonAscii(held))) ? "utf-8" : "gb18030";
}

/**
 * The chunks with the encoding of byte chunks decided. With `auto`, the first 512 bytes (or
 * the whole stream, if shorter) are held to look for a BOM or UTF-16's NUL bytes; then bytes are
 * held back from the first non-ASCII byte until 64 more have arrived (or the stream ends), and
 * valid UTF-8 → UTF-8, else GB18030; pure-ASCII chunks before that pass as "ascii". `start`
 * marks the piece that begins the stream (where a BOM may be).
 */
async function* pieces(chunks: Chunks, encoding: RecordEncoding): AsyncGenerator<Piece> {
  let decided: Decided | undefined = encoding === "auto" ? undefined : encoding;
  let held: Uint8Array | undefined;
  let start = true;
  let opening = encoding === "auto";
  const all = isByteSource(chunks) ? sourceChunks(chunks) : (chunks as AsyncIterable<string | Uint8Array>);
  for await (const chunk of all) {
    if (typeof chunk === "string") {
      if (chunk) yield { kind: "text", text: chunk };
      start = false;
      opening = false;
      continue;
    }
    if (chunk.length === 0) continue;
    if (decided) {
      yield { kind: "bytes", bytes: chunk, encoding: decided, start };
      start = false;
      continue;
    }
    // A copy: a byte source's buffer is refilled by the next read.
    held = held ? concatBytes(held, chunk) : chunk.slice();
    if (opening) {
      if (held.length < START_BYTES) continue;
      opening = false;
      decided = openingEncoding(held);
      if (decided) {
        yield { kind: "bytes", bytes: held, encoding: decided, start };
        start = false;
        held = undefined;
        continue;
      }
    }
    const at = firstNonAscii(held);
    if (at === -1) {
      yield { kind: "bytes", bytes: held, encoding: "ascii", start };
      start = false;
      held = undefined;
      continue;
    }
    if (held.length - at < SNIFF_BYTES && !(start && hasUtf8Bom(held))) continue;
    decided = sniffed(held, start);
    yield { kind: "bytes", bytes: held, encoding: decided, start };
    start = false;
    held = undefined;
  }
  if (held) {
    const enc = (opening ? openingEncoding(held) : undefined) ?? sniffed(held, start);
    yield { kind: "bytes", bytes: held, encoding: enc, start };
  }
}

/** The bytes of a piece without the BOM that opens the stream, if any. */
function withoutBom(p: Extract<Piece, { kind: "bytes" }>): Uint8Array {
  const bom = p.start ? byteOrderMark(p.bytes) : undefined;
  if (!bom) return p.bytes;
  const utf16 = p.encoding === "utf-16le" || p.encoding === "utf-16be";
  return bom.encoding === p.encoding || (bom.encoding === "utf-8" && !utf16)
    ? p.bytes.subarray(bom.length)
    : p.bytes;
}

/**
 * Decodes chunks of bytes (or passes text through) into text pieces. With `auto`, the
 * encoding is told as `decodeText` of @disclosure/schema tells it: a BOM (UTF-8, UTF-16),
 * UTF-16 by its NUL bytes, else from the first non-ASCII bytes: valid UTF-8 → UTF-8, else
 * GB18030. A BOM at the start of the stream is dropped, nowhere else. Undecodable bytes
 * become U+FFFD, which the readers report per line.
 * @example
 * // 盐池 in GB18030 (as saved by a Chinese Excel): D1 CE B3 D8
 * for await (const text of decodeChunks([new Uint8Array([0xd1, 0xce, 0xb3, 0xd8])])) console.log(text); //=> "盐池"
 */
export async function* decodeChunks(
  chunks: Chunks,
  encoding: RecordEncoding = "auto",
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  const ascii = new TextDecoder("utf-8");
  let first = true;
  for await (const p of pieces(chunks, encoding)) {
    if (p.kind === "text") {
      const text = first && p.text.charCodeAt(0) === 0xfeff ? p.text.slice(1) : p.text;
      first = false;
      if (text) yield text;
      continue;
    }
    first = false;
    const bytes = withoutBom(p);
    if (p.encoding === "ascii") {
      yield ascii.decode(bytes);
      continue;
    }
    decoder ??= new TextDecoder(p.encoding, { ignoreBOM: true });
    const text = decoder.decode(bytes, { stream: true });
    if (text) yield text;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield rest;
  }
}

/**
 * The same stream as UTF-8 bytes, leading BOM dropped: UTF-8 input passes through
 * untouched (no decoding), GB18030 and UTF-16 input and text are re-encoded. Lines split on byte 0x0A
 * of this stream decode exactly as the lines of {@link decodeChunks}.
 */
export async function* utf8Chunks(
  chunks: Chunks,
  encoding: RecordEncoding = "auto",
): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  let decoder: TextDecoder | undefined;
  let first = true;
  for await (const p of pieces(chunks, encoding)) {
    if (p.kind === "text") {
      const text = first && p.text.charCodeAt(0) === 0xfeff ? p.text.slice(1) : p.text;
      first = false;
      if (text) yield encoder.encode(text);
      continue;
    }
    first = false;
    const bytes = withoutBom(p);
    if (p.encoding !== "utf-8" && p.encoding !== "ascii") {
      decoder ??= new TextDecoder(p.encoding, { ignoreBOM: true });
      const text = decoder.decode(bytes, { stream: true });
      if (text) yield encoder.encode(text);
      continue;
    }
    if (bytes.length) yield bytes;
  }
  if (decoder) {
    const rest = decoder.decode();
    if (rest) yield encoder.encode(rest);
  }
}
