// A scanner for the line shape that makes up nearly all of a big JSON Lines file of
// applications: one object whose fields are those of an application record. It reads the
// fields `tabulate` needs straight from the UTF-8 bytes, without decoding, JSON.parse or an
// object per record. It accepts a line only when decoding + JSON.parse + the record schema
// would accept it with the same values and without a warning, and answers "not mine" for
// anything else (escapes, unknown fields, numbers in exponent form, bad values, inconsistent
// dates, undecodable bytes), which then takes the full path with its located issues.
// `jsonl-scan.test.ts` checks that law on generated lines.
import { ApplicantTypeSchema, ApplicationChannelSchema, ApplicationResultSchema } from "@disclosure/schema";
import {
  K_APPLICANT,
  K_APPLICANT_ID,
  K_CHANNEL,
  K_COMPLETED,
  K_CORRECTION,
  K_EXTENSION,
  K_FEE,
  K_ID,
  K_ON_THE_SPOT,
  K_RECEIVED,
  K_RESULT,
  K_SUBJECT,
  K_TYPE,
  K_UNIT,
  KEY_WORDS,
  keyAt,
  W,
  W_APPLICATION,
} from "./jsonl-scan-keys";

/** What the scanner reads from an application line. */
export interface ScannedApplication {
  /** Index in ApplicantTypeSchema.options. */
  applicant: number;
  /** Receipt date as YYYYMMDD. */
  received: number;
  /** Completion date as YYYYMMDD, 0 when open. */
  completed: number;
  /** Index in ApplicationResultSchema.options, -1 when open. */
  result: number;
  /** Byte range of the id's text. */
  idStart: number;
  idEnd: number;
}

export const APPLICANT_INDEX = new Map<string, number>(ApplicantTypeSchema.options.map((v, i) => [v, i]));
export const RESULT_INDEX = new Map<string, number>(ApplicationResultSchema.options.map((v, i) => [v, i]));

const encoder = new TextEncoder();

/** ASCII words grouped by length, for matching bytes against an enum. */
type Words = ({ bytes: Uint8Array; index: number }[] | undefined)[];

function words(values: readonly string[]): Words {
  const out: Words = [];
  values.forEach((v, index) => {
    const list = out[v.length] ?? [];
    list.push({ bytes: encoder.encode(v), index });
    out[v.length] = list;
  });
  return out;
}

const FEE_BASIS_WORDS = words(["perRequest", "perVolume"]);

/** Index of the word `b[start, end)` in the table, or -1. */
function lookup(table: Words, b: Uint8Array, start: number, end: number): number {
  const list = table[end - start];
  if (list === undefined) return -1;
  for (let w = 0; w < list.length; w++) {
    const word = list[w];
    if (word === undefined) continue;
    const wb = word.bytes;
    let j = 0;
    while (j < wb.length && b[start + j] === wb[j]) j++;
    if (j === wb.length) return word.index;
  }
  return -1;
}

/** Enum words by their first byte: a value is matched in one pass, against few candidates. */
type FirstByteWords = ({ bytes: Uint8Array; index: number }[] | undefined)[];

function byFirstByte(values: readonly string[]): FirstByteWords {
  const out: FirstByteWords = new Array(128).fill(undefined);
  values.forEach((v, index) => {
    const bytes = encoder.encode(v);
    const first = bytes[0] ?? 0;
    const list = out[first] ?? [];
    list.push({ bytes, index });
    out[first] = list;
  });
  return out;
}

const APPLICANT_FIRST = byFirstByte(ApplicantTypeSchema.options);
const RESULT_FIRST = byFirstByte(ApplicationResultSchema.options);
const CHANNEL_FIRST = byFirstByte(ApplicationChannelSchema.options);

/** The index of the last enum value matched by {@link quotedWord}. */
let wordIndex = -1;

/**
 * The enum value quoted at `i` (b[i] is the opening quote): the position after its closing
 * quote, its index in `wordIndex`; -1 if the value is not one of the table's words.
 */
function quotedWord(b: Uint8Array, i: number, end: number, table: FirstByteWords): number {
  if (b[i] !== 34) return -1;
  const c = b[i + 1];
  const list = c !== undefined && c < 128 ? table[c] : undefined;
  if (list === undefined) return -1;
  for (let w = 0; w < list.length; w++) {
    const word = list[w];
    if (word === undefined) continue;
    const wb = word.bytes;
    const n = wb.length;
    const at = i + 1;
    if (at + n >= end || b[at + n] !== 34) continue;
    // The first byte chose the list; compare the rest.
    let j = 1;
    while (j < n && b[at + j] === wb[j]) j++;
    if (j === n) {
      wordIndex = word.index;
      return at + n + 1;
    }
  }
  return -1;
}

