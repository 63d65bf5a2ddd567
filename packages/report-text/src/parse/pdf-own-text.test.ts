import fc from "fast-check";
import { unzlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { CIDFONT_CHARS, type CidFont, cidFontPdf, cidHex } from "../../test/cid-font-pdf.js";
import { readTestdataBytes } from "../../test/corpus-texts.js";
import { fontProgramStreams } from "../../test/font-program-streams.js";
import { linePdf } from "../../test/line-pdf.js";
import { textItems } from "../../test/pdf-text-items.js";
import { parseReport } from "./index.js";
import { PdfTooComplex, PdfUnsupported, ownTextItems } from "./pdf-own-text.js";
import { latin1 } from "./pdf-syntax.js";

const corpusPdf = readTestdataBytes("corpus/2024-hongze-district.pdf");
const programs = fontProgramStreams(corpusPdf)
  .map((raw) => unzlibSync(raw))
  .sort((a, b) => a.length - b.length);

/** The own reader's items in the form of `textItems` (page, string, transform, width, height, end of line). */
function ownItems(data: Uint8Array): unknown[] {
  return ownTextItems(data, 2000).items.flatMap((page, p) =>
    page.map((it) => [p + 1, it.str, it.transform, it.width, it.height, it.hasEOL]),
  );
}

/** What the own reader makes of a file: its items, or "unsupported" where it leaves the file to pdfjs-dist. */
function ownOrUnsupported(data: Uint8Array): unknown[] | "unsupported" | "too complex" {
  try {
    return ownItems(data);
  } catch (e) {
    if (e instanceof PdfUnsupported) return "unsupported";
    if (e instanceof PdfTooComplex) return "too complex";
    throw e;
  }
}

const goodFont: CidFont = {
  encoding: "Identity-H",
  name: "/ABCDEF+SimSun",
  fontMatrix: false,
  program: programs[0] ?? new Uint8Array(),
  damaged: false,
  widths: CIDFONT_CHARS.map((_, k) => 500 + 10 * k),
};

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("ownTextItems", () => {
  it("reads the corpus PDF (WPS: seven composite fonts, one vertical) item for item as pdfjs-dist does", async () => {
    const own = ownItems(corpusPdf);
    expect(own.length).toBeGreaterThan(600);
    expect(own).toEqual(await textItems(corpusPdf));
  });

  it("counts pages before reading them, and reads none past the limit", () => {
    expect(ownTextItems(corpusPdf, 4)).toEqual({ pages: 5, items: [] });
    expect(ownTextItems(corpusPdf, 5).items).toHaveLength(5);
  });

  describe("on generated content streams over composite fonts", () => {
    // Operators of text state, positioning, showing, graphics state, marked content and a form.
    const mapped = CIDFONT_CHARS.filter((c) => c !== "A" && c !== "B");
    const text = fc
      .array(fc.constantFrom(...mapped), { minLength: 0, maxLength: 8 })
      .map((cs) => cs.join(""));
    const n = (min: number, max: number) => fc.integer({ min: min * 4, max: max * 4 }).map((v) => v / 4);
    const op = (fonts: number): fc.Arbitrary<string> =>
      fc.oneof(
        fc.constantFrom(
          "q",
          "Q",
          "BT",
          "ET",
          "T*",
          "/P << /MCID 0 >> BDC",
          "EMC",
          "/Span BMC",
          "0 0 m 9 9 l S",
          "0.5 g",
        ),
        fc
          .tuple(fc.integer({ min: 0, max: fonts - 1 }), fc.constantFrom(0, 9, 10.5, 12, 16, -12))
          .map(([f, s]) => `/F${f} ${s} Tf`),
        fc.tuple(n(-60, 300), n(-60, 60)).map(([x, y]) => `${x} ${y} Td`),
        fc.tuple(n(-60, 300), n(-60, 60)).map(([x, y]) => `${x} ${y} TD`),
        fc
          .tuple(
            fc.constantFrom(
              "1 0 0 1",
              "2 0 0 2",
              "0 1 -1 0",
              "-1 0 0 -1",
              "0.866 0.5 -0.5 0.866",
              "1 0 0.3 1",
            ),
            n(0, 500),
            n(0, 800),
          )
          .map(([m, x, y]) => `${m} ${x} ${y} Tm`),
        fc
          .tuple(
            fc.constantFrom("1 0 0 1", "0.5 0 0 0.5", "0 1 -1 0", "1.5 0 0 1.5"),
            n(-50, 300),
            n(-50, 400),
          )
          .map(([m, x, y]) => `${m} ${x} ${y} cm`),
        fc.tuple(fc.constantFrom("Tc", "Tw", "TL", "Ts"), n(-3, 20)).map(([o, v]) => `${v} ${o}`),
        fc.constantFrom(50, 80, 100, 120).map((v) => `${v} Tz`),
        text.map((t) => `<${cidHex(t)}> Tj`),
        text.map((t) => `<${cidHex(t)}> '`),
        fc.tuple(n(-2, 5), n(-2, 5), text).map(([a, c, t]) => `${a} ${c} <${cidHex(t)}> "`),
        fc
          .array(
            fc.oneof(
              text.map((t) => `<${cidHex(t)}>`),
              fc
                .oneof(
                  fc.constantFrom(-1200, -650, -550, -450, -300, -110, -90, -40, -20, 20, 250, 1000),
                  fc.integer({ min: -900, max: 3000 }),
                )
                .map(String),
            ),
            {
              maxLength: 6,
            },
          )
          .map((parts) => `[${parts.join(" ")}] TJ`),
        fc.constant("/Fm0 Do"),
      );
    const font: fc.Arbitrary<CidFont> = fc.record({
      encoding: fc.constantFrom("Identity-H", "Identity-H", "Identity-V") as fc.Arbitrary<
        CidFont["encoding"]
      >,
      name: fc.constantFrom("/ABCDEF+SimSun", "/QVBYYM+FZFSK--GBK1-0", "/Arial", "/TimesNewRomanPSMT"),
      fontMatrix: fc.constantFrom(false, false, false, false, true),
      program: fc.constantFrom(...programs.slice(0, 2), new TextEncoder().encode("not a font program")),
      damaged: fc.constantFrom(false, false, false, true),
      widths: fc.array(fc.integer({ min: 100, max: 1200 }), {
        minLength: CIDFONT_CHARS.length,
        maxLength: CIDFONT_CHARS.length,
      }),
    });
    // A page starts with a font and a text object, then runs any operators.
    const pdf = fc.array(font, { minLength: 1, maxLength: 3 }).chain((fonts) =>
      fc.tuple(
        fc.constant(fonts),
        fc.array(fc.array(op(fonts.length), { minLength: 5, maxLength: 40 }), {
          minLength: 1,
          maxLength: 2,
        }),
        fc.array(op(fonts.length), { maxLength: 8 }),
        fc.constantFrom(false, true, "hybrid" as const),
        fc.constantFrom("plain" as const, "split" as const, "inherited" as const),
        fc.constantFrom(undefined, undefined, "rc4-128" as const, "aes-128" as const),
      ),
    );

    it("gives pdfjs-dist's every item, string, transform, width, height and end of line, wherever it reads the file", async () => {
      let read = 0;
      await fc.assert(
        fc.asyncProperty(pdf, async ([fonts, pages, form, objectStreams, layout, encrypt]) => {
          const contents = pages.map((ops) => ["BT /F0 12 Tf 72 700 Td", ...ops, "ET"].join("\n"));
          const formContent = ["BT /F0 10 Tf 5 5 Td", ...form.filter((o) => o !== "/Fm0 Do"), "ET"].join(
            "\n",
          );
          const data = cidFontPdf(fonts, contents, { form: formContent, objectStreams, layout, encrypt });
          const own = ownOrUnsupported(data);
          if (typeof own === "string") return;
          read++;
          expect(own).toEqual(await textItems(data));
        }),
        { numRuns: 150 },
      );
      // Most generated files are of fonts the reader takes: the property is about them.
      expect(read).toBeGreaterThan(40);
    });
  });

  it("gives pdfjs-dist's items for a simple TrueType font next to a composite one, with or without /ToUnicode, as Word writes digits and Latin text", async () => {
    const ascii = fc
      .array(
        fc.oneof(
          fc.constantFrom(..."0123456789 ,.%-()ABCxyz").map((c) => c.replace(/[()\\]/g, `\\${c}`)),
          // Windows-1252 beyond ASCII as Word sets it: “ ” – — · × no-break space, soft hyphen, •.
          fc.constantFrom(
            "\\223",
            "\\224",
            "\\226",
            "\\227",
            "\\267",
            "\\327",
            "\\240",
            "\\255",
            "\\225",
            "\\201",
          ),
        ),
        { maxLength: 10 },
      )
      .map((cs) => cs.join(""));
    const op = fc.oneof(
      fc.constantFrom(9, 10.5, 12, 16).map((s) => `/S0 ${s} Tf`),
      fc.constantFrom(10.5, 12).map((s) => `/F0 ${s} Tf`),
      fc
        .tuple(fc.integer({ min: -40, max: 200 }), fc.integer({ min: -30, max: 30 }))
        .map(([x, y]) => `${x} ${y} Td`),
      fc.tuple(fc.constantFrom("Tc", "Tw"), fc.constantFrom(-1, 0, 0.5, 2, 6)).map(([o, v]) => `${v} ${o}`),
      ascii.map((t) => `/S0 12 Tf (${t}) Tj`),
      fc
        .array(
          fc.oneof(
            ascii.map((t) => `(${t})`),
            fc.constantFrom("-600", "-250", "-100", "40", "500"),
          ),
          {
            maxLength: 5,
          },
        )
        .map((parts) => `/S0 12 Tf [${parts.join(" ")}] TJ`),
      fc.constantFrom(`/F0 12 Tf <${cidHex("政府信息公开")}> Tj`, `/F0 12 Tf <${cidHex("一二三")}> Tj`),
    );
    const widths = fc.array(fc.integer({ min: 200, max: 1000 }), { minLength: 224, maxLength: 224 });
    let read = 0;
    await fc.assert(
      fc.asyncProperty(
        widths,
        fc.array(op, { minLength: 3, maxLength: 30 }),
        fc.boolean(),
        async (w, ops, noToUnicode) => {
          const content = ["BT /S0 12 Tf 72 700 Td", ...ops, "ET"].join("\n");
          const data = cidFontPdf([goodFont], [content], {
            simple: { widths: w, program: programs[0] ?? new Uint8Array(), noToUnicode },
          });
          const own = ownOrUnsupported(data);
          if (typeof own === "string") return;
          read++;
          expect(own).toEqual(await textItems(data));
        },
      ),
      { numRuns: 60 },
    );
    expect(read).toBe(60);
  });

  describe("leaves to pdfjs-dist what it does not follow exactly", () => {
    const page = `BT /F0 12 Tf 72 700 Td <${cidHex("政府信息公开")}> Tj ET`;
    const withPage = (content: string, font = goodFont) => cidFontPdf([font], [content]);

    it.each(["rc4-40", "rc4-128", "aes-128"] as const)(
      "reads a file encrypted for its permissions only (%s, empty user password) as pdfjs-dist does",
      async (encrypt) => {
        const lines = [
          { font: 0, size: 12, x: 72, y: 700, text: "政府信息公开工作年度报告" },
          { font: 1, size: 10.5, x: 72, y: 680, text: "一二三四 123" },
        ];
        const fonts = [goodFont, { ...goodFont, name: "/GHIJKL+SimHei", encoding: "Identity-V" as const }];
        const data = cidFontPdf(fonts, [lines], { encrypt });
        expect(latin1(data)).toContain("/Encrypt");
        const own = ownOrUnsupported(data);
        expect(own).not.toBe("unsupported");
        expect(own).toEqual(await textItems(data));
        expect(own).toEqual(ownOrUnsupported(cidFontPdf(fonts, [lines])));
      },
    );

    it("takes a vertical font's advances from /W2 and /DW2 (both forms of /W2) as pdfjs-dist does", async () => {
      const font = { ...goodFont, encoding: "Identity-V" as const };
      const column = [`BT /F0 12 Tf 300 700 Td <${cidHex("政府信息公开工作年度报告、一二三")}> Tj ET`];
      const vertical =
        "/DW2 [880 -1050] /W2 [1 [-900 500 880 -1100 500 880 -700] 5 8 -950 500 880 10 11 /x 500 880]";
      const data = cidFontPdf([font], column, { vertical });
      const own = ownOrUnsupported(data);
      expect(own).not.toBe("unsupported");
      expect(own).toEqual(await textItems(data));
      expect(own).not.toEqual(ownOrUnsupported(cidFontPdf([font], column)));
    });

    it("merges resources inherited from the page tree key by key: a page's own /Font hides the /Pages node's", async () => {
      const second = `BT /F1 12 Tf 72 700 Td <${cidHex("政府")}> Tj ET`;
      const fonts = [goodFont, { ...goodFont, name: "/GHIJKL+SimHei" }];
      const merged = cidFontPdf(fonts, [second], { layout: "inherited" });
      const own = ownOrUnsupported(merged);
      expect(own).not.toBe("unsupported");
      expect(own).toEqual(await textItems(merged));
      // pdfjs-dist then does not find /F1 (and shows its text as blanks): left to it.
      const hidden = cidFontPdf(fonts, [second], { layout: "inherited", ownFont: true });
      expect(ownOrUnsupported(hidden)).toBe("unsupported");
      expect(((await textItems(hidden))[0] as unknown[])[1]).not.toBe("政府");
    });

    it("reads the plain case, and the same file with its objects packed in an object stream (hybrid too), as pdfjs-dist does", async () => {
      expect(ownOrUnsupported(withPage(page))).not.toBe("unsupported");
      for (const objectStreams of [true, "hybrid" as const]) {
        const packed = cidFontPdf([goodFont], [page], { objectStreams });
        expect(latin1(packed)).toContain("/Type /ObjStm");
        const own = ownOrUnsupported(packed);
        expect(own).toEqual(ownOrUnsupported(withPage(page)));
        expect(own).toEqual(await textItems(packed));
      }
    });

    it.each([
      ["a standard font not embedded (Helvetica)", linePdf(1)],
      ["a font matrix", withPage(page, { ...goodFont, fontMatrix: true })],
      [
        "a program that is not TrueType",
        withPage(page, { ...goodFont, program: bytes("OTTO and more bytes") }),
      ],
      [
        "a vertical font whose program does not inflate",
        withPage(page, { ...goodFont, encoding: "Identity-V", damaged: true }),
      ],
      ["a code without ToUnicode text", withPage(`BT /F0 12 Tf 72 700 Td <${cidHex("政A")}> Tj ET`)],
      ["a string of half a code", withPage("BT /F0 12 Tf 72 700 Td <0001 00> Tj ET")],
      ["an inline image", withPage(`${page} BI /W 1 /H 1 /BPC 8 /CS /G ID \u0000 EI`)],
      ["an operator it does not know", withPage(`${page} 1 2 zz`)],
      ["an operator with operands missing", withPage("BT /F0 12 Tf 72 Td ET")],
      ["text before any font", withPage(`BT 72 700 Td <${cidHex("政")}> Tj ET`)],
      ["a font not in the resources", withPage(`BT /F9 12 Tf 72 700 Td <${cidHex("政")}> Tj ET`)],
      ["a form it is not given", withPage(`${page} /Fm0 Do`)],
    ])("%s", (_, data) => {
      expect(ownOrUnsupported(data)).toBe("unsupported");
    });

    it("an encrypted file, or one whose objects are not where its cross-reference table says", () => {
      const encrypted = bytes(latin1(withPage(page)).replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 9 0 R"));
      expect(ownOrUnsupported(encrypted)).toBe("unsupported");
      const shifted = bytes(latin1(withPage(page)).replace("%PDF-1.7\n", "%PDF-1.7\n\n"));
      expect(ownOrUnsupported(shifted)).toBe("unsupported");
    });
  });

  describe("on hostile files", () => {
    it("stops at nesting, loops and long ranges instead of running out of stack, time or memory", () => {
      const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)} pop`;
      expect(ownOrUnsupported(cidFontPdf([goodFont], [deep]))).toBe("unsupported");
      const form = `BT /F0 12 Tf 72 700 Td <${cidHex("政")}> Tj ET`;
      expect(ownOrUnsupported(cidFontPdf([goodFont], ["/Fm0 Do"], { form }))).not.toBe("unsupported");
      const loop = cidFontPdf([goodFont], ["/Fm0 Do"], { form: `${form} /Fm0 Do`, formInItself: true });
      expect(ownOrUnsupported(loop)).toBe("unsupported");
    });

    it("refuses forms painting forms (20⁸ paintings of a line of text) as too complex, within seconds", async () => {
      const leaf = `BT /F0 12 Tf 72 700 Td <${cidHex("政府")}> Tj ET`;
      const chain = [
        ...Array.from({ length: 8 }, (_, k) =>
          Array(20)
            .fill(`/X${k + 1} Do`)
            .join(" "),
        ),
        leaf,
      ];
      const data = cidFontPdf([goodFont], ["/X0 Do"], { chain });
      expect(() => ownTextItems(data, 2000)).toThrow(PdfTooComplex);
      const r = await parseReport(data);
      expect(r.issues?.map((i) => i.code)).toEqual(["PARSE-PDF-TOO-COMPLEX"]);
      expect(r.issues?.[0]?.message.zh).toContain("PDF 结构异常复杂");
      // Two levels of the same chain read, with the line 20 × 20 times.
      const small = cidFontPdf([goodFont], ["/X0 Do"], {
        chain: [chain[0] ?? "", chain[1] ?? "", leaf],
      });
      expect(ownItems(small).filter((i) => (i as unknown[])[1] === "政府")).toHaveLength(400);
    });

    it("refuses a width table that sets more entries than a font has codes", () => {
      const page = [`BT /F0 12 Tf 72 700 Td <${cidHex("政")}> Tj ET`];
      const once = cidFontPdf([goodFont], page, { w: "[0 65535 500]" });
      expect(ownOrUnsupported(once)).not.toBe("unsupported");
      const w = `[${Array(20).fill("0 65535 500").join(" ")}]`;
      expect(() => ownTextItems(cidFontPdf([goodFont], page, { w }), 2000)).toThrow(PdfTooComplex);
    });

    it("never throws anything but PdfUnsupported, and where it reads a damaged or cut corpus PDF it reads what pdfjs-dist reads", async () => {
      await fc.assert(
        fc.property(fc.uint8Array({ maxLength: 2000 }), (b) => {
          ownOrUnsupported(b);
        }),
        { numRuns: 200 },
      );
      let read = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: corpusPdf.length - 1 }),
          fc.integer({ min: 0, max: 255 }),
          async (at, byte) => {
            const damaged = corpusPdf.slice();
            damaged[at] = byte;
            const own = ownOrUnsupported(damaged);
            if (typeof own === "string") return;
            read++;
            expect(own).toEqual(await textItems(damaged));
          },
        ),
        { numRuns: 40 },
      );
      expect(read).toBeGreaterThan(0);
      for (const cut of [100, 1000, corpusPdf.length >> 1, corpusPdf.length - 10]) {
        expect(ownOrUnsupported(corpusPdf.subarray(0, cut))).toBe("unsupported");
      }
    });
  });
});
