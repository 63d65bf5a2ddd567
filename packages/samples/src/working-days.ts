// The calendar of the synthetic county: the working days of a year (法定节假日 and 调休 from
// chinese-days; after the years its data cover it falls back to Monday–Friday) and date steps.
import cd from "chinese-days";
// years its data cover it falls back to Monday–Friday).

const workdayCache = new Map<number, readonly string[]>();

/**
 * The working days of a year as `YYYY-MM-DD` strings, in order.
 * @example workingDaysOf(2020)[0] //=> "2020-01-02" (1 January is 元旦)
 */
export function workingDaysOf(year: number): readonly string[] {
  const hit = workdayCache.get(year);
  if (hit) return hit;
  const days: string[] = [];
  const d = new Date(Date.UTC(year, 0, 1));
  while (d.getUTCFullYear() === year) {
    const s = d.toISOString().slice(0, 10);
    if (cd.isWorkday(s)) days.push(s);
    d.setUTCDate(d.getUTCDate() + 1);
  }
  workdayCache.set(year, days);
  return days;
}

/** Calendar date + n days (UTC arithmetic on a calendar date, never shifted by the machine's zone). */
export function addCalendarDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The day before the same date `years` later: the last day of a 有效期 of that many years. */
export function yearsLaterLessOneDay(date: string, years: number): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y + years, m - 1, d - 1)).toISOString().slice(0, 10);
}

/** The first working day on or after a calendar date (within the same or the next year). */
export function workingDayOnOrAfter(date: string): string {
  const year = Number(date.slice(0, 4));
  for (const y of [year, year + 1]) {
    const hit = workingDaysOf(y).find((d) => d >= date);
    if (hit) return hit;
  }
  return date;
}
