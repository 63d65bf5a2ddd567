/**
 * Dates as people write them in spreadsheets and ledgers: 2020-01-05, 2020/1/5, 2020年1月5日,
 * 2020.1.5, 20200105, full-width digits, a time after the date, an Excel serial number. Shared
 * by every reader of dated rows (documents registers, application ledgers).
 */

/** The result of reading a date cell: a `YYYY-MM-DD` date, nothing, or a text that is not a date. */
export type DateRead = { ok: true; date: string } | { ok: false; empty: true } | { ok: false; empty: false };

const pad = (n: number) => String(n).padStart(2, "0");

/** `YYYY-MM-DD` of a calendar date of 1949–2100, or undefined when there is no such day (2021-02-30). */
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
 * Reads one date cell. Full-width digits and separators are folded first; a time after the
 * date is ignored; a five-digit number is read as an Excel day number (a date cell whose
 * format was lost). A day that does not exist (2021-02-30) is not a date.
 *
 * @example
 * readDateCell("2020年3月5日"); //=> { ok: true, date: "2020-03-05" }
 * readDateCell("２０２１．４．８"); //=> { ok: true, date: "2021-04-08" }
 * readDateCell("43895"); //=> { ok: true, date: "2020-03-05" } (Excel's day number)
 * readDateCell("2021-02-30"); //=> { ok: false, empty: false }
 * readDateCell(" "); //=> { ok: false, empty: true }
 */
export function readDateCell(text: string): DateRead {
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

/**
 * Every calendar date written inside a text, in order ("2020年1月5日至2025年1月4日" → both).
 * @example datesInText("有效期：2020年1月5日至2025年1月4日") //=> ["2020-01-05", "2025-01-04"]
 */
export function datesInText(text: string): string[] {
  return [...text.normalize("NFKC").matchAll(ANY_DATE)]
    .map((m) => calendarDate(Number(m[1]), Number(m[2]), Number(m[3])))
    .filter((d): d is string => d !== undefined);
}
