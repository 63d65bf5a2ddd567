// Just enough PDF syntax (PDF 32000-1 §7.3) to read a dictionary's top-level entries as raw
// text: names, numbers, references, strings, arrays and dictionaries are skipped whole. The
// text is the file's bytes one character a byte (see `latin1`), so offsets are byte offsets.

/** A UTF-16LE decoder where the platform stores 16-bit units little-endian (all common ones), else undefined. */
const utf16le: TextDecoder | undefined = (() => {
  const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
  try {
    return littleEndian ? new TextDecoder("utf-16le") : undefined;
  } catch {
    return undefined;
  }
})();

/** Bytes as a string of one character a byte (code = byte): offsets in it are offsets in the file. */
export function latin1(data: Uint8Array): string {
  // Widened to 16-bit units and decoded at once: some 20 times faster than String.fromCharCode in chunks.
  if (utf16le) {
    const units = new Uint16Array(data.length);
    units.set(data);
    return utf16le.decode(units);
  }
  const parts: string[] = [];
  for (let at = 0; at < data.length; at += 8192) {
    parts.push(String.fromCharCode(...data.subarray(at, at + 8192)));
  }
  return parts.join("");
}

/** Byte arrays one after another in one array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A string of one character a byte back to bytes. */
export function bytesOf(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const isSpace = (c: string | undefined) =>
  c === " " || c === "\n" || c === "\r" || c === "\t" || c === "\f" || c === "\0";
const isDelimiter = (c: string | undefined) => c !== undefined && "()<>[]{}/%".includes(c);

/** The first offset at or after `at` that is not white space or a comment. */
export function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text[i];
    if (isSpace(c)) i++;
    else if (c === "%") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
    } else break;
  }
  return i;
}

/** The end of a literal string opened at `at` (balanced parentheses, backslash escapes). */
function skipLiteral(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

/** The end of a run of regular characters (a name's or a number's, a keyword). */
function skipRegular(text: string, at: number): number {
  let i = at;
  while (i < text.length && !isSpace(text[i]) && !isDelimiter(text[i])) i++;
  return i;
}

/** The end of the object that starts at `at` (after white space), or -1 where it is malformed or cut off. */
export function skipObject(text: string, at: number): number {
  const i = skipSpace(text, at);
  const c = text[i];
  if (c === undefined) return -1;
  if (c === "(") return skipLiteral(text, i);
  if (c === "<" && text[i + 1] === "<") return skipContainer(text, i + 2, ">>");
  if (c === "<") {
    const end = text.indexOf(">", i);
    return end < 0 ? -1 : end + 1;
  }
  if (c === "[") return skipContainer(text, i + 1, "]");
  if (c === "/") return skipRegular(text, i + 1);
  if (isDelimiter(c)) return -1;
  const end = skipRegular(text, i);
  // A reference: two integers and R.
  const ref = /\s+\d+\s+R(?![^\s()<>[\]{}/%])/y;
  ref.lastIndex = end;
  return /^\d+$/.test(text.slice(i, end)) && ref.test(text) ? ref.lastIndex : end;
}

/** The end of an array or dictionary whose items start at `at` and that `close` ends. */
function skipContainer(text: string, at: number, close: string): number {
  let i = at;
  for (;;) {
    i = skipSpace(text, i);
    if (i >= text.length) return -1;
    if (text.startsWith(close, i)) return i + close.length;
    i = skipObject(text, i);
    if (i < 0) return -1;
  }
}

/** A dictionary entry: its value as raw text, and where "/Key value" starts and ends. */
export interface DictEntry {
  readonly value: string;
  readonly from: number;
  readonly to: number;
}

/** The top-level entries of the dictionary that starts at `at` ("<<"), by key (without "/"), with their places. */
export function dictEntrySpans(text: string, at: number): Map<string, DictEntry> | undefined {
  let i = skipSpace(text, at);
  if (!text.startsWith("<<", i)) return undefined;
  i += 2;
  const entries = new Map<string, DictEntry>();
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith(">>", i)) return entries;
    if (text[i] !== "/") return undefined;
    const keyEnd = skipRegular(text, i + 1);
    const valueStart = skipSpace(text, keyEnd);
    const valueEnd = skipObject(text, valueStart);
    if (valueEnd < 0) return undefined;
    entries.set(text.slice(i + 1, keyEnd), {
      value: text.slice(valueStart, valueEnd),
      from: i,
      to: valueEnd,
    });
    i = valueEnd;
  }
}

/** The top-level entries of the dictionary that starts at `at` ("<<"), as raw value text by key (without "/"). */
export function dictEntries(text: string, at: number): Map<string, string> | undefined {
  const spans = dictEntrySpans(text, at);
  return spans && new Map([...spans].map(([k, e]) => [k, e.value]));
}

/** A reference's object and generation numbers ("12 0 R"), or undefined. */
export function refOf(value: string | undefined): { num: number; gen: number } | undefined {
  const m = value === undefined ? null : /^(\d+)\s+(\d+)\s+R$/.exec(value);
  return m ? { num: Number(m[1]), gen: Number(m[2]) } : undefined;
}

/**
 * The offset just after "N G obj" of the last definition of each object in the file's text,
 * by object number: a later definition (an incremental update) replaces an earlier one.
 */
export function objectOffsets(text: string): Map<number, { gen: number; body: number }> {
  const offsets = new Map<number, { gen: number; body: number }>();
  const header = /(?<![0-9])(\d+)[ \t\r\n\f\0]+(\d+)[ \t\r\n\f\0]+obj(?![^\s()<>[\]{}/%])/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    offsets.set(Number(m[1]), { gen: Number(m[2]), body: header.lastIndex });
  }
  return offsets;
}

/**
 * The raw bytes of the stream whose dictionary starts at `dictAt`: after "stream" and its end
 * of line, /Length bytes (a direct integer) that "endstream" follows; undefined otherwise
 * (where a reader would search for "endstream" instead).
 */
export function streamData(
  text: string,
  data: Uint8Array,
  dictAt: number,
  dict: Map<string, string>,
): Uint8Array | undefined {
  const length = dict.get("Length");
  const dictEnd = skipObject(text, dictAt);
  if (length === undefined || !/^\d+$/.test(length) || dictEnd < 0) return undefined;
  const keyword = /[ \t\r\n]*stream(?:\r\n|\n)/y;
  keyword.lastIndex = dictEnd;
  if (!keyword.test(text)) return undefined;
  const begin = keyword.lastIndex;
  const end = begin + Number(length);
  const after = /[ \t\r\n]*endstream(?![^\s()<>[\]{}/%])/y;
  after.lastIndex = end;
  return end <= data.length && after.test(text) ? data.subarray(begin, end) : undefined;
}
