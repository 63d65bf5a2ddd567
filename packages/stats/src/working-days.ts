import cd from "chinese-days";
import {
  addDays,
  differenceInCalendarDays,
  format,
  getDayOfYear,
  getDaysInYear,
  isValid,
  parseISO,
} from "date-fns";
import type { Message } from "./finding";

/**
 * Chinese working days (工作日): Monday–Friday that are not 法定节假日, plus the 调休
 * make-up working weekends of the State Council's annual holiday notice. The calendar
 * data come from the maintained package `chinese-days`; this module adds three things
 * it lacks: dates are always Asia/Shanghai calendar dates (never shifted by the
 * machine's zone), years the data do not cover raise {@link CalendarRangeError}
 * instead of silently falling back to plain weekends, and period arithmetic in the
 * sense of the 条例 (a period starts the day after the triggering date).
 *
 * Internally a calendar date is a `Date` at local midnight of that day (what date-fns
 * `parseISO("2024-10-01")` returns); only its year/month/day fields are read, so the
 * machine's zone never changes the result.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date, optionally followed by a wall time and an offset: `2024-10-01T09:30`, `2024-09-30T20:00:00Z`. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** The years the holiday calendar is probed for when its coverage is determined. */
const PROBE_FIRST_YEAR = 1949;
const PROBE_LAST_YEAR = 2199;

/**
 * Thrown when a computation needs a day of a year the holiday calendar does not cover.
 * It is a programmer-facing error: functions that take records (`replyDeadline`) turn it
 * into an issue instead of throwing.
 *
 * @example
 * try { isWorkingDay("2027-10-08"); } catch (e) {
 *   if (e instanceof CalendarRangeError) e.message;
 *   //=> "节假日日历不覆盖 2027 年（覆盖 2004–2026 年） / the holiday calendar does not cover 2027 (covers 2004–2026)"
 * }
 */
export class CalendarRangeError extends RangeError {
  /** The year that is not covered. */
  readonly year: number;
  /** The years that are covered. */
  readonly coverage: { from: number; to: number };
  /** The message as a `{ zh, en }` pair, for findings and issues. */
  readonly bilingual: Message;

  constructor(year: number, coverage: { from: number; to: number }) {
    const bilingual = {
      zh: `节假日日历不覆盖 ${year} 年（覆盖 ${coverage.from}–${coverage.to} 年）`,
      en: `the holiday calendar does not cover ${year} (covers ${coverage.from}–${coverage.to})`,
    };
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = "CalendarRangeError";
    this.year = year;
    this.coverage = coverage;
    this.bilingual = bilingual;
  }
}

type Coverage = { from: number; to: number; years: ReadonlySet<number> };
let coverageCache: Coverage | undefined;

/**
 * A year is covered when the package's data list at least one official holiday in its
 * January (元旦, 1 January, is a 法定节假日 every year). `getHolidaysInRange(…, false)`
 * returns only days present in the data, never plain weekends, so uncovered years give
 * an empty list.
 */
function detectCoverage(): Coverage {
  if (coverageCache) return coverageCache;
  const years = new Set<number>();
  for (let y = PROBE_FIRST_YEAR; y <= PROBE_LAST_YEAR; y++) {
    if (cd.getHolidaysInRange(new Date(y, 0, 1), new Date(y, 0, 31), false).length > 0) years.add(y);
  }
  if (years.size === 0) throw new Error("chinese-days: no holiday data found");
  coverageCache = { from: Math.min(...years), to: Math.max(...years), years };
  return coverageCache;
}

/**
 * The calendar years whose holidays and make-up working days are known, read from the
 * data of the installed `chinese-days` package (not a typed-in constant), so a newer
 * package version extends it without a code change.
 *
 * @returns the first and last covered year
 *
 * @example
 * calendarCoverage();
 * //=> { from: 2004, to: 2026 }   (chinese-days 1.5.7)
 */
export function calendarCoverage(): { from: number; to: number } {
  const { from, to } = detectCoverage();
  return { from, to };
}

