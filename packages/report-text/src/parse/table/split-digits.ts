// Cells run together in a row ("640020470"): split into the row's cells where the row's own
// totals leave exactly one way; otherwise the candidate splits are kept for the table's
// column totals to decide (table 三), or the row is unread.
import type { Message } from "@disclosure/schema";
import { joinTexts, listOf } from "../lists.js";
import { allSplits, type SplitConstraint } from "../split.js";
import { partToken, type Token } from "../tokens.js";
import { digitCount } from "./run-shape.js";
import { msg } from "./result.js";

/** How digits run together were split into a row's cells, or why they were not. */
export type DigitSplit =
  | { readonly ok: true; readonly tokens: Token[]; readonly split?: string | undefined }
  | {
      readonly ok: false;
      readonly reason: Message;
      /** Every split that passes the row's check, when there are several and all were found. */
      readonly candidates?: readonly (readonly string[])[] | undefined;
      readonly digits?: readonly Token[] | undefined;
    };

// For speed: a run fitted to a row, or not, is always built by one of these two functions,
// with every property present, so the readers of fits see two hidden classes, not five.

/** A run fitted to a row's columns (`split`: the digits that were split; `placed`: by x position). */
export function fitted<T extends Token | null>(
  tokens: T[],
  split: string | undefined,
  placed: boolean | undefined,
): { ok: true; tokens: T[]; split: string | undefined; placed: boolean | undefined } {
  return { ok: true, tokens, split, placed };
}

/** A run that could not be fitted, with the candidate splits when there are several. */
export function unfitted(
  reason: Message,
  candidates: readonly (readonly string[])[] | undefined,
  digits: readonly Token[] | undefined,
): {
  ok: false;
  reason: Message;
  candidates: readonly (readonly string[])[] | undefined;
  digits: readonly Token[] | undefined;
} {
  return { ok: false, reason, candidates, digits };
}

/** Tokens for the parts of a split, each keeping the location of the digits it came from. */
export function splitTokens(digits: readonly Token[], parts: readonly string[]): Token[] {
  const out: Token[] = [];
  let p = 0;
  for (const src of digits) {
    let used = 0;
    for (let part = parts[p]; part !== undefined && used < src.text.length; part = parts[p]) {
      out.push(partToken(src, part));
      used += part.length;
      p++;
    }
  }
  return out;
}

function noSplitReason(printed: string, width: number, count: number, checked: boolean): Message {
  return count === 0
    ? msg(
        `数字连在一起（“${printed}”），无法拆成 ${width} 个数并与本行总计相符`,
        `digits run together ("${printed}") cannot be split into ${width} numbers that add up to the row's total`,
      )
    : msg(
        `数字连在一起（“${printed}”），有多种拆法${checked ? "都与本行总计相符" : ""}，无法确定`,
        `digits run together ("${printed}") can be split in more than one way${checked ? " that adds up to the row's total" : ""}`,
      );
}

/**
 * Digit tokens split into `width` cells that pass `check`. One split is taken (and said,
 * unless one digit a cell left no choice); several are returned as candidates.
 */
export function splitGlued(
  digits: readonly Token[],
  width: number,
  check: SplitConstraint | undefined,
): DigitSplit {
  const res = allSplits(
    listOf(digits, (x) => x.text),
    width,
    check,
  );
  const printed = joinTexts(digits, " ");
  const [only] = res.splits;
  if (res.splits.length === 1 && only) {
    const forced = digitCount(digits) === width;
    return fitted(splitTokens(digits, only), forced ? undefined : printed, undefined);
  }
  const several = res.splits.length > 1 && res.complete;
  return unfitted(
    noSplitReason(printed, width, res.splits.length, !!check),
    several ? res.splits : undefined,
    several ? digits : undefined,
  );
}
