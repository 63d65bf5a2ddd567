// The application line scanner of jsonl-scan.ts compiled to WebAssembly (wasm/scan.c, SIMD):
// the same law (it takes a line only when the full path would accept it with the same
// values), the year buckets of `tallyApplication`, several times faster. Compiled once, on the
// first tabulation of a reader, and instantiated for each: an instance's memory also holds
// that tabulation's record ids (record-ids.ts) and is freed with it. Where WebAssembly or its
// SIMD is unavailable (an old browser, a page whose Content-Security-Policy forbids compiling
// it) `loadWasmScanner` gives undefined and the JavaScript scanner and a Map of ids do the work.
import { ApplicantTypeSchema, ApplicationChannelSchema, ApplicationResultSchema } from "@disclosure/schema";
import { SCAN_WASM_BASE64 } from "./jsonl-scan-wasm.generated";

interface Exports {
  memory: WebAssembly.Memory;
  word_buffer(): number;
  add_word(kind: number, index: number, len: number): number;
  set_result_count(n: number): void;
  reset_counts(): void;
  counts_outside(): number;
  counts_intake(): number;
  counts_outcome(): number;
  max_applicants(): number;
  input_buffer(n: number): number;
  scan_lines(
    start: number,
    first: number,
    last: number,
    typeOptional: number,
    line: number,
    tag: number,
  ): number;
  taken(): number;
  repeats(): number;
  repeats_found(): number;
  check_ids(on: number): void;
  ids_reserve(n: number): number;
  ids_hash_bits(bits: number): void;
  ids_taken(): number;
  claim_buffer(n: number): number;
  claim(n: number, type: number, where: number, tag: number): number;
  record_where(record: number): number;
  record_tag(record: number): number;
  scan_one(start: number, typeOptional: number): number;
  scanned(): number;
}

/** Bytes after the input that the scanner may read: a 0 sentinel and SIMD overreach. */
const PAD = 80;
/** u32 values per repeat in {@link WasmScanner.repeats}: line taken, id offset, id length, first record. */
export const REPEAT_FIELDS = 4;
/** `claim`'s answer when the module's memory cannot hold one more id (wasm/scan.c OUT_OF_MEMORY). */
const OUT_OF_MEMORY = 1;
/** Larger chunks are taken in pieces of this size, so memory stays bounded. */
export const WASM_PIECE = 4 << 20;

/** Counts taken by {@link WasmScanner.take} since the last take. */
export interface WasmCounts {
  /** Lines tallied, in the year or not (not the repeats). */
  taken: number;
  /** Lines tallied that have nothing to do with the year. */
  outside: number;
  /** Row length of the two count arrays (at least the number of applicant types). */
  stride: number;
  /** [本年新收 | 上年结转][applicant], as `intake * stride + applicant`. */
  intake: Uint32Array;
  /** [result index | results (结转下年度)][applicant], as `outcome * stride + applicant`. */
  outcome: Uint32Array;
}

/**
 * One instance of the WebAssembly module: the line scanner and the record ids of one
 * tabulation (wasm/scan.c), in its own memory.
 */
export interface WasmScanner {
  /** Puts `head` then `tail` in the scanner's memory (the unfinished line of the last chunk, then the next piece). */
  input(head: Uint8Array | undefined, tail: Uint8Array): void;
  /** A view of the input; valid until the next `input`, `scan` or claim (the memory may grow). */
  bytes(): Uint8Array;
  /**
   * Takes lines of the input from `pos` while the scanner accepts them, tallied for the year
   * whose 1 January / 31 December are `first` / `last` (YYYYMMDD), the first being line `line`
   * of the file numbered `tag` (see `IdSet.fileNumber`); their ids are claimed as they are
   * read, and a line whose id was taken before is not tallied but listed in `repeats()`.
   * Returns where it stopped (a line for the full path, the unfinished tail, or the line after
   * a full batch of repeats) and in `lines()` how many it took.
   */
  scan(pos: number, first: number, last: number, typeOptional: boolean, line: number, tag: number): number;
  /** Lines taken by the last `scan`, repeats included. */
  lines(): number;
  /**
   * Per repeat the last `scan` found, {@link REPEAT_FIELDS} values: its number among the lines
   * taken, the offset of its id from the scan's start, the id's length in bytes, and the
   * record of its first taking (see `firstPlace`). Valid until the next `scan`.
   */
  repeats(): Uint32Array;
  /** The counts since the last take, then zeroes them. Views valid until the next call. */
  take(): WasmCounts;
  /**
   * Takes an id read elsewhere (UTF-8 or, for a string with a lone surrogate, WTF-8 bytes) of
   * the record type `type` at `where` of file `tag`: 0 when new, else the record of its
   * first taking.
   */
  claimBytes(type: number, b: Uint8Array, start: number, end: number, where: number, tag: number): number;
  claimString(type: number, id: string, where: number, tag: number): number;
  /** Where a record of the ids was taken: [where, tag] as they were claimed. */
  firstPlace(record: number): [where: number, tag: number];
  /** Ids taken. */
  idsTaken(): number;
  /** Makes room for `n` ids at once (a presized table grows no more before); false when out of memory. */
  reserveIds(n: number): boolean;
  /** Whether `scan` claims ids (default) or not (`checkIds: false`). */
  checkIds(on: boolean): void;
  /** Tests only: keeps `bits` bits of the ids' 32-bit hash, forcing collisions. */
  hashBits(bits: number): void;
  /** One line (test use): the values the scanner reads, or undefined when it leaves it. */
  scanLine(
    line: Uint8Array,
    typeOptional: boolean,
  ): { applicant: number; received: number; completed: number; result: number; end: number } | undefined;
}

