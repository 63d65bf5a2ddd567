import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CountPhrase, formatCount, formatPercent, formatWan, parseCountPhrase } from "./numbers.js";

const SEED = readFileSync(join(__dirname, "../../../../testdata/seed/yanchi-2020-annual-report.txt"), "utf8");

describe("formatCount", () => {
  it("writes exact counts in digits", () => {
    expect(formatCount(40000)).toBe("40000");
    expect(formatCount(52, { unit: "条" })).toBe("52条");
    expect(formatCount(0, { unit: "件" })).toBe("0件");
  });

  it("writes approximate counts the way the seed does", () => {
    expect(formatCount(40000, { approx: true, unit: "条" })).toBe("4万余条");
    expect(formatCount(20000, { approx: true, unit: "条" })).toBe("2万余条");
    expect(formatCount(12000, { approx: true, unit: "人次" })).toBe("12000余人次");
    expect(formatCount(600, { approx: true, unit: "人次" })).toBe("600余人次");
    expect(formatCount(400, { approx: true, unit: "名" })).toBe("400余名");
    expect(formatCount(2000, { approx: true, unit: "册" })).toBe("2000余册");
    expect(formatCount(40000, { approx: true })).toBe("4万余");
  });

  it("renders a fact exactly in the form it was written", () => {
    expect(formatCount({ value: 12000, approx: true, form: "wan", unit: "人次" })).toBe("1.2万余人次");
    expect(formatCount({ value: 40000, approx: true, form: "plain", unit: "条" })).toBe("40000余条");
    expect(formatCount({ value: 20, approx: true, form: "plain", marker: "多", unit: "项" })).toBe("20多项");
    expect(formatCount({ value: 400, approx: true, form: "plain", marker: "约", unit: "名" })).toBe(
      "约400名",
    );
    expect(formatCount({ value: 40000, approx: false, form: "wan" })).toBe("4万");
  });

  it("uses Chinese numerals through nzh", () => {
    // 长春新区科技局 2023: "出台四项规范性文件"
    expect(formatCount(4, { form: "chinese", unit: "项" })).toBe("四项");
    expect(formatCount(2, { form: "chinese", unit: "项" })).toBe("两项");
    expect(formatCount(20, { form: "chinese", approx: true, unit: "项" })).toBe("二十余项");
    expect(formatCount(105, { form: "chinese" })).toBe("一百零五");
  });

  it("refuses what is not a count", () => {
    expect(() => formatCount(-1)).toThrow(RangeError);
    expect(() => formatCount(1.5)).toThrow(RangeError);
  });
});

