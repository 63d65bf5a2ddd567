import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseToUnicode, unicodeOf } from "./pdf-cmap.js";
import { EOF, PdfCmd, PdfLexer, PdfName, type PdfToken, PdfUnsupported } from "./pdf-lexer.js";

const bytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

function tokens(text: string, commands?: ReadonlySet<string>): PdfToken[] {
  const lexer = new PdfLexer(bytes(text), 0, text.length, commands);
  const out: PdfToken[] = [];
  for (let t = lexer.next(); t !== EOF; t = lexer.next()) out.push(t);
  return out;
}

describe("PdfLexer", () => {
  it("reads numbers digit by digit as pdfjs-dist does: signs, a leading or trailing point, a doubled minus", () => {
    expect(tokens("12 -3.5 +7 .25 5. -.5 --4 0.1")).toEqual([12, -3.5, 7, 0.25, 5, -0.5, -4, 0.1]);
    // "0.1" is 1 / 10 and "1.1" is 11 / 10: the same doubles as pdfjs-dist's Lexer.
    expect(tokens("1.1")[0]).toBe(11 / 10);
  });

  it("reads literal strings with escapes, octal codes, nested parentheses and line continuations", () => {
    expect(tokens("(a\\(b\\)c) (x(y)z) (\\101\\7\\0612) (line\\\nnext) (\\q)")).toEqual([
      "a(b)c",
      "x(y)z",
      "A\u0007\u00312",
      "linenext",
      "q",
    ]);
  });

  it("reads hexadecimal strings with white space, and pads an odd digit with 0", () => {
    expect(tokens("<4E 2D> <123>")).toEqual(["\u004e\u002d", "\u0012\u0030"]);
  });

  it("reads names with #xx codes, interned", () => {
    const [a, b] = tokens("/LNUHNF+#e5#ae#8b /LNUHNF+#e5#ae#8b");
    expect(a).toBeInstanceOf(PdfName);
    expect(a).toBe(b);
    expect((a as PdfName).name).toBe("LNUHNF+\u00e5\u00ae\u008b");
  });

  it("ends a keyword where the longest known operator ends (BTq is BT then q), and knows true, false, null", () => {
    const ops = new Set(["BT", "q", "f", "fa", "fal", "fals", "false", "Tf"]);
    expect(tokens("BTq false null true Tf", ops)).toEqual([
      PdfCmd.of("BT"),
      PdfCmd.of("q"),
      false,
      null,
      true,
      PdfCmd.of("Tf"),
    ]);
  });

  it("throws PdfUnsupported where pdfjs-dist would recover its own way", () => {
    for (const text of [")", "(open", "<4G>", "1-2", "/A#4", "\u0001x"]) {
      expect(() => tokens(text), text).toThrow(PdfUnsupported);
    }
  });

  it("never throws anything but PdfUnsupported, on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
        const lexer = new PdfLexer(b);
        try {
          for (let t = lexer.next(), n = 0; t !== EOF && n < 1000; t = lexer.next(), n++);
        } catch (e) {
          expect(e).toBeInstanceOf(PdfUnsupported);
        }
      }),
    );
  });
});

describe("parseToUnicode", () => {
  const cmap = (body: string) =>
    parseToUnicode(bytes(`begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange ${body} endcmap`));

  it("reads bfchar, bfrange counted up in the last byte (carrying into the one before), and bfrange arrays", () => {
    const m = cmap(
      "2 beginbfchar <0001> <4E00> <0002> <D840DC00> endbfchar 2 beginbfrange <0010> <0012> <00FE> <0020> <0021> [<0041> <0042> <0043>] endbfrange",
    );
    expect(unicodeOf(m, 1)).toBe("一");
    expect(unicodeOf(m, 2)).toBe("\u{20000}");
    // <00FE>, then <00FF>, then the carry: <0100>.
    expect([0x10, 0x11, 0x12].map((c) => unicodeOf(m, c))).toEqual(["\u00fe", "\u00ff", "\u0100"]);
    expect([0x20, 0x21, 0x22].map((c) => unicodeOf(m, c))).toEqual(["A", "B", undefined]);
  });

  it("reads cidchar and cidrange as code points, an odd-length destination padded with 0", () => {
    const m = cmap("1 begincidrange <0030> <0031> 20013 endcidrange 1 beginbfchar <0040> <41> endbfchar");
    expect(unicodeOf(m, 0x30)).toBe("中");
    expect(unicodeOf(m, 0x31)).toBe("丮");
    expect(unicodeOf(m, 0x40)).toBe("A");
  });

  it("leaves to pdfjs-dist a CMap that uses another, maps nothing, or codes over 16 bits", () => {
    expect(() => cmap("/Identity-H usecmap")).toThrow(PdfUnsupported);
    expect(() => cmap("")).toThrow(PdfUnsupported);
    expect(() => cmap("1 beginbfrange <00000000> <01000000> <0041> endbfrange")).toThrow(PdfUnsupported);
  });
});
