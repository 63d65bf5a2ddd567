// The fonts the own text-layer reader takes, with what pdfjs-dist's text layer takes from
// them (src/core/evaluator.js `preEvaluateFont`, `translateFont`, `extractWidths`; fonts.js
// `_charToGlyph`; Apache-2.0): each code's Unicode text and its width from /W and /DW
// (composite) or /Widths (simple), in thousandths of the font size. Taken are:
//   - a composite font (Type0) over a CIDFontType2 with its TrueType program embedded
//     (/FontFile2), /Encoding /Identity-H or /Identity-V, with a /ToUnicode CMap;
//   - a simple TrueType font with its program embedded, its text from /ToUnicode or else from
//     /WinAnsiEncoding;
// each with its descriptor's /FontName the same as its /BaseFont, and no /FontMatrix. The
// program itself is only checked to be TrueType (its head): with the text of every code shown
// known (the reader checks that as it shows them), pdfjs-dist takes text and widths from the
// dictionaries alone. Any other font throws PdfUnsupported.
import { parseToUnicode, type ToUnicode, unicodeOf } from "./pdf-cmap.js";
import { headBytes, isTrueTypeHead, MAX_TABLES, PLAIN_STREAM_KEYS, tableCount } from "./pdf-truetype.js";
import {
  PdfName,
  type PdfDict,
  PdfStream,
  PdfTooComplex,
  PdfUnsupported,
  type PdfValue,
} from "./pdf-lexer.js";
import type { PdfObjects } from "./pdf-objects.js";

/** What the text layer needs of one glyph. */
export interface PdfGlyph {
  /** The code as shown (two bytes for a composite font). */
  readonly code: number;
  readonly unicode: string;
  /** Advance in glyph space (thousandths): the width, or for vertical writing the vertical advance. */
  readonly advance: number;
  readonly whitespace: boolean;
  readonly zeroWidthDiacritic: boolean;
  readonly invisibleFormatMark: boolean;
}

/** A font as the text layer uses it. */
export interface PdfFont {
  /** The font's name as pdfjs-dist names it (its descriptor's /FontName). */
  readonly name: string;
  readonly vertical: boolean;
  /** Bytes a code: 2 for Identity-H/V, 1 for a simple font. */
  readonly codeBytes: 1 | 2;
  /** Glyphs of a shown string, kept by string. */
  readonly glyphs: Map<string, PdfGlyph[]>;
  readonly widths: readonly (number | undefined)[];
  readonly defaultWidth: number;
  readonly vmetrics: (readonly number[] | undefined)[];
  readonly defaultVMetric: number;
  readonly toUnicode: ToUnicode;
}

// pdfjs-dist's categories: white space first, a nonspacing mark anywhere, a format character last.
const SPECIAL_CHAR = /^(\s)|(\p{Mn})|(\p{Cf})$/u;

/** A name, or a string where a name belongs (as pdfjs-dist takes it); in an encrypted file such a string would need decrypting: not followed. */
function nameOf(v: PdfValue | undefined, objects: PdfObjects): string | undefined {
  if (v instanceof PdfName) return v.name;
  if (typeof v === "string" && objects.encrypted)
    throw new PdfUnsupported("a name written as a string in an encrypted file");
  return typeof v === "string" ? v : undefined;
}

function dictOf(objects: PdfObjects, v: PdfValue | undefined): PdfDict {
  const d = objects.resolve(v);
  if (!(d instanceof Map)) throw new PdfUnsupported("a font dictionary missing");
  return d;
}

/** Entries a width table may set in all: a font has at most 65,536 codes, a table that sets more is crafted. */
const MAX_WIDTH_ENTRIES = 1_000_000;

/** A range of codes start … end of a width table, counted against the table's budget. */
function checkRange(start: number, end: number, budget: { left: number }): void {
  if (end > 0xffff) throw new PdfUnsupported("a width range past code 65,535");
  budget.left -= Math.max(0, end - start + 1);
  if (budget.left < 0) throw new PdfTooComplex("a width table of more entries than a font has codes");
}

