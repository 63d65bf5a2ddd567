// The ids of the records a tabulation has taken, so that a record given again (the same id
// twice in a file, the same file given twice) is rejected once and named, never counted
// twice. Ids are kept as 64-bit hashes of their UTF-8 bytes with the place they were first
// seen, in one typed array (16 bytes a slot, at most three quarters full): a million records
// need 32 MB at most, not a million strings. The hash is the one wasm/scan.c computes, so ids the WebAssembly scanner takes
// and ids read by the full path meet in one set.
import type { Issue } from "@disclosure/schema";
import { type RecordLocation, type RecordType, RECORD_TYPES, recordIssue } from "./record-parse";

/** The two 32-bit halves of an id's hash, as signed 32-bit integers (small integers to V8). */
export interface IdHash {
  lo: number;
  hi: number;
}

/** murmur3's finaliser: every input bit reaches every output bit. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The running state of the hash over one more byte (wasm/scan.c `hash_byte`). */
const LO_SEED = 0x811c9dc5;
const HI_SEED = 0x9747b28c;

/**
 * The hash of a record's type and the UTF-8 bytes `b[start, end)` of its id.
 * @example hashIdBytes(0, new TextEncoder().encode("YC-1"), 0, 4)
 */
export function hashIdBytes(type: number, b: Uint8Array, start: number, end: number, out: IdHash): IdHash {
  let lo = Math.imul(LO_SEED ^ type, 0x01000193);
  let hi = Math.imul(HI_SEED ^ type, 0x5bd1e995);
  for (let i = start; i < end; i++) {
    const c = b[i] ?? 0;
    lo = Math.imul(lo ^ c, 0x01000193);
    hi = Math.imul(hi ^ c, 0x5bd1e995);
    hi ^= hi >>> 15;
  }
  out.lo = fmix(lo ^ (end - start));
  out.hi = fmix(hi ^ Math.imul(end - start, 0x27d4eb2f));
  return out;
}

const encoder = new TextEncoder();
let scratch = new Uint8Array(256);

/** The hash of a record's type and its id given as a string (hashed as its UTF-8 bytes). */
export function hashIdString(type: number, id: string, out: IdHash): IdHash {
  if (scratch.length < id.length * 3) scratch = new Uint8Array(id.length * 3);
  const { written } = encoder.encodeInto(id, scratch);
  return hashIdBytes(type, scratch, 0, written, out);
}

/** The index of a record type in the hash (the WebAssembly scanner takes applications, index 0). */
export function typeIndex(type: RecordType): number {
  return RECORD_TYPES.indexOf(type);
}

/** Where an id was first seen. */
export type FirstSeen = Pick<RecordLocation, "file" | "line" | "index">;

/** The ids taken so far, with where each was first seen. */
export interface IdSet {
  /** Takes an id; where it was taken before, when it was (the record is then a repeat). */
  claim(hash: IdHash, at: FirstSeen): FirstSeen | undefined;
  /**
   * Takes the ids of consecutive lines of one file, given as hash halves at `ids[k]` and
   * `ids[k + 1]` every `stride` values, the first on `line`; calls `repeat` with the offset
   * `k` of each one taken before, and where it was.
   */
  claimLines(
    ids: Int32Array,
    stride: number,
    line: number,
    file: string | undefined,
    repeat: (k: number, first: FirstSeen) => void,
  ): void;
  /** Ids taken. */
  readonly size: number;
}

/** Values per slot of an id set: hash low and high half, where (line, or index + 1; 0 empty), file. */
const SLOT = 4;
/** Bit of a slot's file value telling that `where` is an index, not a line. */
const BY_INDEX = 0x40000000;

/**
 * A fresh set of ids: open addressing over one typed array (a slot's four values side by
 * side, so a probe touches one cache line), grown at three quarters full.
 */
