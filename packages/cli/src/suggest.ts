// "Did you mean …": the known word nearest to a mistyped one, by edit distance.
import type { Message } from "@disclosure/schema";
import { closest, distance } from "fastest-levenshtein";

/** Edits allowed for a word of this many characters to count as a slip of the keyboard. */
function allowedEdits(length: number): number {
  return length <= 3 ? 1 : length <= 6 ? 2 : 3;
}

/**
 * The candidate `word` was most likely meant to be: the nearest by edit distance when near
 * enough, or the one it begins (`--prev` → `--previous`); undefined when none is close.
 * @example nearest("--yaer", ["--year", "--format"]) //=> "--year"
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  if (!candidates.length || !word) return undefined;
  const bare = (s: string) => s.replace(/^-+/, "").toLowerCase();
  const w = bare(word);
  if (w.length >= 3) {
    const started = candidates.filter((c) => bare(c).startsWith(w));
    if (started.length === 1) return started[0];
  }
  const best = closest(w, candidates.map(bare));
  const d = distance(w, best);
  if (d > allowedEdits(Math.max(w.length, best.length))) return undefined;
  return candidates.find((c) => bare(c) === best);
}

/** "。您是否要用 x？" / ". Did you mean x?" — or nothing when there is no suggestion. */
export function didYouMean(suggestion: string | undefined): Message {
  return suggestion
    ? { zh: `。您是否要用 ${suggestion}？`, en: `. Did you mean ${suggestion}?` }
    : { zh: "", en: "" };
}
