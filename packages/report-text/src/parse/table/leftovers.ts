// What a table's reading leaves: rows never found — missing before the last row found, cut
// off after it (the text may end early) — and numbers that belong to no row.
import { joinTexts } from "../lists.js";
import { formatSourceLocation, issue, type SourceLocation } from "../model.js";
import type { Placed } from "./placed.js";
import { msg, TABLE_NAMES_ZH, type TableReading, unreadRow } from "./result.js";
import { blankOnly } from "./run-shape.js";

/** Where the table's numbers end: after the last run read as a slot, else after its last run. */
function endOf(placed: Placed, lastFound: number): SourceLocation {
  const found = lastFound >= 0 ? placed.runs[placed.alignment.runOfSlot[lastFound] ?? -1] : undefined;
  const lastRun = found ?? placed.runs.at(-1);
  if (!lastRun) throw new Error("a table is read from its runs only when it has one");
  return (lastRun.tokens.at(-1) ?? lastRun.tokens[0]).loc;
}

/** Every missing row unread: cut off after the last row found, else not found; a warning if cut. */
function reportMissingRows(
  reading: TableReading,
  placed: Placed,
  lastFound: number,
  missingRows: ReadonlySet<string>,
): void {
  const endLoc = endOf(placed, lastFound);
  const where = formatSourceLocation(endLoc);
  let cutRows = 0;
  placed.slots.forEach((s, i) => {
    if (s.kind !== "row" || (placed.alignment.runOfSlot[i] ?? -1) >= 0 || !missingRows.has(s.code)) return;
    const cut = i > lastFound;
    if (cut) cutRows++;
    const reason = cut
      ? msg(
          `表格在此行之前结束（${where} 之后没有该行），可能被截断`,
          `the table ends before this row (nothing after ${where}); it may be cut off`,
        )
      : msg("表中没有找到该行", "this row was not found in the table");
    unreadRow(reading, s.code, s.columns, reason, cut ? endLoc : undefined);
  });
  if (!cutRows) return;
  const last = placed.slots[lastFound]?.label ?? "";
  reading.warnings.push(
    issue(
      "PARSE-TABLE-CUT",
      "warning",
      msg(
        `${TABLE_NAMES_ZH[reading.table]}在“${last}”之后结束，缺少其后 ${cutRows} 行：文本可能被截断`,
        `${reading.table} ends after "${last}"; the ${cutRows} row(s) after it are missing: the text may be cut off`,
      ),
      endLoc,
    ),
  );
}

/** A warning for each run of numbers read as no row (blank rows aside). */
function reportStrays(reading: TableReading, placed: Placed): void {
  for (const k of placed.alignment.skippedRuns) {
    const run = placed.runs[k];
    if (!run || blankOnly(run)) continue;
    const printed = joinTexts(run.tokens, " ");
    reading.warnings.push(
      issue(
        "PARSE-STRAY",
        "warning",
        msg(
          `数字“${printed}”不属于表格的任何一行，已忽略`,
          `the numbers "${printed}" belong to no row of the table and were ignored`,
        ),
        run.tokens[0].loc,
      ),
    );
  }
}

/** The rows a reading did not find and the numbers it did not place, reported. */
export function reportLeftovers(
  reading: TableReading,
  placed: Placed,
  lastFound: number,
  missingRows: ReadonlySet<string>,
): void {
  reportMissingRows(reading, placed, lastFound, missingRows);
  reportStrays(reading, placed);
}