/**
 * A CIDFont's /W or /W2 by CID, read as pdfjs-dist's `extractWidths` reads it: `c [v …]` gives
 * codes from c on a value each (a value being `size` numbers), `c1 c2 v` one value to codes
 * c1 … c2; a value that is not numbers is skipped, a bad code ends the table.
 */
function cidTable<T>(
  objects: PdfObjects,
  table: PdfValue | undefined,
  size: 1 | 3,
  entryOf: (numbers: readonly PdfValue[]) => T | undefined,
): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  const arr = objects.resolve(table);
  if (!Array.isArray(arr)) return out;
  const budget = { left: MAX_WIDTH_ENTRIES };
  const take = (from: readonly PdfValue[], at: number) =>
    entryOf(Array.from({ length: size }, (_, k) => objects.resolve(from[at + k]) ?? null));
  for (let i = 0; i < arr.length; i++) {
    let start = objects.resolve(arr[i++]);
    if (typeof start !== "number" || !Number.isInteger(start)) break;
    const code = objects.resolve(arr[i]);
    if (Array.isArray(code)) {
      checkRange(start, start + Math.ceil(code.length / size) - 1, budget);
      for (let j = 0; j < code.length; j += size, start++) {
        const v = take(code, j);
        if (v !== undefined) out[start] = v;
      }
    } else if (typeof code === "number" && Number.isInteger(code)) {
      const v = take(arr, i + 1);
      i += size;
      if (v === undefined) continue;
      checkRange(start, code, budget);
      for (let j = start; j <= code; j++) out[j] = v;
    } else break;
  }
  return out;
}

const numbers = (v: readonly PdfValue[]): v is number[] => v.every((x) => typeof x === "number");

/** Widths of a CIDFont's /W array, by CID. */
const cidWidths = (objects: PdfObjects, w: PdfValue | undefined): (number | undefined)[] =>
  cidTable(objects, w, 1, ([v]) => (typeof v === "number" ? v : undefined));

/** Vertical metrics of a CIDFont's /W2, by CID: [w1y, vx, vy]. */
const cidVMetrics = (objects: PdfObjects, w2: PdfValue | undefined): (readonly number[] | undefined)[] =>
  cidTable(objects, w2, 3, (m) => (numbers(m) ? m : undefined));

/** The descriptor's /FontName, which must be the font's /BaseFont (pdfjs-dist's other cases need its font tables). */
function fontName(objects: PdfObjects, dict: PdfDict, descriptor: PdfDict): string {
  const name = nameOf(descriptor.get("FontName"), objects);
  if (name === undefined || name !== nameOf(dict.get("BaseFont"), objects)) {
    throw new PdfUnsupported("a font whose /FontName is not its /BaseFont");
  }
  return name;
}

/**
 * Whether the program is one pdfjs-dist takes for TrueType (so it keeps the font's matrix and
 * widths): its head says so. For vertical writing the whole program must also inflate cleanly:
 * pdfjs-dist gives a vertical font's punctuation in presentation forms when it cannot use the program.
 */
function checkProgram(objects: PdfObjects, program: PdfStream, vertical: boolean): void {
  if ([...program.dict.keys()].some((k) => !PLAIN_STREAM_KEYS.has(k))) {
    throw new PdfUnsupported("a font program stream with other keys");
  }
  let head = vertical ? objects.bytes(program) : objects.head(program, headBytes(0));
  const tables = Math.min(MAX_TABLES, tableCount(head));
  if (head.length < headBytes(tables)) head = objects.head(program, headBytes(tables));
  if (!isTrueTypeHead(head)) throw new PdfUnsupported("a font program that is not plain TrueType");
}

/** The descriptor, with a TrueType program embedded and no font matrix. */
function trueTypeDescriptor(objects: PdfObjects, dict: PdfDict, vertical: boolean): PdfDict {
  const descriptor = dictOf(objects, dict.get("FontDescriptor"));
  const program = objects.resolve(descriptor.get("FontFile2"));
  if (!(program instanceof PdfStream)) throw new PdfUnsupported("a font without its TrueType program");
  if (descriptor.has("FontFile") || descriptor.has("FontFile3") || dict.has("FontMatrix")) {
    throw new PdfUnsupported("a font with another program or a font matrix");
  }
  checkProgram(objects, program, vertical);
  return descriptor;
}

