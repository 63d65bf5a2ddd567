// Tabulate's fast path over a JSON Lines file's own bytes (a reader that carries its source,
// see records/source.ts): lines tallied without decoding or building objects, by the
// WebAssembly scanner (jsonl-scan-wasm.ts) where it runs, by the JavaScript scanner
// (jsonl-scan.ts) otherwise; lines either scanner leaves take the full path.
import { type ScannedApplication, scanApplication } from "./jsonl-scan";
import { REPEAT_FIELDS, WASM_PIECE, type WasmCounts, type WasmScanner } from "./jsonl-scan-wasm";
import { duplicateIdIssue, type FirstSeen } from "./record-ids";
import {
  concatBytes,
  type JsonlSource,
  type LineParserState,
  parseJsonLine,
  type ReadRecordsOptions,
  utf8Chunks,
} from "./records/index";
import { addItem, reject, type Tally, tallyApplication } from "./tally";
import { NA, RESULTS, ROW_CARRIED_IN, ROW_CARRIED_OUT, ROW_RECEIVED, ROW_RESULT0 } from "./tally-layout";

/**
 * The full path for the lines a scanner leaves: the line of `b` from `pos` to its line feed at
 * `nl` decoded, parsed and validated with its located issues, then tallied (blank lines skipped).
 */
function fullPathLines(
  t: Tally,
  opts: ReadRecordsOptions,
): (b: Uint8Array, pos: number, nl: number, line: number) => void {
  const state: LineParserState = { warnedFields: new Set() };
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  return (b, pos, nl, line) => {
    const end = nl > pos && b[nl - 1] === 13 ? nl - 1 : nl;
    if (end <= pos) return;
    const item = parseJsonLine(decoder.decode(b.subarray(pos, end)), line, opts, state);
    if (item) addItem(t, item);
  };
}

/** The fused path in JavaScript alone (explanations, or no WebAssembly). */
async function tabulateJsonlJs(t: Tally, src: JsonlSource): Promise<void> {
  const opts = src.options;
  const fullPath = fullPathLines(t, opts);
  const typeOptional = opts.type === undefined || opts.type === "application";
  const s: ScannedApplication = { applicant: 0, received: 0, completed: 0, result: 0, idStart: 0, idEnd: 0 };
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const explainIds = t.ids !== undefined;
  const at: FirstSeen = opts.file === undefined ? { line: 0 } : { file: opts.file, line: 0 };
  let line = 0;
  /** Tallies the complete lines of `b` from `pos`; returns where an unfinished last line starts. */
  const lines = (b: Uint8Array, pos: number): number => {
    const len = b.length;
    while (pos < len) {
      let nl = scanApplication(b, pos, len, typeOptional, s);
      line++;
      if (nl >= 0) {
        t.index++;
        at.line = line;
        const first = t.seenIds?.claimBytes(0, b, s.idStart, s.idEnd, at);
        if (first) {
          reject(t, [duplicateIdIssue(decoder.decode(b.subarray(s.idStart, s.idEnd)), first, { ...at })]);
        } else {
          t.accepted++;
          const id = explainIds ? decoder.decode(b.subarray(s.idStart, s.idEnd)) : undefined;
          if (tallyApplication(t, s.applicant, s.received, s.completed, s.result, id)) t.counted++;
          else t.outsideYear++;
        }
        pos = nl + 1;
        continue;
      }
      nl = b.indexOf(10, pos);
      if (nl === -1) {
        line--;
        return pos;
      }
      fullPath(b, pos, nl, line);
      pos = nl + 1;
    }
    return pos;
  };
  let carry: Uint8Array | undefined;
  for await (const chunk of utf8Chunks(src.chunks, opts.encoding)) {
    let pos = 0;
    if (carry) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        carry = concatBytes(carry, chunk);
        continue;
      }
      lines(concatBytes(carry, chunk.subarray(0, nl + 1)), 0);
      carry = undefined;
      pos = nl + 1;
    }
    pos = lines(chunk, pos);
    if (pos < chunk.length) carry = chunk.slice(pos);
  }
  if (carry?.length) lines(concatBytes(carry, LINE_FEED), 0);
}

/** Adds what the WebAssembly scanner tallied (see jsonl-scan-wasm.ts) to the running state. */
function addWasmCounts(t: Tally, c: WasmCounts): void {
  t.index += c.taken;
  t.accepted += c.taken;
  t.counted += c.taken - c.outside;
  t.outsideYear += c.outside;
  for (let a = 0; a < NA; a++) {
    addAt(t.t3, ROW_RECEIVED * NA + a, c.intake[a] ?? 0);
    addAt(t.t3, ROW_CARRIED_IN * NA + a, c.intake[c.stride + a] ?? 0);
    for (let r = 0; r < RESULTS.length; r++) {
      addAt(t.t3, (ROW_RESULT0 + r) * NA + a, c.outcome[r * c.stride + a] ?? 0);
    }
    addAt(t.t3, ROW_CARRIED_OUT * NA + a, c.outcome[RESULTS.length * c.stride + a] ?? 0);
  }
}

