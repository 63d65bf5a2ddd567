// A font's /ToUnicode CMap (PDF 32000-1 §9.10.3): character code → Unicode text, read as
// pdfjs-dist reads it (src/core/cmap.js and evaluator.js `readToUnicode`, Apache-2.0): bfchar
// and bfrange (a destination string counted up in its last byte, carrying into the byte
// before it; or an array of destinations), cidchar and cidrange (a number is a code point),
// destinations decoded from UTF-16BE. A CMap that pdfjs-dist would read in part, or extend
// with a predefined one (usecmap), throws PdfUnsupported.
import { EOF, PdfCmd, PdfLexer, type PdfToken, PdfTooComplex, PdfUnsupported } from "./pdf-lexer.js";

/** Code → destination as the CMap gives it (UTF-16BE bytes, or a code point); see {@link unicodeOf}. */
export type ToUnicode = ReadonlyMap<number, string | number>;

type Entries = Map<number, string | number>;

/** Mappings one CMap may make in all (a font has at most 65,536 codes): more is a crafted file. */
const MAX_MAPPINGS = 1_000_000;

/** The mappings being read, and how many more the CMap may make. */
interface Mappings {
  readonly map: Entries;
  left: number;
}

/** Counts `n` mappings against the CMap's budget. */
function spend(into: Mappings, n: number): void {
  into.left -= Math.max(0, n);
  if (into.left < 0) throw new PdfTooComplex("a ToUnicode CMap of more mappings than a font has codes");
}

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
function bfChar(lexer: PdfLexer, into: Mappings): void {
  for (let t = lexer.next(); !cmdIs(t, "endbfchar"); t = lexer.next()) {
    if (t === EOF) throw new PdfUnsupported("a CMap cut off");
    const code = strToInt(str(t));
    if (code > MAX_CODE) throw new PdfUnsupported("a CMap of codes over 16 bits");
    spend(into, 1);
    into.map.set(code, str(lexer.next()));
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
function bfRange(lexer: PdfLexer, into: Mappings): void {
  for (let t = lexer.next(); !cmdIs(t, "endbfrange"); t = lexer.next()) {
    if (t === EOF) throw new PdfUnsupported("a CMap cut off");
    let low = strToInt(str(t));
    const high = strToInt(str(lexer.next()));
    if (high > MAX_CODE) throw new PdfUnsupported("a CMap of codes over 16 bits");
    const dst = lexer.next();
    if (typeof dst === "string" || (typeof dst === "number" && Number.isInteger(dst))) {
      let d = typeof dst === "number" ? String.fromCharCode(dst) : dst;
      if (d.length === 0) throw new PdfUnsupported("an empty CMap destination");
      spend(into, high - low + 1);
      for (; low <= high; low++, d = nextDestination(d)) into.map.set(low, d);
    } else if (cmdIs(dst, "[")) {
      for (let e = lexer.next(); !cmdIs(e, "]"); e = lexer.next(), low++) {
        if (e === EOF || (typeof e !== "string" && typeof e !== "number")) {
          throw new PdfUnsupported("a CMap range array that is not plain");
        }
        spend(into, 1);
        if (low <= high) into.map.set(low, e);
      }
    } else throw new PdfUnsupported("a bad CMap range");
  }
}

/** cidchar and cidrange: destinations are numbers. */
function cidEntries(lexer: PdfLexer, into: Mappings, range: boolean): void {
  const end = range ? "endcidrange" : "endcidchar";
  for (let t = lexer.next(); !cmdIs(t, end); t = lexer.next()) {
    if (t === EOF) throw new PdfUnsupported("a CMap cut off");
    const low = strToInt(str(t));
    const high = range ? strToInt(str(lexer.next())) : low;
    const dst = lexer.next();
    if (typeof dst !== "number" || !Number.isInteger(dst)) throw new PdfUnsupported("a bad CID entry");
    if (high > MAX_CODE) throw new PdfUnsupported("a CMap of codes over 16 bits");
    spend(into, high - low + 1);
    for (let c = low, d = dst; c <= high; c++, d++) into.map.set(c, d);
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
  const into: Mappings = { map: new Map(), left: MAX_MAPPINGS };
  for (let t = lexer.next(); t !== EOF && !cmdIs(t, "endcmap"); t = lexer.next()) {
    if (!(t instanceof PdfCmd)) continue;
    if (t.cmd === "usecmap") throw new PdfUnsupported("a ToUnicode CMap that uses another");
    if (t.cmd === "begincodespacerange") codespace(lexer);
    else if (t.cmd === "beginbfchar") bfChar(lexer, into);
    else if (t.cmd === "beginbfrange") bfRange(lexer, into);
    else if (t.cmd === "begincidchar") cidEntries(lexer, into, false);
    else if (t.cmd === "begincidrange") cidEntries(lexer, into, true);
  }
  if (into.map.size === 0) throw new PdfUnsupported("a ToUnicode CMap that maps nothing");
  return into.map;
}
