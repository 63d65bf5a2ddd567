// Checking cells in the interchange form one by one against a format: their codes, their
// keys, their values. Shared by validateCells and the cells readers, which also need the
// line each accepted cell came from.
import * as z from "zod/mini";
import { checkCellValue, normalizeCellValue } from "./cell-value.js";
import { findCell, findRow, tableRows } from "./formats/lookup.js";
import type { FormatId, TableId } from "./formats/types.js";
import {
  type Issue,
  type IssueList,
  type Location,
  MAX_LISTED_ISSUES,
  issueList,
  message,
} from "./issues.js";
import { type Cell, CellSchema } from "./report.js";
import { didYouMean, suggestKey } from "./suggest.js";
import { fromZodIssues } from "./zod-issues.js";

const TABLES: readonly string[] = ["table2", "table3", "table4"];
const CELL_KEYS: readonly string[] = ["table", "row", "col", "value", "raw"];
const CELL_SHAPE = z.omit(CellSchema, { value: true });

/** The code a user probably meant by an unknown table, row or column code. */
function cellSuggestion(format: FormatId, table: string, row: string, col: string): string | undefined {
  if (!TABLES.includes(table)) {
    const t = suggestKey(table, TABLES);
    return t && `${t}/${row}/${col}`;
  }
  const found = findRow(format, table as TableId, row);
  if (!found) {
    const rows = tableRows(format, table as TableId).map((r) => r.code);
    const r = suggestKey(row, format === "2021" && table === "table3" ? [...rows, "otherHandling"] : rows);
    return r && `${table}/${r}/${col}`;
  }
  const c = suggestKey(
    col,
    found.block.columns.map((x) => x.code),
  );
  return c && `${table}/${row}/${c}`;
}

/**
 * CELL-UNKNOWN: a cell whose codes the format does not have, with the cell it probably meant.
 * @example unknownCellIssue("2021", "table3", "receieved", "total", { kind: "json", path: ["cells", 0] }).message.en
 * //=> "the 2021 format has no cell table3 / receieved / total (did you mean table3/received/total?)"
 */
export function unknownCellIssue(
  format: FormatId,
  table: string,
  row: string,
  col: string,
  location: Location,
  severity: Issue["severity"] = "error",
): Issue {
  const suggestion = cellSuggestion(format, table, row, col);
  const hint = didYouMean(suggestion);
  return {
    code: "CELL-UNKNOWN",
    severity,
    location,
    value: `${table}/${row}/${col}`,
    ...(suggestion ? { suggestion } : {}),
    message: message(
      `${format}年格式中没有单元格 ${table} / ${row} / ${col}${hint.zh}`,
      `the ${format} format has no cell ${table} / ${row} / ${col}${hint.en}`,
    ),
  };
}

/** SCHEMA-UNKNOWN-KEY for a key of a cell object, reported once per key name. */
function unknownKeyIssue(key: string, location: Location): Issue {
  const suggestion = suggestKey(key, CELL_KEYS);
  const hint = didYouMean(suggestion);
  return {
    code: "SCHEMA-UNKNOWN-KEY",
    severity: "error",
    location,
    value: key,
    ...(suggestion ? { suggestion } : {}),
    message: message(
      `单元格含未知字段 ${key}${hint.zh}（同名字段只提示一次）`,
      `a cell has the unknown key ${key}${hint.en} (reported once per key name)`,
    ),
  };
}

export interface CellItemsOptions {
  format: FormatId;
  file?: string | undefined;
  /** Line of each item in `file`; without, items are located by the path `cells[i]`. */
  lines?: readonly number[] | undefined;
  maxIssues?: number | undefined;
}

export interface CheckedCells {
  cells: Cell[];
  /** The line of each accepted cell (with `lines`). */
  lines: number[];
  errors: IssueList;
  warnings: IssueList;
}

/** Where an item's cell is: its file and line when known, and the JSON path in it. */
interface ItemPlace {
  readonly file?: string | undefined;
  readonly line?: number | undefined;
}

/** A JSON location at `path` in the item at `place`. */
function jsonAt(place: ItemPlace, path: readonly (string | number)[]): Location {
  return { kind: "json", path, ...place };
}

