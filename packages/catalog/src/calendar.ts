/**
 * Working-day arithmetic for coverage over a date range, read once from the shared calendar of
 * @disclosure/stats (法定节假日 and 调休 make-up working days) into arrays, so a million
 * publications cost array lookups instead of calendar walks. Results are those of
 * `addWorkingDays` / `workingDaysBetween` / `isWorkingDay` (tested as such).
 */
import {
  addWorkingDays,
  calendarCoverage,
  currentCalendar,
  isWorkingDay,
  type WorkingCalendar,
  workingDaysBetween,
} from "@disclosure/stats";

const DAY_MS = 86_400_000;

/** 'YYYY-MM-DD' → days since 1970-01-01, or NaN when not a real date. */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date[4] !== "-" || date[7] !== "-") return Number.NaN;
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1) {
    return Number.NaN;
  }
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCDate() !== d || back.getUTCMonth() !== m - 1) return Number.NaN;
  return t / DAY_MS;
}

/** Days since 1970-01-01 → 'YYYY-MM-DD'. */
export function dateOfDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Working-day functions over day numbers; `undefined` where the holiday calendar has no data. */
export type DayCalendar = {
  isWorking(day: number): boolean | undefined;
  /** The n-th working day after `day` (day 1 = first working day after it). */
  addWorking(day: number, n: number): number | undefined;
  /** Working days d with from < d ≤ to (from ≤ to). */
  between(from: number, to: number): number | undefined;
  /** The day itself when it is a working day, else the next working day. */
  rollForward(day: number): number | undefined;
};

/**
 * A calendar for days in [from − margin, to + margin], clipped to the run of consecutive
 * years the holiday calendar covers there; outside it, the shared functions are called (and
 * `undefined` returned when they cannot answer).
 *
 * @param calendar the holiday calendar of @disclosure/stats (default: the registered one)
 *
 * @example
 * const cal = dayCalendar("2020-01-01", "2020-12-31");
 * dateOfDayNumber(cal.addWorking(dayNumber("2020-09-30"), 1)!); //=> "2020-10-09" (国庆·中秋 2020)
 */
export function dayCalendar(
  from: string,
  to: string,
  marginDays = 400,
  calendar: WorkingCalendar = currentCalendar(),
): DayCalendar {
  const key = `${from}|${to}|${marginDays}`;
  let recent = built.get(calendar);
  if (!recent) {
    recent = new Map();
    built.set(calendar, recent);
  }
  const cached = recent.get(key);
  if (cached) return cached;
  const cal = buildCalendar(from, to, marginDays, calendar);
  recent.set(key, cal);
  if (recent.size > 8) recent.delete(recent.keys().next().value as string);
  return cal;
}

/** Per holiday calendar (which never changes), the last few day calendars built from it. */
const built = new WeakMap<WorkingCalendar, Map<string, DayCalendar>>();

/** The days of the run of consecutive covered years that overlaps [lo, hi] most, clipped to it. */
function coveredSpan(calendar: WorkingCalendar, lo: number, hi: number): [number, number] {
  const { years } = calendarCoverage(calendar);
  let best: [number, number] = [lo, lo - 1];
  let first = years[0]!;
  years.forEach((year, i) => {
    if (years[i + 1] === year + 1) return;
    const a = Math.max(lo, dayNumber(`${first}-01-01`));
    const b = Math.min(hi, dayNumber(`${year}-12-31`));
    if (b - a > best[1] - best[0]) best = [a, b];
    first = years[i + 1]!;
  });
  return best;
}

function buildCalendar(from: string, to: string, marginDays: number, calendar: WorkingCalendar): DayCalendar {
  const [lo, hi] = coveredSpan(calendar, dayNumber(from) - marginDays, dayNumber(to) + marginDays);
  const len = Number.isFinite(lo) && Number.isFinite(hi) && hi >= lo ? hi - lo + 1 : 0;
  const options = { calendar };
  const working = new Uint8Array(len);
  /** cum[i] = working days in (lo, lo + i]. */
  const cum = new Int32Array(len);
  const workDays: number[] = [];
  for (let i = 0; i < len; i++) {
    const w = isWorkingDay(dateOfDayNumber(lo + i), options) ? 1 : 0;
    working[i] = w;
    cum[i] = i === 0 ? 0 : (cum[i - 1] ?? 0) + w;
    if (i > 0 && w === 1) workDays.push(lo + i);
  }
  const inRange = (d: number) => d >= lo && d <= hi;
  const safe = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  const isWorking = (d: number) =>
    inRange(d) ? working[d - lo] === 1 : safe(() => isWorkingDay(dateOfDayNumber(d), options));
  const addWorking = (d: number, n: number): number | undefined => {
    if (n === 0) return d;
    if (inRange(d)) {
      const k = (cum[d - lo] ?? 0) + n - 1;
      if (k >= 0 && k < workDays.length) return workDays[k];
    }
    const r = safe(() => addWorkingDays(dateOfDayNumber(d), n, options));
    return r === undefined ? undefined : dayNumber(r);
  };
  const between = (a: number, b: number): number | undefined => {
    if (inRange(a) && inRange(b)) return (cum[b - lo] ?? 0) - (cum[a - lo] ?? 0);
    return safe(() => workingDaysBetween(dateOfDayNumber(a), dateOfDayNumber(b), options));
  };
  const rollForward = (d: number): number | undefined => {
    const w = isWorking(d);
    if (w === undefined) return undefined;
    return w ? d : addWorking(d, 1);
  };
  return { isWorking, addWorking, between, rollForward };
}
