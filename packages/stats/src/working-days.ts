import { addDays, differenceInCalendarDays, getDayOfYear, getDaysInYear, isValid, parseISO } from "date-fns";
import { type CalendarOption, currentCalendar, type WorkingCalendar, yearFlags } from "./calendar";
import { formatCalendarDate, parseCalendarDate } from "./calendar-date";

export { CalendarRangeError, calendarCoverage } from "./calendar";
export { formatCalendarDate, parseCalendarDate } from "./calendar-date";

/**
 * Chinese working days (工作日): Monday–Friday that are not 法定节假日, plus the 调休
 * make-up working weekends of the State Council's annual holiday notice. The calendar
 * (`calendar.ts`) holds the years of the maintained package `chinese-days` and years
 * supplied as data; this module adds: dates are always Asia/Shanghai calendar dates
 * (never shifted by the machine's zone), years the calendar does not cover raise
 * {@link CalendarRangeError} instead of silently falling back to plain weekends, and
 * period arithmetic in the sense of the 条例 (a period starts the day after the
 * triggering date). Every function takes `{ calendar }` (default: the registered one).
 *
 * Internally a calendar date is a `Date` at local midnight of that day (what date-fns
 * `parseISO("2024-10-01")` returns); only its year/month/day fields are read, so the
 * machine's zone never changes the result.
 */

/** A date, optionally followed by a wall time and an offset: `2024-10-01T09:30`, `2024-09-30T20:00:00Z`. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/;

/** Working-day test for an internal calendar date (local midnight). */
function isWorkingLocal(day: Date, calendar: WorkingCalendar): boolean {
  return yearFlags(calendar, day.getFullYear())[getDayOfYear(day) - 1] === 1;
}

/**
 * Walks the calendar forward one day at a time from `start` (exclusive): each `next()`
 * moves to the following day and says whether it is a working day; `offset` is the
 * number of days moved. The day `start` itself is never looked up, so a walk may start
 * on the last day before the covered years. Integer bookkeeping per step keeps long
 * walks cheap; callers turn the final offset into a date with date-fns `addDays`.
 */
export function dayWalker(
  start: Date,
  calendar: WorkingCalendar = currentCalendar(),
): { next(): boolean; readonly offset: number } {
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
        flags = yearFlags(calendar, year);
      }
      return flags[index] === 1;
    },
    get offset() {
      return offset;
    },
  };
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
 * @param options `calendar`: the holiday calendar (default: the registered one)
 * @throws CalendarRangeError when the year is outside the calendar's coverage
 *
 * @example
 * isWorkingDay("2024-02-04"); // a Sunday, make-up working day before 春节
 * //=> true
 * isWorkingDay("2024-10-01"); // 国庆节
 * //=> false
 * isWorkingDay(new Date("2024-09-30T20:00:00Z")); // 2024-10-01 in Shanghai
 * //=> false
 */
export function isWorkingDay(date: string | Date, options: CalendarOption = {}): boolean {
  return isWorkingLocal(toLocal(date), options.calendar ?? currentCalendar());
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
 * @param options `calendar`: the holiday calendar (default: the registered one)
 * @returns the `YYYY-MM-DD` date on which the period ends
 * @throws CalendarRangeError when the walk reaches a year outside the calendar's coverage
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
export function addWorkingDays(date: string | Date, n: number, options: CalendarOption = {}): string {
  assertCount(n, "addWorkingDays");
  const start = toLocal(date);
  const walk = dayWalker(start, options.calendar);
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
 * @throws CalendarRangeError when a day in between lies outside the calendar's coverage
 *
 * @example
 * // 国庆 2024: 28 Sep (Sat) off, 29 Sep (Sun, make-up) and 30 Sep work, 1–7 Oct off,
 * // 8 Oct works
 * workingDaysBetween("2024-09-27", "2024-10-08");
 * //=> 3
 * workingDaysBetween("2024-10-08", "2024-09-27");
 * //=> -3
 */
export function workingDaysBetween(
  from: string | Date,
  to: string | Date,
  options: CalendarOption = {},
): number {
  const start = toLocal(from);
  const end = toLocal(to);
  const span = differenceInCalendarDays(end, start);
  if (span < 0) return 0 - workingDaysBetween(to, from, options); // 0 - x, never -0
  const walk = dayWalker(start, options.calendar);
  let count = 0;
  for (let i = 1; i <= span; i++) if (walk.next()) count++;
  return count;
}
