import fc from "fast-check";
import { unzlibSync, zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CIDFONT_CHARS, type CidFont, type CidLine, cidFontPdf } from "../../test/cid-font-pdf.js";
import { readTestdataBytes } from "../../test/corpus-texts.js";
import { linePdf } from "../../test/line-pdf.js";
import { textItems } from "../../test/pdf-text-items.js";
import { fontProgramStreams } from "../../test/font-program-streams.js";
import { withoutFontPrograms } from "./pdf-font-programs.js";
import { nestedPageTree } from "./pdf-page-tree.js";
import { latin1 } from "./pdf-syntax.js";
import { plainXref } from "./pdf-xref.js";

const corpusPdf = readTestdataBytes("corpus/2024-hongze-district.pdf");

/** The font programs embedded in the corpus PDF (TrueType files), smallest first. */
function corpusPrograms(): Uint8Array[] {
  return fontProgramStreams(corpusPdf)
    .map((raw) => unzlibSync(raw))
    .sort((a, b) => a.length - b.length);
}

describe("withoutFontPrograms", () => {
  it("reads the corpus PDF's every text item the same, its six horizontal fonts without their programs", async () => {
    const lean = await withoutFontPrograms(corpusPdf);
    expect(lean).not.toBe(corpusPdf);
    // The update: six descriptors and CIDFonts copied, six Type0 fonts rewritten.
    const added = latin1(lean.subarray(corpusPdf.length));
    expect(added.match(/\/Type \/FontDescriptor/g)).toHaveLength(6);
    expect(added).not.toContain("/FontFile2");
    expect(added.match(/\/Subtype \/Type0/g)).toHaveLength(6);
    // The vertical font (宋体, /Identity-V, object 38) keeps its CIDFont (16), which keeps its program.
    expect(added).not.toContain("Identity-V");
    expect(added).not.toMatch(/^(16|17|38) 0 obj/m);
    expect(await textItems(lean)).toEqual(await textItems(corpusPdf));
  });

  it("would read the vertical font's punctuation otherwise: without its program, 、 reads as ︑", async () => {
    // Why /Identity-V is left alone: the same file with every program blanked out.
    const text = latin1(corpusPdf);
    const blanked = Uint8Array.from(corpusPdf);
    for (const m of text.matchAll(/\/FontFile2\s+\d+\s+\d+\s+R/g))
      blanked.fill(0x20, m.index, m.index + m[0].length);
    const strings = (items: unknown[]) => items.map((i) => (i as unknown[])[1]).join("");
    expect(strings(await textItems(blanked))).toContain("︑");
    expect(strings(await textItems(corpusPdf))).not.toContain("︑");
  });

  it("reads the same when the page tree is then nested too (70 pages, one flat /Pages node)", async () => {
    const font: CidFont = {
      encoding: "Identity-H",
      name: "/ABCDEF+SimSun",
      fontMatrix: false,
      program: corpusPrograms()[0] ?? new Uint8Array(),
      damaged: false,
      widths: CIDFONT_CHARS.map((_, k) => 500 + 10 * k),
    };
    const pages = Array.from({ length: 70 }, (_, i) => [
      { font: 0, size: 12, x: 72, y: 720, text: `政府信息公开${"一二三"[i % 3]}` },
    ]);
    const data = cidFontPdf([font], pages);
    const lean = await withoutFontPrograms(data);
    const both = nestedPageTree(lean);
    expect(lean).not.toBe(data);
    expect(both).toBeDefined();
    if (both) expect(await textItems(both)).toEqual(await textItems(data));
  });

  it("leaves alone PDFs without embedded TrueType programs, and files it cannot follow", async () => {
    const plain = linePdf(3, { text: (i) => `line ${i + 1} /FontFile2 9 0 R` });
    expect(await withoutFontPrograms(plain)).toBe(plain);
    const cut = corpusPdf.subarray(0, corpusPdf.length - 200);
    expect(await withoutFontPrograms(cut)).toBe(cut);
  });

  describe("on generated PDFs of composite fonts", () => {
    const programs = corpusPrograms();
    const font: fc.Arbitrary<CidFont> = fc.record({
      encoding: fc.constantFrom("Identity-H", "Identity-H", "Identity-V") as fc.Arbitrary<
        CidFont["encoding"]
      >,
      name: fc.constantFrom(
        "/ABCDEF+SimSun",
        "/QVBYYM+FZFSK--GBK1-0",
        "/LNUHNF+#e5#ae#8b#e4#bd#93",
        "/Arial",
        "/TimesNewRomanPSMT",
      ),
      fontMatrix: fc.constantFrom(false, false, false, true),
      program: fc.constantFrom(
        ...programs.slice(0, 2),
        ...programs.slice(0, 1),
        new TextEncoder().encode("not a font program at all"),
        Uint8Array.of(0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 67, 70, 70, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
      ),
      damaged: fc.constantFrom(false, false, false, true),
      widths: fc.array(fc.integer({ min: 100, max: 1200 }), {
        minLength: CIDFONT_CHARS.length,
        maxLength: CIDFONT_CHARS.length,
      }),
    });
    const line = (fonts: number): fc.Arbitrary<CidLine> =>
      fc.record({
        font: fc.integer({ min: 0, max: fonts - 1 }),
        size: fc.constantFrom(9, 10.5, 12, 16),
        x: fc.integer({ min: 50, max: 400 }),
        y: fc.integer({ min: 50, max: 780 }),
        text: fc
          .array(fc.constantFrom(...CIDFONT_CHARS), { minLength: 1, maxLength: 12 })
          .map((cs) => cs.join("")),
      });
    const pdf = fc.array(font, { minLength: 1, maxLength: 3 }).chain((fonts) =>
      fc.tuple(
        fc.constant(fonts),
        fc.array(fc.array(line(fonts.length), { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 2,
        }),
      ),
    );

    it("reads every text item the same, whichever fonts it leaves the programs out of", async () => {
      let lightened = 0;
      await fc.assert(
        fc.asyncProperty(pdf, async ([fonts, pages]) => {
          const data = cidFontPdf(fonts, pages);
          const lean = await withoutFontPrograms(data);
          if (lean !== data) lightened++;
          expect(await textItems(lean)).toEqual(await textItems(data));
        }),
        { numRuns: 40 },
      );
      // The property is about the fonts it changes: enough of them must be there.
      expect(lightened).toBeGreaterThan(5);
    });

    it("leaves out the program exactly of horizontal fonts with a subset name, no /FontMatrix and a clean TrueType program", async () => {
      const good: CidFont = {
        encoding: "Identity-H",
        name: "/ABCDEF+SimSun",
        fontMatrix: false,
        program: programs[0] ?? new Uint8Array(),
        damaged: false,
        widths: CIDFONT_CHARS.map(() => 1000),
      };
      const lines: CidLine[] = [{ font: 0, size: 12, x: 72, y: 720, text: "政府信息公开、一" }];
      const changed = async (f: CidFont) => {
        const data = cidFontPdf([f], [lines]);
        return (await withoutFontPrograms(data)) !== data;
      };
      expect(await changed(good)).toBe(true);
      expect(await changed({ ...good, encoding: "Identity-V" })).toBe(false);
      expect(await changed({ ...good, name: "/SimSun" })).toBe(false);
      expect(await changed({ ...good, name: "/Arial" })).toBe(false);
      expect(await changed({ ...good, fontMatrix: true })).toBe(false);
      expect(await changed({ ...good, damaged: true })).toBe(false);
      expect(await changed({ ...good, program: new TextEncoder().encode("OTTO and more bytes here") })).toBe(
        false,
      );
    });
  });

  it("never throws: on any bytes, and on the corpus PDF cut or damaged anywhere", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        await withoutFontPrograms(bytes);
      }),
      { numRuns: 100 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: corpusPdf.length }),
        fc.integer({ min: 0, max: corpusPdf.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        async (cut, at, byte) => {
          await withoutFontPrograms(corpusPdf.subarray(0, cut));
          const damaged = corpusPdf.slice();
          damaged[at] = byte;
          await withoutFontPrograms(damaged);
        },
      ),
      { numRuns: 60 },
    );
  });
});

