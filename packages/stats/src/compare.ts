// Year-over-year comparison of two reports, cell by cell, on exact arithmetic.
import {
  cellDefs,
  type FormatId,
  fromScaled,
  type Issue,
  migrate2019to2021,
  type Report,
  toScaled,
} from "@disclosure/schema";
import { decimalPlaces } from "@disclosure/schema/internal";
import { percentOf } from "./percent";

/** How one cell changed from the base report to the other. */
export interface CellChange {
  table: string;
  row: string;
  col: string;
  /** Value in the base report; null when blank or absent there. */
  from: number | null;
  /** Value in the compared report; null when blank or absent there. */
  to: number | null;
  /** `to − from`, exact (money to its decimals); null when either side is null. */
  change: number | null;
  /** The change in percent of `from` with sign and 2 decimals ("+40.00%"); null when `from` is 0 or null. */
  percent: string | null;
}

export interface Comparison {
  /** The format both sides are compared in (2021 when one of them is a 2019-format report). */
  format: FormatId;
  from: { year: number; format: FormatId };
  to: { year: number; format: FormatId };
  /** One entry per cell of the format present in either report, in printed order. */
  cells: CellChange[];
  /** Migration notes when a 2019-format report was migrated to be compared. */
  notes: Issue[];
}

type Comparable = Pick<Report, "tables" | "format" | "year"> & Partial<Report>;

function in2021(r: Comparable): { report: Comparable; notes: Issue[] } {
  if (r.format !== "2019") return { report: r, notes: [] };
  const m = migrate2019to2021({ agency: { name: "", level: "county" }, sections: {}, ...r } as Report);
  return { report: m.report, notes: m.notes };
}

/**
 * Compares report `b` with the base report `a` (usually last year's) cell by cell: the
 * absolute change and the change in percent, both exact (integers; money through scaled
 * integers). When one report is in the 2019 format and the other in the 2021 format, the
 * 2019 one is migrated first and its migration notes are returned.
 *
 * @example
 * // 平潭综合实验区 (corpus): 23 applications received in 2019 (2019 format), 70 in 2021
 * compare(pingtan2019, pingtan2021).cells.find((c) => c.row === "received" && c.col === "total");
 * //=> { table: "table3", row: "received", col: "total", from: 23, to: 70, change: 47, percent: "+204.35%" }
 */
export function compare(a: Comparable, b: Comparable): Comparison {
  let left = a;
  let right = b;
  const notes: Issue[] = [];
  if (a.format !== b.format) {
    const l = in2021(a);
    const r = in2021(b);
    left = l.report;
    right = r.report;
    notes.push(...l.notes, ...r.notes);
  }
  const format = right.format;
  const cells: CellChange[] = [];
  for (const def of cellDefs(format)) {
    const x = left.tables[def.table]?.[def.row]?.[def.col];
    const y = right.tables[def.table]?.[def.row]?.[def.col];
    if (x === undefined && y === undefined) continue;
    const from = x ?? null;
    const to = y ?? null;
    let change: number | null = null;
    let percent: string | null = null;
    if (from !== null && to !== null) {
      const scale = Math.max(decimalPlaces(from), decimalPlaces(to));
      const f = toScaled(from, scale) ?? 0n;
      const t = toScaled(to, scale) ?? 0n;
      change = Number(fromScaled(t - f, scale));
      percent = percentOf(t - f, f, { signed: true });
    }
    cells.push({ table: def.table, row: def.row, col: def.col, from, to, change, percent });
  }
  return {
    format,
    from: { year: a.year, format: a.format },
    to: { year: b.year, format: b.format },
    cells,
    notes,
  };
}
