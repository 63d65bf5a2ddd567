// One printed value read as a cell: nothing under a column is a blank (null), a plain count is
// taken as printed, anything else goes through readCellNumber; what cannot be read exactly is
// unread with the reason.
import { isCellNumberFailure, readCellNumber } from "@disclosure/schema";
import { issue, type SourceLocation } from "../model.js";
import type { Token } from "../tokens.js";
import type { Column } from "./columns.js";
import { msg, type ParsedCell, type TableReading } from "./result.js";

/**
 * A cell read. For speed every cell is built here, in one literal with `raw` always present
 * (undefined unless a 万元 amount was printed otherwise than its value), so all cells share
 * one hidden class; JSON output drops the undefined `raw`.
 */
function parsedCell(
  table: ParsedCell["table"],
  row: string,
  col: string,
  value: number | null,
  raw: string | undefined,
  source: SourceLocation,
): ParsedCell {
  return { table, row, col, value, raw, source };
}

/** Nothing printed under a column: a blank cell (null), said in a warning. */
function readNothing(
  reading: TableReading,
  row: string,
  code: string | undefined,
  rowLoc: SourceLocation,
): null {
  if (!code) return null;
  const { table } = reading;
  reading.cells.push(parsedCell(table, row, code, null, undefined, rowLoc));
  reading.warnings.push(
    issue(
      "CELL-BLANK",
      "warning",
      msg(
        `${table} ${row} / ${code}：该列下没有印数字，按空白（null）读取，不是 0`,
        `${table} ${row} / ${code}: nothing is printed under this column; read as blank (null), not 0`,
      ),
      rowLoc,
    ),
  );
  return null;
}

/** Whether a 万元 amount has more decimals than the yuan needs: cells of a 2021 table run together. */
function tooManyDecimals(reading: TableReading, tok: Token, normalized: string | undefined): boolean {
  return (
    reading.format.id === "2021" && !tok.cell && !!normalized && (normalized.split(".")[1]?.length ?? 0) > 4
  );
}

/** A value of a column the format does not have (a 小计): kept aside in a warning, not stored. */
function keptAside(reading: TableReading, col: Column, tok: Token): void {
  reading.warnings.push(
    issue(
      "CELL-UNKNOWN",
      "warning",
      msg(
        `“${col.label}”列不在格式中，其值 ${tok.text} 另存，不检查`,
        `column "${col.label}" is not in the format; its value ${tok.text} is kept aside, not checked`,
      ),
      tok.loc,
      tok.text,
    ),
  );
}

/** A value read leniently (units, separators, blank marks, 万元), its reading's warnings kept. */
function readLenient(reading: TableReading, row: string, col: Column, tok: Token): number | null | undefined {
  const { table } = reading;
  const unit = col.def?.unit ?? "count";
  const code = col.code;
  const read = readCellNumber(tok.text, { money: unit === "wan", signed: unit === "signedCount" });
  if (isCellNumberFailure(read)) {
    if (code) reading.unread.push({ table, row, col: code, reason: read.error.message, location: tok.loc });
    return undefined;
  }
  if (unit === "wan" && tooManyDecimals(reading, tok, read.normalized)) {
    if (code) {
      const reason = msg(
        `“${tok.text}”有 4 位以上小数（万元精确到元只需 4 位），可能是几个单元格连在一起`,
        `"${tok.text}" has more than 4 decimals (万元 to the yuan needs 4): cells may have run together`,
      );
      reading.unread.push({ table, row, col: code, reason, location: tok.loc });
    }
    return undefined;
  }
  if (!code) {
    keptAside(reading, col, tok);
    return read.value;
  }
  const value = read.value;
  const plain = read.normalized !== undefined && tok.text === read.normalized;
  const raw = value !== null && !plain && unit === "wan" ? tok.text : undefined;
  reading.cells.push(parsedCell(table, row, code, value, raw, tok.loc));
  for (const w of read.warnings) {
    if (w.code === "WHITESPACE") continue;
    const code = w.code === "BLANK" ? "CELL-BLANK" : `CELL-${w.code}`;
    reading.warnings.push(issue(code, "warning", w.message, tok.loc, tok.text));
  }
  return value;
}

/**
 * Reads one token as the value of a cell of `row` under `col`, adding the cell (or the
 * unread entry, or the warning of a column the format does not have) to the reading.
 * Returns the value: a number, null for a blank, undefined when it could not be read.
 */
export function readValue(
  reading: TableReading,
  row: string,
  col: Column,
  tok: Token | null,
  rowLoc: SourceLocation,
): number | null | undefined {
  if (!tok) return readNothing(reading, row, col.code, rowLoc);
  if (col.code && /^(?:0|[1-9]\d{0,14})$/.test(tok.text)) {
    // A plain count needs no lenient reading.
    reading.cells.push(parsedCell(reading.table, row, col.code, Number(tok.text), undefined, tok.loc));
    return Number(tok.text);
  }
  return readLenient(reading, row, col, tok);
}
