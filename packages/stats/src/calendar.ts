import type { Result } from "@disclosure/schema";
import cd from "chinese-days";
import { addDays, differenceInCalendarDays, getDay, getDayOfYear } from "date-fns";
import { parseCalendarDate } from "./calendar-date";
import { type CalendarYears, parseCalendarYears } from "./calendar-data";
import type { Message } from "./finding";

/**
 * The holiday calendar the working-day functions count with: the years of the maintained
 * package `chinese-days` (built in), and years supplied as data (the State Council's
 * notice written as {@link CalendarYears}). **A supplied year replaces the built-in one
 * whole**: a year's notice says everything about that year, so an office can extend the
 * calendar past the package's last year and correct a year the package has wrong.
 *
 * Every working-day function takes `{ calendar }`; without it, the calendar registered
 * with {@link useCalendar} / {@link registerCalendarYears} is used, by default the
 * built-in one.
 */
export type WorkingCalendar = {
  /** Supplied years: one flag per day of the year, 1 = working day. */
  readonly supplied: ReadonlyMap<number, Uint8Array>;
  /** Whether the years of chinese-days are used where no year is supplied. */
  readonly builtIn: boolean;
};

/** The working-day option every counting function takes. */
export type CalendarOption = {
  /** The holiday calendar to count with; default the registered one ({@link useCalendar}). */
  calendar?: WorkingCalendar;
};

/** The calendar of chinese-days alone. */
export const BUILT_IN_CALENDAR: WorkingCalendar = Object.freeze({ supplied: new Map(), builtIn: true });

let registered: WorkingCalendar = BUILT_IN_CALENDAR;

/** The years probed in chinese-days when its coverage is determined. */
const PROBE_FIRST_YEAR = 1949;
const PROBE_LAST_YEAR = 2199;

/** `2004–2026、2028` / `2004–2026, 2028`: years as runs of consecutive years. */
function describeYears(years: readonly number[]): Message {
  const runs: string[] = [];
  let start = years[0];
  years.forEach((year, i) => {
    if (years[i + 1] === year + 1) return;
    runs.push(start === year ? String(year) : `${start}–${year}`);
    start = years[i + 1];
  });
  return { zh: runs.join("、"), en: runs.join(", ") };
}

/**
 * Thrown when a computation needs a day of a year the holiday calendar does not cover.
 * Its message names the year and says how to supply it. It is a programmer-facing error:
 * functions that take records (`replyDeadline`) turn it into an issue instead of throwing.
 *
 * @example
 * try { isWorkingDay("2027-10-08"); } catch (e) {
 *   if (e instanceof CalendarRangeError) e.bilingual.en;
 *   //=> "the holiday calendar does not cover 2027 (covers 2004–2026): write the State
 *   //    Council's notice on the 2027 holidays as a calendar file and supply it with
 *   //    --calendar <file>, or with the calendar option of the API"
 * }
 */
export class CalendarRangeError extends RangeError {
  /** The year that is not covered. */
  readonly year: number;
  /** The first and last covered year. */
  readonly coverage: { from: number; to: number };
  /** Every covered year, ascending. */
  readonly years: readonly number[];
  /** The message as a `{ zh, en }` pair, for findings and issues. */
  readonly bilingual: Message;

  constructor(year: number, coverage: { from: number; to: number; years?: readonly number[] }) {
    const years =
      coverage.years ?? Array.from({ length: coverage.to - coverage.from + 1 }, (_, i) => coverage.from + i);
    const covered = describeYears(years);
    const bilingual = {
      zh: `节假日日历不覆盖 ${year} 年（覆盖 ${covered.zh} 年）：请把国务院办公厅关于${year}年部分节假日安排的通知写成日历文件，用 --calendar <文件> 或 API 的 calendar 选项提供`,
      en: `the holiday calendar does not cover ${year} (covers ${covered.en}): write the State Council's notice on the ${year} holidays as a calendar file and supply it with --calendar <file>, or with the calendar option of the API`,
    };
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = "CalendarRangeError";
    this.year = year;
    this.coverage = { from: coverage.from, to: coverage.to };
    this.years = years;
    this.bilingual = bilingual;
  }
}

let builtInYears: readonly number[] | undefined;

/**
 * The years of chinese-days: a year is covered when the data list at least one official
 * holiday in its January (元旦 is a 法定节假日 every year). `getHolidaysInRange(…, false)`
 * returns only days present in the data, never plain weekends, so uncovered years give an
 * empty list. Read from the installed package, so a newer version extends it.
 */
function detectBuiltInYears(): readonly number[] {
  if (builtInYears) return builtInYears;
  const years: number[] = [];
  for (let y = PROBE_FIRST_YEAR; y <= PROBE_LAST_YEAR; y++) {
    if (cd.getHolidaysInRange(new Date(y, 0, 1), new Date(y, 0, 31), false).length > 0) years.push(y);
  }
  if (years.length === 0) throw new Error("chinese-days: no holiday data found");
  builtInYears = years;
  return years;
}

