// PDFs whose text is set in composite fonts (Type0 over CIDFontType2, a TrueType program
// embedded as /FontFile2), as WPS and Word write Chinese text, with the fonts' variations
// that decide whether a reader needs the program for the text: the encoding (horizontal or
// vertical), the name (a subset tag or a standard font's name), a /FontMatrix, the program.
import { zlibSync } from "fflate";
import { type Encryption, encryptObjects } from "./encrypted-pdf.js";

/** A font of {@link cidFontPdf}. */
export interface CidFont {
  /** /Identity-H (horizontal) or /Identity-V (vertical). */
  readonly encoding: "Identity-H" | "Identity-V";
  /** The font's name as written in the PDF, with its "/": "/ABCDEF+SimSun", "/Arial" … */
  readonly name: string;
  /** Whether the CIDFont has a /FontMatrix (other than the default). */
  readonly fontMatrix: boolean;
  /** The program's bytes before compression (a TrueType file, or anything). */
  readonly program: Uint8Array;
  /** Whether the compressed program is damaged (a byte in its middle changed). */
  readonly damaged: boolean;
  /** The width of each character of CIDFONT_CHARS, in thousandths of the font size. */
  readonly widths: readonly number[];
}

/** A line of text: which font, its size, where, and the characters (from CIDFONT_CHARS). */
export interface CidLine {
  readonly font: number;
  readonly size: number;
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * The characters of the fonts: CID k + 1 is character k. "A" and "B" have no entry in
 * /ToUnicode, so what they read as is up to the reader (pdfjs-dist: the CID's code itself,
 * or, for a font it takes for a standard one, a glyph of its own table).
 */
export const CIDFONT_CHARS = [..."政府信息公开工作年度报告、，。：；（）一二三四123 AB—"];
const UNMAPPED = new Set(["A", "B"]);

const hex4 = (n: number) => n.toString(16).padStart(4, "0").toUpperCase();
const latin1Of = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join("");

/** The /ToUnicode CMap: each CID to its character. */
function toUnicodeCMap(): string {
  const pairs = CIDFONT_CHARS.flatMap((c, k) =>
    UNMAPPED.has(c) ? [] : [`<${hex4(k + 1)}> <${hex4(c.codePointAt(0) ?? 0)}>`],
  );
  return [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <FFFF> endcodespacerange",
    `${pairs.length} beginbfchar`,
    ...pairs,
    "endbfchar endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
}

/** A stream object's text: its dictionary entries, /Length, and the bytes (as latin1 text). */
const stream = (entries: string, bytes: string) =>
  `<< ${entries} /Length ${bytes.length} >>\nstream\n${bytes}\nendstream`;

/** The five objects of font k, numbered from `first`: Type0, CIDFont, descriptor, program, ToUnicode. */
function fontObjects(font: CidFont, first: number, givenW?: string, vertical = ""): string[] {
  const compressed = zlibSync(font.program);
  if (font.damaged) {
    const mid = compressed.length >> 1;
    compressed[mid] = (compressed[mid] ?? 0) ^ 0x5a;
  }
  const w = givenW ?? `[1 [${font.widths.join(" ")}]]`;
  return [
    `<< /Type /Font /Subtype /Type0 /BaseFont ${font.name} /Encoding /${font.encoding} /DescendantFonts [${first + 1} 0 R] /ToUnicode ${first + 4} 0 R >>`,
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont ${font.name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /CIDToGIDMap /Identity /DW 1000 /W ${w}${vertical}${font.fontMatrix ? " /FontMatrix [0.002 0 0 0.002 0 0]" : ""} /FontDescriptor ${first + 2} 0 R >>`,
    `<< /Type /FontDescriptor /FontName ${font.name} /Flags 32 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 /FontFile2 ${first + 3} 0 R >>`,
    stream(`/Filter /FlateDecode /Length1 ${font.program.length}`, latin1Of(compressed)),
    stream("", toUnicodeCMap()),
  ];
}

/** Text as the fonts' codes, a hex string without its brackets ("政府" → "00010002"). */
export const cidHex = (text: string) => [...text].map((c) => hex4(CIDFONT_CHARS.indexOf(c) + 1)).join("");

/** The content stream of a page: each line set with its font at its place (CIDs in hex), or the content as given. */
function content(lines: readonly CidLine[] | string): string {
  if (typeof lines === "string") return lines;
  return lines
    .map((l) => `BT /F${l.font} ${l.size} Tf ${l.x} ${l.y} Td <${cidHex(l.text)}> Tj ET`)
    .join("\n");
}

/** Options of {@link cidFontPdf}. */
export interface CidFontPdfOptions {
  /** The content of a form XObject the pages may paint as /Fm0 (its /Matrix [1 0 0 1 20 30]). */
  readonly form?: string;
  /** Whether the form lists itself among its own resources, as /Fm0 (a loop). */
  readonly formInItself?: boolean;
  /**
   * A simple TrueType font /S0 as Word writes Latin text and digits: one byte a code,
   * /WinAnsiEncoding, /FirstChar 32, these widths (codes 32 to 255), the program given, and a
   * /ToUnicode mapping each code to itself.
   */
  readonly simple?: {
    readonly widths: readonly number[];
    readonly program: Uint8Array;
    /** Without /ToUnicode, as Word writes such a font: the text from /WinAnsiEncoding. */
    readonly noToUnicode?: boolean;
  };
  /** The CIDFonts' /W as written, in place of the one made from the fonts' widths. */
  readonly w?: string;
  /** Vertical metrics added to the CIDFonts as written: "/DW2 [880 -1050] /W2 [ … ]". */
  readonly vertical?: string;
  /**
   * Form XObjects of any content, as /X0, /X1 …: each gets the fonts and the forms after it as
   * resources (so /X0 may paint /X1), the pages get /X0.
   */
  readonly chain?: readonly string[];
  /**
   * Whether to pack the objects that are not streams into an object stream, as PDF 1.5 writers
   * do; "hybrid": with a classic table of the others too, whose trailer names the
   * cross-reference stream (/XRefStm), as Word writes.
   */
  readonly objectStreams?: boolean | "hybrid";
  /**
   * How the pages are laid out in the file: "split" writes each page's content as two streams
   * (split at a line break); "inherited" puts the fonts and the media box on the /Pages node
   * (the page keeps its forms: the resources merge) and gives each page a /CropBox inside the
   * media box.
   */
  readonly layout?: "plain" | "split" | "inherited";
  /** With "inherited": the page names its first font itself as well, in a /Font of its own. */
  readonly ownFont?: boolean;
  /** Encrypted (with a classic table), the user password empty: see encrypted-pdf.ts. */
  readonly encrypt?: Encryption | undefined;
}

/** The five objects of the simple font, numbered from `first`: font, descriptor, program, ToUnicode. */
function simpleFontObjects(simple: NonNullable<CidFontPdfOptions["simple"]>, first: number): string[] {
  const cmap = [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <00> <FF> endcodespacerange",
    "1 beginbfrange <20> <FF> <0020> endbfrange",
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
  return [
    `<< /Type /Font /Subtype /TrueType /BaseFont /GHIJKL+TimesNewRomanPSMT /FirstChar 32 /LastChar 255 /Widths [${simple.widths.join(" ")}] /Encoding /WinAnsiEncoding /FontDescriptor ${first + 1} 0 R${simple.noToUnicode ? "" : ` /ToUnicode ${first + 3} 0 R`} >>`,
    `<< /Type /FontDescriptor /FontName /GHIJKL+TimesNewRomanPSMT /Flags 34 /FontBBox [0 -216 1000 891] /ItalicAngle 0 /Ascent 891 /Descent -216 /CapHeight 662 /StemV 80 /FontFile2 ${first + 2} 0 R >>`,
    stream(`/Filter /FlateDecode /Length1 ${simple.program.length}`, latin1Of(zlibSync(simple.program))),
    stream("", cmap),
  ];
}

/**
 * A PDF of one page a list of lines (or a content stream as given), set in the given fonts
 * (lines name them by index: /F0, /F1 …), with a classic cross-reference table.
 * @example cidFontPdf([font], [[{ font: 0, size: 12, x: 72, y: 720, text: "政府信息公开" }]])
 */
export function cidFontPdf(
  fonts: readonly CidFont[],
  pages: readonly (readonly CidLine[] | string)[],
  opts: CidFontPdfOptions = {},
): Uint8Array {
  const objects: string[] = ["<< /Type /Catalog /Pages 2 0 R >>", ""];
  const fontRefs = fonts.map((f, k) => {
    const first = objects.length + 1;
    objects.push(...fontObjects(f, first, opts.w, opts.vertical ? ` ${opts.vertical}` : ""));
    return `/F${k} ${first} 0 R`;
  });
  if (opts.simple) {
    const first = objects.length + 1;
    objects.push(...simpleFontObjects(opts.simple, first));
    fontRefs.push(`/S0 ${first} 0 R`);
  }
  const fontDict = `<< ${fontRefs.join(" ")} >>`;
  const xobjectEntries: string[] = [];
  if (opts.form !== undefined) {
    const self = opts.formInItself ? ` /XObject << /Fm0 ${objects.length + 1} 0 R >>` : "";
    objects.push(
      stream(
        `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 20 30] /Resources << /Font ${fontDict}${self} >>`,
        opts.form,
      ),
    );
    xobjectEntries.push(`/Fm0 ${objects.length} 0 R`);
  }
  if (opts.chain?.length) {
    const first = objects.length + 1;
    opts.chain.forEach((body, k) => {
      const next = k + 1 < (opts.chain?.length ?? 0) ? ` /XObject << /X${k + 1} ${first + k + 1} 0 R >>` : "";
      objects.push(
        stream(
          `/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font ${fontDict}${next} >>`,
          body,
        ),
      );
    });
    xobjectEntries.push(`/X0 ${first} 0 R`);
  }
  const xobjects = xobjectEntries.length ? ` /XObject << ${xobjectEntries.join(" ")} >>` : "";
  const inherited = opts.layout === "inherited";
  // Inherited: the page names its forms, the /Pages node its fonts (merged key by key); with
  // opts.ownFont the page names its first font too, which hides the /Pages node's /Font.
  const resources = !inherited
    ? `<< /Font ${fontDict}${xobjects} >>`
    : `<<${opts.ownFont ? ` /Font << ${fontRefs[0] ?? ""} >>` : ""}${xobjects} >>`;
  const kids: string[] = [];
  for (const lines of pages) {
    const page = objects.length + 1;
    const text = content(lines);
    const cut = opts.layout === "split" ? text.indexOf("\n", text.length >> 1) : -1;
    const parts = cut < 0 ? [text] : [text.slice(0, cut), text.slice(cut)];
    const contents =
      parts.length === 1 ? `${page + 1} 0 R` : `[${parts.map((_, k) => `${page + 1 + k} 0 R`).join(" ")}]`;
    const box = inherited ? "/CropBox [40 60 420 760]" : "/MediaBox [0 0 595 842]";
    objects.push(
      `<< /Type /Page /Parent 2 0 R ${box} /Resources ${resources} /Contents ${contents} >>`,
      ...parts.map((p) => stream("", p)),
    );
    kids.push(`${page} 0 R`);
  }
  const shared = inherited ? ` /MediaBox [0 0 595 842] /Resources << /Font ${fontDict} >>` : "";
  objects[1] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${kids.length}${shared} >>`;
  if (opts.encrypt) {
    const encrypted = encryptObjects(objects, opts.encrypt);
    return classicPdf(encrypted.objects, encrypted.trailer);
  }
  return opts.objectStreams ? packedPdf(objects, opts.objectStreams === "hybrid") : classicPdf(objects);
}

/** The objects (1, 2 …) written one after another, with a classic cross-reference table. */
function classicPdf(objects: readonly string[], trailer = ""): Uint8Array {
  let out = "%PDF-1.7\n";
  const offsets = objects.map((body, k) => {
    const at = out.length;
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/**
 * The objects as PDF 1.5 writers pack them: every object that is not a stream in one object
 * stream (compressed), the streams written plainly, and a cross-reference stream (/W [1 4 2])
 * giving each its place: type 1 an offset, type 2 the object stream and the index in it.
 */
function packedPdf(objects: readonly string[], hybrid: boolean): Uint8Array {
  const isStream = (body: string) => /\nendstream$/.test(body);
  const packed = objects.flatMap((body, k) => (isStream(body) ? [] : [{ num: k + 1, body }]));
  let table = "";
  let bodies = "";
  for (const { num, body } of packed) {
    table += `${num} ${bodies.length} `;
    bodies += `${body}\n`;
  }
  const objStmNum = objects.length + 1;
  const xrefNum = objects.length + 2;
  const objStm = stream(
    `/Type /ObjStm /N ${packed.length} /First ${table.length} /Filter /FlateDecode`,
    latin1Of(zlibSync(Uint8Array.from(table + bodies, (c) => c.charCodeAt(0)))),
  );
  let out = "%PDF-1.7\n";
  const rows: number[][] = [[0, 0, 0xffff]];
  const index = new Map(packed.map((p, i) => [p.num, i]));
  const plain = new Map<number, number>();
  for (const [k, body] of [...objects, objStm].entries()) {
    if (k < objects.length && !isStream(body)) continue;
    plain.set(k + 1, out.length);
    out += `${k + 1} 0 obj\n${body}\nendobj\n`;
  }
  for (let num = 1; num <= objStmNum; num++) {
    const i = index.get(num);
    rows.push(i === undefined ? [1, plain.get(num) ?? 0, 0] : [2, objStmNum, i]);
  }
  const xrefAt = out.length;
  rows.push([1, xrefAt, 0]);
  const bytes = rows.flatMap(([t = 0, a = 0, b = 0]) => [
    t,
    a >>> 24,
    (a >>> 16) & 255,
    (a >>> 8) & 255,
    a & 255,
    b >>> 8,
    b & 255,
  ]);
  const data = latin1Of(zlibSync(Uint8Array.from(bytes)));
  out += `${xrefNum} 0 obj\n<< /Type /XRef /Size ${xrefNum + 1} /W [1 4 2] /Root 1 0 R /Filter /FlateDecode /Length ${data.length} >>\nstream\n${data}\nendstream\nendobj\n`;
  if (hybrid) {
    // The classic table lists the objects written plainly, each a subsection of one.
    const tableAt = out.length;
    out += "xref\n0 1\n0000000000 65535 f \n";
    for (const [num, at] of plain) out += `${num} 1\n${String(at).padStart(10, "0")} 00000 n \n`;
    out += `trailer\n<< /Size ${xrefNum + 1} /Root 1 0 R /XRefStm ${xrefAt} >>\nstartxref\n${tableAt}\n%%EOF\n`;
  } else {
    out += `startxref\n${xrefAt}\n%%EOF\n`;
  }
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}
