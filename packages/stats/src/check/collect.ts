// Collecting findings: the rule families push their findings onto one array rather than
// spreading several arrays (of differing kinds, the empty `[]` included) into a new one each.
import type { Finding } from "../finding.js";

/** Pushes every finding of `list` onto `out`, in order; returns `out`. */
export function appendAll(out: Finding[], list: readonly Finding[]): Finding[] {
  for (let i = 0; i < list.length; i++) out.push(list[i] as Finding);
  return out;
}
