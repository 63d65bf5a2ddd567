// What a user types into a figure cell of the grid, read as the cell's unit asks: a whole
// number ≥ 0 for counts, a whole number (with its sign) for the 2019 format's 本年增/减, an
// amount in 万元 with at most 4 decimals; blank is null (a blank cell, never 0). Anything
// else is refused with a bilingual message and never stored.
import { type CellUnit, type FormatId, findCell, toHalfWidth, type Message } from "@disclosure/schema";

export type CellInput =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false; readonly message: Message };

const RULES: Readonly<Record<CellUnit, { re: RegExp; zh: string; en: string }>> = {
  count: { re: /^\d+$/, zh: "须为 0 或正整数", en: "must be a whole number ≥ 0" },
  signedCount: {
    re: /^[+-]?\d+$/,
    zh: "须为整数（可带正负号）",
    en: "must be a whole number (a sign allowed)",
  },
  wan: {
    re: /^\d+(?:\.\d{1,4})?$/,
    zh: "须为不小于 0 的金额（万元），最多 4 位小数",
    en: "must be an amount ≥ 0 in 万元 with at most 4 decimals",
  },
};

/** The unit of a cell of the format (counts where the format does not say otherwise). */
export function cellUnit(format: FormatId, table: string, row: string, col: string): CellUnit {
  return findCell(format, table, row, col, { collapsedOtherHandling: true })?.unit ?? "count";
}

/**
 * Reads what was typed into a cell.
 * @example readCellInput("７", "count") //=> { ok: true, value: 7 }
 */
export function readCellInput(typed: string, unit: CellUnit): CellInput {
  const text = toHalfWidth(typed).trim().replace(/,/g, "");
  if (text === "") return { ok: true, value: null };
  const rule = RULES[unit];
  const n = Number(text);
  if (!rule.re.test(text) || !Number.isFinite(n) || (unit !== "wan" && !Number.isSafeInteger(n))) {
    return {
      ok: false,
      message: {
        zh: `${rule.zh}，“${typed.trim()}”不可用`,
        en: `${rule.en}; “${typed.trim()}” cannot be used`,
      },
    };
  }
  return { ok: true, value: n === 0 ? 0 : n };
}
