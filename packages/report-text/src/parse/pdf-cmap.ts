// A font's /ToUnicode CMap (PDF 32000-1 §9.10.3): character code → Unicode text, read as
// pdfjs-dist reads it (src/core/cmap.js and evaluator.js `readToUnicode`, Apache-2.0): bfchar
// and bfrange (a destination string counted up in its last byte, carrying into the byte
// before it; or an array of destinations), cidchar and cidrange (a number is a code point),
// destinations decoded from UTF-16BE. A CMap that pdfjs-dist would read in part, or extend
// with a predefined one (usecmap), throws PdfUnsupported.
import { EOF, PdfCmd, PdfLexer, type PdfToken, PdfUnsupported } from "./pdf-lexer.js";

/** Code → destination as the CMap gives it (UTF-16BE bytes, or a code point); see {@link unicodeOf}. */
export type ToUnicode = ReadonlyMap<number, string | number>;

type Entries = Map<number, string | number>;

/** The largest code taken: the fonts read here have codes of one or two bytes. */
const MAX_CODE = 0xffff;

/** A code string's bytes as one number. */
function strToInt(s: string): number {
  let a = 0;
  for (let i = 0; i < s.length; i++) a = (a << 8) | s.charCodeAt(i);
  return a >>> 0;
}

function str(t: PdfToken): string {
  if (typeof t !== "string") throw new PdfUnsupported("a CMap entry that is not a string");
  return t;
}

function cmdIs(t: PdfToken, name: string): boolean {
  return t instanceof PdfCmd && t.cmd === name;
}

/** bfchar: `<src> <dst>` pairs. */
function bfChar(lexer: PdfLexer, map: Entries): void {
  for (let t = lexer.next(); !cmdIs(t, "endbfchar"); t = lexer.next()) {
    if (t === EOF) throw new PdfUnsupported("a CMap cut off");
    const code = strToInt(str(t));
    if (code > MAX_CODE) throw new PdfUnsupported("a CMap of codes over 16 bits");
    map.set(code, str(lexer.next()));
  }
}

/** The destination after `dst`: its last byte counted up, a carry into the byte before it (as pdfjs-dist). */
function nextDestination(dst: string): string {
  const last = dst.length - 1;
  const next = dst.charCodeAt(last) + 1;
  if (next > 0xff) {
    return `${dst.substring(0, last - 1)}${String.fromCharCode(dst.charCodeAt(last - 1) + 1)}\x00`;
  }
  return dst.substring(0, last) + String.fromCharCode(next);
}

/** bfrange: `<low> <high> <dst>` or `<low> <high> [<dst> …]`. */
function bfRange(lexer: PdfLexer, map: Entries): void {
  for (let t = lexer.next(); !cmdIs(t, "endbfrange"); t = lexer.next()) {
    if (t === EOF) throw new PdfUnsupported("a CMap cut off");
    let low = strToInt(str(t));
    const high = strToInt(str(lexer.next()));
    if (high > MAX_CODE) throw new PdfUnsupported("a CMap of codes over 16 bits");
    const dst = lexer.next();
    if (typeof dst === "string" || (typeof dst === "number" && Number.isInteger(dst))) {
      let d = typeof dst === "number" ? String.fromCharCode(dst) : dst;
      if (d.length === 0) throw new PdfUnsupported("an empty CMap destination");
      for (; low <= high; low++, d = nextDestination(d)) map.set(low, d);
    } else if (cmdIs(dst, "[")) {
      for (let e = lexer.next(); !cmdIs(e, "]"); e = lexer.next(), low++) {
        if (e === EOF || (typeof e !== "string" && typeof e !== "number")) {
          throw new PdfUnsupported("a CMap range array that is not plain");
        }
        if (low <= high) map.set(low, e);
      }
    } else throw new PdfUnsupported("a bad CMap range");
  }
}

/** cidchar and cidrange: destinations are numbers. */
function cidEntries(lexer: PdfLexer, map: Entries, range: boolean): void {
  const end = range ? "endcidrange" : "endcidchar";
  for (let t = lexer.next(); !cmdIs(t, end); t = lexer.next()) {
    if (t === EOF) throw new PdfUnsupported("a CMap cut off");
    const low = strToInt(str(t));
    const high = range ? strToInt(str(lexer.next())) : low;
    const dst = lexer.next();
    if (typeof dst !== "number" || !Number.isInteger(dst)) throw new PdfUnsupported("a bad CID entry");
    if (high > MAX_CODE) throw new PdfUnsupported("a CMap of codes over 16 bits");
    for (let c = low, d = dst; c <= high; c++, d++) map.set(c, d);
  }
}

/** codespacerange: read over (a ToUnicode CMap's code lengths come from the font's encoding). */
function codespace(lexer: PdfLexer): void {
  for (let t = lexer.next(); !cmdIs(t, "endcodespacerange"); t = lexer.next()) {
    if (typeof t !== "string") throw new PdfUnsupported("a bad codespace range");
  }
}

/**
 * A code's text: a number destination is a code point; a string is UTF-16BE (an odd byte
 * first padded with 0); undefined where the CMap has no entry for the code.
 */
export function unicodeOf(toUnicode: ToUnicode, code: number): string | undefined {
  const token = toUnicode.get(code);
  if (token === undefined) return undefined;
  if (typeof token === "number") return String.fromCodePoint(token);
  const t = token.length % 2 !== 0 ? `\u0000${token}` : token;
  const units: number[] = [];
  for (let k = 0; k < t.length; k += 2) {
    const w1 = (t.charCodeAt(k) << 8) | t.charCodeAt(k + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      units.push(w1);
      continue;
    }
    k += 2;
    const w2 = (t.charCodeAt(k) << 8) | t.charCodeAt(k + 1);
    units.push(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return String.fromCodePoint(...units);
}

/**
 * The code → destination map of a ToUnicode CMap's bytes (text by {@link unicodeOf}). Throws PdfUnsupported where pdfjs-dist
 * would read it in part or not alone (usecmap), or it maps nothing.
 */
export function parseToUnicode(bytes: Uint8Array): ToUnicode {
  const lexer = new PdfLexer(bytes);
  const map: Entries = new Map();
  for (let t = lexer.next(); t !== EOF && !cmdIs(t, "endcmap"); t = lexer.next()) {
    if (!(t instanceof PdfCmd)) continue;
    if (t.cmd === "usecmap") throw new PdfUnsupported("a ToUnicode CMap that uses another");
    if (t.cmd === "begincodespacerange") codespace(lexer);
    else if (t.cmd === "beginbfchar") bfChar(lexer, map);
    else if (t.cmd === "beginbfrange") bfRange(lexer, map);
    else if (t.cmd === "begincidchar") cidEntries(lexer, map, false);
    else if (t.cmd === "begincidrange") cidEntries(lexer, map, true);
  }
  if (map.size === 0) throw new PdfUnsupported("a ToUnicode CMap that maps nothing");
  return map;
}
