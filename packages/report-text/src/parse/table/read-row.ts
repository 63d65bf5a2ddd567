// A fitted row read into cells: each value read, a split of digits run together said, and
// the row's 总计 columns checked against their columns (read as printed either way).
import type { BlockDef, Message } from "@disclosure/schema";
import { joinTexts, listOf } from "../lists.js";
import { issue, type SourceLocation } from "../model.js";
import type { Column } from "./columns.js";
import type { FitOk } from "./fit.js";
import { readValue } from "./read-value.js";
import { msg, type TableReading } from "./result.js";
import { type BrokenSum, brokenColumnSums, type ReadValue } from "./sums.js";

/** Reads a fitted row into cells; a split of digits run together is said in a warning. */
export function readRow(
  reading: TableReading,
  row: string,
  label: string,
  columns: readonly Column[],
  fit: FitOk,
  rowLoc: SourceLocation,
): ReadValue[] {
  const values = listOf(columns, (c, i) => readValue(reading, row, c, fit.tokens[i] ?? null, rowLoc));
  if (fit.split) {
    const read = joinTexts(fit.tokens, " ");
    reading.warnings.push(
      issue(
        "PARSE-SPLIT",
        "warning",
        msg(
          `${label}：数字连在一起（“${fit.split}”），按唯一与本行总计相符的拆法读作 ${read}`,
          `${label}: digits run together ("${fit.split}") read as ${read}, the only split that adds up to the row's total`,
        ),
        rowLoc,
      ),
    );
  }
  return values;
}

/** A PARSE-ROW-TOTAL warning for each 总计 column of a row that its columns do not add up to. */
export function warnBrokenTotals(
  reading: TableReading,
  block: BlockDef,
  columns: readonly Column[],
  values: readonly ReadValue[],
  rowLoc: SourceLocation,
  describe: (broken: BrokenSum) => Message,
): void {
  for (const broken of brokenColumnSums(reading.table, block, columns, values)) {
    reading.warnings.push(issue("PARSE-ROW-TOTAL", "warning", describe(broken), rowLoc));
  }
}

/** A row of table 二 or 三 and its columns as laid out. */
export interface RowPlace {
  readonly code: string;
  readonly label: string;
  readonly block: BlockDef;
  readonly columns: readonly Column[];
}

/** Reads a fitted row of table 二 or 三; its 总计 (table 三) is read as printed, flagged when it does not add up. */
export function readTableRow(
  reading: TableReading,
  place: RowPlace,
  fit: FitOk,
  rowLoc: SourceLocation,
): ReadValue[] {
  const { code, label, block, columns } = place;
  const values = readRow(reading, code, label, columns, fit, rowLoc);
  warnBrokenTotals(reading, block, columns, values, rowLoc, (b) =>
    msg(
      `${label}：各列之和 ${b.parts} 不等于总计 ${b.total}（按原样读取）`,
      `${label}: the columns add up to ${b.parts}, not to the printed total ${b.total} (read as printed)`,
    ),
  );
  return values;
}
