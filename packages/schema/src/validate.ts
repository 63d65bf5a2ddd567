// Validation of reports and cells that never throws on user data: every issue is
// located (JSON path) and worded in Chinese with an English twin; lenient input
// (numbers as text, full-width digits, Chinese numerals, blanks) is normalised with
// a warning for each change.
import type * as z from "zod";
import { decimalPlaces } from "./decimal.js";
import { cellKey, findCell } from "./formats/lookup.js";
import type { CellUnit, FormatId, TableId } from "./formats/types.js";
import { type Issue, type Result, issueList, message } from "./issues.js";
import { isCellNumberFailure, readCellNumber } from "./numbers.js";
import { type Cell, CellSchema, type Report, ReportSchema } from "./report.js";

const TABLES: readonly TableId[] = ["table2", "table3", "table4"];

/** The current year in China (reports may be drafted for the year in progress). */
function currentYear(): number {
  return Number(
    new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(new Date()),
  );
}

const ZOD_TYPE_ZH: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  null: "空值",
  undefined: "未填写",
};

/** A zod issue as one of ours: located, bilingual. */
export function fromZodIssue(zi: z.core.$ZodIssue, base: readonly (string | number)[] = []): Issue {
  const path = [...base, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const field = path.length ? path.join(".") : "(根)";
  const fieldEn = path.length ? path.join(".") : "(root)";
  let zh: string;
  let en: string;
  const last = path.at(-1);
  switch (zi.code) {
    case "invalid_type": {
      const expected = String((zi as { expected?: string }).expected ?? "");
      const missing = (zi as { input?: unknown }).input === undefined;
      zh = missing ? `缺少必填项 ${field}` : `${field} 应为${ZOD_TYPE_ZH[expected] ?? expected}`;
      en = missing
        ? `${fieldEn} is required`
        : `${fieldEn} must be ${expected === "int" ? "an integer" : `a ${expected}`}`;
      break;
    }
    case "too_small":
    case "too_big": {
      const bound =
        (zi as { minimum?: unknown; maximum?: unknown }).minimum ?? (zi as { maximum?: unknown }).maximum;
      if (last === "year") {
        zh = `年份必须是 2008 至今的整数（${field}）`;
        en = `year must be an integer from 2008 on (${fieldEn})`;
      } else {
        const small = zi.code === "too_small";
        zh = `${field} ${small ? "不能小于" : "不能大于"} ${String(bound)}`;
        en = `${fieldEn} must be ${small ? "at least" : "at most"} ${String(bound)}`;
      }
      break;
    }
    case "invalid_value": {
      const values = ((zi as { values?: unknown[] }).values ?? []).map(String).join(" / ");
      zh = `${field} 的取值无效，应为：${values}`;
      en = `${fieldEn} is not one of: ${values}`;
      break;
    }
    case "invalid_format":
      zh = `${field} 格式无效${(zi as { format?: string }).format === "date" ? "，日期应为 YYYY-MM-DD" : ""}`;
      en = `${fieldEn} has an invalid format${(zi as { format?: string }).format === "date" ? "; dates are YYYY-MM-DD" : ""}`;
      break;
    case "unrecognized_keys": {
      const keys = ((zi as { keys?: string[] }).keys ?? []).join(", ");
      zh = `${field} 含有无法识别的字段：${keys}`;
      en = `${fieldEn} has unknown keys: ${keys}`;
      break;
    }
    case "invalid_union":
      zh = `${field} 不符合任何一种记录类型`;
      en = `${fieldEn} matches none of the record types`;
      break;
    default:
      zh = `${field} 无效：${zi.message}`;
      en = `${fieldEn} is invalid: ${zi.message}`;
  }
  return {
    code: `SCHEMA-${zi.code.toUpperCase().replace(/_/g, "-")}`,
    severity: "error",
    message: { zh, en },
    path,
  };
}

/**
 * Checks one cell value against its unit: counts are integers ≥ 0, signed counts
 * integers, money ≥ 0 with at most 4 decimals (CELL-MONEY-PRECISION, a warning).
 */
export function checkCellValue(
  value: number | null,
  unit: CellUnit,
  path: readonly (string | number)[],
): Issue[] {
  if (value === null) return [];
  const where = path.join(".");
  if (!Number.isFinite(value)) {
    return [
      {
        code: "CELL-COUNT",
        severity: "error",
        path,
        value,
        message: message(`${where} 不是有限数字`, `${where} is not a finite number`),
      },
    ];
  }
  if (unit === "wan") {
    const out: Issue[] = [];
    if (value < 0) {
      out.push({
        code: "CELL-MONEY",
        severity: "error",
        path,
        value,
        message: message(
          `${where} 金额不能为负数：${value}`,
          `${where}: an amount cannot be negative: ${value}`,
        ),
      });
    }
    if (decimalPlaces(value) > 4) {
      out.push({
        code: "CELL-MONEY-PRECISION",
        severity: "warning",
        path,
        value,
        message: message(
          `${where} 金额（万元）超过4位小数：${value}`,
          `${where}: the amount in 万元 has more than 4 decimals: ${value}`,
        ),
      });
    }
    return out;
  }
  if (!Number.isInteger(value)) {
    return [
      {
        code: "CELL-COUNT",
        severity: "error",
        path,
        value,
        message: message(`${where} 应为整数：${value}`, `${where} must be an integer: ${value}`),
      },
    ];
  }
  if (unit === "count" && value < 0) {
    return [
      {
        code: "CELL-COUNT",
        severity: "error",
        path,
        value,
        message: message(`${where} 不能为负数：${value}`, `${where} cannot be negative: ${value}`),
      },
    ];
  }
  return [];
}

/**
 * Reads a cell value given as a number or as text ("１２", "四万", "/", "—", "9116.36万元")
 * into a number or null, with a warning for every normalisation.
 */
export function normalizeCellValue(
  input: unknown,
  unit: CellUnit,
  path: readonly (string | number)[],
): { value: number | null; raw?: string; issues: Issue[] } | { error: Issue } {
  if (input === null) return { value: null, issues: [] };
  if (typeof input === "number") return { value: input, issues: [] };
  if (typeof input !== "string") {
    const where = path.join(".");
    return {
      error: {
        code: "CELL-COUNT",
        severity: "error",
        path,
        value: input,
        message: message(`${where} 应为数字`, `${where} must be a number`),
      },
    };
  }
  const r = readCellNumber(input, { signed: unit === "signedCount", money: unit === "wan" });
  const where = path.join(".");
  if (isCellNumberFailure(r)) {
    return {
      error: {
        code: `CELL-${r.error.code}`,
        severity: "error",
        path,
        value: input,
        message: message(`${where}：${r.error.message.zh}`, `${where}: ${r.error.message.en}`),
      },
    };
  }
  const issues = r.warnings.map<Issue>((w) => ({
    code: w.code === "BLANK" ? "CELL-BLANK" : `NORMALIZED-${w.code}`,
    severity: "warning",
    path,
    value: input,
    message: message(`${where}：${w.message.zh}`, `${where}: ${w.message.en}`),
  }));
  const value = r.value === null ? null : Number(r.normalized ?? r.value);
  const plain = r.normalized !== undefined && input.trim() === r.normalized;
  return plain || value === null ? { value, issues } : { value, raw: input, issues };
}

export interface ValidateOptions {
  /** Where the input came from, prefixed to locations. */
  file?: string;
}

/**
 * Validates a report given as parsed JSON. Never throws on user data: returns the
 * strict report (numbers normalised) with warnings, or the located, bilingual issues.
 * @example validateReport({ agency: { name: "盐池县人民政府", level: "county" }, year: 2020, format: "2019", tables: { table3: { received: { total: "５" } } } }).ok //=> true (one FULLWIDTH warning)
 */
export function validateReport(input: unknown, opts: ValidateOptions = {}): Result<Report> {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const file = opts.file ? { file: opts.file } : {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          code: "REPORT-NOT-OBJECT",
          severity: "error",
          path: [],
          ...file,
          message: message("报告应为 JSON 对象", "a report must be a JSON object"),
        },
      ],
      warnings,
    };
  }
  const obj = { ...(input as Record<string, unknown>) };
  const format: FormatId | undefined =
    obj.format === "2019" || obj.format === "2021" ? obj.format : undefined;

  // Normalise the table values first so that "５" or "—" are not type errors.
  const tablesIn = obj.tables;
  if (format && typeof tablesIn === "object" && tablesIn !== null && !Array.isArray(tablesIn)) {
    const tables: Record<string, unknown> = {};
    const raw: Record<string, string> = { ...((obj.raw as Record<string, string> | undefined) ?? {}) };
    for (const [table, rows] of Object.entries(tablesIn as Record<string, unknown>)) {
      if (
        !TABLES.includes(table as TableId) ||
        typeof rows !== "object" ||
        rows === null ||
        Array.isArray(rows)
      ) {
        tables[table] = rows;
        continue;
      }
      const outRows: Record<string, unknown> = {};
      for (const [row, cols] of Object.entries(rows as Record<string, unknown>)) {
        if (typeof cols !== "object" || cols === null || Array.isArray(cols)) {
          outRows[row] = cols;
          continue;
        }
        const outCols: Record<string, unknown> = {};
        for (const [col, v] of Object.entries(cols as Record<string, unknown>)) {
          const path = ["tables", table, row, col];
          const def = findCell(format, table, row, col, { collapsedOtherHandling: true });
          if (!def) {
            issues.push({
              code: "CELL-UNKNOWN",
              severity: "error",
              path,
              ...file,
              value: v,
              message: message(
                `${format}年格式的${table}中没有行 ${row} / 列 ${col}`,
                `the ${format} format's ${table} has no row ${row} / column ${col}`,
              ),
            });
            continue;
          }
          const n = normalizeCellValue(v, def.unit, path);
          if ("error" in n) {
            issues.push({ ...n.error, ...file });
            continue;
          }
          warnings.push(...n.issues.map((i) => ({ ...i, ...file })));
          issues.push(...checkCellValue(n.value, def.unit, path).map((i) => ({ ...i, ...file })));
          if (n.raw !== undefined) raw[cellKey(table, row, col)] = n.raw;
          outCols[col] = n.value;
        }
        outRows[row] = outCols;
      }
      tables[table] = outRows;
    }
    obj.tables = tables;
    if (Object.keys(raw).length) obj.raw = raw;
  }

  const parsed = ReportSchema.safeParse(obj);
  if (!parsed.success) issues.push(...parsed.error.issues.map((zi) => ({ ...fromZodIssue(zi), ...file })));
  if (parsed.success && parsed.data.year > currentYear()) {
    issues.push({
      code: "REPORT-YEAR-FUTURE",
      severity: "error",
      path: ["year"],
      ...file,
      value: parsed.data.year,
      message: message(
        `年份必须是 2008 至今的整数（${parsed.data.year} 在今年之后）`,
        `year must be an integer from 2008 on (${parsed.data.year} is in the future)`,
      ),
    });
  }
  // Money and warning-level issues do not make a report unusable.
  const errors = issues.filter((i) => i.severity === "error");
  warnings.push(...issues.filter((i) => i.severity === "warning"));
  if (errors.length || !parsed.success) return { ok: false, issues: errors, warnings };
  return { ok: true, value: parsed.data, warnings };
}

