// One input cell of the fill-in workbook read exactly, or refused with its address: a
// number as typed, never the result of a formula, never a date or a text taken for a number
// by guessing. What exceljs gives for a cell (number, string, rich text, formula, date,
// boolean, error) is sorted first, then checked against what the cell holds.
import { AGENCY_LEVEL_NAMES, type AgencyLevel } from "./agency.js";
import { decimalPlaces } from "./decimal.js";
import type { CellUnit } from "./formats/types.js";
import { type Issue, type Message, message } from "./issues.js";
import { sheetCellLocation } from "./location.js";

/** A cell's content as the reader sees it. */
export type FormContent =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "formula"; readonly formula: string }
  | { readonly kind: "date" }
  | { readonly kind: "boolean"; readonly value: boolean }
  | { readonly kind: "error"; readonly error: string };

/**
 * What an exceljs cell value is: empty (also text of spaces only), a number, a text (rich
 * text joined, a hyperlink's text), a formula (shared ones too, whatever their cached
 * result), a date, a boolean or an error value (#DIV/0!).
 */
export function formContent(value: unknown): FormContent {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (typeof value === "string")
    return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value };
  if (value instanceof Date) return { kind: "date" };
  if (typeof value !== "object") return { kind: "text", text: String(value) };
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) {
    return { kind: "formula", formula: String(v.formula ?? v.sharedFormula ?? "") };
  }
  if (typeof v.error === "string") return { kind: "error", error: v.error };
  if (Array.isArray(v.richText)) {
    return formContent(v.richText.map((r) => String((r as { text?: unknown }).text ?? "")).join(""));
  }
  if (typeof v.text === "string") return formContent(v.text);
  return { kind: "text", text: JSON.stringify(value) };
}

/** Where a cell is, for messages and issues: 表三!D7. */
export interface FormPlace {
  /** `表三!D7`. */
  readonly at: string;
  /** What the cell is: its code (table3/received/naturalPerson) or field (agency.level). */
  readonly code: string;
  readonly file?: string;
}

/** A located, bilingual issue about one cell. */
export function formCellIssue(
  place: FormPlace,
  code: string,
  severity: Issue["severity"],
  value: unknown,
  what: Message,
): Issue {
  return {
    code,
    severity,
    location: sheetCellLocation(place.at, place.file),
    value,
    message: message(`${place.at}（${place.code}）${what.zh}`, `${place.at} (${place.code}): ${what.en}`),
  };
}

/** Why content that is not a plain value cannot be read: formula, date, boolean, error. */
function notAValue(c: FormContent): Message | undefined {
  switch (c.kind) {
    case "formula":
      return message(
        `是公式 =${c.formula}，公式不读取（不计算），请直接填写数值`,
        `holds the formula =${c.formula}; formulas are not read (never evaluated): type the value itself`,
      );
    case "date":
      return message(
        "是日期，不是数值（可能被 Excel 自动转成了日期）",
        "holds a date, not a number (perhaps turned into one by Excel)",
      );
    case "boolean":
      return message(`是逻辑值 ${c.value}，不是数值`, `holds the logical value ${c.value}, not a number`);
    case "error":
      return message(`是错误值 ${c.error}`, `holds the error value ${c.error}`);
    default:
      return undefined;
  }
}

const UNIT_RULE: Readonly<Record<CellUnit, Message>> = {
  count: message("须为不小于 0 的整数（件数）", "must be a whole number ≥ 0 (a count)"),
  signedCount: message("须为整数（本年增/减可为负数）", "must be a whole number (a change may be negative)"),
  wan: message("须为不小于 0 的数（万元，最多 4 位小数）", "must be a number ≥ 0 (万元, at most 4 decimals)"),
};

/** Text that is a plain numeral of the unit (digits, a sign for a change, 4 decimals for 万元). */
const NUMERAL: Readonly<Record<CellUnit, RegExp>> = {
  count: /^\d+$/,
  signedCount: /^-?\d+$/,
  wan: /^\d+(\.\d+)?$/,
};

/** Whether a number fits the unit exactly. */
function fitsUnit(n: number, unit: CellUnit): boolean {
  if (unit === "wan") return Number.isFinite(n) && n >= 0 && decimalPlaces(n) <= 4;
  return Number.isSafeInteger(n) && (unit === "signedCount" || n >= 0);
}

