/**
 * Dates and 有效期 as registers write them: 2020-01-05, 2020/1/5, 2020年1月5日, 2020.1.5,
 * 20200105, full-width digits, a time after the date, an Excel serial number; 有效期 as a date,
 * a period ("5年", "两年", "6个月") or a range ("2020年1月5日至2025年1月4日").
 */
import { NO_EXPIRY_WORDS } from "./standard/register-columns";
import { CHINESE_DIGITS } from "./standard/time-limit-words";

/** The result of reading a date cell: a `YYYY-MM-DD` date, nothing, or a text that is not a date. */
export type DateRead = { ok: true; date: string } | { ok: false; empty: true } | { ok: false; empty: false };

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` of a calendar date, or undefined when there is no such day (2021-02-30). */
function calendarDate(y: number, m: number, d: number): string | undefined {
  if (y < 1949 || y > 2100 || m < 1 || m > 12 || d < 1) return undefined;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

const DATE_SEP = String.raw`\s*[-/.年]\s*`;
const ONE_DATE = new RegExp(
  String.raw`^(\d{4})${DATE_SEP}(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:T|\s)\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$`,
  "u",
);
const ANY_DATE = new RegExp(String.raw`(\d{4})${DATE_SEP}(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?`, "gu");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/u;
/** Excel day numbers of 1949-01-01 … 2100-12-31 (epoch 1899-12-30). */
const SERIAL = /^(\d{5})(?:\.\d+)?$/u;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * Read one date cell. Full-width digits and separators are folded first; a time after the
 * date is ignored; a five-digit number is read as an Excel day number (a date cell whose
 * format was lost). A day that does not exist (2021-02-30) is not a date.
 *
 * @example
 * parseRegisterDate("2020年3月5日"); //=> { ok: true, date: "2020-03-05" }
 * parseRegisterDate("２０２１．４．８"); //=> { ok: true, date: "2021-04-08" }
 * parseRegisterDate("43895"); //=> { ok: true, date: "2020-03-05" } (Excel's number for 盐政规发〔2020〕1号's date)
 * parseRegisterDate("2021-02-30"); //=> { ok: false, empty: false }
 * parseRegisterDate(" "); //=> { ok: false, empty: true }
 */
export function parseRegisterDate(text: string): DateRead {
  const t = text.normalize("NFKC").trim();
  if (t === "") return { ok: false, empty: true };
  let m = ONE_DATE.exec(t) ?? COMPACT.exec(t);
  if (m) {
    const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, date } : { ok: false, empty: false };
  }
  m = SERIAL.exec(t);
  if (m) {
    const d = new Date(EXCEL_EPOCH + Number(m[1]) * 86_400_000);
    const date = calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    return date ? { ok: true, date } : { ok: false, empty: false };
  }
  return { ok: false, empty: false };
}

/** The last day of a period of `years` and `months` that starts on `start` (5 years from 2020-01-05 → 2025-01-04). */
export function periodEnd(start: string, years: number, months: number): string {
  const [y, m, d] = start.split("-").map(Number);
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
  if (s.length === 2 && s[0] === "十") return 10 + digit(s[1]);
  if (s.length === 2 && s[1] === "十") return digit(s[0]) * 10;
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
  const dates = [...t.matchAll(ANY_DATE)]
    .map((m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3])))
    .filter((d): d is string => d !== undefined);
  if (dates.length > 0) return { kind: "until", date: dates[dates.length - 1] };
  const p = PERIOD.exec(t);
  if (p && issuedDate) {
    const n = smallNumber(p[1]);
    if (n !== undefined && Number.isInteger(n) && n > 0) {
      return {
        kind: "until",
        date: p[2] === "年" ? periodEnd(issuedDate, n, 0) : periodEnd(issuedDate, 0, n),
      };
    }
  }
  return { kind: "unreadable" };
}
