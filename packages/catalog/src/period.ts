/**
 * Periods of periodic catalog items (每月, 每季度, 每半年, 每年): their first and last days, their
 * labels ("2024-Q1"), and the period a publication's title names (2024年第一季度, 一季度, 1-3月,
 * 1月, 上半年, 2024年度). A period is a number: year × periods per year + its place in the year.
 */
import { normalizeText } from "./normalize.js";
import {
  CHINESE_DIGITS,
  FIRST_HALF_WORD,
  QUARTER_ORDINALS,
  SECOND_HALF_WORD,
  TITLE_DATE_PATTERNS,
} from "./standard/time-limit-words.js";

/** How long a period is. */
export type Every = "month" | "quarter" | "halfYear" | "year";

const MONTHS: Readonly<Record<Every, number>> = { month: 1, quarter: 3, halfYear: 6, year: 12 };
const DAY_MS = 86_400_000;

const perYear = (every: Every) => 12 / MONTHS[every];
const firstMonth = (period: number, every: Every) => (period % perYear(every)) * MONTHS[every];
const yearOf = (period: number, every: Every) => Math.floor(period / perYear(every));

/** The period of `every` that holds a day (days since 1970-01-01). */
export function periodOfDay(day: number, every: Every): number {
  const d = new Date(day * DAY_MS);
  return d.getUTCFullYear() * perYear(every) + Math.floor(d.getUTCMonth() / MONTHS[every]);
}

/** The first day of a period. */
export function periodStart(period: number, every: Every): number {
  return Date.UTC(yearOf(period, every), firstMonth(period, every), 1) / DAY_MS;
}

/** The last day of a period. */
export function periodEnd(period: number, every: Every): number {
  return Date.UTC(yearOf(period, every), firstMonth(period, every) + MONTHS[every], 1) / DAY_MS - 1;
}

/**
 * A period as `missingPeriods` lists it: "2020-07", "2020-Q3", "2020-H2", "2020".
 *
 * @example
 * periodLabel(periodOfDay(dayNumber("2020-08-15"), "quarter"), "quarter"); //=> "2020-Q3"
 */
export function periodLabel(period: number, every: Every): string {
  const y = String(yearOf(period, every));
  const k = period % perYear(every);
  if (every === "year") return y;
  if (every === "month") return `${y}-${String(k + 1).padStart(2, "0")}`;
  return every === "quarter" ? `${y}-Q${k + 1}` : `${y}-H${k + 1}`;
}

/** A period named in a title: its length, its place in the year (0-based), its year if stated. */
type Named = { every: Every; k: number; year?: number };

/** Months a..b (1-based) as a period: 1-3月 → first quarter, 1-6月 → first half, 1-12月 → the year. */
function monthSpan(a: number, b: number): Named | undefined {
  if (a < 1 || b > 12 || a > b) return undefined;
  for (const every of ["month", "quarter", "halfYear", "year"] as const) {
    const len = MONTHS[every];
    if (b - a + 1 === len && (a - 1) % len === 0) return { every, k: (a - 1) / len };
  }
  return undefined;
}

const YEAR = "(?:(\\d{4})年度?)?";
const ORDINALS = Object.keys(QUARTER_ORDINALS).join("");
/** Before a quarter or month in words: a start, a year, 第 or punctuation (not 统一季度, 统一月报). */
const WORD_START = "(?<=^|年|度|第|[（(【\\[,，、:：\\s])";
/** The title forms, most specific first; each match is taken out before the next form is tried. */
const TITLE_FORMS: readonly { pattern: RegExp; read: (m: RegExpExecArray) => Named | undefined }[] = [
  {
    pattern: new RegExp(`${YEAR}(\\d{1,2})月?(?:-|~|—|至|到)(\\d{1,2})月份?`, "gu"),
    read: (m) => monthSpan(Number(m[2]), Number(m[3])),
  },
  {
    pattern: new RegExp(`${YEAR}第?${WORD_START}([${ORDINALS}])季度`, "gu"),
    read: (m) => ({ every: "quarter", k: (QUARTER_ORDINALS[m[2] ?? ""] ?? Number.NaN) - 1 }),
  },
  {
    pattern: new RegExp(`${YEAR}(${FIRST_HALF_WORD}|${SECOND_HALF_WORD})`, "gu"),
    read: (m) => ({ every: "halfYear", k: m[2] === FIRST_HALF_WORD ? 0 : 1 }),
  },
  {
    pattern: new RegExp(`${YEAR}(?<!\\d)(\\d{1,2})月份?`, "gu"),
    read: (m) => monthSpan(Number(m[2]), Number(m[2])),
  },
];
const YEAR_ALONE = /(\d{4})年度?/gu;
const CN_MONTH = /(?<=^|年|[（(【[,，、:：\s])(十[一二]?|[一二三四五六七八九])月/gu;
/** The month a CN_MONTH match names: the digits of durations, and 十, 十一, 十二. */
const CN_MONTH_NUMBER: Readonly<Record<string, number>> = { ...CHINESE_DIGITS, 十: 10, 十一: 11, 十二: 12 };

/** The periods a title names, with the years it names on their own. */
function namedInTitle(title: string): { named: Named[]; years: number[] } {
  let t = normalizeText(title).replace(CN_MONTH, (_, m: string) => `${CN_MONTH_NUMBER[m]}月`);
  for (const date of TITLE_DATE_PATTERNS) t = t.replace(date, " ");
  const named: Named[] = [];
  for (const { pattern, read } of TITLE_FORMS) {
    t = t.replace(pattern, (...args) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const n = read(m);
      named.push(
        n === undefined ? { every: "month", k: -1 } : { ...n, ...(m[1] ? { year: Number(m[1]) } : {}) },
      );
      return " ";
    });
  }
  const years = [...t.matchAll(YEAR_ALONE)].map((m) => Number(m[1]));
  return { named, years };
}

/**
 * The period of `every` a title names (2024年第一季度, 一季度, 1-3月, 1月, 上半年, 2024年度), or
 * `undefined` when it names none, several, one of another length, or one it cannot place. A
 * period named without its year is the latest one that had begun by the publication day.
 *
 * @example
 * periodInTitle("盐池县2024年第一季度低保资金发放情况", "quarter", dayNumber("2024-04-10")); // 2024-Q1
 * periodInTitle("四季度低保资金发放情况", "quarter", dayNumber("2025-01-05")); // 2024-Q4
 * periodInTitle("3月15日低保公示", "month", dayNumber("2024-03-15")); //=> undefined (a date, not a month)
 */
export function periodInTitle(title: string, every: Every, day: number): number | undefined {
  const { named, years } = namedInTitle(title);
  const distinctYears = [...new Set(years)];
  const onlyYear = distinctYears.length === 1 ? distinctYears[0] : undefined;
  const [first] = named;
  let found: Named | undefined;
  if (first !== undefined) {
    const keys = new Set(named.map((n) => `${n.every}|${n.k}|${n.year ?? ""}`));
    if (keys.size !== 1 || first.k < 0) return undefined;
    found = first;
    if (found.year === undefined && onlyYear !== undefined) found = { ...found, year: onlyYear };
  } else if (onlyYear !== undefined) found = { every: "year", k: 0, year: onlyYear };
  if (found === undefined || found.every !== every) return undefined;
  if (found.year !== undefined) return found.year * perYear(every) + found.k;
  const thisYear = Math.floor(periodOfDay(day, "year"));
  const period = thisYear * perYear(every) + found.k;
  return periodStart(period, every) <= day ? period : period - perYear(every);
}
