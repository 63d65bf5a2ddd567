// The report's tables as TablesSchema gives them, worked out without zod when they certainly
// pass it. Validating a report spends most of zod's time on its ~200 cells; after
// normalisation (validate.ts) their values are numbers or null in fresh plain objects, and
// the common case needs only this walk. Anything else is left to zod, which words the issues.
import type { Tables } from "./report.js";

const TABLE_KEYS = ["table2", "table3", "table4"] as const;

/** An object made by `{}` (prototype Object.prototype): a subset of what zod takes for a record. */
function isLiteralObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && Object.getPrototypeOf(x) === Object.prototype;
}

/** Whether a value is what `z.nullable(z.number())` accepts unchanged: null or a finite number. */
function isCellValue(v: unknown): v is number | null {
  return v === null || (typeof v === "number" && Number.isFinite(v));
}

/** A key zod copies as an own property ("__proto__" would set a prototype instead). */
function isCopiedKey(key: string | symbol): key is string {
  return typeof key === "string" && key !== "__proto__";
}

/** A table whose every row is a literal object of cell values; own keys only, no symbols. */
function isPlainTable(table: unknown): boolean {
  if (!isLiteralObject(table)) return false;
  for (const row of Reflect.ownKeys(table)) {
    if (!isCopiedKey(row)) return false;
    const cols = table[row];
    if (!isLiteralObject(cols)) return false;
    for (const col of Reflect.ownKeys(cols)) {
      if (!isCopiedKey(col) || !isCellValue(cols[col])) return false;
    }
  }
  return true;
}

/**
 * The tables TablesSchema would return for `tables` when it certainly accepts them (only the
 * keys table2–table4, each a table of number-or-null cells), with zod's key order (its shape's,
 * table2 first); otherwise undefined. The tables' own objects are reused: zod would copy them
 * with the same keys in the same order, so use this only on objects no one else holds.
 */
export function tablesAsParsed(tables: unknown): Tables | undefined {
  if (!isLiteralObject(tables)) return undefined;
  for (const key of Reflect.ownKeys(tables)) {
    if (!TABLE_KEYS.includes(key as (typeof TABLE_KEYS)[number])) return undefined;
    if (!isPlainTable(tables[key as string])) return undefined;
  }
  const out: Tables = {};
  for (const key of TABLE_KEYS) {
    if (Object.hasOwn(tables, key)) out[key] = tables[key] as Tables[typeof key];
  }
  return out;
}
