import { format, isValid, parseISO } from "date-fns";

/**
 * Calendar dates as the working-day modules hold them: a `Date` at local midnight of the
 * day (what date-fns `parseISO("2024-10-01")` returns), of which only the year, month and
 * day fields are read, so the machine's zone never changes a result.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses a strict `YYYY-MM-DD` string into an internal calendar date, or `null` when it
 * is not a real date (`2023-02-29`, `2024-1-5`). Never throws: validators use it.
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
