import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRegisterDate, parseValidity, periodEnd } from "./register-date";

describe("parseRegisterDate", () => {
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
    expect(parseRegisterDate(text)).toEqual({ ok: true, date });
  });

  it.each(["2021-02-30", "2019-02-29", "2020-13-01", "去年", "2020年", "1900-01-01", "2020.1", "12"])(
    "%s is not a date",
    (text) => {
      expect(parseRegisterDate(text)).toEqual({ ok: false, empty: false });
    },
  );

  it("blank is empty", () => {
    expect(parseRegisterDate("  ")).toEqual({ ok: false, empty: true });
  });

  it("law: every day 1949–2100 reads back in each written form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 55_000 }), (n) => {
        const d = new Date(Date.UTC(1950, 0, 1) + n * 86_400_000);
        const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const iso = d.toISOString().slice(0, 10);
        for (const form of [`${y}/${m}/${day}`, `${y}年${m}月${day}日`, `${y}.${m}.${day}`, iso]) {
          expect(parseRegisterDate(form)).toEqual({ ok: true, date: iso });
        }
      }),
    );
  });
});

describe("parseValidity", () => {
  it("periods run from the issue date and end the day before the anniversary", () => {
    expect(parseValidity("5年", "2019-08-20")).toEqual({ kind: "until", date: "2024-08-19" });
    expect(parseValidity("有效期两年", "2021-07-15")).toEqual({ kind: "until", date: "2023-07-14" });
    expect(parseValidity("6个月", "2020-02-12")).toEqual({ kind: "until", date: "2020-08-11" });
    expect(parseValidity("十二个月", "2020-02-12")).toEqual({ kind: "until", date: "2021-02-11" });
  });

  it("dates and ranges: the last date", () => {
    expect(parseValidity("2022年3月4日", "2020-03-05")).toEqual({ kind: "until", date: "2022-03-04" });
    expect(parseValidity("有效期至2022年3月4日", "2020-03-05")).toEqual({
      kind: "until",
      date: "2022-03-04",
    });
    expect(parseValidity("2020年3月5日至2022年3月4日", "2020-03-05")).toEqual({
      kind: "until",
      date: "2022-03-04",
    });
  });

  it("no end, or unreadable", () => {
    expect(parseValidity("长期", "2020-03-05")).toEqual({ kind: "none" });
    expect(parseValidity("—", "2020-03-05")).toEqual({ kind: "none" });
    expect(parseValidity("", "2020-03-05")).toEqual({ kind: "empty" });
    expect(parseValidity("至新文件出台", "2020-03-05")).toEqual({ kind: "unreadable" });
  });

  it("periodEnd at month ends", () => {
    expect(periodEnd("2020-08-31", 0, 6)).toBe("2021-02-27");
    expect(periodEnd("2020-01-01", 5, 0)).toBe("2024-12-31");
  });
});
