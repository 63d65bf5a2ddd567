import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { datesInText, readDateCell } from "./date-cell.js";

describe("readDateCell", () => {
  it.each([
    ["2020-01-05", "2020-01-05"],
    ["2020/1/5", "2020-01-05"],
    ["2020年1月5日", "2020-01-05"],
    ["2020.1.5", "2020-01-05"],
    ["２０２０年１月５日", "2020-01-05"],
    ["２０２１．４．８", "2021-04-08"],
    ["2020 年 6 月 18 日", "2020-06-18"],
    ["20200618", "2020-06-18"],
    ["2020-06-18 00:00:00", "2020-06-18"],
    ["2020-06-18T00:00:00.000Z", "2020-06-18"],
    ["43895", "2020-03-05"],
    ["2020-02-29", "2020-02-29"],
  ])("%s → %s", (text, date) => {
    expect(readDateCell(text)).toEqual({ ok: true, date });
  });

  it.each(["2021-02-30", "2019-02-29", "2020-13-01", "去年", "2020年", "1900-01-01", "2020.1", "12"])(
    "%s is not a date",
    (text) => {
      expect(readDateCell(text)).toEqual({ ok: false, empty: false });
    },
  );

  it("blank is empty", () => {
    expect(readDateCell("  ")).toEqual({ ok: false, empty: true });
  });

  it("law: every day 1949–2100 reads back in each written form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 55_000 }), (n) => {
        const d = new Date(Date.UTC(1950, 0, 1) + n * 86_400_000);
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        for (const form of [`${y}/${m}/${day}`, `${y}年${m}月${day}日`, `${y}.${m}.${day}`, iso]) {
          expect(readDateCell(form)).toEqual({ ok: true, date: iso });
        }
      }),
    );
  });
});

describe("datesInText", () => {
  it("finds every real date of a text, in order, in any written form", () => {
    expect(datesInText("有效期：2020年1月5日至２０２５年１月４日")).toEqual(["2020-01-05", "2025-01-04"]);
    expect(datesInText("自2021/3/1起施行，2021-02-30 不是日期")).toEqual(["2021-03-01"]);
    expect(datesInText("长期有效")).toEqual([]);
  });
});
