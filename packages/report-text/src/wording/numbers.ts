/**
 * Chinese number wording of the narrative: counts (52条, 4万余条, 12000余人次,
 * 四项), money in 万元 (120万元) and rates (100%), written exactly and read
 * back exactly.
 *
 * An approximate count is a structured fact — value, approximation marker
 * and the form it is written in — because reports write round numbers in
 * different ways: the 盐池县 2020 report has 4萬餘條 and 2萬餘條 but 12000餘人次,
 * 600餘人次, 400余名, 2000余冊. {@link formatCount} renders a fact in its
 * form, {@link parseCountPhrase} reads the form back.
 */
import { isCellNumberFailure, readCellNumber, toChineseNumeral } from "@disclosure/schema";
import { foldCountCharacters, numberToDecimalString } from "@disclosure/schema/internal";

/**
 * How a count is written: `plain` digits (52, 12000), `wan` digits with 万
 * (4万, 1.2万), `chinese` numerals (四, 二十, 两).
 */
export type CountForm = "plain" | "wan" | "chinese";

/** Words that make a count approximate: suffixes 余/多 (4万余条, 20多项), prefixes 约/近 (约400名). */
export type ApproxMarker = "余" | "多" | "约" | "近";

/** A count as the narrative states it. */
export interface CountPhrase {
  /** The number, a non-negative integer (4万余 → 40000). */
  readonly value: number;
  /** Whether the text says the number is approximate. */
  readonly approx: boolean;
  readonly form: CountForm;
  /** The approximation word, when `approx` (default 余). */
  readonly marker?: ApproxMarker;
  /** The measure word or unit after the number (条, 人次, 项), if any. */
  readonly unit?: string;
}

/** Options of {@link formatCount} when it is given a bare number. */
export interface FormatCountOptions {
  readonly approx?: boolean | undefined;
  readonly unit?: string | undefined;
  /**
   * Default: `wan` for an approximate whole number of 万 (40000 → 4万余),
   * `plain` otherwise (12000 → 12000余, 52 → 52).
   */
  readonly form?: CountForm | undefined;
  readonly marker?: ApproxMarker | undefined;
}

const PREFIX_MARKERS: readonly ApproxMarker[] = ["约", "近"];

