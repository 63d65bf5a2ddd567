/**
 * Lenient reading of the text of one table cell into a number.
 *
 * Every reader (CSV/XLSX submissions, HTML and PDF parsers of published
 * reports, validation) calls {@link readCellNumber}: it accepts what real
 * reports and submissions contain — a byte-order mark, stray spaces,
 * full-width digits, thousands separators, Chinese numerals (四万, 二十三),
 * 万/亿 multipliers, approximations (4万余条), units (12件, 251000元), signed
 * values of the 2019 本年增/减 column — and reports every normalisation it
 * made as a warning, so that nothing is changed silently. What it cannot read
 * as a number is an error, never an exception.
 *
 * Money is converted exactly: 元 → 万元 moves the decimal point of the
 * literal (251000元 → "25.1"), it never multiplies floats.
 */
import nzh from "nzh/cn";
import type {
  CellNumberMessage,
  CellNumberWarning,
  CellNumberWarningCode,
  CellNumberErrorCode,
  ReadCellNumberOptions,
  CellNumberValue,
  CellNumberFailure,
  CellNumberResult,
} from "./cell-number-types.js";
import {
  BLANK_TOKENS,
  DASH_RUN,
  EDGE_SPACES,
  INNER_SPACES,
  SPACED_DIGITS,
  toHalfWidth,
  foldCountCharacters,
  COUNT_UNITS,
  APPROX_PREFIXES,
  APPROX_SUFFIXES,
  LOWER_NUMERAL,
  UPPER_NUMERAL,
} from "./count-text.js";

export type {
  CellNumberMessage,
  CellNumberWarningCode,
  CellNumberErrorCode,
  CellNumberWarning,
  CellNumberError,
  ReadCellNumberOptions,
  CellNumberValue,
  CellNumberFailure,
  CellNumberResult,
} from "./cell-number-types.js";
export { BLANK_TOKENS, foldCountCharacters, toHalfWidth } from "./count-text.js";

interface Draft {
  readonly codes: Map<CellNumberWarningCode, string | undefined>;
}

function note(draft: Draft, code: CellNumberWarningCode, detail?: string): void {
  if (!draft.codes.has(code)) draft.codes.set(code, detail);
}

function quote(text: string): string {
  return `“${text}”`;
}

function fail(code: CellNumberErrorCode, text: string, detail?: string): CellNumberFailure {
  const q = quote(text);
  const messages: Record<CellNumberErrorCode, CellNumberMessage> = {
    NOT_A_NUMBER: { zh: `${q}不是数字`, en: `${q} is not a number` },
    NOT_INTEGER: {
      zh: `${q}不是整数：数量应为非负整数`,
      en: `${q} is not a whole number: counts are non-negative integers`,
    },
    NEGATIVE: {
      zh: `${q}是负数：此栏只能填写不小于0的数`,
      en: `${q} is negative: this cell takes values of 0 or more`,
    },
    SPACED_DIGITS: {
      zh: `${q}的数字之间有空格，无法判断是一个数还是两个单元格连在一起`,
      en: `${q} has spaces between digits: one number, or two cells run together?`,
    },
    BAD_THOUSANDS: {
      zh: `${q}的千位分隔符位置不对`,
      en: `${q} has thousands separators in the wrong places`,
    },
    WRONG_UNIT: {
      zh: `${q}的单位“${detail ?? ""}”与此栏不符`,
      en: `${q}: the unit “${detail ?? ""}” does not fit this cell`,
    },
    TOO_LARGE: {
      zh: `${q}太大，无法精确保存`,
      en: `${q} is too large to be held exactly`,
    },
  };
  return { error: { code, message: messages[code] } };
}