/** Whether `b` holds the ASCII `word` at `at` followed by a closing quote before `end`. */
function keyIs(b: Uint8Array, at: number, end: number, word: Uint8Array): boolean {
  const n = word.length;
  if (at + n >= end || b[at + n] !== 34) return false;
  for (let j = 0; j < n; j++) if (b[at + j] !== word[j]) return false;
  return true;
}

/** Date `YYYY-MM-DD` at `b[at, at+10)` as YYYYMMDD, -1 unless a real date (as zod's z.iso.date()). */
/** Byte → its digit value, or -16 for a byte that is not an ASCII digit. */
const DIGIT = new Int8Array(256).fill(-16);
for (let d = 0; d < 10; d++) DIGIT[48 + d] = d;

/** The digit value of the byte at `i`, or -16 (not an ASCII digit, or past the end). */
function digitAt(b: Uint8Array, i: number): number {
  const c = b[i];
  return c === undefined ? -16 : (DIGIT[c] ?? -16);
}

function dateAt(b: Uint8Array, at: number): number {
  if (b[at + 4] !== 45 || b[at + 7] !== 45) return -1;
  const y0 = digitAt(b, at);
  const y1 = digitAt(b, at + 1);
  const y2 = digitAt(b, at + 2);
  const y3 = digitAt(b, at + 3);
  const m1 = digitAt(b, at + 5);
  const m2 = digitAt(b, at + 6);
  const d1 = digitAt(b, at + 8);
  const d2 = digitAt(b, at + 9);
  if ((y0 | y1 | y2 | y3 | m1 | m2 | d1 | d2) < 0) return -1;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1) return -1;
  // Every month has 28 days; only later days need the month's length.
  if (d > 28) {
    const dim =
      m === 2
        ? (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
          ? 29
          : 28
        : m === 4 || m === 6 || m === 9 || m === 11
          ? 30
          : 31;
    if (d > dim) return -1;
  }
  return y * 10000 + m * 100 + d;
}

/** A quoted date at `i` (it ends at `i + 12`): its YYYYMMDD, or -1. */
function quotedDate(b: Uint8Array, i: number, end: number): number {
  if (i + 11 >= end || b[i] !== 34 || b[i + 11] !== 34) return -1;
  return dateAt(b, i + 1);
}

function cont(c: number | undefined): c is number {
  return c !== undefined && (c & 0xc0) === 0x80;
}

/**
 * The position of the closing quote of a JSON string whose text starts at `i`, or -1 when
 * the text holds an escape, a control character, or bytes that are not well-formed UTF-8
 * (or U+FFFD itself): those lines take the full path.
 */
function textEnd(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c === undefined) return -1;
    if (c < 0x80) {
      if (c === 34) return i;
      if (c < 32 || c === 92) return -1;
      i++;
    } else if (c >= 0xe0 && c <= 0xef) {
      if (i + 2 >= end) return -1;
      const c1 = b[i + 1];
      const c2 = b[i + 2];
      if (!cont(c1) || !cont(c2)) return -1;
      if ((c === 0xe0 && c1 < 0xa0) || (c === 0xed && c1 > 0x9f)) return -1;
      if (c === 0xef && c1 === 0xbf && c2 === 0xbd) return -1; // U+FFFD
      i += 3;
    } else if (c >= 0xc2 && c <= 0xdf) {
      if (i + 1 >= end || !cont(b[i + 1])) return -1;
      i += 2;
    } else if (c >= 0xf0 && c <= 0xf4) {
      if (i + 3 >= end) return -1;
      const c1 = b[i + 1];
      if (!cont(c1) || !cont(b[i + 2]) || !cont(b[i + 3])) return -1;
      if ((c === 0xf0 && c1 < 0x90) || (c === 0xf4 && c1 > 0x8f)) return -1;
      i += 4;
    } else return -1;
  }
  return -1;
}

/** The closing quote of an ASCII word starting at `i` (enum values), or -1. */
function wordEnd(b: Uint8Array, i: number, end: number): number {
  while (i < end) {
    const c = b[i];
    if (c === 34) return i;
    if (c === undefined || c < 32 || c === 92 || c >= 0x80) return -1;
    i++;
  }
  return -1;
}

