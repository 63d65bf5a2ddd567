// Where each object of a PDF is, as its cross-reference sections say (PDF 32000-1 §7.5.4 and
// §7.5.8): classic tables and cross-reference streams, the newest section first and each
// /Prev after it, an entry of a newer section hiding the older ones of the same object. Only
// what a reader can trust plainly is answered: a file that is encrypted, linearized, does not
// begin with its header, keeps any object in an object stream, or has a section this reader
// cannot follow gives undefined — linearized files and object streams where the caller reads
// them itself (`PlainXrefOptions`).
import { Inflate } from "fflate";
import { dictEntries, skipSpace, streamData } from "./pdf-syntax.js";

/**
 * An object's place: the offset of its "N G obj" and its generation; free entries have offset
 * -1. An object inside an object stream (only where asked for) has `stream`, the number of
 * that stream, and `offset` its index in it.
 */
export interface XrefEntry {
  readonly offset: number;
  readonly gen: number;
  readonly stream?: number;
}

/** What a reader of plainXref accepts beyond the plain. */
export interface PlainXrefOptions {
  /** A linearized file: read from its last startxref, as any other. */
  readonly linearized?: boolean;
  /** Objects in object streams (cross-reference stream entries of type 2), hybrid files' /XRefStm too. */
  readonly objectStreams?: boolean;
  /** An encrypted file (its trailer's /Encrypt): the caller decrypts what it reads. */
  readonly encrypted?: boolean;
}

/** Sections followed at most: more is a loop or a crafted file. */
const MAX_SECTIONS = 64;
/** Entries read at most, over all sections. */
const MAX_ENTRIES = 1_000_000;
/** Bytes a cross-reference stream may inflate to: some 16 bytes an entry at most. */
const MAX_XREF_BYTES = 16 * MAX_ENTRIES;

type Entries = Map<number, XrefEntry>;

/** The offset the last startxref gives, or undefined. */
function startXref(text: string): number | undefined {
  const at = text.lastIndexOf("startxref");
  const m = at < 0 ? null : /^startxref\s+(\d+)/.exec(text.slice(at, at + 40));
  return m ? Number(m[1]) : undefined;
}

/** Sets an entry unless a newer section set it; false when the entry count runs over. */
function put(entries: Entries, num: number, entry: XrefEntry): boolean {
  if (!entries.has(num)) entries.set(num, entry);
  return entries.size <= MAX_ENTRIES;
}

/** A classic table at `at` ("xref" …); its trailer's entries, or undefined where it is malformed. */
function readTable(text: string, at: number, entries: Entries): Map<string, string> | undefined {
  const row = /\s*(\d+)\s+(\d+)\s+([nf])(?=\s)/y;
  const head = /\s*(\d+)\s+(\d+)(?=\s)/y;
  let i = at + 4;
  for (;;) {
    head.lastIndex = i;
    const h = head.exec(text);
    if (!h) break;
    i = head.lastIndex;
    let first = Number(h[1]);
    for (let k = 0; k < Number(h[2]); k++) {
      row.lastIndex = i;
      const r = row.exec(text);
      if (!r) return undefined;
      i = row.lastIndex;
      // As pdfjs-dist reads it: a table that starts "1 n" with a free entry means to start at 0.
      if (k === 0 && r[3] === "f" && first === 1) first = 0;
      const entry = { offset: r[3] === "n" ? Number(r[1]) : -1, gen: Number(r[2]) };
      if (!put(entries, first + k, entry)) return undefined;
    }
  }
  const t = skipSpace(text, i);
  return text.startsWith("trailer", t) ? dictEntries(text, t + 7) : undefined;
}

/** A PNG-predicted table (predictor 10 to 15) of `columns` bytes a row, undone in place. */
function unpredict(data: Uint8Array, columns: number): Uint8Array | undefined {
  const rows = data.length / (columns + 1);
  if (!Number.isInteger(rows)) return undefined;
  const out = new Uint8Array(rows * columns);
  for (let r = 0; r < rows; r++) {
    const kind = data[r * (columns + 1)];
    for (let c = 0; c < columns; c++) {
      const raw = data[r * (columns + 1) + 1 + c] ?? 0;
      const up = r > 0 ? (out[(r - 1) * columns + c] ?? 0) : 0;
      const left = c > 0 ? (out[r * columns + c - 1] ?? 0) : 0;
      if (kind === 0) out[r * columns + c] = raw;
      else if (kind === 2) out[r * columns + c] = raw + up;
      else if (kind === 1) out[r * columns + c] = raw + left;
      else return undefined;
    }
  }
  return out;
}

