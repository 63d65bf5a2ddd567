// Embedded TrueType programs left out where the text layer provably does not need them.
// pdfjs-dist parses and repairs every embedded font program (`Font.checkAndRepair`: the glyph
// table, hinting programs, cmap) so that it could draw the glyphs; for the text layer it
// needs only each character's Unicode text and width. For a composite font (Type0) written
// /Encoding /Identity-H over a CIDFontType2 without /FontMatrix, whose names carry a subset
// tag ("ABCDEF+宋体", so no standard font stands in for it), the text and widths come from
// the font dictionaries alone — /ToUnicode (or its absence) and /W, /DW — whether pdfjs-dist
// reads the program or falls back for want of one (pdfjs-dist 5.6: `Font` constructor,
// `fallbackToSystemFont`, `_charToGlyph`); the program only adds what drawing uses. That
// holds when the program is what pdfjs-dist then takes for TrueType (00 01 00 00 or "true",
// no "CFF " table) and inflates as pdfjs-dist inflates it: both checked here. Vertical
// writing (Identity-V) is left alone: without a program, pdfjs-dist gives its punctuation in
// vertical presentation forms ("、" as "︑").
//
// Such a font is given, in an incremental update, copies of its CIDFont and font descriptor,
// the copy of the descriptor without /FontFile2; the originals stay, for any other font that
// uses them (a vertical font sharing the CIDFont). Only objects plainly in the file are read
// (see `plainXref`), and only fonts whose dictionaries are objects of their own.
import {
  type DictEntry,
  dictEntrySpans,
  latin1,
  objectOffsets,
  refOf,
  skipObject,
  streamData,
} from "./pdf-syntax.js";
import { inflatedHead } from "./pdf-inflate.js";
import { headBytes, isTrueTypeHead, MAX_TABLES, PLAIN_STREAM_KEYS } from "./pdf-truetype.js";
import { appendUpdate, type UpdateObject } from "./pdf-update.js";
import { type PlainXref, plainXref } from "./pdf-xref.js";

type Dict = Map<string, DictEntry>;

/** An object plainly in the file: its number, generation, dictionary and where that starts. */
interface PlainObject {
  readonly num: number;
  readonly gen: number;
  readonly dict: Dict;
  readonly at: number;
}

/** The file's objects, each found where the cross-reference sections and a scan of the bytes agree. */
interface PlainFile {
  readonly text: string;
  readonly data: Uint8Array;
  readonly xref: PlainXref;
  readonly scanned: ReturnType<typeof objectOffsets>;
  /** Whether each font program (by reference) was found plain TrueType: a program may serve several fonts. */
  readonly programs: Map<string, Promise<boolean>>;
}

/** The dictionary of the object `ref` names, with where it starts, when it is plainly in the file. */
function plainDict(file: PlainFile, ref: string | undefined): PlainObject | undefined {
  const r = refOf(ref);
  const entry = r && file.xref.entries.get(r.num);
  const found = r && file.scanned.get(r.num);
  if (!r || !entry || !found || entry.offset < 0 || entry.gen !== r.gen || found.gen !== r.gen)
    return undefined;
  const header = /(\d+)[ \t\r\n\f\0]+(\d+)[ \t\r\n\f\0]+obj/y;
  header.lastIndex = entry.offset;
  const m = header.exec(file.text);
  // The xref's offset must hold this object's header, and be its last definition in the bytes.
  if (!m || Number(m[1]) !== r.num || Number(m[2]) !== r.gen || header.lastIndex !== found.body)
    return undefined;
  const dict = dictEntrySpans(file.text, found.body);
  // Escaped names (/FontFile#32) would read as other keys: such a dictionary is left alone.
  if (!dict || [...dict.keys()].some((k) => k.includes("#"))) return undefined;
  return { num: r.num, gen: r.gen, dict, at: found.body };
}

/** A dictionary that is an object of its own (not a stream's): its text ends with "endobj". */
function isBareDict(file: PlainFile, obj: PlainObject): boolean {
  const end = skipObject(file.text, obj.at);
  return end > 0 && /^\s*endobj/.test(file.text.slice(end, end + 40));
}

/** A dictionary's text with some entries' values replaced and some left out. */
function dictText(dict: Dict, replace: ReadonlyMap<string, string>, omit = ""): string {
  const entries = [...dict].filter(([k]) => k !== omit).map(([k, e]) => `/${k} ${replace.get(k) ?? e.value}`);
  return `<< ${entries.join(" ")} >>`;
}

const value = (d: Dict, key: string) => d.get(key)?.value;
/**
 * A name with a subset tag: six capitals and "+" written as such (PDF 32000-1 §9.6.4); the rest
 * may be escaped (/LNUHNF+#e5#ae#8b#e4#bd#93 is 宋体 in UTF-8). No standard font's name has a "+".
 */
const isSubsetName = (v: string | undefined) => v !== undefined && /^\/[A-Z]{6}\+[^\s()<>[\]{}/%]+$/.test(v);
const refKey = (ref: string) => ref.replace(/\s+/g, " ");