export function createIdSet(): IdSet {
  let mask = (1 << 12) - 1;
  let slots = new Int32Array((mask + 1) * SLOT);
  const files: string[] = [];
  const fileNumbers = new Map<string, number>();
  let lastFile: string | undefined;
  let lastNumber = 0;
  let size = 0;

  /** The slot of a hash: where it is, or the empty slot where it would go. */
  const slotOf = (table: Int32Array, m: number, lo: number, hi: number): number => {
    let s = (lo ^ Math.imul(hi, 0x9e3779b1)) & m;
    for (;;) {
      const at = s * SLOT;
      if (table[at + 2] === 0 || (table[at] === lo && table[at + 1] === hi)) return at;
      s = (s + 1) & m;
    }
  };
  const grow = () => {
    const old = slots;
    mask = mask * 2 + 1;
    slots = new Int32Array((mask + 1) * SLOT);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + 2] === 0) continue;
      const to = slotOf(slots, mask, old[at] ?? 0, old[at + 1] ?? 0);
      for (let k = 0; k < SLOT; k++) slots[to + k] = old[at + k] ?? 0;
    }
  };
  const fileNumber = (name: string | undefined): number => {
    if (name === undefined) return 0;
    if (name === lastFile) return lastNumber;
    let n = fileNumbers.get(name);
    if (n === undefined) {
      n = files.push(name);
      fileNumbers.set(name, n);
    }
    lastFile = name;
    lastNumber = n;
    return n;
  };
  const firstSeen = (at: number): FirstSeen => {
    const flags = slots[at + 3] ?? 0;
    const place = slots[at + 2] ?? 0;
    const file = files[(flags & ~BY_INDEX) - 1];
    const named = file === undefined ? {} : { file };
    return flags & BY_INDEX ? { ...named, index: place - 1 } : { ...named, line: place };
  };

  /** Puts a hash not yet in the set at the slot `at` (its place from `slotOf`). */
  const put = (at: number, lo: number, hi: number, where: number, file: number) => {
    slots[at] = lo;
    slots[at + 1] = hi;
    slots[at + 2] = where;
    slots[at + 3] = file;
    if (++size * 4 > (mask + 1) * 3) grow();
  };

  return {
    claim(hash, where) {
      const lo = hash.lo | 0;
      const hi = hash.hi | 0;
      const at = slotOf(slots, mask, lo, hi);
      if (slots[at + 2] !== 0) return firstSeen(at);
      const byIndex = where.line === undefined;
      const place = byIndex ? (where.index ?? 0) + 1 : Math.max(1, where.line ?? 1);
      put(at, lo, hi, place, fileNumber(where.file) | (byIndex ? BY_INDEX : 0));
      return undefined;
    },
    claimLines(ids, stride, line, file, repeat) {
      const f = fileNumber(file);
      for (let k = 0, n = line; k < ids.length; k += stride, n++) {
        const lo = ids[k] ?? 0;
        const hi = ids[k + 1] ?? 0;
        const at = slotOf(slots, mask, lo, hi);
        if (slots[at + 2] === 0) put(at, lo, hi, n, f);
        else repeat(k, firstSeen(at));
      }
    },
    get size() {
      return size;
    },
  };
}

/** "a.jsonl 第 3 行" / "a.jsonl line 3", or the record's position. */
function placeOf(at: FirstSeen): { zh: string; en: string } {
  const file = at.file === undefined ? "" : `${at.file} `;
  if (at.line !== undefined) return { zh: `${file}第 ${at.line} 行`, en: `${file}line ${at.line}` };
  return { zh: `${file}第 ${(at.index ?? 0) + 1} 条记录`, en: `${file}record ${(at.index ?? 0) + 1}` };
}

/**
 * RECORD-DUPLICATE-ID: a record whose id was taken before (the same record given twice,
 * the same file given twice); it is rejected, and the first one named.
 */
export function duplicateIdIssue(id: string, first: FirstSeen, loc: RecordLocation): Issue {
  const place = placeOf(first);
  return recordIssue(
    "RECORD-DUPLICATE-ID",
    `记录编号 ${id} 重复（首次在${place.zh}），后出现的这条不计入`,
    `the record id ${id} appears again (first at ${place.en}); this later record is not counted`,
    loc,
    ["id"],
    id,
  );
}