function warningMessage(
  code: CellNumberWarningCode,
  text: string,
  normalized: string | undefined,
  detail: string | undefined,
  money: boolean,
): CellNumberMessage {
  const q = quote(text);
  const n = normalized ?? "";
  const unitZh = money ? "万元" : "";
  const unitEn = money ? " 万元" : "";
  switch (code) {
    case "BOM":
      return {
        zh: `${q}开头有字节顺序标记（BOM），已删除`,
        en: `${q} starts with a byte-order mark; removed`,
      };
    case "WHITESPACE":
      return { zh: `${q}含多余空格，已删除`, en: `${q} has stray spaces; removed` };
    case "FULLWIDTH":
      return { zh: `${q}含全角字符，已按半角读取`, en: `${q} has full-width characters; read as half-width` };
    case "THOUSANDS":
      return { zh: `${q}含千位分隔符，已删除`, en: `${q} has thousands separators; removed` };
    case "CHINESE_NUMERAL":
      return { zh: `${q}是中文数字，读作${n}`, en: `${q} is written in Chinese numerals; read as ${n}` };
    case "MAGNITUDE":
      return {
        zh: `${q}带“${detail}”字，读作${n}${unitZh}`,
        en: `${q} uses “${detail}”; read as ${n}${unitEn}`,
      };
    case "APPROX":
      return {
        zh: `${q}是约数（“${detail}”），按${n}${unitZh}计`,
        en: `${q} is approximate (“${detail}”); taken as ${n}${unitEn}`,
      };
    case "UNIT_STRIPPED":
      return { zh: `${q}带单位“${detail}”，已删除`, en: `${q} carries the unit “${detail}”; removed` };
    case "UNIT_CONVERTED":
      return {
        zh: `${q}的单位是“${detail}”，已精确换算为${n}万元`,
        en: `${q} is in ${detail}; converted exactly to ${n} 万元`,
      };
    case "SIGN_WORD":
      return { zh: `${q}的“${detail}”读作${n}`, en: `${q}: “${detail}” read as the sign, ${n}` };
    case "SIGN_STRIPPED":
      return { zh: `${q}前的“${detail}”已删除`, en: `${q}: the leading “${detail}” was dropped` };
    case "NOTE_STRIPPED":
      return {
        zh: `${q}的括注“${detail}”不是数值，已忽略，按${n}计`,
        en: `${q}: the note “${detail}” is not part of the value; read as ${n}`,
      };
    case "BLANK":
      return {
        zh: `${q}表示空白，记为空值（不是0）`,
        en: `${q} marks a blank cell; kept as null (not 0)`,
      };
  }
}

/**
 * Moves the decimal point of a non-negative decimal literal by `shift`
 * places (positive: to the right) and returns the canonical form: no
 * leading zeros, no trailing fractional zeros, no trailing point.
 */
function shiftDecimal(literal: string, shift: number): string {
  const [intPart = "", fracPart = ""] = literal.split(".");
  let digits = intPart + fracPart;
  let point = intPart.length + shift;
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const int = digits.slice(0, point).replace(/^0+/, "") || "0";
  const frac = digits.slice(point).replace(/0+$/, "");
  return frac ? `${int}.${frac}` : int;
}

/** nzh option (README "options.outputString") missing from its type declarations: decode to a string, exactly. */
const NZH_STRING_OUTPUT = { outputString: true } as Parameters<typeof nzh.decodeS>[1];

/** Reads a Chinese numeral with nzh and accepts it only if nzh writes it back the same way. */
function readChineseNumeral(core: string): string | undefined {
  const lower = LOWER_NUMERAL.test(core);
  const upper = !lower && UPPER_NUMERAL.test(core);
  if (!lower && !upper) return undefined;
  const canonical = core.replace(/两/g, "二").replace(/〇/g, "零");
  // nzh writes 575400196759 as …亿零十九万… but reads 零十 as 零: spell the 一 out before decoding.
  const decodable = lower ? canonical.replace(/零十/g, "零一十") : canonical.replace(/零拾/g, "零壹拾");
  const decoded = String(
    lower ? nzh.decodeS(decodable, NZH_STRING_OUTPUT) : nzh.decodeB(decodable, NZH_STRING_OUTPUT),
  );
  if (!/^\d+(\.\d+)?$/.test(decoded)) return undefined;
  const forms = lower
    ? [nzh.encodeS(decoded), nzh.encodeS(decoded, { tenMin: false })]
    : [nzh.encodeB(decoded), nzh.encodeB(decoded, { tenMin: true })];
  return forms.includes(canonical) || forms.includes(decodable) ? decoded : undefined;
}