describe("parseCountPhrase", () => {
  it("reads the seed's counts, Traditional, with PDF spaces", () => {
    expect(parseCountPhrase("4 萬餘條")).toEqual({
      value: 40000,
      approx: true,
      form: "wan",
      marker: "余",
      unit: "条",
    });
    expect(parseCountPhrase("4万余条")).toEqual({
      value: 40000,
      approx: true,
      form: "wan",
      marker: "余",
      unit: "条",
    });
    expect(parseCountPhrase("12000 餘人次")).toEqual({
      value: 12000,
      approx: true,
      form: "plain",
      marker: "余",
      unit: "人次",
    });
    expect(parseCountPhrase("52 條")).toEqual({ value: 52, approx: false, form: "plain", unit: "条" });
    expect(parseCountPhrase("四项")).toEqual({ value: 4, approx: false, form: "chinese", unit: "项" });
    expect(parseCountPhrase("两项")).toEqual({ value: 2, approx: false, form: "chinese", unit: "项" });
    expect(parseCountPhrase("120万元")).toEqual({ value: 1200000, approx: false, form: "wan", unit: "元" });
  });

  it("finds every approximate count of the seed", () => {
    const phrases = [...SEED.matchAll(/\d+\s*[萬万]?[餘余]\S{0,2}?[條条次名冊册項项個个]/g)].map((m) => m[0]);
    expect(phrases).toEqual([
      "4 萬餘條",
      "12000 餘人次",
      "20 餘項",
      "10 餘項",
      "600 餘人次",
      "2000 余冊",
      "2 萬餘條",
      "400 余名",
    ]);
    const values = phrases.map((p) => parseCountPhrase(p));
    expect(values.map((v) => v?.value)).toEqual([40000, 12000, 20, 10, 600, 2000, 20000, 400]);
    expect(values.map((v) => v?.form)).toEqual([
      "wan",
      "plain",
      "plain",
      "plain",
      "plain",
      "plain",
      "wan",
      "plain",
    ]);
    expect(values.every((v) => v?.approx)).toBe(true);
  });

  it("rejects what is not one count", () => {
    for (const text of ["百分之百", "1.5条", "abc", "4万余条和5件", "一二三", "", "约4万余条"]) {
      expect(parseCountPhrase(text), text).toBeUndefined();
    }
  });

  const fact: fc.Arbitrary<CountPhrase> = fc
    .record({
      value: fc.nat({ max: 10 ** 12 }),
      approx: fc.boolean(),
      form: fc.constantFrom("plain", "wan", "chinese"),
      marker: fc.constantFrom("余", "多", "约", "近"),
      unit: fc.constantFrom(undefined, "条", "件", "人次", "名", "项", "个", "册", "元"),
    } as const)
    .map(({ value, approx, form, marker, unit }) => ({
      value,
      approx,
      form,
      ...(approx ? { marker } : {}),
      ...(unit ? { unit } : {}),
    }));

  it("is the inverse of formatCount (property)", () => {
    fc.assert(
      fc.property(fact, (x) => {
        expect(parseCountPhrase(formatCount(x))).toEqual(x);
      }),
    );
  });
});

describe("formatWan", () => {
  it("writes 万元 amounts exactly", () => {
    expect(formatWan(120)).toBe("120万元");
    expect(formatWan("9116.36")).toBe("9116.36万元");
    expect(formatWan("25.10")).toBe("25.1万元");
    expect(formatWan("39.443252")).toBe("39.443252万元");
    expect(formatWan(0.3)).toBe("0.3万元");
    expect(formatWan(1e-7)).toBe("0.0000001万元");
  });

  it("refuses what is not an amount", () => {
    expect(() => formatWan("-1")).toThrow(RangeError);
    expect(() => formatWan("12万")).toThrow(RangeError);
    expect(() => formatWan(Number.NaN)).toThrow(RangeError);
  });

  it("keeps every decimal literal's digits (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.nat({ max: 6 }), (scaled, places) => {
        const s = scaled.toString().padStart(places + 1, "0");
        const literal = places ? `${s.slice(0, -places)}.${s.slice(-places)}` : s;
        const out = formatWan(literal);
        expect(out.endsWith("万元")).toBe(true);
        const [int, frac = ""] = out.slice(0, -2).split(".");
        expect(BigInt(int + frac.padEnd(places, "0"))).toBe(scaled);
      }),
    );
  });
});

describe("formatPercent", () => {
  it("writes rates exactly", () => {
    // 盐池县 2020: 办理人大代表议案建议 63 件……办复率均达到 100%
    expect(formatPercent(63, 63)).toBe("100%");
    expect(formatPercent(0, 5)).toBe("0%");
    expect(formatPercent(1, 3)).toBe("33.33%");
    expect(formatPercent(2, 3)).toBe("66.67%");
    expect(formatPercent(2, 3, { decimals: 1 })).toBe("66.7%");
    expect(formatPercent(1, 8)).toBe("12.5%");
    expect(formatPercent(1, 8, { decimals: 0 })).toBe("13%");
    expect(formatPercent(3, 2)).toBe("150%");
  });

  it("refuses a rate of nothing and non-counts", () => {
    expect(() => formatPercent(1, 0)).toThrow(RangeError);
    expect(() => formatPercent(-1, 5)).toThrow(RangeError);
    expect(() => formatPercent(1.5, 5)).toThrow(RangeError);
  });

  it("is exact for every k/100 (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 100 }), fc.integer({ min: 1, max: 10 ** 6 }), (k, m) => {
        expect(formatPercent(k * m, 100 * m)).toBe(`${k}%`);
      }),
    );
  });
});
