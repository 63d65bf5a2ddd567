// One table cell's value: read from a number or a text ("１２", "四万", "/", "9116.36万元")
// and checked against the cell's unit (counts are whole numbers ≥ 0, signed counts whole
// numbers, money ≥ 0 in 万元 with at most 4 decimals).
import { decimalPlaces } from "./decimal.js";
import type { CellUnit } from "./formats/types.js";
import { type Issue, message } from "./issues.js";
import { isCellNumberFailure, readCellNumber } from "./numbers.js";

type Path = readonly (string | number)[];

function cellIssue(
  code: string,
  severity: Issue["severity"],
  path: Path,
  value: unknown,
  zh: string,
  en: string,
): Issue {
  return { code, severity, location: { kind: "json", path }, value, message: message(zh, en) };
}

/** A count or signed count that is not a whole number (1.5, Infinity, NaN) or a count below 0. */
function wholeNumberIssue(value: number, unit: CellUnit, path: Path): Issue | undefined {
  if (unit === "count" && (!Number.isInteger(value) || value < 0)) {
    const where = path.join(".");
    return cellIssue(
      "CELL-COUNT",
      "error",
      path,
      value,
      `${where} 须为不小于 0 的整数：${value}`,
      `${where} must be a whole number ≥ 0: ${value}`,
    );
  }
  if (unit === "signedCount" && !Number.isInteger(value)) {
    const where = path.join(".");
    return cellIssue(
      "CELL-COUNT",
      "error",
      path,
      value,
      `${where} 须为整数：${value}`,
      `${where} must be a whole number: ${value}`,
    );
  }
  return undefined;
}

/**
 * Whether a value is taken as it is, with no issue: null, or a number that
 * {@link checkCellValue} finds nothing to say about (what normalizeCellValue keeps unchanged).
 */
export function isCleanCellValue(value: unknown, unit: CellUnit): boolean {
  if (value === null) return true;
  if (typeof value !== "number") return false;
  if (unit === "count") return Number.isInteger(value) && value >= 0;
  if (unit === "signedCount") return Number.isInteger(value);
  return Number.isFinite(value) && value >= 0 && decimalPlaces(value) <= 4;
}

/**
 * Checks one cell value against its unit: counts are whole numbers ≥ 0, signed counts whole
 * numbers, money finite and ≥ 0 with at most 4 decimals (CELL-MONEY-PRECISION, a warning).
 */
export function checkCellValue(value: number | null, unit: CellUnit, path: Path): Issue[] {
  if (value === null) return [];
  // Most cells are fine: their place is written out only for an issue.
  if (unit !== "wan") {
    const bad = wholeNumberIssue(value, unit, path);
    return bad ? [bad] : [];
  }
  const where = path.join(".");
  if (!Number.isFinite(value)) {
    return [
      cellIssue(
        "CELL-COUNT",
        "error",
        path,
        value,
        `${where} 不是有限数字`,
        `${where} is not a finite number`,
      ),
    ];
  }
  const out: Issue[] = [];
  if (value < 0) {
    out.push(
      cellIssue(
        "CELL-MONEY",
        "error",
        path,
        value,
        `${where} 金额不能为负数：${value}`,
        `${where}: an amount cannot be negative: ${value}`,
      ),
    );
  }
  if (decimalPlaces(value) > 4) {
    out.push(
      cellIssue(
        "CELL-MONEY-PRECISION",
        "warning",
        path,
        value,
        `${where} 金额（万元）超过4位小数：${value}`,
        `${where}: the amount in 万元 has more than 4 decimals: ${value}`,
      ),
    );
  }
  return out;
}

/**
 * Reads a cell value given as a number or as text ("１２", "四万", "/", "—", "9116.36万元")
 * into a number or null, with a warning for every normalisation.
 */
export function normalizeCellValue(
  input: unknown,
  unit: CellUnit,
  path: Path,
): { value: number | null; raw?: string; issues: Issue[] } | { error: Issue } {
  if (input === null) return { value: null, issues: [] };
  if (typeof input === "number") return { value: input, issues: [] };
  const where = path.join(".");
  if (typeof input !== "string") {
    return {
      error: cellIssue("CELL-COUNT", "error", path, input, `${where} 应为数字`, `${where} must be a number`),
    };
  }
  const r = readCellNumber(input, { signed: unit === "signedCount", money: unit === "wan" });
  if (isCellNumberFailure(r)) {
    return {
      error: cellIssue(
        `CELL-${r.error.code}`,
        "error",
        path,
        input,
        `${where}：${r.error.message.zh}`,
        `${where}: ${r.error.message.en}`,
      ),
    };
  }
  const issues = r.warnings.map<Issue>((w) =>
    cellIssue(
      w.code === "BLANK" ? "CELL-BLANK" : `NORMALIZED-${w.code}`,
      "warning",
      path,
      input,
      `${where}：${w.message.zh}`,
      `${where}: ${w.message.en}`,
    ),
  );
  const value = r.value === null ? null : Number(r.normalized ?? r.value);
  const plain = r.normalized !== undefined && input.trim() === r.normalized;
  return plain || value === null ? { value, issues } : { value, raw: input, issues };
}