/** Adds `n` to the count at `i`. */
function addAt(counts: Float64Array, i: number, n: number): void {
  counts[i] = (counts[i] ?? 0) + n;
}

const idDecoder = new TextDecoder("utf-8", { ignoreBOM: true });

/**
 * The lines of the last scan from `start` of `b` (the first being line `line`) whose ids were
 * taken before: the scanner took them without tallying them; each is rejected here, in order,
 * naming where its id was first taken.
 */
function rejectRepeats(
  t: Tally,
  wasm: WasmScanner,
  line: number,
  b: Uint8Array,
  start: number,
  at: FirstSeen,
): void {
  const repeats = wasm.repeats();
  if (repeats.length === 0 || t.seenIds === undefined) return;
  for (let k = 0; k < repeats.length; k += REPEAT_FIELDS) {
    const idAt = start + (repeats[k + 1] ?? 0);
    const id = idDecoder.decode(b.subarray(idAt, idAt + (repeats[k + 2] ?? 0)));
    const where = { ...at, line: line + (repeats[k] ?? 0) };
    t.index++;
    reject(t, [duplicateIdIssue(id, t.seenIds.firstSeenAt(repeats[k + 3] ?? 0), where)]);
  }
}

/** The size in bytes of a source that can tell it (an open file: `stat()`), else undefined. */
async function sourceSize(src: JsonlSource): Promise<number | undefined> {
  const stat = (src.chunks as { stat?: unknown }).stat;
  if (typeof stat !== "function") return undefined;
  try {
    const size = ((await stat.call(src.chunks)) as { size?: unknown }).size;
    return typeof size === "number" && size > 0 ? size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The fused path over a JSON Lines reader's own bytes: lines tallied without decoding or
 * objects, by the WebAssembly scanner where it runs (the JavaScript one otherwise, and for
 * explanations, which need every id). Lines either scanner leaves take the full path.
 */
export async function tabulateJsonl(t: Tally, src: JsonlSource): Promise<void> {
  const wasm = t.ids === undefined ? t.wasm : undefined;
  if (wasm === undefined) return tabulateJsonlJs(t, src);
  const opts = src.options;
  const fullPath = fullPathLines(t, opts);
  const typeOptional = opts.type === undefined || opts.type === "application";
  const at: FirstSeen = opts.file === undefined ? { line: 0 } : { file: opts.file, line: 0 };
  const tag = t.seenIds?.fileNumber(opts.file) ?? 0;
  // An open file tells its size: the ids' table is then presized from the first piece's ids.
  let size = t.seenIds === undefined ? undefined : await sourceSize(src);
  const idsBefore = t.seenIds?.size ?? 0;
  let line = 0;
  /** Tallies the complete lines of `head` + `tail`; returns a copy of an unfinished last line. */
  const piece = (head: Uint8Array | undefined, tail: Uint8Array): Uint8Array | undefined => {
    // Synchronous from input to take: the scanner's memory and counts are this call's alone.
    wasm.input(head, tail);
    const len = (head?.length ?? 0) + tail.length;
    let pos = 0;
    for (;;) {
      const start = pos;
      pos = wasm.scan(pos, t.first, t.last, typeOptional, line + 1, tag);
      const repeats = wasm.repeats().length > 0;
      if (repeats) rejectRepeats(t, wasm, line + 1, wasm.bytes(), start, at);
      line += wasm.lines();
      if (repeats && pos > start) continue;
      if (pos >= len) break;
      const b = wasm.bytes();
      const rel = b.subarray(pos).indexOf(10);
      if (rel === -1) break;
      const nl = pos + rel;
      fullPath(b, pos, nl, ++line);
      pos = nl + 1;
    }
    if (size !== undefined) {
      const ids = (t.seenIds?.size ?? 0) - idsBefore;
      if (size > len) wasm.reserveIds(idsBefore + Math.ceil((size / len) * ids * 1.05));
      size = undefined;
    }
    addWasmCounts(t, wasm.take());
    return pos < len ? wasm.bytes().slice(pos) : undefined;
  };
  let carry: Uint8Array | undefined;
  for await (const chunk of utf8Chunks(src.chunks, opts.encoding)) {
    for (let at = 0; at < chunk.length; at += WASM_PIECE) {
      carry = piece(carry, chunk.subarray(at, at + WASM_PIECE));
    }
  }
  if (carry?.length) piece(carry, LINE_FEED);
}

const LINE_FEED = new Uint8Array([10]);
