import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  BLANK_TOKENS,
  type CellNumberResult,
  type CellNumberValue,
  isCellNumberFailure,
  readCellNumber,
  toChineseNumeral,
  toHalfWidth,
} from "./numbers.js";

/** The value of a successful read; fails the test on an error. */
function ok(result: CellNumberResult): CellNumberValue {
  if (isCellNumberFailure(result)) throw new Error(`unexpected error ${result.error.code}`);
  return result;
}

function codes(result: CellNumberResult): string[] {
  return ok(result).warnings.map((w) => w.code);
}

function errorCode(result: CellNumberResult): string | undefined {
  return isCellNumberFailure(result) ? result.error.code : undefined;
}

describe("toHalfWidth", () => {
  it("converts full-width digits, signs and separators", () => {
    expect(toHalfWidth("９１１６.３６")).toBe("9116.36");
    expect(toHalfWidth("１，２３４")).toBe("1,234");
    expect(toHalfWidth("－８")).toBe("-8");
    expect(toHalfWidth("＋１０３６")).toBe("+1036");
    expect(toHalfWidth("\u3000２３")).toBe(" 23");
  });

  it("keeps CJK text and half-width text unchanged", () => {
    expect(toHalfWidth("4萬餘條")).toBe("4萬餘條");
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-ascii" }), (s) => {
        expect(toHalfWidth(s)).toBe(s);
      }),
    );
  });
});

describe("BLANK_TOKENS", () => {
  it("holds the CELL-BLANK list of spec/rules.md", () => {
    for (const token of ["", "/", "—", "-", "无"]) expect(BLANK_TOKENS).toContain(token);
  });

  it("reads every token as null with a BLANK warning, never as 0", () => {
    for (const token of [...BLANK_TOKENS, "——", "－－", " / ", "\u3000—\u3000"]) {
      const result = ok(readCellNumber(token));
      expect(result.value, token).toBeNull();
      expect(result.normalized).toBeUndefined();
      expect(codes(result)).toContain("BLANK");
    }
  });
});