/**
 * Writes a non-negative integer in Chinese numerals (小写), through nzh — the
 * inverse of the Chinese-numeral reading of {@link readCellNumber}.
 * Throws a RangeError for anything else (a programmer error: counts are
 * validated before they are worded).
 *
 * @example
 * // 长春新区科技局 2023: "出台四项规范性文件"
 * toChineseNumeral(4) //=> "四"
 * toChineseNumeral(40000) //=> "四万"
 * toChineseNumeral(105) //=> "一百零五"
 */
export function toChineseNumeral(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0)
    throw new RangeError(`toChineseNumeral: not a non-negative integer: ${n}`);
  return nzh.encodeS(n);
}

function stripPrefix(text: string, list: readonly string[]): [string, string | undefined] {
  for (const p of list) if (text.startsWith(p) && text.length > p.length) return [text.slice(p.length), p];
  return [text, undefined];
}

function stripSuffix(text: string, list: readonly string[]): [string, string | undefined] {
  for (const s of list) if (text.endsWith(s) && text.length > s.length) return [text.slice(0, -s.length), s];
  return [text, undefined];
}

/**
 * The warnings of a reading, in the order noted. Built by push, for speed: an optimised `map`
 * returns a holey list, a second hidden class for the code that reads the warnings.
 */
function warningsOf(
  draft: Draft,
  text: string,
  normalized: string | undefined,
  money: boolean,
): CellNumberWarning[] {
  const out: CellNumberWarning[] = [];
  for (const [code, detail] of draft.codes) {
    out.push({ code, message: warningMessage(code, text, normalized, detail, money) });
  }
  return out;
}

/**
 * A reading's value, built in a literal (no spread), for speed: a number's result has the hidden
 * class of plainDigits' results, a blank's (no `normalized`) one of its own.
 */
function cellNumberValue(normalized: string | undefined, warnings: CellNumberWarning[]): CellNumberValue {
  if (normalized === undefined) return { value: null, warnings };
  return { value: Number(normalized), normalized, warnings };
}

/** ASCII digits alone, few enough to be a safe integer: read without any normalisation. */
const PLAIN_DIGITS = /^[0-9]{1,15}$/;

/** What readCellNumber gives for PLAIN_DIGITS text: the canonical literal, no warning. */
function plainDigits(text: string): CellNumberValue {
  const normalized = shiftDecimal(text, 0);
  return { value: Number(normalized), normalized, warnings: [] };
}

/**
 * Notes the unit and magnitude a cell's number was written with, and returns the decimal
 * shift that remains: money ends in 万元 (251000元 → 25.1, 120万元 → 120, 1.2亿元 → 12000,
 * 12万 → 12), a count keeps its magnitude (4万 → 40000).
 */
function noteUnits(
  draft: Draft,
  at: { money: boolean; unit: string | undefined; magnitude: string | undefined; shift: number },
): number {
  const { money, unit, magnitude } = at;
  let shift = at.shift;
  // Units of money: everything ends in 万元.
  if (money) {
    if (unit === "元") {
      // 251000元 → 25.1万元; 120万元 → 120; 1.2亿元 → 12000
      const total = shift - 4;
      if (total === 0) note(draft, "UNIT_STRIPPED", "万元");
      else note(draft, "UNIT_CONVERTED", magnitude ? `${magnitude}元` : "元");
      shift = total;
    } else if (magnitude) {
      // "12万" in a money cell: 12万元.
      shift -= 4;
      if (shift === 0) note(draft, "UNIT_STRIPPED", "万");
      else note(draft, "UNIT_CONVERTED", `${magnitude}元`);
    }
  } else {
    if (magnitude) note(draft, "MAGNITUDE", magnitude);
    if (unit) note(draft, "UNIT_STRIPPED", unit);
  }
  return shift;
}