/** Whether a font program stream is a TrueType file without a "CFF " table that inflates cleanly. */
async function isPlainTrueType(file: PlainFile, ref: string | undefined): Promise<boolean> {
  const stream = plainDict(file, ref);
  if (!stream || [...stream.dict.keys()].some((k) => !PLAIN_STREAM_KEYS.has(k))) return false;
  const filter = value(stream.dict, "Filter");
  if (filter !== "/FlateDecode" && filter !== "[/FlateDecode]") return false;
  const values = new Map([...stream.dict].map(([k, e]) => [k, e.value]));
  const raw = streamData(file.text, file.data, stream.at, values);
  const head = raw && (await inflatedHead(raw, headBytes(MAX_TABLES)));
  return head !== undefined && isTrueTypeHead(head);
}

/** A qualifying Type0 font with its CIDFont and descriptor. */
interface FontChain {
  readonly font: PlainObject;
  readonly cidFont: PlainObject;
  readonly descriptor: PlainObject;
}

/** A Type0 font's chain, when the font is one whose program the text does not need. */
async function qualifying(file: PlainFile, font: PlainObject): Promise<FontChain | undefined> {
  const f = font.dict;
  if (value(f, "Subtype") !== "/Type0" || value(f, "Encoding") !== "/Identity-H") return undefined;
  const only = /^\[\s*(\d+\s+\d+\s+R)\s*\]$/.exec(value(f, "DescendantFonts") ?? "")?.[1];
  const cidFont = plainDict(file, only);
  const c = cidFont?.dict;
  if (!cidFont || !c || value(c, "Subtype") !== "/CIDFontType2" || c.has("FontMatrix")) return undefined;
  const descriptor = plainDict(file, value(c, "FontDescriptor"));
  const d = descriptor?.dict;
  if (!descriptor || !d || !isSubsetName(value(c, "BaseFont")) || !isSubsetName(value(d, "FontName"))) {
    return undefined;
  }
  const program = value(d, "FontFile2");
  if (d.has("FontFile") || d.has("FontFile3") || !program) return undefined;
  if (![font, cidFont, descriptor].every((o) => isBareDict(file, o))) return undefined;
  const known = file.programs.get(refKey(program)) ?? isPlainTrueType(file, program);
  file.programs.set(refKey(program), known);
  return (await known) ? { font, cidFont, descriptor } : undefined;
}

/** The update: for each font, its dictionary naming a copy of its CIDFont, naming a copy of its descriptor without the program. */
function copies(chains: readonly FontChain[], next: number): UpdateObject[] {
  const copyOf = new Map<number, number>();
  const update: UpdateObject[] = [];
  const copy = (o: PlainObject, body: (n: number) => string) => {
    const known = copyOf.get(o.num);
    if (known !== undefined) return known;
    const num = next + copyOf.size;
    copyOf.set(o.num, num);
    update.push({ num, gen: 0, body: body(num) });
    return num;
  };
  for (const { font, cidFont, descriptor } of chains) {
    const d = copy(descriptor, () => dictText(descriptor.dict, new Map(), "FontFile2"));
    const c = copy(cidFont, () => dictText(cidFont.dict, new Map([["FontDescriptor", `${d} 0 R`]])));
    const body = dictText(font.dict, new Map([["DescendantFonts", `[${c} 0 R]`]]));
    update.push({ num: font.num, gen: font.gen, body });
  }
  return update;
}

/**
 * The Type0 fonts of the file: the objects around each "/Type0" in its bytes (a file of many
 * objects has few fonts), read where they are plainly in the file.
 */
function type0Fonts(file: PlainFile): PlainObject[] {
  const starts = [...file.scanned].map(([num, o]) => ({ num, gen: o.gen, body: o.body }));
  starts.sort((a, b) => a.body - b.body);
  const found = new Map<number, PlainObject>();
  for (let at = file.text.indexOf("/Type0"); at >= 0; at = file.text.indexOf("/Type0", at + 6)) {
    // The last object that starts before this point (a binary search over the starts).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid]?.body ?? 0) <= at) lo = mid;
      else hi = mid - 1;
    }
    const o = starts[lo];
    if (!o || o.body > at || found.has(o.num)) continue;
    const font = plainDict(file, `${o.num} ${o.gen} R`);
    if (font && value(font.dict, "Subtype") === "/Type0") found.set(o.num, font);
  }
  return [...found.values()];
}

/**
 * The PDF with the fonts whose program the text layer provably does not need given
 * descriptors without it (see the module comment); the same bytes when there is none.
 * @example withoutFontPrograms(wpsPdf) // its CJK fonts read from /ToUnicode and /W alone
 */
export async function withoutFontPrograms(data: Uint8Array): Promise<Uint8Array> {
  const text = latin1(data);
  if (!text.includes("/FontFile2")) return data;
  const xref = plainXref(text, data);
  if (!xref) return data;
  const file: PlainFile = { text, data, xref, scanned: objectOffsets(text), programs: new Map() };
  const fonts = type0Fonts(file);
  // Font programs inflate concurrently.
  const chains = (await Promise.all(fonts.map((font) => qualifying(file, font)))).filter(
    (c): c is FontChain => c !== undefined,
  );
  const size = Number(xref.trailer.get("Size"));
  if (!chains.length || !Number.isInteger(size)) return data;
  // New objects take numbers no object of the file has, listed or not.
  let next = size;
  for (const num of [...xref.entries.keys(), ...file.scanned.keys()]) next = Math.max(next, num + 1);
  const update = copies(chains, next);
  const last = { entries: xref.trailer, startxref: xref.startxref };
  return appendUpdate(
    data,
    update,
    last,
    update.reduce((n, o) => Math.max(n, o.num + 1), next),
  );
}