describe("readCellNumber: counts", () => {
  it("reads plain counts from the 盐池县 2020 report", () => {
    // 集中统一对外公开现行有效行政法规等 52 条
    expect(ok(readCellNumber("52"))).toEqual({ value: 52, normalized: "52", warnings: [] });
    expect(ok(readCellNumber("0")).value).toBe(0);
  });

  it("removes stray spaces and a BOM, saying so", () => {
    const padded = ok(readCellNumber("  23 "));
    expect(padded.value).toBe(23);
    expect(codes(padded)).toEqual(["WHITESPACE"]);
    const bom = ok(readCellNumber("\uFEFF5"));
    expect(bom.value).toBe(5);
    expect(codes(bom)).toEqual(["BOM"]);
  });

  it("reads full-width digits", () => {
    const r = ok(readCellNumber("１１７４"));
    expect(r.value).toBe(1174);
    expect(codes(r)).toEqual(["FULLWIDTH"]);
  });

  it("removes thousands separators, half- or full-width", () => {
    const half = ok(readCellNumber("1,234"));
    expect(half.value).toBe(1234);
    expect(codes(half)).toEqual(["THOUSANDS"]);
    const full = ok(readCellNumber("1，234"));
    expect(full.value).toBe(1234);
    expect(codes(full)).toEqual(["FULLWIDTH", "THOUSANDS"]);
    expect(errorCode(readCellNumber("1,23"))).toBe("BAD_THOUSANDS");
    expect(errorCode(readCellNumber("12,34,567"))).toBe("BAD_THOUSANDS");
  });

  it("reads Chinese numerals through nzh", () => {
    expect(ok(readCellNumber("四万")).value).toBe(40000);
    expect(ok(readCellNumber("二十三")).value).toBe(23);
    expect(ok(readCellNumber("一百零五")).value).toBe(105);
    expect(ok(readCellNumber("十")).value).toBe(10);
    expect(ok(readCellNumber("一十")).value).toBe(10);
    expect(ok(readCellNumber("两千")).value).toBe(2000);
    expect(ok(readCellNumber("零")).value).toBe(0);
    expect(ok(readCellNumber("壹佰零伍")).value).toBe(105);
    expect(codes(readCellNumber("四万"))).toEqual(["CHINESE_NUMERAL"]);
    // 长春新区科技局 2023: 出台四项规范性文件
    const fourItems = ok(readCellNumber("四项"));
    expect(fourItems.value).toBe(4);
    expect(codes(fourItems)).toEqual(["CHINESE_NUMERAL", "UNIT_STRIPPED"]);
  });

  it("rejects strings of numeral characters that are not a well-formed number", () => {
    // nzh alone would read these as 123 and 0
    expect(errorCode(readCellNumber("一二三"))).toBe("NOT_A_NUMBER");
    expect(errorCode(readCellNumber("廿"))).toBe("NOT_A_NUMBER");
  });

  it("reads 万 with digits and approximations as written in the seed", () => {
    // 累计在政府网站及各类政务媒体平台主动公开各类信息 4 萬餘條
    const seed = ok(readCellNumber("4 萬餘條"));
    expect(seed.value).toBe(40000);
    expect(codes(seed)).toEqual(
      expect.arrayContaining(["MAGNITUDE", "APPROX", "UNIT_STRIPPED", "WHITESPACE"]),
    );
    expect(ok(readCellNumber("4万余条")).value).toBe(40000);
    expect(codes(readCellNumber("4万"))).toEqual(["MAGNITUDE"]);
    expect(ok(readCellNumber("4万余")).value).toBe(40000);
    expect(codes(readCellNumber("4万余"))).toEqual(["MAGNITUDE", "APPROX"]);
    // 累计查询 12000 餘人次
    const visits = ok(readCellNumber("12000餘人次"));
    expect(visits.value).toBe(12000);
    expect(codes(visits)).toEqual(["UNIT_STRIPPED", "APPROX"]);
    expect(ok(readCellNumber("1.2万")).value).toBe(12000);
    expect(ok(readCellNumber("四万余条")).value).toBe(40000);
    expect(ok(readCellNumber("约400名")).value).toBe(400);
    expect(codes(readCellNumber("20多项"))).toContain("APPROX");
  });

  it("strips unit words", () => {
    const r = ok(readCellNumber("12件"));
    expect(r.value).toBe(12);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]?.code).toBe("UNIT_STRIPPED");
    expect(r.warnings[0]?.message.zh).toContain("件");
    expect(r.warnings[0]?.message.en).toContain("件");
    expect(ok(readCellNumber("85人次")).value).toBe(85);
  });

  it("drops a note in brackets after the number", () => {
    const r = ok(readCellNumber("22（其中修订16件）"));
    expect(r.value).toBe(22);
    expect(codes(r)).toEqual(["NOTE_STRIPPED"]);
    expect(r.warnings[0]?.message.zh).toContain("其中修订16件");
    expect(ok(readCellNumber("55(含自然失效29件)")).value).toBe(55);
  });

  it("rejects what is not a non-negative integer, with a bilingual message", () => {
    for (const [text, code] of [
      ["abc", "NOT_A_NUMBER"],
      ["1.5", "NOT_INTEGER"],
      ["-18", "NEGATIVE"],
      ["减3", "NEGATIVE"],
      ["120万元", "WRONG_UNIT"],
      ["1 234", "SPACED_DIGITS"],
      ["5%", "NOT_A_NUMBER"],
      ["1e5", "NOT_A_NUMBER"],
      ["99999999999999999", "TOO_LARGE"],
    ] as const) {
      const result = readCellNumber(text);
      expect(errorCode(result), text).toBe(code);
      if (isCellNumberFailure(result)) {
        expect(result.error.message.zh).toContain(text);
        expect(result.error.message.en).toContain(text);
        expect(result.error.message.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("accepts a leading plus on a count but says so", () => {
    const r = ok(readCellNumber("+5"));
    expect(r.value).toBe(5);
    expect(codes(r)).toEqual(["SIGN_STRIPPED"]);
  });

  it("reads every non-negative integer written plainly, with commas or in full width (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), (n) => {
        const plain = String(n);
        expect(ok(readCellNumber(plain))).toEqual({ value: n, normalized: plain, warnings: [] });
        expect(ok(readCellNumber(n.toLocaleString("en-US"))).value).toBe(n);
        const fullWidth = [...plain].map((d) => String.fromCodePoint(d.codePointAt(0)! + 0xfee0)).join("");
        expect(ok(readCellNumber(fullWidth)).value).toBe(n);
      }),
    );
  });

  it("reads plain digits, leading zeros and all, as the general reading does (property)", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,16}$/), (digits) => {
        // A trailing space takes the general path, which reports it (WHITESPACE) and reads the rest alike.
        const general = readCellNumber(`${digits} `);
        const plain = readCellNumber(digits);
        if ("error" in general) {
          expect(plain).toEqual(general);
          return;
        }
        expect(plain).toEqual({ value: general.value, normalized: general.normalized, warnings: [] });
        expect(codes(general)).toEqual(["WHITESPACE"]);
      }),
    );
  });

  it("reads every number nzh writes in Chinese back to itself (property)", async () => {
    const { default: nzh } = await import("nzh/cn");
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), (n) => {
        expect(ok(readCellNumber(nzh.encodeS(n))).value).toBe(n);
      }),
    );
  });
});