/** The issue located at its JSON path in the item at `place` (a path of its own is kept). */
function placed(issue: Issue, place: ItemPlace): Issue {
  const path = issue.location?.kind === "json" ? issue.location.path : [];
  return { ...issue, location: jsonAt(place, path) };
}

function isCellLike(it: Partial<Record<keyof Cell, unknown>> | null): boolean {
  return (
    typeof it === "object" &&
    it !== null &&
    (it.table === "table2" || it.table === "table3" || it.table === "table4") &&
    typeof it.row === "string" &&
    it.row !== "" &&
    typeof it.col === "string" &&
    it.col !== "" &&
    (it.raw === undefined || typeof it.raw === "string")
  );
}

/**
 * Every item checked as a cell of the format: accepted cells (text values read leniently,
 * with a warning each) with their lines, and every rejection located.
 */
export function checkCellItems(input: readonly unknown[], opts: CellItemsOptions): CheckedCells {
  const max = opts.maxIssues ?? MAX_LISTED_ISSUES;
  const out: CheckedCells = { cells: [], lines: [], errors: issueList(max), warnings: issueList(max) };
  const reportedKeys = new Set<string>();
  input.forEach((item, i) => {
    const loc = opts.lines ? { file: opts.file, line: opts.lines[i] } : { file: opts.file };
    const path: (string | number)[] = opts.lines ? [] : ["cells", i];
    const it = item as Partial<Record<keyof Cell, unknown>> | null;
    if (typeof it === "object" && it !== null && !Array.isArray(it)) {
      for (const k in it) {
        if (CELL_KEYS.includes(k) || reportedKeys.has(k)) continue;
        reportedKeys.add(k);
        out.errors.push(unknownKeyIssue(k, jsonAt(loc, [...path, k])));
      }
    }
    if (!isCellLike(it)) {
      const shape = CELL_SHAPE.safeParse(item);
      const bad = shape.success ? [] : shape.error.issues.filter((zi) => zi.code !== "unrecognized_keys");
      if (bad.length) {
        for (const issue of fromZodIssues(bad, { schema: CELL_SHAPE, input: item, base: path })) {
          out.errors.push(placed(issue, loc));
        }
        return;
      }
    }
    const c = it as Omit<Cell, "value">;
    const value = checkCellValueOf(item, c, path, loc, opts.format, out);
    if (value === undefined) return;
    out.cells.push(value);
    if (loc.line !== undefined) out.lines.push(loc.line);
  });
  return out;
}

/** The accepted cell, or undefined with its issues pushed. */
function checkCellValueOf(
  item: unknown,
  c: Omit<Cell, "value">,
  path: (string | number)[],
  loc: ItemPlace,
  format: FormatId,
  out: CheckedCells,
): Cell | undefined {
  const def = findCell(format, c.table, c.row, c.col, { collapsedOtherHandling: true });
  if (!def) {
    out.errors.push(unknownCellIssue(format, c.table, c.row, c.col, jsonAt(loc, path)));
    return undefined;
  }
  const v = (item as { value?: unknown }).value;
  const vpath = path.length ? [...path, "value"] : [`${c.table}/${c.row}/${c.col}`];
  if (v === undefined) {
    out.errors.push({
      code: "CELL-VALUE-MISSING",
      severity: "error",
      location: jsonAt(loc, vpath),
      message: message("单元格缺少 value", "the cell has no value"),
    });
    return undefined;
  }
  const n = normalizeCellValue(v, def.unit, vpath);
  if ("error" in n) {
    out.errors.push(placed(n.error, loc));
    return undefined;
  }
  for (const w of n.issues) out.warnings.push(placed(w, loc));
  const bad = checkCellValue(n.value, def.unit, vpath).map((w) => placed(w, loc));
  for (const b of bad) (b.severity === "error" ? out.errors : out.warnings).push(b);
  if (bad.some((b) => b.severity === "error")) return undefined;
  const raw = c.raw ?? n.raw;
  return raw === undefined
    ? { table: c.table, row: c.row, col: c.col, value: n.value }
    : { table: c.table, row: c.row, col: c.col, value: n.value, raw };
}
