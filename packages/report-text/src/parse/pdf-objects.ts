// The objects of a PDF by reference, for the own text-layer reader: each object in the file
// (see `plainXref`) or in an object stream, parsed once; its streams decrypted where the file
// is encrypted (pdf-decrypt.ts), and decoded when their filter is FlateDecode alone. Every
// step that pdfjs-dist might take differently
// (a stream whose /Length does not end at "endstream", another filter, a stream that does
// not inflate) throws PdfUnsupported, and the file is left to pdfjs-dist.
import { unzlibSync } from "fflate";
import {
  EOF,
  PdfCmd,
  type PdfDict,
  PdfLexer,
  PdfName,
  PdfRef,
  PdfStream,
  type PdfToken,
  PdfUnsupported,
  type PdfValue,
} from "./pdf-lexer.js";
import { bytesOf, latin1 } from "./pdf-syntax.js";
import { type StreamDecryption, standardDecryption } from "./pdf-decrypt.js";
import { type PlainXref, plainXref } from "./pdf-xref.js";
import { nodeBuiltin } from "./node-builtin.js";

/** Containers nested at most in one object. */
const MAX_DEPTH = 64;
/** Bytes one stream may inflate to. */
const MAX_STREAM_BYTES = 64 * 1024 * 1024;

const R = PdfCmd.of("R");
const OPEN_ARRAY = PdfCmd.of("[");
const CLOSE_ARRAY = PdfCmd.of("]");
const OPEN_DICT = PdfCmd.of("<<");
const CLOSE_DICT = PdfCmd.of(">>");
const STREAM = PdfCmd.of("stream");

/** Objects from tokens, with two tokens of look-ahead for "12 0 R", as pdfjs-dist's Parser. */
export class PdfParser {
  private buf1: PdfToken;
  private buf2: PdfToken;
  constructor(readonly lexer: PdfLexer) {
    this.buf1 = lexer.next();
    this.buf2 = lexer.next();
  }

  private shift(): PdfToken {
    const was = this.buf1;
    this.buf1 = this.buf2;
    this.buf2 = this.lexer.next();
    return was;
  }

  /** The next token without taking it. */
  peek(): PdfToken {
    return this.buf1;
  }

  /** The token after the next one. */
  peekSecond(): PdfToken {
    return this.buf2;
  }

  /** The next object; a keyword other than an opening bracket is given back as it is. */
  next(depth = 0): PdfValue | PdfCmd | typeof EOF {
    if (depth > MAX_DEPTH) throw new PdfUnsupported("objects nested too deeply");
    const t = this.shift();
    if (t === OPEN_ARRAY) return this.array(depth);
    if (t === OPEN_DICT) return this.dict(depth);
    if (typeof t === "number" && Number.isInteger(t) && Number.isInteger(this.buf1) && this.buf2 === R) {
      const gen = this.shift() as number;
      this.shift();
      return new PdfRef(t, gen);
    }
    return t;
  }

  /** An object where a value must be: a keyword or the end there throws. */
  value(depth: number): PdfValue {
    const v = this.next(depth + 1);
    if (v === EOF || v instanceof PdfCmd) throw new PdfUnsupported("a keyword where a value belongs");
    return v;
  }

  private array(depth: number): PdfValue[] {
    const out: PdfValue[] = [];
    while (this.buf1 !== CLOSE_ARRAY) {
      if (this.buf1 === EOF) throw new PdfUnsupported("an array not closed");
      out.push(this.value(depth));
    }
    this.shift();
    return out;
  }

  private dict(depth: number): PdfDict {
    const out: PdfDict = new Map();
    while (this.buf1 !== CLOSE_DICT) {
      const key = this.shift();
      if (!(key instanceof PdfName)) throw new PdfUnsupported("a dictionary key that is no name");
      out.set(key.name, this.value(depth));
    }
    // The ">>" stays while "stream" follows it: the caller reads the stream's bytes from there.
    if (this.buf2 !== STREAM) this.shift();
    else if (depth > 1) throw new PdfUnsupported("a stream inside another object");
    return out;
  }
}

/** The part of node:zlib used here. */
interface Zlib {
  inflateSync(d: Uint8Array, o: object): Uint8Array;
  readonly constants: { readonly Z_SYNC_FLUSH: number };
}

const plain = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.length);

/**
 * Inflated bytes of a zlib stream, as pdfjs-dist gets them (node:zlib in Node, else fflate);
 * with `head`, at least the first `head` bytes where node:zlib can stop early.
 */