/** Per covered year: one byte per day of the year, 1 = working day. Filled lazily. */
const yearFlags = new Map<number, Uint8Array>();

function flagsOf(year: number): Uint8Array {
  const cached = yearFlags.get(year);
  if (cached) return cached;
  const coverage = detectCoverage();
  if (!coverage.years.has(year)) throw new CalendarRangeError(year, { from: coverage.from, to: coverage.to });
  const first = new Date(year, 0, 1);
  const length = differenceInCalendarDays(new Date(year + 1, 0, 1), first);
  const flags = new Uint8Array(length);
  for (let i = 0; i < length; i++) flags[i] = cd.isWorkday(addDays(first, i)) ? 1 : 0;
  yearFlags.set(year, flags);
  return flags;
}

/** Working-day test for an internal calendar date (local midnight). */
function isWorkingLocal(day: Date): boolean {
  return flagsOf(day.getFullYear())[getDayOfYear(day) - 1] === 1;
}

/**
 * Walks the calendar forward one day at a time from `start` (exclusive): each `next()`
 * moves to the following day and says whether it is a working day; `offset` is the
 * number of days moved. The day `start` itself is never looked up, so a walk may start
 * on the last day before the covered years. Integer bookkeeping per step keeps long
 * walks cheap; callers turn the final offset into a date with date-fns `addDays`.
 */
export function dayWalker(start: Date): { next(): boolean; readonly offset: number } {
  let year = start.getFullYear();
  let index = getDayOfYear(start) - 1;
  let flags: Uint8Array | null = null;
  let offset = 0;
  return {
    next(): boolean {
      offset++;
      index++;
      if (flags === null || index >= flags.length) {
        if (index >= getDaysInYear(new Date(year, 0, 1))) {
          year++;
          index = 0;
        }
        flags = flagsOf(year);
      }
      return flags[index] === 1;
    },
    get offset() {
      return offset;
    },
  };
}

/**
 * Parses a strict `YYYY-MM-DD` string into an internal calendar date, or `null` when it
 * is not a real date (`2023-02-29`, `2024-1-5`). Never throws: record validators use it.
 */
export function parseCalendarDate(value: unknown): Date | null {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return null;
  const day = parseISO(value);
  return isValid(day) && format(day, "yyyy-MM-dd") === value ? day : null;
}

/** Formats an internal calendar date as `YYYY-MM-DD`. */
export function formatCalendarDate(day: Date): string {
  return format(day, "yyyy-MM-dd");
}

const shanghaiFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

