/**
 * Deadlines of event-driven time limits for coverage: from an event day under a rule (working
 * days of the holiday calendar, calendar days moved off rest days, hours, months, 实时, 及时),
 * one table per distinct rule over the checked range, filled as days are met.
 */
import { type DayCalendar, dateOfDayNumber } from "./calendar.js";
import type { SimpleRule } from "./item.js";
import { normalizeText } from "./normalize.js";
import { DEFAULT_WORKING_DAYS } from "./standard/time-limit-words.js";

/** The deadline (a day number) of an event day, `undefined` where the calendar cannot say. */
export type DeadlineFn = (event: number) => number | undefined;

const UNSET = -2147483648;
const NONE = -2147483647;

/**
 * The deadline function of each rule, shared by every item with the same limit.
 *
 * @example
 * const of = deadlineTables(cal, fromDay, toDay, 0);
 * of({ kind: "within", start: "formedOrChanged", limit: { amount: 10, unit: "workingDay" } })?.(day);
 */
export function deadlineTables(
  cal: DayCalendar,
  fromDay: number,
  toDay: number,
  realtimeDays: number,
): (rule: SimpleRule | undefined) => DeadlineFn | undefined {
  const tableBase = fromDay - 1100;
  const tableSpan = toDay - fromDay + 1500;
  const fns = new Map<string, DeadlineFn>();
  const compute = (rule: SimpleRule, event: number): number | undefined => {
    if (rule.kind === "within") {
      const { amount, unit } = rule.limit;
      if (unit === "workingDay") return cal.addWorking(event, amount);
      if (unit === "calendarDay") return cal.rollForward(event + amount);
      if (unit === "hour") return cal.rollForward(event + Math.ceil(amount / 24));
      const e = dateOfDayNumber(event);
      const y = Number(e.slice(0, 4));
      const m = Number(e.slice(5, 7)) - 1 + amount;
      const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
      return cal.rollForward(Date.UTC(y, m, Math.min(Number(e.slice(8, 10)), last)) / 86_400_000);
    }
    if (rule.kind === "realtime") {
      return realtimeDays > 0 ? cal.addWorking(event, realtimeDays) : cal.rollForward(event);
    }
    return cal.addWorking(event, DEFAULT_WORKING_DAYS);
  };
  return (rule) => {
    if (!rule) return undefined;
    let sig: string;
    if (rule.kind === "within") sig = `w${rule.limit.unit}${rule.limit.amount}`;
    else if (rule.kind === "realtime") sig = "r";
    else if (rule.kind === "prompt") sig = "p";
    else return undefined;
    const known = fns.get(sig);
    if (known) return known;
    const table = new Int32Array(tableSpan).fill(UNSET);
    const fn: DeadlineFn = (event) => {
      const i = event - tableBase;
      if (i < 0 || i >= tableSpan) return compute(rule, event);
      let v = table[i];
      if (v === UNSET) {
        v = compute(rule, event) ?? NONE;
        table[i] = v;
      }
      return v === NONE ? undefined : v;
    };
    fns.set(sig, fn);
    return fn;
  };
}

/** The rules of an item's time limit as coverage checks them. */
export type RuleParts = { appliesTo?: string | undefined; rule: SimpleRule }[];

const TIMED = ["within", "realtime", "prompt"];

/** The part of a composite rule a publication falls under (by its category), else the default part. */
export function choosePart(parts: RuleParts, category: string | undefined): SimpleRule | undefined {
  const timed = parts.filter((p) => TIMED.includes(p.rule.kind));
  if (category) {
    const c = normalizeText(category);
    const hit = parts.find(
      (p) =>
        p.appliesTo && (normalizeText(p.appliesTo).includes(c) || c.includes(normalizeText(p.appliesTo))),
    );
    if (hit) return hit.rule;
  }
  const general = timed.find((p) => !p.appliesTo || /^(其他|除)/u.test(p.appliesTo));
  return (general ?? timed[0])?.rule;
}
