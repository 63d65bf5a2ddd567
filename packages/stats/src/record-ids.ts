// The ids of the records a tabulation has taken, so that a record given again (the same id
// twice in a file, the same file given twice) is rejected once and named, never counted
// twice. Where WebAssembly runs, the ids live in the tabulation's instance of wasm/scan.c:
// the scanner claims the ids of the lines it takes as it reads them, and the other paths
// (the JavaScript scanner, CSV and Excel rows, plain records) claim theirs in the same table,
// so that one repeat is found whichever path read each. Elsewhere a Map of the ids does the
// same. Either way a repeat is the same id, byte for byte: a hash only finds candidates.
import type { Issue } from "@disclosure/schema";
import type { WasmScanner } from "./jsonl-scan-wasm";
import { type RecordLocation, type RecordType, RECORD_TYPES, recordIssue } from "./record-parse";

/** The index of a record type among the ids' kinds (the WebAssembly scanner takes applications, index 0). */
export function typeIndex(type: RecordType): number {
  return RECORD_TYPES.indexOf(type);
}

/** Where an id was first seen. */
export type FirstSeen = Pick<RecordLocation, "file" | "line" | "index">;

/** The ids taken so far, with where each was first seen. */
export interface IdSet {
  /** Takes the id of a record of type `type` (see `typeIndex`); where it was taken before, when it was (the record is then a repeat). */
  claim(type: number, id: string, at: FirstSeen): FirstSeen | undefined;
  /** The same for an id given as its UTF-8 bytes `b[start, end)`. */
  claimBytes(type: number, b: Uint8Array, start: number, end: number, at: FirstSeen): FirstSeen | undefined;
  /** The number the set gives a file's name (what the WebAssembly scanner is told, see `firstSeenAt`). */
  fileNumber(file: string | undefined): number;
  /** Where the id of a record of the WebAssembly module's ids (a repeat its scanner found) was first taken. */
  firstSeenAt(record: number): FirstSeen;
  /** Ids taken. */
  readonly size: number;
}

/** Bit of a place's tag telling that `where` is a record's index + 1, not a line. */
const BY_INDEX = 0x40000000;

/** Names of files by number (from 1; 0 for none), the same numbers for the same names. */
function fileNumbers(): { number(name: string | undefined): number; name(n: number): string | undefined } {
  const files: string[] = [];
  const numbers = new Map<string, number>();
  let lastName: string | undefined;
  let lastNumber = 0;
  return {
    number(name) {
      if (name === undefined) return 0;
      if (name === lastName) return lastNumber;
      let n = numbers.get(name);
      if (n === undefined) {
        n = files.push(name);
        numbers.set(name, n);
      }
      lastName = name;
      lastNumber = n;
      return n;
    },
    name: (n) => files[n - 1],
  };
}

/** A place as two integers: where (line, or index + 1) and tag (file number | BY_INDEX). */
function placeOf(at: FirstSeen, files: ReturnType<typeof fileNumbers>): [where: number, tag: number] {
  const byIndex = at.line === undefined;
  const where = byIndex ? (at.index ?? 0) + 1 : Math.max(1, at.line ?? 1);
  return [where, files.number(at.file) | (byIndex ? BY_INDEX : 0)];
}

/** The place two integers stand for. */
function firstSeenOf(where: number, tag: number, files: ReturnType<typeof fileNumbers>): FirstSeen {
  const file = files.name(tag & ~BY_INDEX);
  const named = file === undefined ? {} : { file };
  return tag & BY_INDEX ? { ...named, index: where - 1 } : { ...named, line: where };
}

/** The ids in a tabulation's WebAssembly module (wasm/scan.c "Record ids"). */
function wasmIdSet(wasm: WasmScanner): IdSet {
  const files = fileNumbers();
  const answer = (record: number) =>
    record === 0 ? undefined : firstSeenOf(...wasm.firstPlace(record), files);
  return {
    claim(type, id, at) {
      return answer(wasm.claimString(type, id, ...placeOf(at, files)));
    },
    claimBytes(type, b, start, end, at) {
      return answer(wasm.claimBytes(type, b, start, end, ...placeOf(at, files)));
    },
    fileNumber: (file) => files.number(file),
    firstSeenAt: (record) => firstSeenOf(...wasm.firstPlace(record), files),
    get size() {
      return wasm.idsTaken();
    },
  };
}

/** The ids in a Map (where WebAssembly does not run): key = type as one character + the id. */
function mapIdSet(): IdSet {
  const files = fileNumbers();
  const first = new Map<string, number>();
  let places = new Int32Array(2048);
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const claim = (type: number, id: string, at: FirstSeen): FirstSeen | undefined => {
    const key = String.fromCharCode(65 + type) + id;
    const k = first.get(key);
    if (k !== undefined) return firstSeenOf(places[k] ?? 0, places[k + 1] ?? 0, files);
    const n = first.size * 2;
    if (n + 2 > places.length) {
      const more = new Int32Array(places.length * 2);
      more.set(places);
      places = more;
    }
    [places[n], places[n + 1]] = placeOf(at, files);
    first.set(key, n);
    return undefined;
  };
  return {
    claim,
    claimBytes: (type, b, start, end, at) => claim(type, decoder.decode(b.subarray(start, end)), at),
    fileNumber: (file) => files.number(file),
    firstSeenAt: () => {
      throw new Error("no WebAssembly ids");
    },
    get size() {
      return first.size;
    },
  };
}

/**
 * A fresh set of ids: in the tabulation's WebAssembly module when it has one (the ids of the
 * lines its scanner takes are claimed there), else in a Map.
 */
export function createIdSet(wasm?: WasmScanner): IdSet {
  return wasm ? wasmIdSet(wasm) : mapIdSet();
}

/** "a.jsonl 第 3 行" / "a.jsonl line 3", or the record's position. */
function placeText(at: FirstSeen): { zh: string; en: string } {
  const file = at.file === undefined ? "" : `${at.file} `;
  if (at.line !== undefined) return { zh: `${file}第 ${at.line} 行`, en: `${file}line ${at.line}` };
  return { zh: `${file}第 ${(at.index ?? 0) + 1} 条记录`, en: `${file}record ${(at.index ?? 0) + 1}` };
}

/**
 * RECORD-DUPLICATE-ID: a record whose id was taken before (the same record given twice,
 * the same file given twice); it is rejected, and the first one named.
 */
export function duplicateIdIssue(id: string, first: FirstSeen, loc: RecordLocation): Issue {
  const place = placeText(first);
  return recordIssue(
    "RECORD-DUPLICATE-ID",
    `记录编号 ${id} 重复（首次在${place.zh}），后出现的这条不计入`,
    `the record id ${id} appears again (first at ${place.en}); this later record is not counted`,
    loc,
    ["id"],
    id,
  );
}
