import cd from "chinese-days";
import { addDays, getDay } from "date-fns";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  BUILT_IN_CALENDAR,
  CalendarRangeError,
  calendarCoverage,
  calendarFromYears,
  currentCalendar,
  registerCalendarYears,
  useCalendar,
  type WorkingCalendar,
} from "./calendar";
import { formatCalendarDate } from "./calendar-date";
import type { CalendarYears } from "./calendar-data";
import { correctionNoticeLate, isOverdue, replyDeadline } from "./deadline";
import { tabulate } from "./tabulate";
import { addWorkingDays, isWorkingDay, workingDaysBetween } from "./working-days";

/**
 * MADE UP FOR THE TESTS — not the State Council's notice on the 2027 holidays. The days are
 * chosen so that each entry changes a deadline: 1 January off, a weekday pair off
 * (14–15 January) and a Saturday worked (16 January).
 */
const MADE_UP_2027: CalendarYears = {
  "2027": {
    source: "虚构，仅供测试 / made up for the tests",
    holidays: ["2027-01-01", "2027-01-14..2027-01-15"],
    workdays: ["2027-01-16"],
  },
};

function build(data: unknown, options?: { builtIn?: boolean }): WorkingCalendar {
  const r = calendarFromYears(data, options);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function daysOfYear(year: number): Date[] {
  const days: Date[] = [];
  for (let d = new Date(year, 0, 1); d.getFullYear() === year; d = addDays(d, 1)) days.push(d);
  return days;
}

/** "a", "a+1", "a+2", "c" → "a..a+2", "c". */
function asRanges(days: string[]): string[] {
  const out: string[] = [];
  let start = days[0];
  days.forEach((day, i) => {
    const next = days[i + 1];
    if (next !== undefined && formatCalendarDate(addDays(new Date(`${day}T00:00:00`), 1)) === next) return;
    out.push(start === day ? day : `${start}..${day}`);
    start = next;
  });
  return out;
}

/** A built-in year of chinese-days re-expressed in the JSON shape. */
function builtInYearAsData(year: number): CalendarYears {
  const days = daysOfYear(year);
  const weekend = (d: Date) => getDay(d) === 0 || getDay(d) === 6;
  const listed = new Set(
    cd
      .getHolidaysInRange(new Date(year, 0, 1), new Date(year, 11, 31), false)
      .filter((s) => s.startsWith(`${year}-`)),
  );
  const holidays = days
    .filter((d) => !cd.isWorkday(d) && (!weekend(d) || listed.has(formatCalendarDate(d))))
    .map(formatCalendarDate);
  const workdays = days.filter((d) => weekend(d) && cd.isWorkday(d)).map(formatCalendarDate);
  return { [year]: { holidays: asRanges(holidays), workdays } };
}

afterEach(() => {
  useCalendar();
});

describe("a calendar built from a year's own built-in data", () => {
  it("gives the same working days as the built-in calendar, every day of every built-in year (2025 first)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2004, max: 2026 }), (year) => {
        const own = build(builtInYearAsData(year), { builtIn: false });
        expect(calendarCoverage(own).years).toEqual([year]);
        for (const day of daysOfYear(year)) {
          const d = formatCalendarDate(day);
          expect(isWorkingDay(d, { calendar: own }), d).toBe(isWorkingDay(d));
        }
      }),
      { examples: [[2025], [2020], [2024]], numRuns: 23 },
    );
  });

  it("re-expresses 2025 as its notice reads: 春节 28 January – 4 February, make-up days 26 January and 8 February", () => {
    const data = builtInYearAsData(2025)["2025"]!;
    expect(data.holidays).toContain("2025-01-28..2025-02-04");
    expect(data.workdays).toEqual(["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11"]);
  });
});

describe("the 2026 notice written as data (the README's example)", () => {
  // 国务院办公厅关于2026年部分节假日安排的通知, 2025年11月4日 (www.gov.cn)
  const notice2026 = {
    "2026": {
      source: "国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）",
      holidays: [
        "2026-01-01..2026-01-03",
        "2026-02-15..2026-02-23",
        "2026-04-04..2026-04-06",
        "2026-05-01..2026-05-05",
        "2026-06-19..2026-06-21",
        "2026-09-25..2026-09-27",
        "2026-10-01..2026-10-07",
      ],
      workdays: ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"],
    },
  };

  it("is valid and gives every day of 2026 as chinese-days does", () => {
    const calendar = build(notice2026, { builtIn: false });
    for (const day of daysOfYear(2026)) {
      const d = formatCalendarDate(day);
      expect(isWorkingDay(d, { calendar }), d).toBe(isWorkingDay(d));
    }
  });
});