/**
 * A PDF of two objects whose cross-reference section is a stream (/W [1 4 1]), its rows
 * PNG-predicted ("Up") when asked, or whose stream is `stream` as given.
 */
function xrefStreamPdf(opts: { predicted?: boolean; stream?: Uint8Array } = {}): Uint8Array {
  let text = "%PDF-1.7\n";
  const at1 = text.length;
  text += "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
  const at2 = text.length;
  text += "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
  const at3 = text.length;
  const rows = [
    [0, 0, 0, 0, 0, 255],
    [1, 0, 0, 0, at1, 0],
    [1, 0, 0, 0, at2, 0],
    [1, 0, 0, (at3 >> 8) & 255, at3 & 255, 0],
  ];
  const raw = opts.predicted
    ? rows.flatMap((r, i) => [2, ...r.map((b, c) => (b - (i ? (rows[i - 1]?.[c] ?? 0) : 0)) & 255)])
    : rows.flat();
  const data = opts.stream ?? zlibSync(Uint8Array.from(raw));
  const parms = opts.predicted ? " /DecodeParms << /Columns 6 /Predictor 12 >>" : "";
  const body = Array.from(data, (b) => String.fromCharCode(b)).join("");
  text += `3 0 obj\n<< /Type /XRef /W [1 4 1] /Size 4 /Root 1 0 R /Filter /FlateDecode${parms} /Length ${data.length} >>\nstream\n${body}\nendstream\nendobj\n`;
  text += `startxref\n${at3}\n%%EOF\n`;
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

describe("plainXref", () => {
  it("reads a cross-reference stream with rows as written and PNG-predicted, and refuses one that inflates past its cap", () => {
    for (const predicted of [false, true]) {
      const pdf = xrefStreamPdf({ predicted });
      const x = plainXref(latin1(pdf), pdf);
      expect(x?.entries.get(2)).toEqual({ offset: latin1(pdf).indexOf("2 0 obj"), gen: 0 });
      expect(x?.entries.get(0)).toEqual({ offset: -1, gen: 255 });
    }
    // 20 MB of zeros in 20 KB: more than a cross-reference stream of a million entries.
    const bomb = xrefStreamPdf({ stream: zlibSync(new Uint8Array(20 * 1024 * 1024)) });
    expect(plainXref(latin1(bomb), bomb)).toBeUndefined();
  });

  it("reads a classic table and a cross-reference stream", () => {
    const classic = linePdf(2);
    const c = plainXref(latin1(classic), classic);
    expect(c?.entries.get(1)).toEqual({ offset: 9, gen: 0 });
    expect(c?.trailer.get("Root")).toBe("1 0 R");
    const stream = plainXref(latin1(corpusPdf), corpusPdf);
    expect(stream?.entries.size).toBe(51);
    expect(stream?.trailer.get("Type")).toBe("/XRef");
  });

  it("places every listed object at its own header", () => {
    for (const data of [linePdf(5), corpusPdf]) {
      const text = latin1(data);
      for (const [num, e] of plainXref(text, data)?.entries ?? []) {
        if (e.offset >= 0) expect(text.slice(e.offset).startsWith(`${num} ${e.gen} obj`)).toBe(true);
      }
    }
  });

  it("gives nothing for a file that does not begin with its header, or is encrypted", () => {
    const shifted = Uint8Array.from([32, ...linePdf(2)]);
    expect(plainXref(latin1(shifted), shifted)).toBeUndefined();
    const pdf = latin1(linePdf(2)).replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 9 0 R");
    const encrypted = Uint8Array.from(pdf, (ch) => ch.charCodeAt(0));
    expect(plainXref(pdf, encrypted)).toBeUndefined();
  });
});