/**
 * Reads the text of one table cell as a number, leniently, reporting every
 * normalisation as a bilingual warning and rejecting (never throwing on)
 * what is not a number of the kind asked for.
 *
 * - Blank tokens ({@link BLANK_TOKENS}: "", "/", "—", "-", "无" …) give
 *   `value: null` with a BLANK warning — a blank is not 0.
 * - Counts (default) are non-negative integers: "1.5" and "-18" are errors.
 * - `signed: true` (2019 本年增/减) allows "+1036", "-18", "－8", "增5", "减3".
 * - `money: true` reads 万元: "9116.36" stays 9116.36; "251000元" → 25.1;
 *   "120万元" → 120; conversions move the decimal point of the literal, so
 *   `normalized` holds the exact decimal string.
 *
 * @param text the cell text as published or submitted
 * @param opts what kind of number the cell holds
 * @returns `{ value, normalized, warnings }` or `{ error }`
 *
 * @example
 * // 盐池县 2020: "累计…主动公开各类信息 4 萬餘條"
 * readCellNumber("4萬餘條").value //=> 40000 (warnings MAGNITUDE, APPROX, UNIT_STRIPPED)
 * readCellNumber("四万").value //=> 40000 (warning CHINESE_NUMERAL)
 * readCellNumber("—").value //=> null (warning BLANK)
 * // 上海市人民政府办公厅 2019, 采购总金额
 * readCellNumber("251000元", { money: true }).normalized //=> "25.1"
 * readCellNumber("减8", { signed: true }).value //=> -8
 * readCellNumber("-18") //=> { error: { code: "NEGATIVE", … } }
 */
