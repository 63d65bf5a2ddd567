// The ids behind each cell of a tabulation run with `explain: true`: a total cell gathers the
// ids of the cells it sums.
import type { Cell } from "@disclosure/schema";
import type { Tally } from "./tally";
import { APPLICANTS, OUTCOMES } from "./tally-layout";

/** Ids behind every cell, totals included (a total's ids are its parts' ids, in order). */
export function explainMap(
  t: Tally,
  cells: readonly Cell[],
  parts: (code: string) => string[],
): Record<string, string[]> {
  const ids = t.ids!;
  const base = (key: string) => ids.get(key) ?? [];
  const out: Record<string, string[]> = {};
  for (const c of cells) {
    const key = `${c.table}/${c.row}/${c.col}`;
    if (c.table === "table3") {
      const cols = c.col === "total" ? [...APPLICANTS] : [c.col];
      out[key] = parts(c.row).flatMap((r) => cols.flatMap((col) => base(`table3/${r}/${col}`)));
    } else if (c.table === "table4") {
      const [g, o] = c.col.split(".");
      out[key] = o === "total" ? OUTCOMES.flatMap((x) => base(`table4/cases/${g}.${x}`)) : base(key);
    } else {
      out[key] = c.col === "newlyMade" ? base(`table2/${c.row}/issued`) : base(key);
    }
  }
  return out;
}