const APPLICANTS = ApplicantTypeSchema.options.length;
const RESULTS = ApplicationResultSchema.options.length;

function decodeBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The error when the ids outgrow the module's memory (4 GiB). */
function outOfMemory(): Error {
  return new RangeError(
    "记录编号过多，内存不足以全部保留（可用 checkIds: false 关闭编号查重） / too many record ids to keep in memory (checkIds: false turns the check off)",
  );
}

/** Writes `id` as WTF-8 (UTF-8, lone surrogates as their own three bytes) at `b[at]`; the end. */
function wtf8Into(id: string, b: Uint8Array, at: number): number {
  for (let i = 0; i < id.length; i++) {
    let c = id.charCodeAt(i);
    if (c < 0x80) {
      b[at++] = c;
      continue;
    }
    if (c < 0x800) {
      b[at++] = 0xc0 | (c >> 6);
    } else {
      const next = id.charCodeAt(i + 1);
      if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        b[at++] = 0xf0 | (c >> 18);
        b[at++] = 0x80 | ((c >> 12) & 63);
      } else {
        b[at++] = 0xe0 | (c >> 12);
      }
      b[at++] = 0x80 | ((c >> 6) & 63);
    }
    b[at++] = 0x80 | (c & 63);
  }
  return at;
}

function scannerOf(x: Exports): WasmScanner | undefined {
  const enc = new TextEncoder();
  const kinds: readonly (readonly string[])[] = [
    ApplicantTypeSchema.options,
    ApplicationResultSchema.options,
    ApplicationChannelSchema.options,
    ["perRequest", "perVolume"],
  ];
  for (const [k, words] of kinds.entries()) {
    for (const [i, word] of words.entries()) {
      const b = enc.encode(word);
      new Uint8Array(x.memory.buffer).set(b, x.word_buffer());
      if (!x.add_word(k, i, b.length)) return undefined;
    }
  }
  if (APPLICANTS > x.max_applicants()) return undefined;
  x.set_result_count(RESULTS);
  x.reset_counts();
  let memory = new Uint8Array(x.memory.buffer);
  /** The memory's bytes, seen anew after it grew. */
  const mem = () => {
    if (memory.buffer !== x.memory.buffer) memory = new Uint8Array(x.memory.buffer);
    return memory;
  };
  let base = 0;
  let len = 0;
  let taken = 0;
  let found = 0;
  const claimed = (r: number) => {
    if (r === OUT_OF_MEMORY) throw outOfMemory();
    return r;
  };
  return {
    input(head, tail) {
      const h = head?.length ?? 0;
      len = h + tail.length;
      base = x.input_buffer(len);
      if (base === 0) throw outOfMemory();
      const m = mem();
      if (head) m.set(head, base);
      m.set(tail, base + h);
      m.fill(0, base + len, base + len + PAD);
    },
    bytes: () => mem().subarray(base, base + len),
    scan(pos, first, last, typeOptional, line, tag) {
      taken = 0;
      found = 0;
      if (pos >= len) return pos;
      const n = x.scan_lines(base + pos, first, last, typeOptional ? 1 : 0, line, tag);
      if (n < 0) throw outOfMemory();
      taken = x.taken();
      found = x.repeats_found();
      return pos + n;
    },
    lines: () => taken,
    repeats: () => new Uint32Array(x.memory.buffer, x.repeats(), found * REPEAT_FIELDS),
    take() {
      const buf = x.memory.buffer;
      const counts: WasmCounts = {
        taken: 0,
        stride: x.max_applicants(),
        outside: x.counts_outside(),
        intake: new Uint32Array(buf, x.counts_intake(), 2 * x.max_applicants()).slice(),
        outcome: new Uint32Array(buf, x.counts_outcome(), (RESULTS + 1) * x.max_applicants()).slice(),
      };
      for (const n of counts.intake) counts.taken += n;
      counts.taken += counts.outside;
      x.reset_counts();
      return counts;
    },
    claimBytes(type, b, start, end, where, tag) {
      const at = x.claim_buffer(end - start + 1);
      if (at === 0) throw outOfMemory();
      mem().set(b.subarray(start, end), at);
      return claimed(x.claim(end - start, type, where, tag));
    },
    claimString(type, id, where, tag) {
      const at = x.claim_buffer(id.length * 3 + 1);
      if (at === 0) throw outOfMemory();
      return claimed(x.claim(wtf8Into(id, mem(), at) - at, type, where, tag));
    },
    firstPlace: (r) => [x.record_where(r) >>> 0, x.record_tag(r) >>> 0],
    idsTaken: () => x.ids_taken(),
    reserveIds: (n) => x.ids_reserve(Math.min(n, 0x7fffffff)) !== 0,
    checkIds: (on) => x.check_ids(on ? 1 : 0),
    hashBits: (bits) => x.ids_hash_bits(bits),
    scanLine(line, typeOptional) {
      const at = x.input_buffer(line.length);
      if (at === 0) throw outOfMemory();
      const m = mem();
      m.set(line, at);
      m.fill(0, at + line.length, at + line.length + PAD);
      len = 0;
      if (!x.scan_one(at, typeOptional ? 1 : 0)) return undefined;
      const v = new Int32Array(x.memory.buffer, x.scanned(), 5);
      return {
        applicant: v[0] ?? 0,
        received: v[1] ?? 0,
        completed: v[2] ?? 0,
        result: v[3] ?? 0,
        end: v[4] ?? 0,
      };
    },
  };
}