function toUnicodeOf(objects: PdfObjects, v: PdfValue | undefined): ToUnicode {
  const s = objects.resolve(v);
  if (!(s instanceof PdfStream)) throw new PdfUnsupported("a font without a ToUnicode CMap");
  return parseToUnicode(objects.bytes(s));
}

/** A composite font: Type0 over a CIDFontType2, Identity-H or Identity-V. */
function compositeFont(objects: PdfObjects, base: PdfDict): PdfFont {
  const df = objects.resolve(base.get("DescendantFonts"));
  const dict = dictOf(objects, Array.isArray(df) ? df[0] : df);
  if (nameOf(dict.get("Subtype"), objects) !== "CIDFontType2")
    throw new PdfUnsupported("a CIDFont not of TrueType");
  const encoding = objects.resolve(base.get("Encoding"));
  const cmap = encoding instanceof PdfName ? encoding.name : undefined;
  if (cmap !== "Identity-H" && cmap !== "Identity-V") throw new PdfUnsupported("a CMap other than Identity");
  const vertical = cmap === "Identity-V";
  const descriptor = trueTypeDescriptor(objects, dict, vertical);
  const dw = objects.resolve(dict.get("DW"));
  const defaultWidth = typeof dw === "number" ? Math.ceil(dw) : 1000;
  const dw2 = objects.resolve(dict.get("DW2"));
  const dw2ok = Array.isArray(dw2) && dw2.length === 2 && numbers(dw2);
  return {
    name: fontName(objects, dict, descriptor),
    vertical,
    codeBytes: 2,
    glyphs: new Map(),
    widths: cidWidths(objects, dict.get("W")),
    defaultWidth,
    vmetrics: vertical ? cidVMetrics(objects, dict.get("W2")) : [],
    defaultVMetric: dw2ok ? (dw2[1] as number) : -1000,
    toUnicode: toUnicodeOf(objects, dict.get("ToUnicode") ?? base.get("ToUnicode")),
  };
}

/** A simple TrueType font: one byte a code, widths from /FirstChar on. */
function simpleFont(objects: PdfObjects, dict: PdfDict): PdfFont {
  const descriptor = trueTypeDescriptor(objects, dict, false);
  const first = objects.resolve(dict.get("FirstChar"));
  const widths: number[] = [];
  const given = objects.resolve(dict.get("Widths"));
  if (!Array.isArray(given)) throw new PdfUnsupported("a simple font without /Widths");
  let j = typeof first === "number" && Number.isInteger(first) ? first : 0;
  for (const w of given) {
    const width = objects.resolve(w);
    if (typeof width === "number") widths[j] = width;
    j++;
  }
  const missing = objects.resolve(descriptor.get("MissingWidth"));
  return {
    name: fontName(objects, dict, descriptor),
    vertical: false,
    codeBytes: 1,
    glyphs: new Map(),
    widths,
    defaultWidth: typeof missing === "number" ? missing : 0,
    vmetrics: [],
    defaultVMetric: 0,
    toUnicode: dict.has("ToUnicode")
      ? toUnicodeOf(objects, dict.get("ToUnicode"))
      : encodingText(objects, dict),
  };
}

/**
 * A simple font's text without /ToUnicode, from /Encoding /WinAnsiEncoding (no /Differences):
 * what pdfjs-dist builds for it (`_simpleFontToUnicode`: each code's glyph name in its
 * WinAnsiEncoding, looked up in its glyph list) — printable ASCII as itself, 0x80 to 0xFF as
 * Windows-1252 but for the unassigned codes (a bullet, •) and 0xA0 and 0xAD (a space and a
 * hyphen-minus, as their glyph names say). Codes below 0x20 have no text: left to pdfjs-dist.
 */