/** A JSON integer 0 ≤ n < 10^15 in plain digits at `i` (what z.int().nonnegative() takes); end in `pos.i`. */
function plainInt(b: Uint8Array, i: number, end: number, pos: { i: number }): boolean {
  const s = i;
  if (i < end && b[i] === 48) i++;
  else while (i < end && digitAt(b, i) >= 0) i++;
  if (i === s || i - s > 15) return false;
  // A fraction or exponent would still be an integer for JSON.parse; leave those to the full path.
  if (i < end && (b[i] === 46 || b[i] === 101 || b[i] === 69 || digitAt(b, i) >= 0)) return false;
  pos.i = i;
  return true;
}

/**
 * JSON whitespace inside a line (a line holds no line feed). Callers test `b[i] <= 32`
 * first, so compact JSON costs one comparison per gap; the loops are written out where they
 * are used because a helper would not be inlined into the big scanner.
 */
function isWs(c: number | undefined): boolean {
  return c === 32 || c === 9 || c === 13;
}

/** Value kinds of the nested objects' fields. */
type Kind = "date" | "dateOrNull" | "int" | "basis";
const EXTENSION_FIELDS: [Uint8Array, Kind][] = [
  [W("workingDays"), "int"],
  [W("approvedDate"), "date"],
];
const CORRECTION_FIELDS: [Uint8Array, Kind][] = [
  [W("requestedDate"), "date"],
  [W("receivedDate"), "dateOrNull"],
];
const FEE_FIELDS: [Uint8Array, Kind][] = [
  [W("basis"), "basis"],
  [W("pages"), "int"],
  [W("noticeDate"), "date"],
  [W("amountYuan"), "int"],
  [W("paidDate"), "dateOrNull"],
];

/**
 * A nested object (extension, correction, fee) at `i` with only known fields of valid
 * values; `required` = bit mask of fields that must be present. End position in `pos.i`.
 */
function nestedObject(
  b: Uint8Array,
  i: number,
  end: number,
  fields: [Uint8Array, Kind][],
  required: number,
  pos: { i: number },
): boolean {
  if (i >= end || b[i] !== 123) return false;
  i++;
  while (i < end && isWs(b[i])) i++;
  let seen = 0;
  if (b[i] === 125) {
    pos.i = i + 1;
    return required === 0;
  }
  for (;;) {
    if (i >= end || b[i] !== 34) return false;
    let f = -1;
    for (let k = 0; k < fields.length; k++) {
      const field = fields[k];
      if (field !== undefined && keyIs(b, i + 1, end, field[0])) {
        f = k;
        break;
      }
    }
    const field = fields[f];
    if (field === undefined || (seen & (1 << f)) !== 0) return false;
    seen |= 1 << f;
    const kind = field[1];
    i += field[0].length + 2;
    while (i < end && isWs(b[i])) i++;
    if (i >= end || b[i] !== 58) return false;
    i++;
    while (i < end && isWs(b[i])) i++;
    if (kind === "int") {
      if (!plainInt(b, i, end, pos)) return false;
      i = pos.i;
    } else if (kind === "basis") {
      if (i >= end || b[i] !== 34) return false;
      const ve = wordEnd(b, i + 1, end);
      if (ve < 0 || lookup(FEE_BASIS_WORDS, b, i + 1, ve) < 0) return false;
      i = ve + 1;
    } else if (kind === "dateOrNull" && b[i] === 110) {
      if (i + 4 > end || b[i + 1] !== 117 || b[i + 2] !== 108 || b[i + 3] !== 108) return false;
      i += 4;
    } else {
      if (quotedDate(b, i, end) < 0) return false;
      i += 12;
    }
    while (i < end && isWs(b[i])) i++;
    if (i >= end) return false;
    const c = b[i++];
    while (i < end && isWs(b[i])) i++;
    if (c === 44) continue;
    if (c !== 125) return false;
    if ((seen & required) !== required) return false;
    pos.i = i;
    return true;
  }
}

const pos = { i: 0 };

/**
 * Scans the line that starts at `b[start]` as an application record, up to its line feed
 * (`limit` bounds the bytes available). Returns the position of the line feed and fills
 * `out` when the line is a valid, consistent application made of the fields type, id, unit,
 * receivedDate, applicantType, result, completedDate, channel, subject, applicantId,
 * onTheSpot, extension, correction and fee (no consultations); -1 when the full path must
 * decide (or the line feed is not within `limit`). `typeOptional`: a line without a `type`
 * field counts as an application.
 */
