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

/** The search of allSplits: what it splits, and what it has found so far. */
interface SplitSearch {
  readonly strings: readonly string[];
  readonly width: number;
  readonly check: SplitConstraint | undefined;
  readonly limit: number;
  /** Characters in strings[i..]: charsFrom[i]; charsFrom[strings.length] is 0. */
  readonly charsFrom: readonly number[];
  readonly splits: string[][];
  readonly parts: string[];
  nodes: number;
  complete: boolean;
}

/** The parts as numbers, built by push (a packed list: see lists.ts). */
function partValues(parts: readonly string[]): number[] {
  const values: number[] = [];
  for (const p of parts) values.push(Number(p));
  return values;
}

// A plain recursive function over one search object rather than a closure made for every
// call of allSplits, for speed: one compiled function with its own feedback.
function cut(q: SplitSearch, si: number, pos: number): void {
  if (!q.complete) return;
  if (q.splits.length >= q.limit || q.nodes++ > MAX_NODES) {
    q.complete = false;
    return;
  }
  const { strings, width, parts } = q;
  if (si === strings.length) {
    if (parts.length === width && (!q.check || q.check(partValues(parts)))) q.splits.push([...parts]);
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
      if (parts.length + after <= width && width - parts.length <= (q.charsFrom[si + 1] ?? 0))
        cut(q, si + 1, 0);
    } else if (parts.length < width - after) {
      cut(q, si, end);
    }
    parts.pop();
  }
}

/** Characters in strings[i..] for each i, and 0 after the last. */
function charsFromEach(strings: readonly string[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < strings.length; i++) {
    let n = 0;
    for (let j = i; j < strings.length; j++) n += (strings[j] as string).length;
    out.push(n);
  }
  out.push(0);
  return out;
}

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
  let total = 0;
  for (const s of strings) total += s.length;
  if (total < width || strings.length > width || strings.some((s) => !/^\d+$/.test(s))) {
    return { splits: [], complete: true };
  }
  const q: SplitSearch = {
    strings,
    width,
    check,
    limit,
    charsFrom: charsFromEach(strings),
    splits: [],
    parts: [],
    nodes: 0,
    complete: true,
  };
  cut(q, 0, 0);
  return { splits: q.splits, complete: q.complete };
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