/** A zlib stream's data inflated (its 2-byte header skipped); undefined past `cap` bytes or where it does not inflate. */
function inflateCapped(raw: Uint8Array, cap: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) throw new RangeError("inflates past the cap");
    chunks.push(chunk.slice());
  });
  try {
    inflate.push(raw.subarray(2), true);
  } catch {
    return undefined;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The decoded bytes of a cross-reference stream, when its filter and parameters are plain. */
function xrefBytes(text: string, data: Uint8Array, dictAt: number, dict: Map<string, string>) {
  const raw = streamData(text, data, dictAt, dict);
  const filter = dict.get("Filter");
  if (!raw || filter === undefined) return raw;
  if (filter !== "/FlateDecode" && filter !== "[/FlateDecode]") return undefined;
  const inflated = inflateCapped(raw, MAX_XREF_BYTES);
  if (!inflated) return undefined;
  const parms = dict.get("DecodeParms");
  if (parms === undefined) return inflated;
  const p = parms.startsWith("<<") ? dictEntries(parms, 0) : undefined;
  const predictor = Number(p?.get("Predictor") ?? 1);
  const columns = Number(p?.get("Columns") ?? 1);
  if (!p || [...p.keys()].some((k) => k !== "Predictor" && k !== "Columns")) return undefined;
  if (predictor === 1) return inflated;
  return predictor >= 10 && predictor <= 15 ? unpredict(inflated, columns) : undefined;
}

/** A cross-reference stream object at `at` ("N G obj <<…>> stream"); its dictionary, or undefined. */
function readStream(text: string, data: Uint8Array, at: number, entries: Entries, objectStreams: boolean) {
  const header = /\d+\s+\d+\s+obj\s*/y;
  header.lastIndex = at;
  if (!header.test(text)) return undefined;
  const dictAt = header.lastIndex;
  const dict = dictEntries(text, dictAt);
  if (dict?.get("Type") !== "/XRef") return undefined;
  const widths = dict
    .get("W")
    ?.match(/^\[\s*(\d)\s+(\d)\s+(\d)\s*\]$/)
    ?.slice(1)
    .map(Number);
  const index = (dict.get("Index") ?? `[0 ${dict.get("Size")}]`).match(/\d+/g)?.map(Number) ?? [];
  const bytes = xrefBytes(text, data, dictAt, dict);
  if (!widths || !bytes || index.length % 2) return undefined;
  const [wType = 0, wOffset = 0, wGen = 0] = widths;
  if (wType + wOffset + wGen === 0) return undefined;
  const field = (at: number, width: number) => {
    let v = 0;
    for (let k = 0; k < width; k++) v = v * 256 + (bytes[at + k] ?? 0);
    return v;
  };
  let pos = 0;
  for (let s = 0; s < index.length; s += 2) {
    const first = index[s] ?? 0;
    for (let k = 0; k < (index[s + 1] ?? 0); k++, pos += wType + wOffset + wGen) {
      if (pos + wType + wOffset + wGen > bytes.length) return undefined;
      const type = wType ? field(pos, wType) : 1;
      // pdfjs-dist refuses other types and rebuilds the table from the bytes: not followed.
      if (type > 2) return undefined;
      // An object inside an object stream: its bytes are not plainly in the file.
      if (type === 2 && !objectStreams) return undefined;
      const entry: XrefEntry =
        type === 2
          ? { offset: field(pos + wType + wOffset, wGen), gen: 0, stream: field(pos + wType, wOffset) }
          : {
              offset: type === 1 ? field(pos + wType, wOffset) : -1,
              gen: field(pos + wType + wOffset, wGen),
            };
      if (!put(entries, first + k, entry)) return undefined;
    }
  }
  return dict;
}

/** The objects' places, and what an incremental update needs: the newest trailer and where its section is. */
export interface PlainXref {
  readonly entries: Map<number, XrefEntry>;
  readonly trailer: Map<string, string>;
  readonly startxref: number;
}

/**
 * The place of each object by number, as the file's cross-reference sections give it, or
 * undefined where they cannot be followed plainly (see the module comment).
 * @example plainXref(latin1(linePdf(2)), linePdf(2))?.entries.get(1) //=> { offset: 9, gen: 0 }
 */
export function plainXref(
  text: string,
  data: Uint8Array,
  opts: PlainXrefOptions = {},
): PlainXref | undefined {
  if (!text.startsWith("%PDF-")) return undefined;
  if (!opts.linearized && text.slice(0, 1024).includes("/Linearized")) return undefined;
  const entries: Entries = new Map();
  const seen = new Set<number>();
  const startxref = startXref(text);
  let newest: Map<string, string> | undefined;
  // Sections in pdfjs-dist's order: a table, then the stream its /XRefStm names (a hybrid
  // file, where objects are read), then each /Prev; an entry read first hides later ones.
  const queue = startxref === undefined ? [] : [startxref];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (seen.has(at) || seen.size >= MAX_SECTIONS) return undefined;
    seen.add(at);
    const table = text.startsWith("xref", at);
    const trailer = table
      ? readTable(text, at, entries)
      : readStream(text, data, at, entries, opts.objectStreams ?? false);
    if (!trailer || (trailer.has("Encrypt") && !opts.encrypted)) return undefined;
    const hybrid = trailer.get("XRefStm");
    if (hybrid !== undefined) {
      if (!opts.objectStreams || !table || !/^\d+$/.test(hybrid)) return undefined;
      queue.push(Number(hybrid));
    }
    // As pdfjs-dist: object 0 is the head of the free list, never an object.
    if ((entries.get(0)?.offset ?? -1) >= 0) return undefined;
    newest ??= trailer;
    const prev = trailer.get("Prev");
    if (prev !== undefined && !/^\d+$/.test(prev)) return undefined;
    if (prev !== undefined) queue.push(Number(prev));
  }
  return newest && startxref !== undefined ? { entries, trailer: newest, startxref } : undefined;
}
