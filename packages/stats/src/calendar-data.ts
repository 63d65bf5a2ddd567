import type { Issue, Message, Result } from "@disclosure/schema";
import { addDays, getDay } from "date-fns";
import { z } from "zod";
import { formatCalendarDate, parseCalendarDate } from "./calendar-date";

/**
 * Holiday calendars supplied as data: the State Council's yearly notice on holidays
 * (国务院办公厅关于YYYY年部分节假日安排的通知) written as JSON, keyed by year.
 *
 * ```json
 * { "2026": { "source": "国务院办公厅关于2026年部分节假日安排的通知",
 *             "holidays": ["2026-01-01..2026-01-03", "2026-02-15..2026-02-23"],
 *             "workdays": ["2026-01-04", "2026-02-14", "2026-02-28"] } }
 * ```
 *
 * - `holidays`: the days off (放假), each a date `YYYY-MM-DD` or an inclusive range
 *   `YYYY-MM-DD..YYYY-MM-DD`, weekends inside a range included;
 * - `workdays`: the make-up working days (调休上班), each a single Saturday or Sunday;
 * - `source` (optional): where the dates come from, e.g. the notice's title and number.
 *
 * A year is whole: days it does not list are ordinary weekdays (working) and weekends
 * (rest). Every day is listed under its own year's key, so a notice that moves days of
 * the December before (the notice on 2019 made 2018-12-29 a working day) is written
 * under that earlier year too.
 */
export type CalendarYear = { holidays: string[]; workdays: string[]; source?: string | undefined };

/** Years (`"2027"`) → their holidays and make-up working days. */
export type CalendarYears = Record<string, CalendarYear>;

/** A parsed entry: the first and last day, inclusive (equal for a single date). */
type Span = { from: string; to: string };

const ENTRY = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/;

/** Our codes and bilingual messages ride on zod's custom issues in `params`. */
type Problem = { code: string; message: Message };

function addProblem(ctx: z.RefinementCtx, problem: Problem, path?: (string | number)[]): void {
  ctx.addIssue({ code: "custom", message: problem.message.en, params: problem, ...(path ? { path } : {}) });
}

const WEEKDAYS_ZH = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];
const WEEKDAYS_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** The entry's span when it is well formed, else the problem with it. */
function readEntry(text: string, rangeAllowed: boolean): Span | Problem {
  const match = ENTRY.exec(text);
  const shown = JSON.stringify(text);
  if (!match || (match[2] !== undefined && !rangeAllowed)) {
    return rangeAllowed
      ? {
          code: "calendar-entry-format",
          message: {
            zh: `不是日期或日期范围（应为 YYYY-MM-DD 或 YYYY-MM-DD..YYYY-MM-DD）：${shown}`,
            en: `not a date or a range of dates (expected YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD): ${shown}`,
          },
        }
      : {
          code: "calendar-workday-format",
          message: {
            zh: `调休上班日应逐日写成 YYYY-MM-DD，不能写范围：${shown}`,
            en: `make-up working days are listed one by one as YYYY-MM-DD, not as ranges: ${shown}`,
          },
        };
  }
  const from = match[1]!;
  const to = match[2] ?? from;
  for (const day of match[2] === undefined ? [from] : [from, to]) {
    if (!parseCalendarDate(day)) {
      return {
        code: "calendar-invalid-date",
        message: { zh: `没有这一天：${day}`, en: `no such day: ${day}` },
      };
    }
  }
  if (to < from) {
    return {
      code: "calendar-range-reversed",
      message: {
        zh: `范围的结束日期早于开始日期：${text}`,
        en: `the range ends before it starts: ${text}`,
      },
    };
  }
  return { from, to };
}

function isSpan(x: Span | Problem): x is Span {
  return "from" in x;
}

const HolidayEntry = z.string().superRefine((text, ctx) => {
  const read = readEntry(text, true);
  if (!isSpan(read)) addProblem(ctx, read);
});

const WorkdayEntry = z.string().superRefine((text, ctx) => {
  const read = readEntry(text, false);
  if (!isSpan(read)) return addProblem(ctx, read);
  const weekday = getDay(parseCalendarDate(read.from)!);
  if (weekday !== 0 && weekday !== 6) {
    addProblem(ctx, {
      code: "calendar-workday-not-weekend",
      message: {
        zh: `${text} 是${WEEKDAYS_ZH[weekday]}，调休上班日只能是星期六或星期日`,
        en: `${text} is a ${WEEKDAYS_EN[weekday]}; a make-up working day is a Saturday or a Sunday`,
      },
    });
  }
});

