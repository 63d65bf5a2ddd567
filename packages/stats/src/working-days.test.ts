import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  addWorkingDays,
  CalendarRangeError,
  calendarCoverage,
  isWorkingDay,
  toShanghaiDate,
  workingDaysBetween,
} from "./working-days";

/** Dates well inside the covered years, leaving room for walks of up to ~120 working days. */
const coveredDate = fc
  .date({ min: new Date(Date.UTC(2004, 0, 1)), max: new Date(Date.UTC(2026, 5, 30)), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe("calendarCoverage", () => {
  it("is read from chinese-days 1.5.7 data: 2004–2026", () => {
    expect(calendarCoverage()).toEqual({
      from: 2004,
      to: 2026,
      years: Array.from({ length: 23 }, (_, i) => 2004 + i),
    });
  });
});

describe("isWorkingDay", () => {
  it("knows make-up working weekends (调休上班)", () => {
    expect(isWorkingDay("2024-02-04")).toBe(true); // Sunday before 春节 2024
    expect(isWorkingDay("2024-09-29")).toBe(true); // Sunday before 国庆 2024
    expect(isWorkingDay("2024-10-12")).toBe(true); // Saturday after 国庆 2024
    expect(isWorkingDay("2025-01-26")).toBe(true); // Sunday before 春节 2025
    expect(isWorkingDay("2025-02-08")).toBe(true); // Saturday after 春节 2025
  });

  it("knows 法定节假日 on weekdays", () => {
    for (const d of ["2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07"]) {
      expect(isWorkingDay(d), d).toBe(false);
    }
    // 春节 2025: 28 January (除夕) – 4 February
    for (const d of ["2025-01-28", "2025-01-31", "2025-02-03", "2025-02-04"]) {
      expect(isWorkingDay(d), d).toBe(false);
    }
    expect(isWorkingDay("2025-02-05")).toBe(true);
  });

  it("knows the 2020 春节 extension (国办发明电〔2020〕1号: holiday until 2 February)", () => {
    expect(isWorkingDay("2020-01-31")).toBe(false); // Friday, added by the extension
    expect(isWorkingDay("2020-02-01")).toBe(false); // Saturday, its make-up duty cancelled
    expect(isWorkingDay("2020-02-03")).toBe(true);
  });

  it("treats ordinary weekends and weekdays as such", () => {
    expect(isWorkingDay("2024-10-19")).toBe(false); // Saturday
    expect(isWorkingDay("2024-10-21")).toBe(true); // Monday
  });

  it("takes a Date as its Asia/Shanghai calendar date", () => {
    // 20:00 UTC on 30 September = 04:00 on 1 October (国庆节) in Shanghai
    expect(isWorkingDay(new Date("2024-09-30T20:00:00Z"))).toBe(false);
    // 15:00 UTC on 30 September = 23:00 on 30 September, a working Monday
    expect(isWorkingDay(new Date("2024-09-30T15:00:00Z"))).toBe(true);
  });

  it("throws CalendarRangeError with a bilingual message for uncovered years", () => {
    expect(() => isWorkingDay("2027-10-08")).toThrow(CalendarRangeError);
    expect(() => isWorkingDay("2027-10-08")).toThrow(
      "节假日日历不覆盖 2027 年（覆盖 2004–2026 年）：请把国务院办公厅关于2027年部分节假日安排的通知写成日历文件，用 --calendar <文件> 或 API 的 calendar 选项提供 / the holiday calendar does not cover 2027 (covers 2004–2026): write the State Council's notice on the 2027 holidays as a calendar file and supply it with --calendar <file>, or with the calendar option of the API",
    );
    try {
      isWorkingDay("2003-12-31");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarRangeError);
      const err = e as CalendarRangeError;
      expect(err.year).toBe(2003);
      expect(err.coverage).toEqual({ from: 2004, to: 2026 });
      expect(err.bilingual.zh).toMatch(/^节假日日历不覆盖 2003 年（覆盖 2004–2026 年）：/);
      expect(err.bilingual.en).toMatch(/^the holiday calendar does not cover 2003 \(covers 2004–2026\): /);
    }
  });

  it("rejects strings that are not dates", () => {
    expect(() => isWorkingDay("2023-02-29")).toThrow(RangeError);
    expect(() => isWorkingDay("2024-1-5")).toThrow(RangeError);
    expect(() => isWorkingDay("")).toThrow(RangeError);
  });
});

describe("the machine's time zone never matters", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });

  // chinese-days itself reads a "YYYY-MM-DD" string as UTC midnight and formats it in local
  // time, so in a zone west of UTC it looks up the previous day. We pass it local dates.
  for (const zone of ["America/New_York", "Pacific/Kiritimati", "UTC", "Asia/Shanghai"]) {
    it(`gives the same answers with TZ=${zone}`, async () => {
      process.env.TZ = zone;
      // a fresh module, so that its per-year cache is built in this zone
      vi.resetModules();
      const { addWorkingDays, isWorkingDay, toShanghaiDate } = await import("./working-days");
      expect(new Date(2024, 9, 8).getTimezoneOffset()).toBe(
        zone === "America/New_York" ? 240 : zone === "Pacific/Kiritimati" ? -840 : zone === "UTC" ? 0 : -480,
      );
      expect(isWorkingDay("2024-10-08")).toBe(true);
      expect(isWorkingDay("2024-10-07")).toBe(false);
      expect(isWorkingDay("2024-02-04")).toBe(true);
      expect(addWorkingDays("2024-09-27", 20)).toBe("2024-10-30");
      expect(toShanghaiDate(new Date("2024-09-30T20:00:00Z"))).toBe("2024-10-01");
      expect(toShanghaiDate(new Date("2024-09-30T15:59:59Z"))).toBe("2024-09-30");
    });
  }
});

