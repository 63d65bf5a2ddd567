// Cells run together: a page scrape that lost the separators between cells
// ("640020470" for 64 0 0 2 0 4 70). Such digits are split only where the row's
// own totals leave exactly one way to do it; otherwise the row is reported unread.

/** A check a candidate split must pass (the row's 总计 equals the sum of its cells: table/sums.ts). */
export type SplitConstraint = (values: readonly number[]) => boolean;

/** The outcome of splitting: the one consistent split, or how many there were (0, or 2 = more than one). */
export type SplitResult =
  | { readonly ok: true; readonly parts: readonly string[] }
  | { readonly ok: false; readonly count: 0 | 2 };

const MAX_NODES = 200_000;

/**
 * Every way (up to `limit`) to split digit strings (each one or more cells run together)
 * into exactly `width` numbers — no number with a leading zero, each string cut into at
 * least one part — that passes `check`. `complete` is false when the limit was reached.
 * @example
 * // check: a table 三 row's (sumConstraint of table/sums.ts: 总计 adds up the six applicant columns)
 * allSplits(["270020130"], 7, check).splits.length //=> 2 (27 0 0 2 0 1 30, and 2 7 0 0 20 1 30)
 */
export function allSplits(
  strings: readonly string[],
  width: number,
  check?: SplitConstraint,
  limit = 64,
): { readonly splits: readonly (readonly string[])[]; readonly complete: boolean } {
  const total = strings.reduce((n, s) => n + s.length, 0);
  if (total < width || strings.length > width || strings.some((s) => !/^\d+$/.test(s))) {
    return { splits: [], complete: true };
  }
  const splits: string[][] = [];
  let nodes = 0;
  let complete = true;
  const parts: string[] = [];
  const charsFrom = strings.map((_, i) => strings.slice(i).reduce((n, s) => n + s.length, 0));
  charsFrom.push(0);

  const cut = (si: number, pos: number): void => {
    if (!complete) return;
    if (splits.length >= limit || nodes++ > MAX_NODES) {
      complete = false;
      return;
    }
    if (si === strings.length) {
      if (parts.length === width && (!check || check(parts.map(Number)))) splits.push([...parts]);
      return;
    }
    const s = strings[si];
    if (s === undefined) return;
    const after = strings.length - si - 1;
    for (let end = pos + 1; end <= s.length; end++) {
      const part = s.slice(pos, end);
      if (part.length > 1 && part[0] === "0") break;
      parts.push(part);
      if (end === s.length) {
        if (parts.length + after <= width && width - parts.length <= (charsFrom[si + 1] ?? 0)) cut(si + 1, 0);
      } else if (parts.length < width - after) {
        cut(si, end);
      }
      parts.pop();
    }
  };
  cut(0, 0);
  return { splits, complete };
}

/**
 * Splits digit strings (each one or more cells run together) into exactly `width` numbers
 * that pass `check`. Succeeds when exactly one split passes.
 * @example
 * // 平潭 2021, 一、本年新收政府信息公开申请数量 "640020470": 64+0+0+2+0+4 = 70
 * splitDigits(["640020470"], 7, check) //=> { ok: true, parts: ["64","0","0","2","0","4","70"] }
 * splitDigits(["693665"], 3) //=> { ok: false, count: 2 } (no total to decide between 69/36/65, 6/93/665 …)
 */
export function splitDigits(strings: readonly string[], width: number, check?: SplitConstraint): SplitResult {
  const { splits } = allSplits(strings, width, check, 2);
  const [only] = splits;
  if (splits.length === 1 && only) return { ok: true, parts: only };
  return { ok: false, count: splits.length === 0 ? 0 : 2 };
}