const CalendarYearSchema = z.strictObject({
  holidays: z.array(HolidayEntry),
  workdays: z.array(WorkdayEntry),
  source: z.string().optional(),
});

/** The zod schema of {@link CalendarYears}, the rules across entries and years included. */
export const CalendarYearsSchema = z
  .record(z.string().regex(/^\d{4}$/), CalendarYearSchema)
  .superRefine(
    (years, ctx) => {
      for (const [key, year] of Object.entries(years)) checkYear(key, year, ctx);
    },
    // also when some entries are bad, so that every bad entry is reported
    { when: ({ value }) => typeof value === "object" && value !== null && !Array.isArray(value) },
  )
  .superRefine((years, ctx) => {
    if (Object.keys(years).length > 0) return;
    addProblem(ctx, {
      code: "calendar-empty",
      message: { zh: "日历中没有任何年份", en: "the calendar holds no year" },
    });
  });

type Listed = { list: "holidays" | "workdays"; index: number; text: string; span: Span };

/** The well-formed entries of one list (entries of another type were reported by zod). */
function listed(list: Listed["list"], entries: unknown): { ok: Listed[]; complete: boolean } {
  const ok: Listed[] = [];
  let complete = Array.isArray(entries);
  (Array.isArray(entries) ? entries : []).forEach((text, index) => {
    const read = typeof text === "string" ? readEntry(text, list === "holidays") : null;
    if (read && isSpan(read)) ok.push({ list, index, text, span: read });
    else complete = false;
  });
  return { ok, complete };
}

/** Rules that need the year's key or both lists: the year, 元旦, holiday and workday at once. */
function checkYear(key: string, year: CalendarYear, ctx: z.RefinementCtx): void {
  if (typeof year !== "object" || year === null) return; // reported by zod
  const holidays = listed("holidays", year.holidays);
  const workdays = listed("workdays", year.workdays);
  for (const entry of [...holidays.ok, ...workdays.ok]) {
    const problem = yearProblem(key, entry);
    if (problem) addProblem(ctx, problem, [key, entry.list, entry.index]);
  }
  const inYear = (e: Listed) => e.span.from.startsWith(`${key}-`) && e.span.to.startsWith(`${key}-`);
  for (const w of workdays.ok.filter(inYear)) {
    const h = holidays.ok.find((e) => inYear(e) && e.span.from <= w.span.from && w.span.from <= e.span.to);
    if (!h) continue;
    addProblem(
      ctx,
      {
        code: "calendar-holiday-and-workday",
        message: {
          zh: `${w.text} 同时列为放假日（holidays[${h.index}]：${h.text}）和调休上班日`,
          en: `${w.text} is listed both as a day off (holidays[${h.index}]: ${h.text}) and as a make-up working day`,
        },
      },
      [key, "workdays", w.index],
    );
  }
  const newYear = `${key}-01-01`;
  if (holidays.complete && !holidays.ok.some((e) => e.span.from <= newYear && newYear <= e.span.to)) {
    addProblem(
      ctx,
      {
        code: "calendar-new-year-missing",
        message: {
          zh: `${key} 年的放假日期没有 1 月 1 日（元旦）：一年要照该年的通知完整列出，未列出的日子按平常的工作日和周末计`,
          en: `the holidays of ${key} do not include 1 January (元旦, New Year's Day): a year lists its notice in full, and days not listed count as ordinary weekdays and weekends`,
        },
      },
      [key, "holidays"],
    );
  }
}

/** An entry outside its year's key, wholly or across the year's end. */
function yearProblem(key: string, { span, text }: Listed): Problem | null {
  const fromYear = span.from.slice(0, 4);
  const toYear = span.to.slice(0, 4);
  if (fromYear === key && toYear === key) return null;
  if (fromYear !== key && toYear !== key && fromYear === toYear) {
    return {
      code: "calendar-other-year",
      message: {
        zh: `${text} 不在 ${key} 年：每个日子写在它所在年份的键下（"${fromYear}"）`,
        en: `${text} is not in ${key}: list each day under the key of its own year ("${fromYear}")`,
      },
    };
  }
  return {
    code: "calendar-range-crosses-year",
    message: {
      zh: `范围 ${text} 跨越了年份：分成每年一段，各写在所在年份的键下`,
      en: `the range ${text} crosses a year's end: split it into one range per year, each under its own year's key`,
    },
  };
}