function inflate(raw: Uint8Array, head?: number): Uint8Array {
  const z = nodeBuiltin<Zlib>("node:zlib");
  try {
    if (!z) return unzlibSync(raw);
    if (head === undefined) return plain(z.inflateSync(raw, { maxOutputLength: MAX_STREAM_BYTES }));
    // A prefix of the input inflates to a prefix of the output: the shortest that gives `head` bytes.
    for (let n = 1024; ; n *= 4) {
      if (n >= raw.length) return plain(z.inflateSync(raw, { maxOutputLength: MAX_STREAM_BYTES }));
      const out = z.inflateSync(raw.subarray(0, n), { finishFlush: z.constants.Z_SYNC_FLUSH });
      if (out.length >= head) return plain(out);
    }
  } catch {
    throw new PdfUnsupported("a stream that does not inflate");
  }
}

/** An object stream decoded: its bytes, and each object's number and where it starts. */
interface ObjectStreamTable {
  readonly bytes: Uint8Array;
  readonly nums: readonly number[];
  readonly offsets: readonly number[];
}

/** The objects of one PDF file, fetched by reference and kept once parsed. */
export class PdfObjects {
  private readonly cache = new Map<number, PdfValue>();
  private readonly decoded = new WeakMap<PdfStream, Uint8Array>();
  private readonly objectStreams = new Map<number, ObjectStreamTable>();
  private constructor(
    private readonly data: Uint8Array,
    private readonly xref: PlainXref,
  ) {}

  /** The file's objects; PdfUnsupported where its cross-reference sections cannot be followed plainly. */
  static open(data: Uint8Array): PdfObjects {
    const xref = plainXref(latin1(data), data, { linearized: true, objectStreams: true, encrypted: true });
    if (!xref) throw new PdfUnsupported("cross-reference sections this reader does not follow");
    const objects = new PdfObjects(data, xref);
    const encrypt = objects.trailer("Encrypt");
    if (encrypt !== undefined && encrypt !== null) {
      if (!(encrypt instanceof Map)) throw new PdfUnsupported("an /Encrypt that is not a dictionary");
      const ids = objects.trailer("ID");
      const first = Array.isArray(ids) ? ids[0] : undefined;
      objects.decryption = standardDecryption(encrypt, typeof first === "string" ? first : "", (v) =>
        objects.resolve(v),
      );
    }
    return objects;
  }

  /** How its streams are decrypted, where the file is encrypted. */
  private decryption: StreamDecryption | undefined;

  /** Whether the file is encrypted (its streams are decrypted as they are read). */
  get encrypted(): boolean {
    return this.decryption !== undefined;
  }

  /** The trailer's entry `key`, resolved. */
  trailer(key: string): PdfValue | undefined {
    const raw = this.xref.trailer.get(key);
    if (raw === undefined) return undefined;
    return this.resolve(new PdfParser(new PdfLexer(bytesOf(raw))).value(0));
  }

