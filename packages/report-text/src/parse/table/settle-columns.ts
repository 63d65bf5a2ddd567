// Rows of table 三 whose digits run together split in several ways that each add up to the
// row's 总计: a split is taken only if exactly one combination of the rows' candidate splits
// also satisfies the table's column identities — （七）总计 adds up the results, and
// 一 + 二 = 三（七）+ 四 — in every column; otherwise the rows are unread.
import type { Message, SumOf } from "@disclosure/schema";
import { resultSum, table3Balance } from "@disclosure/schema/internal";
import { issue, type SourceLocation } from "../model.js";
import type { Fit } from "./fit.js";
import { readTableRow } from "./read-row.js";
import { msg, type TableReading, unreadRow } from "./result.js";
import type { Slot } from "./slots.js";
import { fitted, splitTokens } from "./split-digits.js";
import { joinTexts } from "../lists.js";
import { type ReadValue, sumOf } from "./sums.js";

/** A table 三 row whose digits run together split in several ways that each add up to its 总计. */
export interface Ambiguous {
  readonly slot: Slot;
  readonly fit: Fit & { ok: false };
  readonly loc: SourceLocation;
}

/** The rows read so far, by code: their values in the order of their columns. */
export type RowValues = Map<string, ReadValue[]>;

const MAX_COMBINATIONS = 20_000;

/** The rows the column identities need: （七）总计 and its result rows, and the balance's rows. */
function identities(reading: TableReading, collapsed: boolean): { results: SumOf; rows: string[] } {
  const results = resultSum(reading.format, { collapsedOtherHandling: collapsed });
  const { left, right } = table3Balance();
  return { results, rows: [...new Set([...left, ...right, results.total, ...results.parts])] };
}

/** Values by row and column under the candidate split `pick[a]` of each ambiguous row. */
function valuesUnder(
  ambiguous: readonly Ambiguous[],
  rowValues: RowValues,
  pick: readonly number[],
): (row: string, col: string) => ReadValue {
  const colAt = new Map(ambiguous[0]?.slot.columns.map((c, j) => [c.code, j]));
  const ambiguousAt = new Map(ambiguous.map((a, i) => [a.slot.code, i]));
  return (row, col) => {
    const j = colAt.get(col) ?? -1;
    const at = ambiguousAt.get(row);
    if (at !== undefined) return Number(ambiguous[at]?.fit.candidates?.[pick[at] ?? -1]?.[j]);
    return rowValues.get(row)?.[j];
  };
}

/** Whether the column identities hold with the candidate split `pick[a]` for each ambiguous row. */
function holds(
  reading: TableReading,
  ambiguous: readonly Ambiguous[],
  rowValues: RowValues,
  results: SumOf,
  pick: readonly number[],
): boolean {
  const lookup = valuesUnder(ambiguous, rowValues, pick);
  const { left, right } = table3Balance();
  for (const c of ambiguous[0]?.slot.columns ?? []) {
    const col = c.code ?? "";
    const sum = (rows: readonly string[]) =>
      sumOf(
        reading.table,
        lookup,
        rows.map((row) => ({ row, col })),
      )?.value;
    if (sum(results.parts) !== sum([results.total])) return false;
    if (sum(left) !== sum(right)) return false;
  }
  return true;
}

/** Every combination of candidate splits (up to two) under which the identities hold. */
function validCombinations(
  reading: TableReading,
  ambiguous: readonly Ambiguous[],
  rowValues: RowValues,
  results: SumOf,
): number[][] {
  const valid: number[][] = [];
  const pick = new Array<number>(ambiguous.length).fill(0);
  const walk = (i: number) => {
    if (valid.length > 1) return;
    if (i === ambiguous.length) {
      if (holds(reading, ambiguous, rowValues, results, pick)) valid.push([...pick]);
      return;
    }
    for (let c = 0; c < (ambiguous[i]?.fit.candidates?.length ?? 0); c++) {
      pick[i] = c;
      walk(i + 1);
    }
  };
  walk(0);
  return valid;
}

function notSettled(found: number): Message {
  return found
    ? msg(
        "数字连在一起，本行总计和表格各列的合计关系都不能唯一确定拆法",
        "digits run together; neither the row's total nor the table's column totals decide how to split them",
      )
    : msg(
        "数字连在一起，没有一种拆法同时符合本行总计和表格各列的合计关系",
        "digits run together; no split fits both the row's total and the table's column totals",
      );
}

/** Reads an ambiguous row with its chosen split, and says why that split. */
function readSettled(reading: TableReading, a: Ambiguous, choice: number, rowValues: RowValues): void {
  const candidates = a.fit.candidates ?? [];
  const digits = a.fit.digits ?? [];
  const parts = candidates[choice];
  if (!parts) {
    unreadRow(reading, a.slot.code, a.slot.columns, a.fit.reason, a.loc);
    return;
  }
  const printed = joinTexts(digits, " ");
  rowValues.set(
    a.slot.code,
    readTableRow(reading, a.slot, fitted(splitTokens(digits, parts), undefined, undefined), a.loc),
  );
  reading.warnings.push(
    issue(
      "PARSE-SPLIT",
      "warning",
      msg(
        `${a.slot.label}：数字连在一起（“${printed}”），有 ${candidates.length} 种拆法与本行总计相符，按唯一同时符合各列合计关系（（七）总计 = 各办理结果之和；一 + 二 = 三（七）+ 四）的拆法读作 ${parts.join(" ")}`,
        `${a.slot.label}: digits run together ("${printed}") split in ${candidates.length} ways that add up to the row's total; read as ${parts.join(" ")}, the only one that also fits the table's column totals ((七) = sum of the results; 一 + 二 = 三(七) + 四)`,
      ),
      a.loc,
    ),
  );
}

/**
 * Settles the ambiguous rows of table 三 by the table's column identities: read with the one
 * combination of splits under which they hold, else unread (too many combinations, a row the
 * identities need not read, none or several combinations). `collapsed`: （六）其他处理 was
 * read as one row.
 */
export function settleByColumns(
  reading: TableReading,
  ambiguous: readonly Ambiguous[],
  rowValues: RowValues,
  collapsed: boolean,
): void {
  const { results, rows } = identities(reading, collapsed);
  const combos = ambiguous.reduce((n, a) => n * (a.fit.candidates?.length ?? 1), 1);
  const mine = new Set(ambiguous.map((a) => a.slot.code));
  const missing = rows.filter((c) => !mine.has(c) && !rowValues.get(c)?.every((v) => v !== undefined));
  if (combos > MAX_COMBINATIONS || missing.length) {
    for (const a of ambiguous) unreadRow(reading, a.slot.code, a.slot.columns, a.fit.reason, a.loc);
    return;
  }
  const valid = validCombinations(reading, ambiguous, rowValues, results);
  const [chosen] = valid;
  if (valid.length !== 1 || !chosen) {
    const reason = notSettled(valid.length);
    for (const a of ambiguous) unreadRow(reading, a.slot.code, a.slot.columns, reason, a.loc);
    return;
  }
  ambiguous.forEach((a, i) => {
    readSettled(reading, a, chosen[i] ?? -1, rowValues);
  });
}