const EXPECTED: Record<string, Message> = {
  record: { zh: "以年份为键的对象", en: "an object keyed by year" },
  object: { zh: "对象（holidays、workdays）", en: "an object (holidays, workdays)" },
  array: { zh: "数组", en: "an array" },
  string: { zh: "字符串", en: "a string" },
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** zod's issues as our located, bilingual ones. */
function toIssues(issue: z.core.$ZodIssue, data: unknown): Issue[] {
  const path = issue.path.map((p) => (typeof p === "number" ? p : String(p)));
  const at = (code: string, message: Message, where = path): Issue => ({
    code,
    severity: "error",
    location: { kind: "json", path: where },
    message,
  });
  switch (issue.code) {
    case "custom": {
      const problem = issue.params as Problem | undefined;
      return [
        at(problem?.code ?? "calendar-invalid", problem?.message ?? { zh: issue.message, en: issue.message }),
      ];
    }
    case "invalid_key": {
      const key = shown(path[path.length - 1]);
      return [
        at("calendar-year-key", {
          zh: `不是年份：${key}（键应为四位数的年份，如 "2027"）`,
          en: `not a year: ${key} (keys are four-digit years such as "2027")`,
        }),
      ];
    }
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        at(
          "calendar-unknown-key",
          {
            zh: `未知字段 ${key}（一年只有 holidays、workdays、source）`,
            en: `unknown key ${key} (a year has only holidays, workdays and source)`,
          },
          [...path, key],
        ),
      );
    case "invalid_type": {
      const value = valueAt(data, issue.path);
      const field = String(path[path.length - 1] ?? "");
      if (value === undefined && path.length > 0) {
        return [at("calendar-missing", { zh: `缺少 ${field}`, en: `${field} is missing` })];
      }
      const expected = EXPECTED[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      return [
        at("calendar-type", {
          zh: `应为${expected.zh}：${shown(value)}`,
          en: `expected ${expected.en}: ${shown(value)}`,
        }),
      ];
    }
    default:
      return [at("calendar-invalid", { zh: `无效：${issue.message}`, en: issue.message })];
  }
}

/** Days listed twice in one year (harmless, but often a slip in copying the notice). */
function duplicateWarnings(years: CalendarYears): Issue[] {
  const warnings: Issue[] = [];
  for (const [key, year] of Object.entries(years)) {
    const seen = new Map<string, string>();
    for (const list of ["holidays", "workdays"] as const) {
      year[list].forEach((text, index) => {
        const span = readEntry(text, true) as Span;
        for (let day = span.from; day <= span.to; day = nextDay(day)) {
          const first = seen.get(day);
          if (first === undefined) {
            seen.set(day, `${list}[${index}]`);
            continue;
          }
          warnings.push({
            code: "calendar-duplicate-day",
            severity: "warning",
            location: { kind: "json", path: [key, list, index] },
            message: { zh: `${day} 已在 ${first} 中列出`, en: `${day} is already listed in ${first}` },
          });
          break;
        }
      });
    }
  }
  return warnings;
}

function nextDay(day: string): string {
  return formatCalendarDate(addDays(parseCalendarDate(day)!, 1));
}

/**
 * Validates a holiday calendar given as data (the JSON of {@link CalendarYears}). Every
 * bad entry is reported, located by its JSON path (`["2027", "holidays", 1]`), with a
 * bilingual message: a value of the wrong type, a key that is not a year, an unknown key,
 * a date that does not exist (`2027-02-30`), a range that ends before it starts, a day
 * outside its year's key or a range across a year's end, a make-up working day that is
 * not a Saturday or Sunday or is also listed as a holiday, a year whose holidays lack
 * 1 January (a year is given whole). A day listed twice is a warning.
 *
 * @example
 * parseCalendarYears({ "2027": { holidays: ["2027-01-01", "2027-02-30"], workdays: [] } });
 * //=> { ok: false, warnings: [], issues: [{ code: "calendar-invalid-date",
 * //     path: ["2027", "holidays", 1], message: { zh: "没有这一天：2027-02-30", … } }] }
 */
export function parseCalendarYears(data: unknown): Result<CalendarYears> {
  const parsed = CalendarYearsSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.flatMap((i) => toIssues(i, data)), warnings: [] };
  }
  return { ok: true, value: parsed.data, warnings: duplicateWarnings(parsed.data) };
}
