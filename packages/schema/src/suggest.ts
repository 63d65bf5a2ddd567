// "Did you mean …?" for a key, code or column we do not know: the known word closest to it
// by edit distance (fastest-levenshtein), when it is close enough to be a slip of the hand.
import { distance } from "fastest-levenshtein";
import { type Message, message } from "./issues.js";

/** Whether `a` is `b` with two neighbouring characters swapped (tabel3 / table3). */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Edit distance with a swap of neighbours counted as one edit. */
function editDistance(a: string, b: string): number {
  return swapped(a, b) ? 1 : distance(a, b);
}

/** Length of the common beginning of two words: ties are broken in favour of the longer. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The candidate a user probably meant by `word`: the same word in another case, else the
 * candidate at the smallest edit distance (a swap of neighbours is one edit), if that
 * distance is at most a third of the word's length (at least 1); undefined when nothing is
 * that close. Of equally close candidates, the one sharing the longer beginning.
 * @example suggestKey("tabel3", ["table2", "table3", "table4"]) //=> "table3"
 * @example suggestKey("vaule", ["table", "row", "col", "value"]) //=> "value"
 * @example suggestKey("x", ["id", "name"]) //=> undefined
 */
export function suggestKey(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.ceil(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestPrefix = -1;
  for (const c of candidates) {
    if (c === word) continue;
    if (c.toLowerCase() === lower) return c;
    if (Math.abs(c.length - word.length) > bestDistance) continue;
    const d = editDistance(word, c);
    const prefix = commonPrefix(word, c);
    if (d < bestDistance || (d === bestDistance && d <= limit && prefix > bestPrefix)) {
      best = c;
      bestDistance = d;
      bestPrefix = prefix;
    }
  }
  return best;
}

/** "（是否应为 table3？）" / " (did you mean table3?)", or empty texts when there is no suggestion. */
export function didYouMean(suggestion: string | undefined): Message {
  return suggestion === undefined
    ? message("", "")
    : message(`（是否应为 ${suggestion}？）`, ` (did you mean ${suggestion}?)`);
}