describe("toShanghaiDate", () => {
  it("converts instants and keeps calendar dates", () => {
    expect(toShanghaiDate(new Date("2024-09-30T20:00:00Z"))).toBe("2024-10-01");
    expect(toShanghaiDate(new Date("2024-09-30T16:00:00Z"))).toBe("2024-10-01");
    expect(toShanghaiDate("2024-09-30T20:00:00Z")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-10-01T03:00:00+08:00")).toBe("2024-10-01");
    expect(toShanghaiDate("2024-09-30T20:00")).toBe("2024-09-30"); // Shanghai wall time
    expect(toShanghaiDate("2024-02-29")).toBe("2024-02-29");
  });

  it("rejects invalid input", () => {
    expect(() => toShanghaiDate("2024-02-30")).toThrow(RangeError);
    expect(() => toShanghaiDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => toShanghaiDate("30/09/2024")).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("counts from the day after, across 国庆 2024 and its make-up weekends", () => {
    // Received Friday 2024-09-27. Day 1 = Sun 09-29 (make-up), 2 = Mon 09-30, 10-01..07 off,
    // 3–6 = 10-08..10-11, 7 = Sat 10-12 (make-up), 8–12 = 10-14..18, 13–17 = 10-21..25,
    // 18 = Mon 10-28, 19 = Tue 10-29, 20 = Wed 10-30.
    expect(addWorkingDays("2024-09-27", 20)).toBe("2024-10-30");
    expect(addWorkingDays("2024-09-27", 1)).toBe("2024-09-29");
    expect(addWorkingDays("2024-09-27", 3)).toBe("2024-10-08");
  });

  it("lands on the 春节 2024 make-up Sunday", () => {
    expect(addWorkingDays("2024-02-02", 1)).toBe("2024-02-04");
    expect(addWorkingDays("2024-02-03", 1)).toBe("2024-02-04");
  });

  it("skips 春节 2025 (28 Jan – 4 Feb) and uses the make-up Saturday 8 Feb", () => {
    // 01-27 (Mon) → day 1 = 02-05, 2 = 02-06, 3 = 02-07, 4 = Sat 02-08
    expect(addWorkingDays("2025-01-27", 4)).toBe("2025-02-08");
  });

  it("skips the extended 春节 2020 (24 Jan – 2 Feb)", () => {
    // 01-23 (Thu) → day 1 = Mon 02-03
    expect(addWorkingDays("2020-01-23", 1)).toBe("2020-02-03");
  });

  it("crosses year ends (leap 2024 → 元旦 2025) and may start the day before the covered years", () => {
    expect(addWorkingDays("2024-12-31", 1)).toBe("2025-01-02"); // 2025-01-01 元旦
    expect(addWorkingDays("2024-12-30", 3)).toBe("2025-01-03");
    expect(addWorkingDays("2003-12-31", 1)).toBe("2004-01-02"); // only days after the start are looked up
  });

  it("returns the date itself for n = 0, even on a holiday", () => {
    expect(addWorkingDays("2024-10-01", 0)).toBe("2024-10-01");
  });

  it("takes a Date as its Shanghai date", () => {
    expect(addWorkingDays(new Date("2024-09-30T20:00:00Z"), 1)).toBe("2024-10-08");
  });

  it("throws CalendarRangeError when the walk leaves the covered years", () => {
    expect(() => addWorkingDays("2026-12-28", 10)).toThrow(CalendarRangeError);
    expect(() => addWorkingDays("2026-12-28", 10)).toThrow(/2027/);
  });

  it("rejects negative or fractional n", () => {
    expect(() => addWorkingDays("2024-10-08", -1)).toThrow(RangeError);
    expect(() => addWorkingDays("2024-10-08", 1.5)).toThrow(RangeError);
  });

  it("is additive: addWorkingDays(d, a + b) = addWorkingDays(addWorkingDays(d, a), b)", () => {
    fc.assert(
      fc.property(coveredDate, fc.nat(60), fc.nat(60), (d, a, b) => {
        expect(addWorkingDays(d, a + b)).toBe(addWorkingDays(addWorkingDays(d, a), b));
      }),
    );
  });

  it("always ends on a working day after the start for n ≥ 1", () => {
    fc.assert(
      fc.property(coveredDate, fc.integer({ min: 1, max: 120 }), (d, n) => {
        const end = addWorkingDays(d, n);
        expect(isWorkingDay(end)).toBe(true);
        expect(end > d).toBe(true);
      }),
    );
  });
});

describe("workingDaysBetween", () => {
  it("counts working days in (from, to]", () => {
    expect(workingDaysBetween("2024-09-27", "2024-10-08")).toBe(3);
    expect(workingDaysBetween("2024-09-27", "2024-10-30")).toBe(20);
    expect(workingDaysBetween("2024-10-01", "2024-10-07")).toBe(0);
    expect(workingDaysBetween("2024-10-08", "2024-10-08")).toBe(0);
    expect(workingDaysBetween("2024-10-08", "2024-09-27")).toBe(-3);
    expect(Object.is(workingDaysBetween("2024-10-07", "2024-10-01"), 0)).toBe(true); // not -0
  });

  it("inverts addWorkingDays", () => {
    fc.assert(
      fc.property(coveredDate, fc.nat(120), (d, n) => {
        expect(workingDaysBetween(d, addWorkingDays(d, n))).toBe(n);
      }),
    );
  });

  it("brackets any later date: add(from, k) ≤ to < add(from, k + 1)", () => {
    fc.assert(
      fc.property(coveredDate, fc.nat(150), (from, span) => {
        const to = addCalendarDays(from, span);
        const k = workingDaysBetween(from, to);
        expect(k).toBeGreaterThanOrEqual(0);
        expect(addWorkingDays(from, k) <= to).toBe(true);
        expect(addWorkingDays(from, k + 1) > to).toBe(true);
        if (span > 0 && isWorkingDay(to)) expect(addWorkingDays(from, k)).toBe(to);
      }),
    );
  });

  it("is antisymmetric", () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, (a, b) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
      }),
      { numRuns: 30 },
    );
  });
});

function addCalendarDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