describe("readCellNumber: signed (2019 本年增/减)", () => {
  it("reads signs and sign words", () => {
    expect(ok(readCellNumber("+1036", { signed: true })).value).toBe(1036);
    expect(ok(readCellNumber("-18", { signed: true })).value).toBe(-18);
    const fw = ok(readCellNumber("－8", { signed: true }));
    expect(fw.value).toBe(-8);
    expect(fw.normalized).toBe("-8");
    expect(codes(fw)).toEqual(["FULLWIDTH"]);
    const dec = ok(readCellNumber("减8", { signed: true }));
    expect(dec.value).toBe(-8);
    expect(codes(dec)).toEqual(["SIGN_WORD"]);
    expect(ok(readCellNumber("增5", { signed: true })).value).toBe(5);
    expect(ok(readCellNumber("減3", { signed: true })).value).toBe(-3);
    expect(ok(readCellNumber("−2", { signed: true })).value).toBe(-2);
    expect(ok(readCellNumber("-0", { signed: true })).normalized).toBe("0");
  });

  it("keeps a lone dash blank even when signed", () => {
    expect(ok(readCellNumber("-", { signed: true })).value).toBeNull();
    expect(ok(readCellNumber("－", { signed: true })).value).toBeNull();
  });

  it("still rejects fractions", () => {
    expect(errorCode(readCellNumber("-1.5", { signed: true }))).toBe("NOT_INTEGER");
  });

  it("reads every integer written with a sign (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (n) => {
        const text = n > 0 ? `+${n}` : String(n);
        expect(ok(readCellNumber(text, { signed: true })).value).toBe(n);
      }),
    );
  });
});

describe("readCellNumber: money in 万元", () => {
  it("keeps 万元 figures exactly", () => {
    const r = ok(readCellNumber("９１１６.３６", { money: true }));
    expect(r.value).toBe(9116.36);
    expect(r.normalized).toBe("9116.36");
    // 统筹安排专项经费 120 万元
    const seed = ok(readCellNumber("120万元", { money: true }));
    expect(seed.normalized).toBe("120");
    expect(codes(seed)).toEqual(["UNIT_STRIPPED"]);
  });

  it("converts 元 to 万元 on the decimal string", () => {
    // 上海市人民政府办公厅 2019 采购总金额 "251000元"
    const shanghai = ok(readCellNumber("251000元", { money: true }));
    expect(shanghai.value).toBe(25.1);
    expect(shanghai.normalized).toBe("25.1");
    expect(codes(shanghai)).toEqual(["UNIT_CONVERTED"]);
    const cents = ok(readCellNumber("394432.52元", { money: true }));
    expect(cents.normalized).toBe("39.443252");
    expect(cents.value).toBe(39.443252);
    expect(ok(readCellNumber("1元", { money: true })).normalized).toBe("0.0001");
    expect(ok(readCellNumber("0.3元", { money: true })).normalized).toBe("0.00003");
    expect(ok(readCellNumber("1.2亿元", { money: true })).normalized).toBe("12000");
    expect(ok(readCellNumber("12万", { money: true })).normalized).toBe("12");
    expect(ok(readCellNumber("1,234,567.8元", { money: true })).normalized).toBe("123.45678");
  });

  it("rejects negative amounts and count units", () => {
    expect(errorCode(readCellNumber("-5", { money: true }))).toBe("NEGATIVE");
    expect(errorCode(readCellNumber("12件", { money: true }))).toBe("WRONG_UNIT");
    expect(errorCode(readCellNumber("abc元", { money: true }))).toBe("NOT_A_NUMBER");
  });

  it("converts any amount of yuan exactly: integer fen back from the 万元 string (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        const yuan = `${fen / 100n}.${String(fen % 100n).padStart(2, "0")}`;
        const r = ok(readCellNumber(`${yuan}元`, { money: true }));
        const [int, frac = ""] = r.normalized!.split(".");
        // 万元 with 6 decimals = fen
        expect(BigInt(int + frac.padEnd(6, "0"))).toBe(fen);
      }),
    );
  });
});

describe("readCellNumber: never throws", () => {
  it("returns a value or an error for any text (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.boolean(), fc.boolean(), (text, signed, money) => {
        const result = readCellNumber(text, { signed, money });
        if (isCellNumberFailure(result)) {
          expect(result.error.message.zh.length).toBeGreaterThan(0);
          expect(result.error.message.en.length).toBeGreaterThan(0);
        } else if (result.value !== null) {
          expect(Number(result.normalized)).toBe(result.value);
          if (!signed) expect(result.value).toBeGreaterThanOrEqual(0);
          if (!money) expect(Number.isInteger(result.value)).toBe(true);
        }
      }),
    );
  });
});

describe("toChineseNumeral", () => {
  it("writes counts in Chinese numerals", () => {
    expect(toChineseNumeral(4)).toBe("四");
    expect(toChineseNumeral(23)).toBe("二十三");
    expect(toChineseNumeral(105)).toBe("一百零五");
    expect(toChineseNumeral(40000)).toBe("四万");
    expect(toChineseNumeral(0)).toBe("零");
  });

  it("is read back by readCellNumber (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(ok(readCellNumber(toChineseNumeral(n))).value).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads 零十 (nzh writes it, and reads it as 零 alone)", () => {
    // 575400196759: 五千七百五十四亿零十九万六千七百五十九 — found by the property above.
    expect(ok(readCellNumber(toChineseNumeral(575400196759))).value).toBe(575400196759);
    expect(ok(readCellNumber("四千六百二十四万一千五百零七亿零十万")).value).toBe(4624150700100000);
    expect(ok(readCellNumber("一千零十五")).value).toBe(1015);
  });

  it("refuses what is not a count", () => {
    expect(() => toChineseNumeral(-1)).toThrow(RangeError);
    expect(() => toChineseNumeral(1.5)).toThrow(RangeError);
  });
});