let compiled: Promise<WebAssembly.Module | undefined> | undefined;
let enabled = true;
let hashBits = 32;

/** The WebAssembly module, compiled once; undefined where it cannot run. */
function wasmModule(): Promise<WebAssembly.Module | undefined> {
  compiled ??= (async () => {
    try {
      if (typeof WebAssembly === "undefined") return undefined;
      return await WebAssembly.compile(decodeBase64(SCAN_WASM_BASE64) as Uint8Array<ArrayBuffer>);
    } catch {
      return undefined;
    }
  })();
  return compiled;
}

/**
 * A new WebAssembly scanner with its own memory (its ids are one tabulation's, freed with
 * it); undefined where WebAssembly (with SIMD) cannot run or it is turned off.
 */
export async function loadWasmScanner(): Promise<WasmScanner | undefined> {
  if (!enabled) return undefined;
  const module = await wasmModule();
  if (module === undefined) return undefined;
  try {
    const instance = await WebAssembly.instantiate(module, {});
    const scanner = scannerOf(instance.exports as unknown as Exports);
    scanner?.hashBits(hashBits);
    return scanner;
  } catch {
    return undefined;
  }
}

/** Turns the WebAssembly scanner off or on (tests: the JavaScript scanner alone). */
export function setWasmScannerEnabled(on: boolean): void {
  enabled = on;
}

/** Tests only: the scanners loaded from now on keep `bits` bits of the ids' hashes (32: all), forcing collisions. */
export function setWasmIdHashBits(bits: number): void {
  hashBits = bits;
}

/**
 * Which scanner `tabulate` will use here for JSON Lines read with `readRecordsJsonl`:
 * "webassembly", or "javascript" where WebAssembly (with SIMD) cannot run, e.g. under a
 * Content-Security-Policy without `'wasm-unsafe-eval'`. Results are the same either way.
 * @example
 * await jsonlScanner(); //=> "webassembly" (Node 20, current browsers)
 */
export async function jsonlScanner(): Promise<"webassembly" | "javascript"> {
  return (await loadWasmScanner()) ? "webassembly" : "javascript";
}
