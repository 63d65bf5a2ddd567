/**
 * Dates and 有效期 as registers write them: dates read by `readDateCell` of
 * @disclosure/schema (2020-01-05, 2020/1/5, 2020年1月5日, an Excel serial number …); 有效期 as
 * a date, a period ("5年", "两年", "6个月") or a range ("2020年1月5日至2025年1月4日").
 */
import { type DateRead, datesInText, readDateCell } from "@disclosure/schema/internal";
import { NO_EXPIRY_WORDS } from "./standard/register-columns.js";
import { CHINESE_DIGITS } from "./standard/time-limit-words.js";

/** The result of reading a date cell (see `readDateCell` of @disclosure/schema). */
export type { DateRead };

/**
 * Read one date cell: `readDateCell` of @disclosure/schema, under the name the register
 * reader has always had.
 * @example parseRegisterDate("2020年3月5日"); //=> { ok: true, date: "2020-03-05" }
 */
export const parseRegisterDate: (text: string) => DateRead = readDateCell;

const pad = (n: number) => String(n).padStart(2, "0");

/** The last day of a period of `years` and `months` that starts on `start` (5 years from 2020-01-05 → 2025-01-04). */
export function periodEnd(start: string, years: number, months: number): string {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = start.split("-").map(Number);
  const total = m - 1 + months + years * 12;
  const ey = y + Math.floor(total / 12);
  const em = (total % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(ey, em, 0)).getUTCDate();
  // The day before the same day of the end month (or the month's last day when it is shorter).
  const end = new Date(Date.UTC(ey, em - 1, Math.min(d, lastOfMonth)) - 86_400_000);
  return `${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`;
}

/** A digit 1–9 written in Chinese (一 … 九, 两). */
const digit = (c: string): number => {
  const d = CHINESE_DIGITS[c];
  return d !== undefined && d > 0 ? d : Number.NaN;
};

/** "5", "五", "两", "十", "十二" → number. */
function smallNumber(s: string): number | undefined {
  if (/^\d+$/u.test(s)) return Number(s);
  if (s === "十") return 10;
  if (s.length === 1) return Number.isNaN(digit(s)) ? undefined : digit(s);
  const [first = "", second = ""] = s;
  if (s.length === 2 && first === "十") return 10 + digit(second);
  if (s.length === 2 && second === "十") return digit(first) * 10;
  return undefined;
}

/** The result of reading a 有效期 cell. */
export type ValidityRead =
  | { kind: "until"; date: string }
  | { kind: "none" }
  | { kind: "empty" }
  | { kind: "unreadable" };

const PERIOD = /^(?:有效期)?(?:为|至)?([\d一二两三四五六七八九十]{1,3})(年|个月|月)(?:有效)?$/u;

/**
 * Read a 有效期 cell: the last day the document is in force. A date (or the last date of a
 * range) is taken as written; a period counts from the issue date ("5年" from 2020-01-05 ends
 * 2025-01-04); "长期", "无" and dashes mean no end date.
 *
 * @example
 * parseValidity("5年", "2020-01-05"); //=> { kind: "until", date: "2025-01-04" }
 * parseValidity("有效期至2022年3月4日", "2020-03-05"); //=> { kind: "until", date: "2022-03-04" }
 * parseValidity("2020年3月5日至2022年3月4日", "2020-03-05"); //=> { kind: "until", date: "2022-03-04" }
 * parseValidity("长期", "2020-03-05"); //=> { kind: "none" }
 * parseValidity("至新文件出台", "2020-03-05"); //=> { kind: "unreadable" }
 */
export function parseValidity(text: string, issuedDate: string | undefined): ValidityRead {
  const t = text.normalize("NFKC").replace(/\s+/gu, "");
  if (t === "") return { kind: "empty" };
  if (NO_EXPIRY_WORDS.includes(t)) return { kind: "none" };
  const single = parseRegisterDate(t);
  if (single.ok) return { kind: "until", date: single.date };
  const dates = datesInText(t);
  const last = dates.at(-1);
  if (last !== undefined) return { kind: "until", date: last };
  const p = PERIOD.exec(t);
  if (p && issuedDate) {
    const n = smallNumber(p[1] ?? "");
    if (n !== undefined && Number.isInteger(n) && n > 0) {
      return {
        kind: "until",
        date: p[2] === "年" ? periodEnd(issuedDate, n, 0) : periodEnd(issuedDate, 0, n),
      };
    }
  }
  return { kind: "unreadable" };
}