function shanghaiDateOfInstant(instant: Date): string {
  const parts = shanghaiFormat.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/**
 * The calendar date in China (Asia/Shanghai) of a moment or a date string.
 *
 * - a `Date` is an instant: its date in Shanghai is returned, whatever the machine's zone;
 * - `YYYY-MM-DD` is already a calendar date and is returned unchanged (after validation);
 * - a date-time with an offset (`…Z`, `…+08:00`) is an instant, converted like a `Date`;
 * - a date-time without an offset (`2024-10-01T09:30`) is taken as Shanghai wall time.
 *
 * @throws RangeError for an invalid date or an unrecognised string (a programmer error;
 * record validators use their own checks and report located issues instead)
 *
 * @example
 * // 20:00 UTC on 30 September 2024 is already 04:00 on 1 October (国庆节) in 盐池县
 * toShanghaiDate(new Date("2024-09-30T20:00:00Z"));
 * //=> "2024-10-01"
 * toShanghaiDate("2024-09-30T20:00:00Z");
 * //=> "2024-10-01"
 * toShanghaiDate("2024-09-30T20:00");
 * //=> "2024-09-30"
 */
export function toShanghaiDate(d: Date | string): string {
  if (d instanceof Date) {
    if (!isValid(d)) throw new RangeError("toShanghaiDate: invalid Date");
    return shanghaiDateOfInstant(d);
  }
  if (typeof d === "string") {
    if (parseCalendarDate(d)) return d;
    const match = ISO_DATE_TIME.exec(d);
    if (match && parseCalendarDate(match[1])) {
      if (!match[3]) return match[1]!;
      const instant = parseISO(d);
      if (isValid(instant)) return shanghaiDateOfInstant(instant);
    }
  }
  throw new RangeError(`toShanghaiDate: not a date: ${JSON.stringify(d)} (expected YYYY-MM-DD or a Date)`);
}

function toLocal(date: string | Date): Date {
  return parseISO(toShanghaiDate(date));
}

/**
 * Whether a day is a working day (工作日) in mainland China: Monday–Friday that is not a
 * 法定节假日, or a weekend day declared a make-up working day (调休上班).
 *
 * @param date `YYYY-MM-DD`, or a `Date` taken as its Asia/Shanghai calendar date
 * @throws CalendarRangeError when the year is outside {@link calendarCoverage}
 *
 * @example
 * isWorkingDay("2024-02-04"); // a Sunday, make-up working day before 春节
 * //=> true
 * isWorkingDay("2024-10-01"); // 国庆节
 * //=> false
 * isWorkingDay(new Date("2024-09-30T20:00:00Z")); // 2024-10-01 in Shanghai
 * //=> false
 */
export function isWorkingDay(date: string | Date): boolean {
  return isWorkingLocal(toLocal(date));
}

function assertCount(n: number, name: string): void {
  if (!Number.isInteger(n) || n < 0) {
    throw new RangeError(`${name}: n must be a non-negative integer, got ${n}`);
  }
}

/**
 * The n-th working day after `date`. Day 1 is the first working day after `date` (a
 * period under the 条例 starts the day after receipt, law.md §1); `n = 0` returns
 * `date` itself. Only the days after `date` are looked up in the calendar.
 *
 * @param date the day the period is triggered (e.g. the day an application is received)
 * @param n a non-negative integer number of working days
 * @returns the `YYYY-MM-DD` date on which the period ends
 * @throws CalendarRangeError when the walk reaches a year outside {@link calendarCoverage}
 *
 * @example
 * // An application received on Friday 2024-09-27, just before 国庆节: day 1 is the
 * // make-up Sunday 2024-09-29, 1–7 October are holidays, 2024-10-12 is a make-up
 * // Saturday, and the 20th working day is Wednesday 2024-10-30.
 * addWorkingDays("2024-09-27", 20);
 * //=> "2024-10-30"
 * addWorkingDays("2024-02-03", 1); // Saturday → make-up Sunday 2024-02-04
 * //=> "2024-02-04"
 */
export function addWorkingDays(date: string | Date, n: number): string {
  assertCount(n, "addWorkingDays");
  const start = toLocal(date);
  const walk = dayWalker(start);
  for (let left = n; left > 0; ) if (walk.next()) left--;
  return formatCalendarDate(addDays(start, walk.offset));
}

/**
 * The number of working days d with `from < d ≤ to`; negative (−count of `to < d ≤ from`)
 * when `to` is before `from`. It is the inverse of {@link addWorkingDays}: for `from ≤ to`,
 * `addWorkingDays(from, workingDaysBetween(from, to)) ≤ to <
 * addWorkingDays(from, workingDaysBetween(from, to) + 1)`, with equality on the left
 * when `to` is a working day.
 *
 * @throws CalendarRangeError when a day in between lies outside {@link calendarCoverage}
 *
 * @example
 * // 国庆 2024: 28 Sep (Sat) off, 29 Sep (Sun, make-up) and 30 Sep work, 1–7 Oct off,
 * // 8 Oct works
 * workingDaysBetween("2024-09-27", "2024-10-08");
 * //=> 3
 * workingDaysBetween("2024-10-08", "2024-09-27");
 * //=> -3
 */
export function workingDaysBetween(from: string | Date, to: string | Date): number {
  const start = toLocal(from);
  const end = toLocal(to);
  const span = differenceInCalendarDays(end, start);
  if (span < 0) return 0 - workingDaysBetween(to, from); // 0 - x, never -0
  const walk = dayWalker(start);
  let count = 0;
  for (let i = 1; i <= span; i++) if (walk.next()) count++;
  return count;
}