describe("a calendar from arbitrary data", () => {
  /** A year after the built-in ones, with random holiday ranges and weekend make-up days. */
  const arbitraryYear = fc.integer({ min: 2030, max: 2060 }).chain((year) => {
    const days = daysOfYear(year).map(formatCalendarDate);
    const index = fc.integer({ min: 0, max: days.length - 1 });
    return fc
      .record({
        ranges: fc.array(fc.tuple(index, fc.integer({ min: 0, max: 9 })), { maxLength: 8 }),
        workdays: fc.uniqueArray(index, { maxLength: 8 }),
      })
      .map(({ ranges, workdays }) => {
        const off = new Set<string>([`${year}-01-01`]);
        const holidays = [`${year}-01-01`];
        for (const [first, length] of ranges) {
          const last = Math.min(first + length, days.length - 1);
          holidays.push(first === last ? days[first]! : `${days[first]}..${days[last]}`);
          for (let i = first; i <= last; i++) off.add(days[i]!);
        }
        const weekendWork = workdays
          .map((i) => days[i]!)
          .filter((d) => [0, 6].includes(getDay(new Date(`${d}T00:00:00`))) && !off.has(d));
        return {
          year,
          off,
          work: new Set(weekendWork),
          data: { [year]: { holidays, workdays: weekendWork } },
        };
      });
  });

  it("makes a day working exactly when it is a listed make-up day, or a weekday not listed off", () => {
    fc.assert(
      fc.property(arbitraryYear, ({ year, off, work, data }) => {
        const calendar = build(data);
        for (const day of daysOfYear(year)) {
          const d = formatCalendarDate(day);
          const weekday = getDay(day) !== 0 && getDay(day) !== 6;
          expect(isWorkingDay(d, { calendar }), d).toBe(work.has(d) || (weekday && !off.has(d)));
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("supplied years override or extend the built-in ones", () => {
  it("extends: 2027 supplied, a walk from December 2026 goes on into it", () => {
    const calendar = build(MADE_UP_2027);
    expect(calendarCoverage(calendar)).toMatchObject({ from: 2004, to: 2027 });
    // 9 working days in December 2026; 4–8, 11–13 January; 14–15 off; Saturday 16 worked; 18, 19
    expect(addWorkingDays("2026-12-20", 20, { calendar })).toBe("2027-01-19");
    expect(workingDaysBetween("2026-12-20", "2027-01-19", { calendar })).toBe(20);
    expect(isWorkingDay("2027-01-16", { calendar })).toBe(true);
    expect(isWorkingDay("2027-01-15", { calendar })).toBe(false);
    expect(isWorkingDay("2027-01-18", { calendar })).toBe(true); // a day not listed: an ordinary Monday
    expect(isWorkingDay("2025-10-01", { calendar })).toBe(false); // built-in years still there
  });

  it("overrides: a supplied year replaces the built-in one whole", () => {
    // MADE UP: 2025 with 元旦 only, to see that the built-in 2025 is not consulted
    const calendar = build({ "2025": { holidays: ["2025-01-01"], workdays: [] } });
    expect(isWorkingDay("2025-10-01")).toBe(false); // 国庆 in the built-in data
    expect(isWorkingDay("2025-10-01", { calendar })).toBe(true);
    expect(isWorkingDay("2025-01-26", { calendar })).toBe(false); // the built-in make-up Sunday is gone
    expect(isWorkingDay("2024-10-01", { calendar })).toBe(false); // other years stay built in
  });

  it("without the built-in years, covers only the supplied ones", () => {
    const calendar = build(MADE_UP_2027, { builtIn: false });
    expect(calendarCoverage(calendar)).toEqual({ from: 2027, to: 2027, years: [2027] });
    expect(() => isWorkingDay("2026-06-01", { calendar })).toThrow(CalendarRangeError);
  });
});

describe("CalendarRangeError", () => {
  it("names the year and says how to supply it", () => {
    try {
      addWorkingDays("2026-12-20", 20);
      expect.unreachable();
    } catch (e) {
      const err = e as CalendarRangeError;
      expect(err).toBeInstanceOf(CalendarRangeError);
      expect(err.year).toBe(2027);
      expect(err.bilingual.zh).toBe(
        "节假日日历不覆盖 2027 年（覆盖 2004–2026 年）：请把国务院办公厅关于2027年部分节假日安排的通知写成日历文件，用 --calendar <文件> 或 API 的 calendar 选项提供",
      );
      expect(err.bilingual.en).toBe(
        "the holiday calendar does not cover 2027 (covers 2004–2026): write the State Council's notice on the 2027 holidays as a calendar file and supply it with --calendar <file>, or with the calendar option of the API",
      );
    }
  });

  it("lists covered years with a gap as runs", () => {
    // MADE UP: a 2028 with 元旦 only
    const calendar = build({ "2028": { holidays: ["2028-01-01"], workdays: [] } });
    expect(() => isWorkingDay("2027-03-01", { calendar })).toThrow("覆盖 2004–2026、2028 年");
    expect(() => isWorkingDay("2027-03-01", { calendar })).toThrow("(covers 2004–2026, 2028)");
  });
});

describe("registering a calendar once", () => {
  it("useCalendar makes every call without the option count with it, until reset", () => {
    expect(() => addWorkingDays("2026-12-20", 20)).toThrow(CalendarRangeError);
    const before = useCalendar(build(MADE_UP_2027));
    expect(before).toBe(BUILT_IN_CALENDAR);
    expect(addWorkingDays("2026-12-20", 20)).toBe("2027-01-19");
    expect(calendarCoverage().to).toBe(2027);
    useCalendar();
    expect(currentCalendar()).toBe(BUILT_IN_CALENDAR);
    expect(() => addWorkingDays("2026-12-20", 20)).toThrow(CalendarRangeError);
  });

  it("registerCalendarYears registers valid data, and leaves bad data unregistered with its issues", () => {
    const bad = registerCalendarYears({ "2027": { holidays: ["2027-02-30"], workdays: [] } });
    expect(bad.ok).toBe(false);
    expect(currentCalendar()).toBe(BUILT_IN_CALENDAR);
    const good = registerCalendarYears(MADE_UP_2027);
    expect(good.ok).toBe(true);
    expect(isWorkingDay("2027-01-14")).toBe(false);
  });
});

describe("deadlines with a supplied year", () => {
  const app = { id: "YC-2026-301", receivedDate: "2026-12-20" };

  it("replyDeadline counts into 2027 with the calendar, and names 2027 without it", () => {
    const calendar = build(MADE_UP_2027);
    const r = replyDeadline(app, { calendar });
    expect(r.ok && r.deadline).toBe("2027-01-19");
    const without = replyDeadline(app);
    expect(without.ok).toBe(false);
    if (without.ok) return;
    expect(without.issues[0]!.code).toBe("calendar-range");
    expect(without.issues[0]!.message.zh).toContain("2027 年");
    expect(without.issues[0]!.message.en).toContain("--calendar <file>");
  });

  it("isOverdue and correctionNoticeLate take the calendar", () => {
    const calendar = build(MADE_UP_2027);
    expect(isOverdue({ ...app, completedDate: "2027-01-19" }, undefined, { calendar })).toBe(false);
    expect(isOverdue({ ...app, completedDate: "2027-01-20" }, undefined, { calendar })).toBe(true);
    expect(isOverdue({ ...app, completedDate: "2027-01-20" })).toBe(null);
    // received 2026-12-28: the 7th working day is 2027-01-06 (1 January off)
    const late = { receivedDate: "2026-12-28", correction: { requestedDate: "2027-01-06" } };
    expect(correctionNoticeLate(late, { calendar })).toBe(false);
    expect(correctionNoticeLate(late)).toBe(null);
  });

  it("tabulate counts the late replies with the calendar, and says why it cannot without", async () => {
    const records = [
      {
        type: "application",
        ...app,
        applicantType: "naturalPerson",
        result: "granted",
        completedDate: "2027-01-19",
      },
      {
        type: "application",
        id: "YC-2026-302",
        receivedDate: "2026-12-20",
        applicantType: "naturalPerson",
        result: "granted",
        completedDate: "2027-01-20",
      },
    ];
    const calendar = build(MADE_UP_2027);
    const r = await tabulate(records, { year: 2027, overdue: true, calendar });
    expect(r.overdue).toEqual({ count: 1, unknown: 0, ids: ["YC-2026-302"] });
    const without = await tabulate(records, { year: 2027, overdue: true });
    expect(without.overdue).toEqual({ count: 0, unknown: 2, ids: [] });
    const why = without.issues.filter((i) => i.code === "calendar-range");
    expect(why).toHaveLength(2);
    expect(why[0]).toMatchObject({
      severity: "warning",
      location: { kind: "json", path: [0, "receivedDate"] },
    });
    expect(why[0]!.message.zh).toContain("不覆盖 2027 年");
  });
});

describe("the machine's time zone never matters for supplied years", () => {
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });
  for (const zone of ["America/New_York", "Pacific/Kiritimati"]) {
    it(`gives the same answers with TZ=${zone}`, async () => {
      process.env.TZ = zone;
      vi.resetModules();
      const { calendarFromYears: fresh } = await import("./calendar");
      const { addWorkingDays: add, isWorkingDay: is } = await import("./working-days");
      const built = fresh(MADE_UP_2027);
      if (!built.ok) throw new Error("invalid");
      expect(is("2027-01-16", { calendar: built.value })).toBe(true);
      expect(is("2027-01-01", { calendar: built.value })).toBe(false);
      expect(add("2026-12-20", 20, { calendar: built.value })).toBe("2027-01-19");
    });
  }
});
