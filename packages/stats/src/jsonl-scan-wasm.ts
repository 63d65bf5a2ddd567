// The application line scanner of jsonl-scan.ts compiled to WebAssembly (wasm/scan.c, SIMD):
// the same law (it takes a line only when the full path would accept it with the same
// values), the year buckets of `tallyApplication`, several times faster. Loaded lazily on the
// first large tabulation; where WebAssembly or its SIMD is unavailable (an old browser, a
// page whose Content-Security-Policy forbids compiling it) `load` gives undefined and the
// JavaScript scanner does the work.
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
  ids(): number;
  batch_full(): number;
  scan_lines(start: number, first: number, last: number, typeOptional: number): number;
  taken(): number;
  scan_one(start: number, typeOptional: number): number;
  scanned(): number;
  heap_base(): number;
}

/** Bytes after the input that the scanner may read: a 0 sentinel and SIMD overreach. */
const PAD = 80;
/** u32 values per line in {@link WasmScanner.ids}: id hash low, high, bucket, line offset. */
export const ID_FIELDS = 4;
/** Bucket value of a line taken outside the year (0xffffffff read as a signed integer). */
export const OUTSIDE_BUCKET = -1;
/** Larger chunks are taken in pieces of this size, so memory stays bounded. */
export const WASM_PIECE = 4 << 20;

/** Counts taken by {@link WasmScanner.take} since the last take. */
export interface WasmCounts {
  /** Lines taken, in the year or not. */
  taken: number;
  /** Lines taken that have nothing to do with the year. */
  outside: number;
  /** Row length of the two count arrays (at least the number of applicant types). */
  stride: number;
  /** [本年新收 | 上年结转][applicant], as `intake * stride + applicant`. */
  intake: Uint32Array;
  /** [result index | results (结转下年度)][applicant], as `outcome * stride + applicant`. */
  outcome: Uint32Array;
}

export interface WasmScanner {
  /**
   * Puts `head` then `tail` in the scanner's memory (the unfinished line of the last chunk,
   * then the next piece) and returns a view of them; valid until the next `input`.
   */
  input(head: Uint8Array | undefined, tail: Uint8Array): Uint8Array;
  /**
   * Takes lines of the input from `pos` while the scanner accepts them, tallied for the year
   * whose 1 January / 31 December are `first` / `last` (YYYYMMDD); returns where it stopped
   * (a line for the full path, or the unfinished tail) and in `lines()` how many it took.
   */
  scan(pos: number, first: number, last: number, typeOptional: boolean): number;
  /** Lines taken by the last `scan`. */
  lines(): number;
  /**
   * Per line taken by the last `scan`, {@link ID_FIELDS} values: the two halves of its id's
   * hash (as `hashIdBytes`), its bucket (OUTSIDE_BUCKET, else intake << 16 | outcome << 8 |
   * applicant) and its offset from the scan's start. Valid until the next `scan`.
   */
  ids(): Int32Array;
  /** Whether the last `scan` stopped only because its batch of ids was full (scan on). */
  full(): boolean;
  /** The counts since the last take, then zeroes them. Views valid until the next call. */
  take(): WasmCounts;
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
  const base = x.heap_base();
  let bytes = new Uint8Array(x.memory.buffer);
  let len = 0;
  let taken = 0;
  let full = false;
  const fit = (n: number) => {
    const need = base + n + PAD;
    if (need > x.memory.buffer.byteLength) {
      x.memory.grow(Math.ceil((need - x.memory.buffer.byteLength) / 65536));
    }
    if (bytes.buffer !== x.memory.buffer) bytes = new Uint8Array(x.memory.buffer);
  };
  return {
    input(head, tail) {
      const h = head?.length ?? 0;
      fit(h + tail.length);
      if (head) bytes.set(head, base);
      bytes.set(tail, base + h);
      len = h + tail.length;
      bytes.fill(0, base + len, base + len + PAD);
      return bytes.subarray(base, base + len);
    },
    scan(pos, first, last, typeOptional) {
      if (pos >= len) {
        taken = 0;
        full = false;
        return pos;
      }
      const end = pos + x.scan_lines(base + pos, first, last, typeOptional ? 1 : 0);
      taken = x.taken();
      full = x.batch_full() !== 0;
      return end;
    },
    lines: () => taken,
    ids: () => new Int32Array(x.memory.buffer, x.ids(), taken * ID_FIELDS),
    full: () => full,
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
    scanLine(line, typeOptional) {
      fit(line.length);
      bytes.set(line, base);
      bytes.fill(0, base + line.length, base + line.length + PAD);
      len = 0;
      if (!x.scan_one(base, typeOptional ? 1 : 0)) return undefined;
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

let loading: Promise<WasmScanner | undefined> | undefined;
let enabled = true;

/** The WebAssembly scanner, compiled once; undefined where it cannot run. */
export function loadWasmScanner(): Promise<WasmScanner | undefined> {
  if (!enabled) return Promise.resolve(undefined);
  loading ??= (async () => {
    try {
      if (typeof WebAssembly === "undefined") return undefined;
      const module = await WebAssembly.compile(decodeBase64(SCAN_WASM_BASE64) as Uint8Array<ArrayBuffer>);
      const instance = await WebAssembly.instantiate(module, {});
      return scannerOf(instance.exports as unknown as Exports);
    } catch {
      return undefined;
    }
  })();
  return loading;
}

/** Turns the WebAssembly scanner off or on (tests: the JavaScript scanner alone). */
export function setWasmScannerEnabled(on: boolean): void {
  enabled = on;
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
