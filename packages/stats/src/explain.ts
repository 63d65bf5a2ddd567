import { cellKey } from "@disclosure/schema";
import type { CellRef } from "./finding";
import type { TabulateResult } from "./tabulate";

/**
 * The ids of the records a tabulated cell counts — a total's are those of its parts. Needs
 * a result of `tabulate(…, { explain: true })` (a programmer error otherwise: it throws).
 * Returns undefined for a cell the result's format does not have.
 *
 * @example
 * const result = tabulate(syntheticCounty({ seed: 2020, year: 2021 }).unitRecords("盐池县财政局"),
 *   { year: 2021, explain: true });
 * explain(result, { table: "table3", row: "received", col: "total" });
 * //=> ["YC-CZJ-2021-1", "YC-CZJ-2021-2", …]  (one id per application received in 2021)
 * explain(result, "table3/carriedIn/naturalPerson"); // a cell key works too
 */
export function explain(result: TabulateResult, cell: CellRef | string): string[] | undefined {
  if (!result.explain) {
    throw new Error("explain: tabulate was called without { explain: true }; no record ids were kept");
  }
  const key = typeof cell === "string" ? cell : cellKey(cell.table, cell.row, cell.col);
  const ids = result.explain[key];
  return ids ? [...ids] : undefined;
}
