// Table 二 or 三 read from lines: every run of numbers is tied to a row of the format by its
// label (on the same line: strong; the only label since the previous run: weak) and by the
// order of the format's rows; numbers without a label of their own are read by position only
// where the rows around them leave no choice. Columns come from the count of values, from the
// x positions under the column headers (PDF), or — for cells run together — from the one split
// where the row adds up to its 总计. Whatever cannot be tied down is listed as unread with its reason.
import type { BlockDef, FormatDef } from "@disclosure/schema";
import { findLabels, type LabelIndex, labelIndex } from "../labels.js";
import { listOf } from "../lists.js";
import type { Line } from "../model.js";
import { type Run, type Token, valueRuns } from "../tokens.js";
import { align } from "./align.js";
import { alignmentCosts } from "./align-costs.js";
import { anchorOf } from "./anchors.js";
import { blockCenters } from "./centers.js";
import { type Column, columnLayout } from "./columns.js";
import { settleGaps } from "./gaps.js";
import { reportLeftovers } from "./leftovers.js";
import { placeOutOfOrder } from "./out-of-order.js";
import type { Placed } from "./placed.js";
import { readSlots } from "./read-slots.js";
import { headerText, headerTop, regionTokens } from "./region.js";
import { msg, readingResult, startReading, type TableRead, type TableReading, unreadRow } from "./result.js";
import { settleByColumns } from "./settle-columns.js";
import { type Slot, slotKey, slotsOf } from "./slots.js";
import { readGroupRows } from "./subtotals.js";

/** The format's slots of a table with their columns laid out as the header prints them. */
function tableSlots(format: FormatDef, table: "table2" | "table3", header: string): Slot[] {
  const layouts = new Map<BlockDef, Column[]>();
  return slotsOf(format, table, (b) => {
    let l = layouts.get(b);
    if (!l) {
      l = columnLayout(b, table === "table3" ? header : "");
      layouts.set(b, l);
    }
    return l;
  });
}

/** A table without numbers: every row unread, found when one of its labels is printed. */
function withoutNumbers(
  reading: TableReading,
  slots: readonly Slot[],
  tokens: readonly Token[][],
  index: LabelIndex,
): TableRead {
  const found = tokens.some((l) => l.some((t) => t.kind === "text" && findLabels(t.norm, index).length));
  for (const s of slots) {
    if (s.kind !== "row") continue;
    const reason = found
      ? msg("表中没有找到任何数字", "no numbers were found in the table")
      : msg("没有找到该表", "the table was not found");
    unreadRow(reading, s.code, s.columns, reason);
  }
  return readingResult(reading, undefined, found);
}

/** The runs placed on the slots: aligned, rows out of order placed by label, gaps settled. */
function place(
  format: FormatDef,
  table: "table2" | "table3",
  slots: readonly Slot[],
  runs: readonly Run[],
  tokens: readonly Token[][],
  index: LabelIndex,
): Placed {
  const keys = new Set(slots.map((s) => slotKey(s.kind, s.code)));
  const anchors = listOf(runs, (r) => anchorOf(r, index, keys));
  const positioned = runs.some((r) => r.tokens.some((t) => t.x !== undefined));
  const aligned = align(slots.length, runs.length, alignmentCosts({ slots, runs, anchors, positioned }));
  const alignment = placeOutOfOrder(slots, anchors, aligned);
  const settled = settleGaps(slots, runs, anchors, alignment);
  const centersOf = blockCenters({
    positioned,
    singleBlock: format.tables[table].blocks.length === 1,
    // Only positioned text (PDF) has its columns placed by the header's x: flattened for it alone.
    tokens: positioned ? tokens.flat() : [],
    runs,
    slots,
    runOfSlot: alignment.runOfSlot,
  });
  return { slots, runs, anchors, alignment, settled, centersOf };
}

/** Lines [first, last] of a table: its header above the first run, to the last run read. */
function spanOf(
  placed: Placed,
  tokens: readonly Token[][],
  start: number,
  index: LabelIndex,
): { start: number; end: number } {
  const { runs, alignment } = placed;
  let firstRunLine = Number.POSITIVE_INFINITY;
  for (const r of runs) firstRunLine = Math.min(firstRunLine, r.line);
  const firstLine = headerTop(tokens, start, firstRunLine, index);
  let lastLine = firstLine;
  runs.forEach((r, k) => {
    if (!alignment.skippedRuns.has(k)) lastLine = Math.max(lastLine, r.lastLine);
  });
  return { start: firstLine, end: lastLine + 1 };
}

/**
 * Reads table 二 or 三 from the lines [start, end) of a document: finds the value runs,
 * ties them to the format's rows (labels, then order), fits them to the columns, reads
 * every cell with readCellNumber. Table 四 is read by {@link readCasesTable}.
 */
export function readRowsTable(
  format: FormatDef,
  table: "table2" | "table3",
  lines: readonly Line[],
  start: number,
  end: number,
): TableRead {
  const reading = startReading(format, table);
  const index = labelIndex(format, table);
  const tokens = regionTokens(lines, start, end);
  const runs = valueRuns(tokens);
  const slots = tableSlots(format, table, headerText(tokens, runs, end));
  if (!runs.length) return withoutNumbers(reading, slots, tokens, index);
  const placed = place(format, table, slots, runs, tokens, index);
  const read = readSlots(reading, placed);
  const groups = readGroupRows(reading, placed, read);
  if (read.ambiguous.length) settleByColumns(reading, read.ambiguous, read.rowValues, groups.collapsed);
  reportLeftovers(reading, placed, read.lastFound, groups.missingRows);
  const span = spanOf(placed, tokens, start, index);
  return readingResult(reading, span, true, groups.collapsed ? true : undefined);
}