const CELL_SHAPE = CellSchema.omit({ value: true });

/**
 * Validates a list of cells in the interchange form against a format, normalising
 * text values. Locations are `cells[i]` paths, or file lines when given.
 */
export function validateCells(
  input: unknown,
  opts: { format: FormatId; file?: string; lines?: readonly number[]; maxIssues?: number },
): Result<Cell[]> {
  const errorList = issueList(opts.maxIssues);
  const warningList = issueList(opts.maxIssues);
  const issues = errorList;
  const warnings = warningList;
  if (!Array.isArray(input)) {
    return {
      ok: false,
      issues: [
        {
          code: "CELLS-NOT-ARRAY",
          severity: "error",
          path: [],
          file: opts.file,
          message: message("单元格列表应为数组", "cells must be an array"),
        },
      ],
      warnings: [],
    };
  }
  const out: Cell[] = [];
  input.forEach((item, i) => {
    const it = item as Partial<Record<keyof Cell, unknown>> | null;
    const loc = opts.lines ? { file: opts.file, line: opts.lines[i] } : { file: opts.file };
    const path: (string | number)[] = opts.lines ? [] : ["cells", i];
    const fast =
      typeof it === "object" &&
      it !== null &&
      (it.table === "table2" || it.table === "table3" || it.table === "table4") &&
      typeof it.row === "string" &&
      it.row !== "" &&
      typeof it.col === "string" &&
      it.col !== "" &&
      (it.raw === undefined || typeof it.raw === "string");
    if (!fast) {
      const shape = CELL_SHAPE.safeParse(item);
      if (!shape.success) {
        for (const zi of shape.error.issues) issues.push({ ...fromZodIssue(zi, path), ...loc });
        return;
      }
    }
    const c = it as Omit<Cell, "value">;
    const def = findCell(opts.format, c.table, c.row, c.col, { collapsedOtherHandling: true });
    if (!def) {
      issues.push({
        code: "CELL-UNKNOWN",
        severity: "error",
        path,
        ...loc,
        value: `${c.table}/${c.row}/${c.col}`,
        message: message(
          `${opts.format}年格式中没有单元格 ${c.table} / ${c.row} / ${c.col}`,
          `the ${opts.format} format has no cell ${c.table} / ${c.row} / ${c.col}`,
        ),
      });
      return;
    }
    const v = (item as { value?: unknown }).value;
    const vpath = [...path, "value"];
    if (v === undefined) {
      issues.push({
        code: "CELL-VALUE-MISSING",
        severity: "error",
        path: vpath,
        ...loc,
        message: message("单元格缺少 value", "the cell has no value"),
      });
      return;
    }
    const n = normalizeCellValue(v, def.unit, vpath.length ? vpath : [`${c.table}/${c.row}/${c.col}`]);
    if ("error" in n) {
      issues.push({ ...n.error, ...loc });
      return;
    }
    for (const w of n.issues) warnings.push({ ...w, ...loc });
    const bad = checkCellValue(
      n.value,
      def.unit,
      vpath.length ? vpath : [`${c.table}/${c.row}/${c.col}`],
    ).map((w) => ({ ...w, ...loc }));
    const badErrors = bad.filter((b) => b.severity === "error");
    for (const b of bad) if (b.severity === "warning") warnings.push(b);
    if (badErrors.length) {
      for (const b of badErrors) issues.push(b);
      return;
    }
    const raw = c.raw ?? n.raw;
    out.push(
      raw === undefined
        ? { table: c.table, row: c.row, col: c.col, value: n.value }
        : { table: c.table, row: c.row, col: c.col, value: n.value, raw },
    );
  });
  const w = warningList.done(opts.file);
  return errorList.total
    ? { ok: false, value: out, issues: errorList.done(opts.file), warnings: w }
    : { ok: true, value: out, warnings: w };
}
