/**
 * Periodic items in coverage: the period a publication covers, the day each period is due under
 * the item's 公开时限 (in working days of the shared holiday calendar), and the periods due in
 * the checked range that nothing was published for.
 */
import type { DayCalendar } from "./calendar.js";
import type { PeriodDue, SimpleRule } from "./item.js";
import { type Every, periodEnd, periodInTitle, periodLabel, periodOfDay, periodStart } from "./period.js";

/**
 * A periodic rule as coverage checks it: 每季度 (no due date), 各季度结束后15日内 (`due`), or a
 * yearly date (`annual`: 每年1月31日前公开上一年度… — the year covered is the one before).
 */
export type PeriodicRule = {
  every: Every;
  due?: PeriodDue;
  annual?: { month: number; day: number; covers: "previousYear" | "currentYear" };
};

/** The periodic rule of a time limit, if it is one. */
export function periodicRuleOf(rule: SimpleRule): PeriodicRule | undefined {
  if (rule.kind === "periodic")
    return rule.due ? { every: rule.every, due: rule.due } : { every: rule.every };
  if (rule.kind === "annualDate") {
    return { every: "year", annual: { month: rule.month, day: rule.day, covers: rule.covers } };
  }
  return undefined;
}

const DAY_MS = 86_400_000;
/** How far before a day a period may still be due: no wording gives more than a year. */
const LOOK_BACK_DAYS = 400;

/** Day `day` of month `m0` (0-based, may run past December) of year `y`, or the month's last day. */
function dayOfMonth(y: number, m0: number, day: number): number {
  const last = new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();
  return Date.UTC(y, m0, Math.min(day, last)) / DAY_MS;
}

/** Is a period's publication due after the period ends (a report on it), not within it? */
function dueAfterEnd(rule: PeriodicRule): boolean {
  if (rule.annual) return rule.annual.covers === "previousYear";
  if (!rule.due) return false;
  return "afterEnd" in rule.due || rule.due.month === "next";
}

/**
 * The day a period is due: calendar-day and dated dues that fall on a rest day move to the next
 * working day; `undefined` when the holiday calendar cannot say, `null` when the wording sets
 * no due date (每季度).
 */
function dueDay(rule: PeriodicRule, period: number, cal: DayCalendar): number | undefined | null {
  const end = periodEnd(period, rule.every);
  const e = new Date(end * DAY_MS);
  if (rule.annual) {
    const { month, day, covers } = rule.annual;
    return cal.rollForward(dayOfMonth(period + (covers === "previousYear" ? 1 : 0), month - 1, day));
  }
  const due = rule.due;
  if (!due) return null;
  if ("day" in due) {
    return cal.rollForward(
      dayOfMonth(e.getUTCFullYear(), e.getUTCMonth() + (due.month === "next" ? 1 : 0), due.day),
    );
  }
  const { amount, unit } = due.afterEnd;
  if (unit === "workingDay") return cal.addWorking(end, amount);
  if (unit === "calendarDay") return cal.rollForward(end + amount);
  if (unit === "hour") return cal.rollForward(end + Math.ceil(amount / 24));
  return cal.rollForward(dayOfMonth(e.getUTCFullYear(), e.getUTCMonth() + amount, e.getUTCDate()));
}

/** Where a coverage run keeps the periods each item's publications filled. */
export type PeriodJudge = {
  /**
   * The period a publication covers, marked filled: the one its title names, else the latest
   * period not yet filled whose due window (after its end up to its due day; for a due day
   * inside the period, from its start) holds the publication day, else — for a report due
   * after its period — the period that ended last before that day, else the period holding it.
   */
  place(item: number, rule: PeriodicRule, title: string, day: number): number;
  /** A period's due day (see `dueDay`). */
  due(rule: PeriodicRule, period: number): number | undefined | null;
  /**
   * The periods due in [fromDay, untilDay] (for a wording without a due date: ending then), and
   * those of them nothing was placed on. A period whose due day the calendar cannot give is
   * not counted.
   */
  dueIn(
    item: number,
    rule: PeriodicRule,
    fromDay: number,
    untilDay: number,
  ): { due: number; missing: string[] };
};

/**
 * A period judge over one coverage run's calendar.
 *
 * @example
 * const judge = periodJudge(dayCalendar("2024-01-01", "2024-12-31"));
 * const rule = { every: "quarter", due: { afterEnd: { amount: 15, unit: "workingDay" } } };
 * judge.place(0, rule, "2024年第一季度低保资金发放情况", dayNumber("2024-04-25")); // 2024-Q1
 * dateOfDayNumber(judge.due(rule, q1)); //=> "2024-04-22" (清明 4–6 April off, Sunday 7 April worked)
 */
export function periodJudge(cal: DayCalendar): PeriodJudge {
  const filled = new Map<number, Set<number>>();
  const filledOf = (item: number) => {
    let set = filled.get(item);
    if (!set) {
      set = new Set();
      filled.set(item, set);
    }
    return set;
  };
  const dues = new Map<string, number | undefined | null>();
  const sigs = new WeakMap<PeriodicRule, string>();
  const due = (rule: PeriodicRule, period: number) => {
    let sig = sigs.get(rule);
    if (sig === undefined) {
      sig = JSON.stringify(rule);
      sigs.set(rule, sig);
    }
    const key = `${sig}|${period}`;
    if (!dues.has(key)) dues.set(key, dueDay(rule, period, cal));
    return dues.get(key) as number | undefined | null;
  };
  const windowHolds = (rule: PeriodicRule, period: number, day: number) => {
    const d = due(rule, period);
    if (d === null || d === undefined) return false;
    const end = periodEnd(period, rule.every);
    return day <= d && day >= (d >= end ? end + 1 : periodStart(period, rule.every));
  };
  const byDate = (seen: Set<number>, rule: PeriodicRule, day: number) => {
    const own = periodOfDay(day, rule.every);
    if (rule.due || rule.annual) {
      for (let p = own; periodEnd(p, rule.every) >= day - LOOK_BACK_DAYS; p--) {
        if (!seen.has(p) && windowHolds(rule, p, day)) return p;
      }
      if (dueAfterEnd(rule)) return own - 1;
    }
    return own;
  };
  return {
    place(item, rule, title, day) {
      const seen = filledOf(item);
      const period = periodInTitle(title, rule.every, day) ?? byDate(seen, rule, day);
      seen.add(period);
      return period;
    },
    due,
    dueIn(item, rule, fromDay, untilDay) {
      const seen = filled.get(item);
      const missing: string[] = [];
      let count = 0;
      const last = periodOfDay(untilDay, rule.every);
      for (let p = periodOfDay(fromDay - LOOK_BACK_DAYS, rule.every); p <= last; p++) {
        const d = due(rule, p);
        const at = d === null ? periodEnd(p, rule.every) : d;
        if (at === undefined || at < fromDay || at > untilDay) continue;
        count++;
        if (!seen?.has(p)) missing.push(periodLabel(p, rule.every));
      }
      return { due: count, missing };
    },
  };
}