export function scanApplication(
  b: Uint8Array,
  start: number,
  end: number,
  typeOptional: boolean,
  out: ScannedApplication,
): number {
  let i = start;
  while (i < end && isWs(b[i])) i++;
  if (i >= end || b[i] !== 123) return -1;
  i++;
  let seen = 0;
  let received = -1;
  let completed = 0;
  let applicant = -1;
  let result = -1;
  let idStart = -1;
  let idEnd = -1;
  for (;;) {
    while (i < end && isWs(b[i])) i++;
    if (i >= end || b[i] !== 34) return -1;
    i++;
    const key = keyAt(b, i);
    if (key === 0) return -1;
    const kw = KEY_WORDS[31 - Math.clz32(key)];
    if (kw === undefined) return -1;
    // The key's first byte chose `kw`: check its length (the closing quote), then the rest.
    const n = kw.length;
    if (i + n >= end || b[i + n] !== 34 || (seen & key) !== 0) return -1;
    for (let j = 1; j < n; j++) if (b[i + j] !== kw[j]) return -1;
    seen |= key;
    i += kw.length + 1;
    while (i < end && isWs(b[i])) i++;
    if (i >= end || b[i] !== 58) return -1;
    i++;
    while (i < end && isWs(b[i])) i++;
    if (i >= end) return -1;
    switch (key) {
      case K_RECEIVED:
        received = quotedDate(b, i, end);
        if (received < 0) return -1;
        i += 12;
        break;
      case K_COMPLETED:
        completed = quotedDate(b, i, end);
        if (completed < 0) return -1;
        i += 12;
        break;
      case K_ID:
      case K_UNIT:
      case K_SUBJECT:
      case K_APPLICANT_ID: {
        if (b[i] !== 34) return -1;
        const ve = textEnd(b, i + 1, end);
        if (ve < 0) return -1;
        if (key === K_ID) {
          if (ve === i + 1) return -1;
          idStart = i + 1;
          idEnd = ve;
        }
        i = ve + 1;
        break;
      }
      case K_APPLICANT:
        i = quotedWord(b, i, end, APPLICANT_FIRST);
        if (i < 0) return -1;
        applicant = wordIndex;
        break;
      case K_RESULT:
        i = quotedWord(b, i, end, RESULT_FIRST);
        if (i < 0) return -1;
        result = wordIndex;
        break;
      case K_CHANNEL:
        i = quotedWord(b, i, end, CHANNEL_FIRST);
        if (i < 0) return -1;
        break;
      case K_TYPE:
        if (b[i] !== 34 || !keyIs(b, i + 1, end, W_APPLICATION)) return -1;
        i += W_APPLICATION.length + 2;
        break;
      case K_ON_THE_SPOT:
        if (b[i] === 116 && b[i + 1] === 114 && b[i + 2] === 117 && b[i + 3] === 101 && i + 4 <= end) i += 4;
        else if (
          b[i] === 102 &&
          b[i + 1] === 97 &&
          b[i + 2] === 108 &&
          b[i + 3] === 115 &&
          b[i + 4] === 101 &&
          i + 5 <= end
        ) {
          i += 5;
        } else return -1;
        break;
      case K_EXTENSION:
        if (!nestedObject(b, i, end, EXTENSION_FIELDS, 1, pos)) return -1;
        i = pos.i;
        break;
      case K_CORRECTION:
        if (!nestedObject(b, i, end, CORRECTION_FIELDS, 1, pos)) return -1;
        i = pos.i;
        break;
      case K_FEE:
        if (!nestedObject(b, i, end, FEE_FIELDS, 0, pos)) return -1;
        i = pos.i;
        break;
    }
    while (i < end && isWs(b[i])) i++;
    if (i >= end) return -1;
    const c = b[i++];
    if (c === 44) continue;
    if (c === 125) break;
    return -1;
  }
  while (i < end && isWs(b[i])) i++;
  if (i >= end || b[i] !== 10) return -1;
  if ((seen & K_ID) === 0 || received < 0 || applicant < 0) return -1;
  if ((seen & K_TYPE) === 0 && !typeOptional) return -1;
  // Inconsistent records are rejected by the full path, with their issues.
  if (((seen & K_RESULT) === 0) !== ((seen & K_COMPLETED) === 0)) return -1;
  if (completed !== 0 && completed < received) return -1;
  out.applicant = applicant;
  out.received = received;
  out.completed = completed;
  out.result = result;
  out.idStart = idStart;
  out.idEnd = idEnd;
  return i;
}
