import { describe, expect, it } from "vitest";
import { parseRegisterDate, parseValidity, periodEnd } from "./register-date.js";

describe("parseRegisterDate", () => {
  it("is readDateCell of @disclosure/schema (tested there)", () => {
    expect(parseRegisterDate("2020年1月5日")).toEqual({ ok: true, date: "2020-01-05" });
    expect(parseRegisterDate("2021-02-30")).toEqual({ ok: false, empty: false });
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