function encodingText(objects: PdfObjects, dict: PdfDict): ToUnicode {
  const encoding = objects.resolve(dict.get("Encoding"));
  if (!(encoding instanceof PdfName) || encoding.name !== "WinAnsiEncoding") {
    throw new PdfUnsupported("a simple font without /ToUnicode or /WinAnsiEncoding");
  }
  return WIN_ANSI;
}

/** pdfjs-dist's text of WinAnsiEncoding's codes 0x7F to 0xFF (its glyph names through its glyph list). */
const WIN_ANSI_HIGH = [
  0x2022, 0x20ac, 0x2022, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x2022, 0x17d, 0x2022, 0x2022, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161,
  0x203a, 0x153, 0x2022, 0x17e, 0x178, 0x20, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9, 0xaa, 0xab,
  0xac, 0x2d, 0xae, 0xaf, 0xb0, 0xb1, 0xb2, 0xb3, 0xb4, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbb, 0xbc, 0xbd,
  0xbe, 0xbf, 0xc0, 0xc1, 0xc2, 0xc3, 0xc4, 0xc5, 0xc6, 0xc7, 0xc8, 0xc9, 0xca, 0xcb, 0xcc, 0xcd, 0xce, 0xcf,
  0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd8, 0xd9, 0xda, 0xdb, 0xdc, 0xdd, 0xde, 0xdf, 0xe0, 0xe1,
  0xe2, 0xe3, 0xe4, 0xe5, 0xe6, 0xe7, 0xe8, 0xe9, 0xea, 0xeb, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf2, 0xf3,
  0xf4, 0xf5, 0xf6, 0xf7, 0xf8, 0xf9, 0xfa, 0xfb, 0xfc, 0xfd, 0xfe, 0xff,
];

const WIN_ANSI: ToUnicode = new Map([
  ...Array.from({ length: 0x7f - 0x20 }, (_, k): [number, number] => [0x20 + k, 0x20 + k]),
  ...WIN_ANSI_HIGH.map((u, k): [number, number] => [0x7f + k, u]),
]);

/** The font a font dictionary describes, or PdfUnsupported. */
export function loadFont(objects: PdfObjects, dict: PdfDict): PdfFont {
  const subtype = nameOf(dict.get("Subtype"), objects);
  if (subtype === "Type0") return compositeFont(objects, dict);
  if (subtype === "TrueType") return simpleFont(objects, dict);
  throw new PdfUnsupported(`a font of type ${subtype ?? "none"}`);
}

function glyphOf(font: PdfFont, code: number): PdfGlyph {
  const unicode = unicodeOf(font.toUnicode, code);
  // pdfjs-dist falls back on the code itself, or on tables of its own for a font without a program: not followed.
  if (unicode === undefined || unicode === "") throw new PdfUnsupported("a code without ToUnicode text");
  let width = font.widths[code];
  if (typeof width !== "number") width = font.defaultWidth;
  const advance = font.vertical ? (font.vmetrics[code]?.[0] ?? font.defaultVMetric) : width;
  const m = SPECIAL_CHAR.exec(unicode);
  return {
    code,
    unicode,
    advance,
    whitespace: m?.[1] !== undefined,
    zeroWidthDiacritic: m?.[2] !== undefined,
    invisibleFormatMark: m?.[3] !== undefined,
  };
}

/** The glyphs of a string shown in a font (its bytes one character a byte). */
export function glyphsOf(font: PdfFont, chars: string): PdfGlyph[] {
  const cached = font.glyphs.get(chars);
  if (cached) return cached;
  if (chars.length % font.codeBytes !== 0) throw new PdfUnsupported("a string of half a code");
  const out: PdfGlyph[] = [];
  for (let i = 0; i < chars.length; i += font.codeBytes) {
    const code =
      font.codeBytes === 2 ? (chars.charCodeAt(i) << 8) | chars.charCodeAt(i + 1) : chars.charCodeAt(i);
    if (code > 0xffff) throw new PdfUnsupported("a string that is not bytes");
    out.push(glyphOf(font, code));
  }
  font.glyphs.set(chars, out);
  return out;
}