export function readCellNumber(text: string, opts: ReadCellNumberOptions = {}): CellNumberResult {
  // For speed: most cells are plain digits, which every step below leaves as they are.
  if (PLAIN_DIGITS.test(text)) return plainDigits(text);
  const signed = opts.signed === true;
  const money = opts.money === true;
  const draft: Draft = { codes: new Map() };
  let s = text;

  if (s.includes("\uFEFF")) {
    s = s.replace(/\uFEFF/g, "");
    note(draft, "BOM");
  }
  const trimmed = s.replace(EDGE_SPACES, "");
  if (trimmed !== s) note(draft, "WHITESPACE");
  s = trimmed;

  if (BLANK_TOKENS.includes(s) || DASH_RUN.test(s)) {
    note(draft, "BLANK");
    return cellNumberValue(undefined, warningsOf(draft, text, undefined, money));
  }

  // A note in brackets after the value (before the width check, so that the
  // full-width brackets of the note are not reported): 22（其中修订16件）.
  const noted = /^(.*?[^(（\s])[\s]*[(（]([^()（）]*)[)）]$/.exec(s);
  if (noted) {
    s = noted[1] ?? s;
    note(draft, "NOTE_STRIPPED", noted[2]);
  }

  const half = toHalfWidth(s);
  if (half !== s) note(draft, "FULLWIDTH");
  s = foldCountCharacters(half);
  // minus signs that are not ASCII
  s = s.replace(/^[−﹣]/, "-");
  if (BLANK_TOKENS.includes(s) || DASH_RUN.test(s)) {
    note(draft, "BLANK");
    return cellNumberValue(undefined, warningsOf(draft, text, undefined, money));
  }

  if (SPACED_DIGITS.test(s)) return fail("SPACED_DIGITS", text);
  const unspaced = s.replace(INNER_SPACES, "");
  if (unspaced !== s) note(draft, "WHITESPACE");
  s = unspaced;

  // Sign.
  let negative = false;
  const signMatch = /^([+-]|增加|减少|增|减)/.exec(s);
  const sign = signMatch?.[1] ?? "";
  if (sign !== "" && s.length > sign.length) {
    const minus = sign === "-" || sign.startsWith("减");
    s = s.slice(sign.length);
    if (minus) {
      if (!signed) return fail("NEGATIVE", text);
      negative = true;
    } else if (!signed) {
      note(draft, "SIGN_STRIPPED", sign);
    }
    if (signed && sign.length > 0 && sign !== "+" && sign !== "-") note(draft, "SIGN_WORD", sign);
  }

  // Approximation prefix (约, 近 …).
  const [afterPrefix, approxPrefix] = stripPrefix(s, APPROX_PREFIXES);
  s = afterPrefix;

  // Unit.
  let unit: string | undefined;
  if (money) {
    if (s.endsWith("元") && s.length > 1) {
      s = s.slice(0, -1);
      unit = "元";
    } else {
      const [, countUnit] = stripSuffix(s, COUNT_UNITS);
      if (countUnit && /\d|[零〇一二两三四五六七八九十]/.test(s.slice(0, -countUnit.length)))
        return fail("WRONG_UNIT", text, countUnit);
    }
  } else {
    const [rest, countUnit] = stripSuffix(s, COUNT_UNITS);
    if (countUnit) {
      s = rest;
      unit = countUnit;
    } else if (/\d元$|[万亿]元$/.test(s)) {
      return fail("WRONG_UNIT", text, s.endsWith("万元") ? "万元" : s.endsWith("亿元") ? "亿元" : "元");
    }
  }

  // Approximation suffix (余, 多 …).
  const [afterSuffix, approxSuffix] = stripSuffix(s, APPROX_SUFFIXES);
  s = afterSuffix;

  // Magnitude after digits (4万, 1.2亿); Chinese numerals carry their own.
  let shift = 0;
  let magnitude: string | undefined;
  const mag = /^([0-9.,]+)([万亿])$/.exec(s);
  if (mag) {
    s = mag[1] ?? s;
    magnitude = mag[2];
    shift = magnitude === "万" ? 4 : 8;
  }

  // Core number.
  let literal: string;
  if (/^[0-9][0-9,]*(\.[0-9]+)?$/.test(s)) {
    if (s.includes(",")) {
      if (!/^[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$/.test(s)) return fail("BAD_THOUSANDS", text);
      note(draft, "THOUSANDS");
      s = s.replace(/,/g, "");
    }
    literal = s;
  } else {
    const chinese = readChineseNumeral(s);
    if (chinese === undefined) return fail("NOT_A_NUMBER", text);
    note(draft, "CHINESE_NUMERAL");
    literal = chinese;
  }

  shift = noteUnits(draft, { money, unit, magnitude, shift });
  const approx = [approxPrefix, approxSuffix].filter(Boolean).join("…");
  if (approx) note(draft, "APPROX", approx);

  const magnitudeValue = shiftDecimal(literal, shift);
  if (!money && magnitudeValue.includes(".")) return fail("NOT_INTEGER", text);
  if (!money && !Number.isSafeInteger(Number(magnitudeValue))) return fail("TOO_LARGE", text);
  const normalized = negative && magnitudeValue !== "0" ? `-${magnitudeValue}` : magnitudeValue;
  return cellNumberValue(normalized, warningsOf(draft, text, normalized, money));
}

/**
 * Whether a {@link readCellNumber} result is an error.
 *
 * @example
 * isCellNumberFailure(readCellNumber("abc")) //=> true
 * isCellNumberFailure(readCellNumber("52")) //=> false
 */
export function isCellNumberFailure(result: CellNumberResult): result is CellNumberFailure {
  return "error" in result;
}