/** Moves the decimal point of a non-negative integer literal `shift` places left, canonically. */
function divideByPowerOfTen(integer: string, shift: number): string {
  const padded = integer.padStart(shift + 1, "0");
  const int = padded.slice(0, padded.length - shift).replace(/^0+(?=\d)/, "");
  const frac = padded.slice(padded.length - shift).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

function assertCount(n: number, fn: string): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${fn}: not a non-negative integer: ${n}`);
}

/**
 * Words a count the way Chinese reports write it: digits, digits with 万, or
 * Chinese numerals, with an approximation word and a unit. Accepts a bare
 * number with options, or a {@link CountPhrase} (as read by
 * {@link parseCountPhrase}), which it renders exactly in its form.
 * Throws a RangeError for a value that is not a non-negative integer (a
 * programmer error: counts are validated before they are worded).
 *
 * @param n the count, or the whole phrase as a fact
 * @param opts approximation, unit and form for a bare number
 * @returns the wording, e.g. "4万余条"
 *
 * @example
 * // 盐池县 2020 年度报告
 * formatCount(40000) //=> "40000"
 * formatCount(40000, { approx: true, unit: "条" }) //=> "4万余条"
 * formatCount(12000, { approx: true, unit: "人次" }) //=> "12000余人次"
 * formatCount({ value: 12000, approx: true, form: "wan", unit: "人次" }) //=> "1.2万余人次"
 * formatCount(52, { unit: "条" }) //=> "52条"
 * // 长春新区科技局 2023: "出台四项规范性文件"
 * formatCount(4, { form: "chinese", unit: "项" }) //=> "四项"
 */
export function formatCount(n: number | CountPhrase, opts: FormatCountOptions = {}): string {
  const fact = typeof n === "number" ? { ...opts, value: n, approx: opts.approx ?? false } : n;
  const { value, approx, unit = "" } = fact;
  assertCount(value, "formatCount");
  const form = fact.form ?? (approx && value >= 10000 && value % 10000 === 0 ? "wan" : "plain");
  const marker = approx ? (fact.marker ?? "余") : undefined;
  let number: string;
  if (form === "wan") number = `${divideByPowerOfTen(String(value), 4)}万`;
  else if (form === "chinese") number = value === 2 && unit ? "两" : toChineseNumeral(value);
  else number = String(value);
  if (marker === undefined) return number + unit;
  return PREFIX_MARKERS.includes(marker) ? marker + number + unit : number + marker + unit;
}

const COUNT_PHRASE =
  /^(约|近)?(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千万亿]+)(万)?(余|多)?(\p{Script=Han}{0,4})$/u;

/**
 * Reads a count as the narrative writes it (Simplified or Traditional, with
 * stray spaces as PDF conversion leaves them) into a {@link CountPhrase}, or
 * `undefined` when the text is not one count phrase. The inverse of
 * {@link formatCount}: `parseCountPhrase(formatCount(x))` is `x`.
 *
 * @param text the phrase, e.g. "4萬餘條"
 * @returns the fact, or undefined
 *
 * @example
 * // 盐池县 2020 年度报告: "主动公开各类信息 4 萬餘條", "累计查询 12000 餘人次"
 * parseCountPhrase("4万余条") //=> { value: 40000, approx: true, form: "wan", marker: "余", unit: "条" }
 * parseCountPhrase("4 萬餘條") //=> the same
 * parseCountPhrase("12000餘人次") //=> { value: 12000, approx: true, form: "plain", marker: "余", unit: "人次" }
 * parseCountPhrase("四项") //=> { value: 4, approx: false, form: "chinese", unit: "项" }
 * parseCountPhrase("百分之百") //=> undefined
 */
export function parseCountPhrase(text: string): CountPhrase | undefined {
  const simplified = foldCountCharacters(text.replace(/[\s\u3000]+/g, ""));
  const m = COUNT_PHRASE.exec(simplified);
  if (!m) return undefined;
  const [, prefix, digits, wan, suffix, unit] = m;
  if (digits === undefined || (prefix && suffix)) return undefined;
  const chinese = !/^\d/.test(digits);
  if (chinese && wan) return undefined;
  const read = readCellNumber(wan ? `${digits}万` : digits);
  if (isCellNumberFailure(read) || read.value === null) return undefined;
  const marker = (prefix ?? suffix) as ApproxMarker | undefined;
  const form: CountForm = chinese ? "chinese" : wan ? "wan" : "plain";
  return {
    value: read.value,
    approx: marker !== undefined,
    form,
    ...(marker ? { marker } : {}),
    ...(unit ? { unit } : {}),
  };
}

/**
 * Words an amount of money in 万元 exactly, as reports write it: the
 * shortest decimal, no trailing zeros, followed by 万元. Accepts the exact
 * decimal string a money cell holds, or a number (written as its shortest
 * decimal, never in exponent form). Throws a RangeError for what is not a
 * non-negative decimal (a programmer error: amounts are validated first).
 *
 * @param amount 万元, e.g. "9116.36" or 120
 * @returns e.g. "120万元"
 *
 * @example
 * // 盐池县 2020: "统筹安排专项经费 120 万元（县政务公开办 20 万元，乡镇及部门各 3 万元）"
 * formatWan(120) //=> "120万元"
 * formatWan("9116.36") //=> "9116.36万元"
 * formatWan("25.10") //=> "25.1万元"
 */
export function formatWan(amount: string | number): string {
  const literal = typeof amount === "number" ? numberToDecimalString(amount) : amount.trim();
  const m = /^(\d+)(?:\.(\d+))?$/.exec(literal);
  if (!m) throw new RangeError(`formatWan: not a non-negative decimal amount: ${String(amount)}`);
  const [, whole = "", decimals = ""] = m;
  const int = whole.replace(/^0+(?=\d)/, "");
  const frac = decimals.replace(/0+$/, "");
  return `${frac ? `${int}.${frac}` : int}万元`;
}

/** Options of {@link formatPercent}. */
export interface FormatPercentOptions {
  /** Maximum decimal places, rounded half up; trailing zeros are dropped. Default 2. */
  readonly decimals?: number;
}

/**
 * Words the rate `num / den` as a percentage, computed exactly on integers
 * (rounded half up to `decimals` places, trailing zeros dropped). Throws a
 * RangeError when a count is not a non-negative integer or `den` is 0 — a
 * rate of nothing is not stated; the caller words that case.
 *
 * @param num the part, e.g. 办结件数
 * @param den the whole, e.g. 收到件数
 * @returns e.g. "100%"
 *
 * @example
 * // 盐池县 2020: "办理人大代表议案建议 63 件……办复率均达到 100%"
 * formatPercent(63, 63) //=> "100%"
 * formatPercent(1, 3) //=> "33.33%"
 * formatPercent(2, 3, { decimals: 1 }) //=> "66.7%"
 */
export function formatPercent(num: number, den: number, opts: FormatPercentOptions = {}): string {
  assertCount(num, "formatPercent");
  assertCount(den, "formatPercent");
  if (den === 0) throw new RangeError("formatPercent: the denominator is 0");
  const decimals = opts.decimals ?? 2;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`formatPercent: decimals must be an integer in 0…20: ${decimals}`);
  }
  const scaled = BigInt(num) * 100n * 10n ** BigInt(decimals);
  const d = BigInt(den);
  const rounded = (scaled * 2n + d) / (2n * d);
  return `${divideByPowerOfTen(rounded.toString(), decimals)}%`;
}
