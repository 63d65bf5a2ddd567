// The lines a table is read from: their tokens, the header text above the first row of
// numbers, and the first line of the table's header.
import { findLabels, isHeaderFragment, type LabelIndex } from "../labels.js";
import type { Line } from "../model.js";
import { lineTokens, type Run, type Token } from "../tokens.js";

/** The tokens of lines [start, end), a list a line. */
export function regionTokens(lines: readonly Line[], start: number, end: number): Token[][] {
  // Built by push, not map, for speed: see lists.ts.
  const region = lines.slice(start, end);
  const out: Token[][] = [];
  for (let j = 0; j < region.length; j++) out.push(lineTokens(region[j] as Line, start + j));
  return out;
}

/** The normalised text of a region up to the line of its first run (column headers). */
export function headerText(tokens: readonly Token[][], runs: readonly Run[], end: number): string {
  const firstRunLine = runs[0]?.line ?? end;
  let text = "";
  for (const line of tokens) {
    for (const t of line) if (t.kind === "text" && t.line <= firstRunLine) text += t.norm;
  }
  return text;
}

/**
 * The first line of a table: going up from its first row of numbers while the lines hold only
 * the table's own header text (block headings, column labels, the corner note) or row labels.
 */
export function headerTop(
  tokens: readonly Token[][],
  start: number,
  firstRunLine: number,
  index: LabelIndex,
): number {
  let top = firstRunLine;
  for (let i = firstRunLine - 1; i >= start; i--) {
    const texts = tokens[i - start]?.filter((t) => t.kind === "text") ?? [];
    if (!texts.length) break;
    const ok = texts.every((t) => isHeaderFragment(t.norm, index) || findLabels(t.norm, index).length > 0);
    if (!ok) break;
    top = i;
  }
  return top;
}
