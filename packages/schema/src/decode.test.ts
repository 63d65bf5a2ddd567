import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { readTestdata } from "../test/testdata.js";
import { controlCharIssues, escapeControlChars } from "./control-chars.js";
import { byteOrderMark, declaredCharset, decodeText, utf16ByNuls } from "./decode.js";

const report = readTestdata("corpus/2025-shuyang-county.txt");
const encode = (text: string, encoding: string, bom = false) =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe("decodeText", () => {
  it("reads a corpus report the same from UTF-8, GBK, GB18030, UTF-16 LE and BE, with and without BOM", () => {
    for (const [encoding, bom, read] of [
      ["utf-8", false, "utf-8"],
      ["utf-8", true, "utf-8"],
      ["gbk", false, "gb18030"],
      ["gb18030", false, "gb18030"],
      ["utf-16le", false, "utf-16le"],
      ["utf-16le", true, "utf-16le"],
      ["utf-16be", false, "utf-16be"],
      ["utf-16be", true, "utf-16be"],
    ] as const) {
      const d = decodeText(encode(report, encoding, bom));
      expect(d.text, `${encoding}${bom ? " BOM" : ""}`).toBe(report);
      expect(d.encoding).toBe(read);
      expect(d.bom).toBe(bom);
    }
  });

  it("reads GB18030's four-byte characters (𠀀, outside GBK)", () => {
    const d = decodeText(encode("沭阳县𠀀政务公开", "gb18030"));
    expect(d.text).toBe("沭阳县𠀀政务公开");
    expect(d.warnings.map((w) => w.code)).toEqual(["ENCODING-GB18030"]);
  });

  it("honours an HTML page's <meta charset>, and reports one its bytes contradict", () => {
    const page = (charset: string) =>
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"></head><body><p>沭阳县人民政府2025年政府信息公开工作年度报告</p></body></html>`;
    const gbk = decodeText(encode(page("gbk"), "gbk"), { file: "p.html" });
    expect(gbk.text).toBe(page("gbk"));
    expect(gbk.by).toBe("meta");
    expect(gbk.warnings).toEqual([]);
    // A Traditional page in Big5: read only because the page says so.
    const big5 = `<meta charset="big5"><p>懷化縣政府資訊公開年報</p>`;
    expect(decodeText(encode(big5, "big5")).text).toBe(big5);
    // Saved again as UTF-8 with its old <meta>: the bytes are UTF-8, and that is said.
    const resaved = decodeText(new TextEncoder().encode(page("gb2312")), { file: "p.html" });
    expect(resaved.text).toBe(page("gb2312"));
    expect(resaved.warnings).toMatchObject([
      { code: "ENCODING-DECLARED", location: { kind: "file", file: "p.html" }, value: "gbk" },
    ]);
  });

  it("finds the declared charset in either form of <meta>", () => {
    const b = (s: string) => new TextEncoder().encode(s);
    expect(declaredCharset(b('<meta charset="GB2312">'))).toBe("gbk");
    expect(declaredCharset(b("<META CHARSET=utf-8>"))).toBe("utf-8");
    expect(declaredCharset(b('<meta content="text/html;charset=gb18030" http-equiv="content-type">'))).toBe(
      "gb18030",
    );
    expect(declaredCharset(b('<meta name="x" content="y"><p>charset=gbk</p>'))).toBeUndefined();
    expect(declaredCharset(b('<meta charset="no-such-charset">'))).toBeUndefined();
  });

  it("reports NUL and control characters with their line and column, and removes only the NULs", () => {
    const d = decodeText(new TextEncoder().encode("第一行\n盐池县\u0000人民政府\n\u001b[31m红\u0007\n"), {
      file: "r.txt",
    });
    expect(d.text).toBe("第一行\n盐池县人民政府\n\u001b[31m红\u0007\n");
    expect(d.warnings).toMatchObject([
      {
        code: "TEXT-NUL",
        location: { kind: "text", file: "r.txt", line: 2, column: 4 },
        severity: "warning",
      },
      {
        code: "TEXT-CONTROL",
        location: { kind: "text", file: "r.txt", line: 3, column: 1 },
        value: "U+001B, U+0007",
      },
    ]);
    expect(d.warnings[0]?.message.zh).toContain("空字节");
  });

  it("never takes UTF-8 with a stray NUL or two for UTF-16", () => {
    const bytes = new TextEncoder().encode(report);
    for (const at of [10, 11, 500]) {
      const damaged = new Uint8Array([...bytes.subarray(0, at), 0, ...bytes.subarray(at)]);
      expect(decodeText(damaged).encoding).toBe("utf-8");
      expect(decodeText(damaged).text).toBe(report);
    }
    expect(utf16ByNuls(new TextEncoder().encode("a\u0000b\u0000"))).toBe("utf-16le");
    expect(utf16ByNuls(new TextEncoder().encode("ab\u0000"))).toBeUndefined();
  });

  it("reports bytes that decode in no encoding, located", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x62, 0xff, 0x63]);
    const d = decodeText(bytes, { file: "x.csv" });
    expect(d.text).toBe("a\nb\uFFFDc");
    expect(d.warnings).toMatchObject([
      { code: "ENCODING-UNDECODABLE", location: { kind: "text", file: "x.csv", line: 2, column: 2 } },
    ]);
  });

  it("takes a string with its BOM dropped", () => {
    expect(decodeText("\uFEFFtable,row").text).toBe("table,row");
    expect(byteOrderMark(new Uint8Array([0xfe, 0xff]))).toEqual({ encoding: "utf-16be", length: 2 });
  });

  it("reads any text written in any of its encodings back the same (property)", () => {
    fc.assert(
      fc.property(
        fc
          .string({ unit: "grapheme", minLength: 1 })
          .filter((s) => !s.includes("\u0000") && s[0] !== "\uFEFF"),
        fc.constantFrom("utf-8", "gb18030", "utf-16le", "utf-16be"),
        fc.boolean(),
        (text, encoding, bom) => {
          const bytes = encode(
            text,
            encoding,
            encoding.startsWith("utf-16") || (bom && encoding === "utf-8"),
          );
          // GB18030 bytes that are also valid UTF-8 (a few short texts) are UTF-8: the rule's known limit.
          if (encoding === "gb18030") fc.pre(!isUtf8(bytes));
          expect(decodeText(bytes).text).toBe(text);
        },
      ),
    );
  });
});

describe("escapeControlChars", () => {
  it("makes ESC, NUL, BEL, a lone CR and C1 visible, and keeps tab and line ends", () => {
    expect(escapeControlChars("\u001b[31m红色\u001b[0m\t\r\n\u0000\u0007a\rb\u009b")).toBe(
      "\\u001b[31m红色\\u001b[0m\t\r\n\\u0000\\u0007a\\u000db\\u009b",
    );
    expect(controlCharIssues("a\tb\r\n\fc")).toEqual([]);
  });
});
