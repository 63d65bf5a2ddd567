// What a run of values looks like: blank cells only, digits only, run together, too short
// to be a row of a wide table.
import type { Run, Token } from "../tokens.js";

/** Whether a run is only blank cells. */
export function blankOnly(run: Run): boolean {
  return run.tokens.every((t) => t.kind === "blank");
}

/** Tokens of a run trimmed of blank cells beyond the row's width (an empty trailing cell of a wider table). */
export function trimmed(tokens: readonly Token[], width: number): Token[] {
  const t = [...tokens];
  while (t.length > width && t.at(-1)?.kind === "blank") t.pop();
  while (t.length > width && t[0]?.kind === "blank") t.shift();
  return t;
}

/** Whether a token is a value of digits only. */
export function digitsOnly(t: Token): boolean {
  return t.kind === "value" && /^\d+$/.test(t.text);
}

/** How many digits some tokens print. */
export function digitCount(tokens: readonly Token[]): number {
  return tokens.reduce((n, x) => n + x.text.length, 0);
}

/** Whether tokens are digits only, some of them several cells run together ("640020470"). */
export function gluedDigits(tokens: readonly Token[]): boolean {
  // One loop reading every token's `glued`, for speed: the read is compiled with feedback from
  // the first run on, not first reached (and the caller recompiled) when a row of digits comes.
  let glued = false;
  for (const x of tokens) {
    if (!digitsOnly(x)) return false;
    if (x.glued) glued = true;
  }
  return glued;
}

/**
 * Whether a run is a stray number or two in a wide table (a page number, a footnote mark),
 * not a row: fewer than half the widest row's values, and too few digits to be cells run together.
 */
export function isStray(run: Run, maxWidth: number): boolean {
  const t = run.tokens;
  const splittable = t.every(digitsOnly) && digitCount(t) >= maxWidth;
  return maxWidth >= 5 && t.length * 2 < maxWidth && !splittable;
}