/** A cell's value read, or the issue that refuses it; warnings for what was read with a remark. */
export type FormRead<T> = { readonly value: T; readonly warning?: Issue } | { readonly issue: Issue };

/**
 * A table cell's value: empty is blank (null, never 0); a number that fits the unit as it
 * is; text that is a plain numeral of the unit (12 entered as text) with a warning; every
 * other content refused with the cell's address: other text, 1.5 or -3 where a count is
 * required, more than 4 decimals in 万元, a formula, a date, a logical or an error value.
 */
export function readFormNumber(
  content: FormContent,
  unit: CellUnit,
  place: FormPlace,
): FormRead<number | null> {
  if (content.kind === "empty") return { value: null };
  const refuse = (value: unknown, why: Message): FormRead<number | null> => ({
    issue: formCellIssue(place, "FORM-CELL-VALUE", "error", value, why),
  });
  const odd = notAValue(content);
  if (odd) return refuse(content.kind === "formula" ? `=${content.formula}` : content.kind, odd);
  const rule = UNIT_RULE[unit];
  if (content.kind === "number") {
    return fitsUnit(content.value, unit)
      ? { value: content.value === 0 ? 0 : content.value }
      : refuse(content.value, message(`${rule.zh}：${content.value}`, `${rule.en}: ${content.value}`));
  }
  if (content.kind !== "text") return refuse(content.kind, rule);
  const text = content.text.trim();
  const n = Number(text);
  if (!NUMERAL[unit].test(text) || !fitsUnit(n, unit) || (unit === "wan" && decimalPlaces(text) > 4)) {
    return refuse(
      text,
      message(`${rule.zh}，填的是文本“${text}”`, `${rule.en}; it holds the text "${text}"`),
    );
  }
  const remark = message(
    `以文本形式填写的“${text}”按数值 ${n} 读取`,
    `the text "${text}" is read as the number ${n}`,
  );
  return {
    value: n === 0 ? 0 : n,
    warning: formCellIssue(place, "FORM-CELL-TEXT-NUMBER", "warning", text, remark),
  };
}

/** A text field (the unit's name, a section's wording): text as typed, a number as written; empty is absent. */
export function readFormText(content: FormContent, place: FormPlace): FormRead<string | undefined> {
  if (content.kind === "empty") return { value: undefined };
  if (content.kind === "text") return { value: content.text.trim() };
  if (content.kind === "number") return { value: String(content.value) };
  const why = notAValue(content) ?? message("不是文字", "is not text");
  return { issue: formCellIssue(place, "FORM-CELL-VALUE", "error", content.kind, why) };
}

const LEVELS = Object.entries(AGENCY_LEVEL_NAMES) as [AgencyLevel, string][];

/** The unit's level: its Chinese name as the form lists it (乡镇) or its code (township); empty is absent. */
export function readFormLevel(content: FormContent, place: FormPlace): FormRead<AgencyLevel | undefined> {
  const text = readFormText(content, place);
  if ("issue" in text) return text;
  const t = text.value;
  if (t === undefined) return { value: undefined };
  const hit = LEVELS.find(([code, name]) => t === name || t === code);
  if (hit) return { value: hit[0] };
  const names = LEVELS.map(([, name]) => name);
  return {
    issue: formCellIssue(
      place,
      "FORM-CELL-VALUE",
      "error",
      t,
      message(
        `单位级别须为 ${names.join("、")} 之一：${t}`,
        `the level must be one of ${names.join(", ")}: ${t}`,
      ),
    ),
  };
}

/** The report year: a whole number from 2008 (the regulations took effect) to 2100; empty is absent. */
export function readFormYear(content: FormContent, place: FormPlace): FormRead<number | undefined> {
  if (content.kind === "empty") return { value: undefined };
  const text = content.kind === "text" ? content.text.trim() : "";
  const n = content.kind === "number" ? content.value : /^\d{4}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(n) && n >= 2008 && n <= 2100) return { value: n };
  const shown =
    content.kind === "number" ? content.value : content.kind === "text" ? content.text : content.kind;
  const why =
    notAValue(content) ??
    message(
      `年度须为 2008 至 2100 之间的整数：${shown}`,
      `the year must be a whole number from 2008 to 2100: ${shown}`,
    );
  return { issue: formCellIssue(place, "FORM-CELL-VALUE", "error", shown, why) };
}