  /** A value with a reference followed (once; a chain of references throws). */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    return v instanceof PdfRef ? this.fetch(v) : v;
  }

  /** The object a reference points to; null for a free or missing object, as in PDF. */
  fetch(ref: PdfRef): PdfValue {
    const cached = this.cache.get(ref.num);
    if (cached !== undefined) return cached;
    const entry = this.xref.entries.get(ref.num);
    if (!entry || entry.offset < 0) return null;
    if (entry.gen !== ref.gen) throw new PdfUnsupported("a reference to another generation");
    const value =
      entry.stream === undefined
        ? this.parseAt(entry.offset, ref)
        : this.compressed(entry.stream, entry.offset, ref);
    if (value instanceof PdfRef) throw new PdfUnsupported("an object that is a reference");
    this.cache.set(ref.num, value);
    return value;
  }

  /**
   * The object at `index` of object stream `num` (PDF 32000-1 §7.5.7), as pdfjs-dist's
   * `fetchCompressed` reads it: N pairs of object number and offset after the stream's start,
   * each object parsed from `/First` + its offset up to the next one's.
   */
  private compressed(num: number, index: number, ref: PdfRef): PdfValue {
    let table = this.objectStreams.get(num);
    if (!table) {
      table = this.objectStreamTable(num);
      this.objectStreams.set(num, table);
    }
    const at = table.offsets[index];
    if (at === undefined || table.nums[index] !== ref.num) {
      throw new PdfUnsupported("an object not where its object stream says");
    }
    const end = index + 1 < table.offsets.length ? (table.offsets[index + 1] as number) : table.bytes.length;
    const parser = new PdfParser(new PdfLexer(table.bytes, at, end));
    const value = parser.value(0);
    if (value instanceof PdfRef || parser.peekSecond() === STREAM) {
      throw new PdfUnsupported("an object in an object stream that is a reference or a stream");
    }
    return value;
  }

  private objectStreamTable(num: number): ObjectStreamTable {
    if (this.xref.entries.get(num)?.stream !== undefined)
      throw new PdfUnsupported("an object stream in an object stream");
    const stream = this.fetch(new PdfRef(num, 0));
    if (!(stream instanceof PdfStream)) throw new PdfUnsupported("an object stream that is not a stream");
    const first = this.resolve(stream.dict.get("First"));
    const n = this.resolve(stream.dict.get("N"));
    if (
      typeof first !== "number" ||
      !Number.isInteger(first) ||
      typeof n !== "number" ||
      !Number.isInteger(n)
    ) {
      throw new PdfUnsupported("an object stream without /First and /N");
    }
    const bytes = this.bytes(stream);
    const lexer = new PdfLexer(bytes, 0, Math.min(first, bytes.length));
    const nums: number[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < n; i++) {
      const obj = lexer.next();
      const offset = lexer.next();
      if (
        typeof obj !== "number" ||
        !Number.isInteger(obj) ||
        typeof offset !== "number" ||
        !Number.isInteger(offset)
      ) {
        throw new PdfUnsupported("an object stream's table cut short");
      }
      const at = first + offset;
      if (at < (offsets[offsets.length - 1] ?? first) || at > bytes.length) {
        throw new PdfUnsupported("an object stream's offsets out of order");
      }
      nums.push(obj);
      offsets.push(at);
    }
    return { bytes, nums, offsets };
  }

  private parseAt(offset: number, ref: PdfRef): PdfValue {
    const parser = new PdfParser(new PdfLexer(this.data, offset));
    const num = parser.next();
    const gen = parser.next();
    if (num !== ref.num || gen !== ref.gen || parser.next() !== PdfCmd.of("obj")) {
      throw new PdfUnsupported("an object not where the cross-reference section says");
    }
    const value = parser.value(0);
    if (!(value instanceof Map) || parser.peekSecond() !== STREAM) return value;
    return new PdfStream(value, this.streamBytes(parser.lexer, value), ref.num, ref.gen);
  }

  /** A stream's raw bytes: after "stream" and its end of line, /Length bytes that "endstream" follows. */
  private streamBytes(lexer: PdfLexer, dict: PdfDict): Uint8Array {
    const length = this.resolve(dict.get("Length"));
    if (typeof length !== "number" || !Number.isInteger(length) || length < 0) {
      throw new PdfUnsupported("a stream without a plain /Length");
    }
    const d = this.data;
    // The lexer stands after "stream": its end of line is CR LF or LF.
    let begin = lexer.pos;
    if (d[begin] === 0x0d && d[begin + 1] === 0x0a) begin += 2;
    else if (d[begin] === 0x0a) begin += 1;
    else throw new PdfUnsupported("a stream keyword without its end of line");
    const end = begin + length;
    let at = end;
    while (at < d.length && (d[at] === 0x20 || d[at] === 0x0a || d[at] === 0x0d || d[at] === 0x09)) at++;
    if (end > d.length || latin1(d.subarray(at, at + 9)) !== "endstream") {
      throw new PdfUnsupported("a stream whose /Length does not end at endstream");
    }
    return d.subarray(begin, end);
  }

  /** The first `n` (or more) decoded bytes of a stream, without decoding the rest where that can be helped. */
  head(stream: PdfStream, n: number): Uint8Array {
    return this.decoded.get(stream) ?? this.decode(stream, n);
  }

  /** A stream's decoded bytes: unfiltered, or FlateDecode without parameters. */
  bytes(stream: PdfStream): Uint8Array {
    const done = this.decoded.get(stream);
    if (done) return done;
    const out = this.decode(stream);
    this.decoded.set(stream, out);
    return out;
  }

  private decode(stream: PdfStream, head?: number): Uint8Array {
    const filter = this.resolve(stream.dict.get("Filter"));
    const parms = this.resolve(stream.dict.get("DecodeParms"));
    const filters = Array.isArray(filter) ? filter.map((f) => this.resolve(f)) : [filter];
    const type = stream.dict.get("Type");
    const crossReference = type instanceof PdfName && type.name === "XRef";
    let out =
      this.decryption && !crossReference
        ? this.decryption.stream(stream.raw, stream.num, stream.gen)
        : stream.raw;
    if (parms !== undefined && parms !== null && !(Array.isArray(parms) && parms.every((p) => p === null))) {
      throw new PdfUnsupported("a stream with decode parameters");
    }
    if (filter !== undefined && filter !== null) {
      if (filters.length !== 1 || !(filters[0] instanceof PdfName) || filters[0].name !== "FlateDecode") {
        throw new PdfUnsupported("a stream filter other than FlateDecode");
      }
      out = inflate(out, head);
    }
    return out;
  }
}