/** Built-in years: one flag per day of the year, 1 = working day. Filled lazily. */
const builtInFlags = new Map<number, Uint8Array>();

function builtInYearFlags(year: number): Uint8Array {
  const cached = builtInFlags.get(year);
  if (cached) return cached;
  const first = new Date(year, 0, 1);
  const flags = new Uint8Array(differenceInCalendarDays(new Date(year + 1, 0, 1), first));
  // chinese-days is handed local calendar dates only (it reads strings as UTC midnight)
  for (let i = 0; i < flags.length; i++) flags[i] = cd.isWorkday(addDays(first, i)) ? 1 : 0;
  builtInFlags.set(year, flags);
  return flags;
}

/**
 * The years a calendar covers, ascending: its supplied years and, unless it leaves them
 * out, those of chinese-days.
 *
 * @example
 * calendarCoverage();
 * //=> { from: 2004, to: 2026, years: [2004, 2005, …, 2026] }   (chinese-days 1.5.7)
 */
export function calendarCoverage(calendar: WorkingCalendar = registered): {
  from: number;
  to: number;
  years: number[];
} {
  const years = new Set(calendar.builtIn ? detectBuiltInYears() : []);
  for (const year of calendar.supplied.keys()) years.add(year);
  const sorted = [...years].sort((a, b) => a - b);
  return { from: sorted[0]!, to: sorted[sorted.length - 1]!, years: sorted };
}

/**
 * One flag per day of `year` (index = day of the year − 1; 1 = working day).
 *
 * @throws CalendarRangeError when the calendar does not cover the year
 */
export function yearFlags(calendar: WorkingCalendar, year: number): Uint8Array {
  const supplied = calendar.supplied.size > 0 ? calendar.supplied.get(year) : undefined;
  if (supplied) return supplied;
  if (calendar.builtIn) {
    const cached = builtInFlags.get(year);
    if (cached) return cached;
    if (detectBuiltInYears().includes(year)) return builtInYearFlags(year);
  }
  throw new CalendarRangeError(year, calendarCoverage(calendar));
}

/** The flags of a supplied year: weekdays work, then its holidays and make-up days applied. */
function suppliedYearFlags(year: number, data: CalendarYears[string]): Uint8Array {
  const first = new Date(year, 0, 1);
  const flags = new Uint8Array(differenceInCalendarDays(new Date(year + 1, 0, 1), first));
  for (let i = 0; i < flags.length; i++) {
    const weekday = getDay(addDays(first, i));
    flags[i] = weekday === 0 || weekday === 6 ? 0 : 1;
  }
  const index = (day: string) => getDayOfYear(parseCalendarDate(day)!) - 1;
  for (const entry of data.holidays) {
    const [from, to = from] = entry.split("..") as [string, string?];
    flags.fill(0, index(from), index(to) + 1);
  }
  for (const day of data.workdays) flags[index(day)] = 1;
  return flags;
}

/**
 * A holiday calendar from years given as data ({@link CalendarYears}, validated with
 * {@link parseCalendarYears}) plus, unless `builtIn: false`, the built-in years of
 * chinese-days; a supplied year replaces the built-in one. Pure: nothing is registered.
 *
 * @returns the calendar, or the located bilingual issues of the data
 *
 * @example
 * const r = calendarFromYears(JSON.parse(fs.readFileSync("2027.json", "utf8")));
 * if (r.ok) addWorkingDays("2026-12-20", 20, { calendar: r.value });
 */
export function calendarFromYears(
  data: unknown,
  options: { builtIn?: boolean } = {},
): Result<WorkingCalendar> {
  const checked = parseCalendarYears(data);
  if (!checked.ok) return { ok: false, issues: checked.issues, warnings: checked.warnings };
  const supplied = new Map<number, Uint8Array>();
  for (const [key, year] of Object.entries(checked.value)) {
    supplied.set(Number(key), suppliedYearFlags(Number(key), year));
  }
  const calendar = Object.freeze({ supplied, builtIn: options.builtIn ?? true });
  return { ok: true, value: calendar, warnings: checked.warnings };
}

/**
 * Registers the calendar the working-day functions use when no `calendar` option is
 * given (for the whole program: every later call). Without an argument, the built-in
 * calendar is registered again.
 *
 * @returns the calendar registered before
 */
export function useCalendar(calendar: WorkingCalendar = BUILT_IN_CALENDAR): WorkingCalendar {
  const before = registered;
  registered = calendar;
  return before;
}

/** The calendar used when no `calendar` option is given. */
export function currentCalendar(): WorkingCalendar {
  return registered;
}

/**
 * {@link calendarFromYears} (with the built-in years) and {@link useCalendar} in one step:
 * valid data are registered; invalid data are not, and their issues are returned.
 *
 * @example
 * const r = registerCalendarYears({ "2027": { holidays: […], workdays: […] } });
 * if (!r.ok) for (const i of r.issues) console.error(formatLocation(i.location), i.message.zh);
 */
export function registerCalendarYears(data: unknown): Result<WorkingCalendar> {
  const built = calendarFromYears(data);
  if (built.ok) useCalendar(built.value);
  return built;
}
