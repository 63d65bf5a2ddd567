// A run of values fitted to a row's columns: one value a column; fewer placed under the
// columns by their x position (PDF); digits run together split by the row's totals.
import type { Message } from "@disclosure/schema";
import type { SplitConstraint } from "../split.js";
import type { Run, Token } from "../tokens.js";
import { placeByCenters } from "./centers.js";
import type { Column } from "./columns.js";
import { msg } from "./result.js";
import { digitCount, gluedDigits, trimmed } from "./run-shape.js";
import { fitted, splitGlued, unfitted } from "./split-digits.js";

/** A run fitted to a row: one token a column (null where nothing is printed), or why not. */
export type Fit =
  | { ok: true; tokens: (Token | null)[]; split?: string | undefined; placed?: boolean | undefined }
  | {
      ok: false;
      reason: Message;
      candidates?: readonly (readonly string[])[] | undefined;
      digits?: readonly Token[] | undefined;
    };

/** A fitted run. */
export type FitOk = Fit & { ok: true };

/** How well a run's count of values fits a row of `width`: 0 exact … larger worse. */
export function fitCost(run: Run, width: number, positioned: boolean): number {
  const t = trimmed(run.tokens, width);
  if (t.length === width) return 0;
  if (t.length > width) return 1.5;
  if (gluedDigits(t) && digitCount(t) >= width) return 0.2;
  if (positioned && t.every((x) => x.x !== undefined)) return 0.3;
  return 1.5;
}

function tooMany(count: number, width: number): Message {
  return msg(
    `该行有 ${count} 个数，表格只有 ${width} 列，无法确定哪个数属于哪一列`,
    `the row has ${count} numbers for ${width} columns; which number belongs to which column cannot be told`,
  );
}

function tooFew(count: number, width: number): Message {
  return msg(
    `该行只有 ${count} 个数，表格有 ${width} 列，无法确定缺的是哪一列`,
    `the row has ${count} numbers for ${width} columns; which column is missing cannot be told`,
  );
}

/**
 * The run's tokens, one per column: as many values as columns; fewer placed under the column
 * centres (PDF), a column with nothing under it null; digits run together split by `check`.
 */
export function fitRun(
  tokens: readonly Token[],
  columns: readonly Column[],
  centers: readonly number[] | undefined,
  check: SplitConstraint | undefined,
): Fit {
  const width = columns.length;
  const t = trimmed(tokens, width);
  if (t.length === width) return fitted(t, undefined, undefined);
  if (t.length > width) return unfitted(tooMany(t.length, width), undefined, undefined);
  if (centers && t.every((x) => x.x !== undefined)) {
    const placed = placeByCenters(t, centers, width);
    if (placed) return fitted(placed, undefined, true);
  }
  if (gluedDigits(t)) return splitGlued(t, width, check);
  return unfitted(tooFew(t.length, width), undefined, undefined);
}
