// What the 2019 format's table 二 asks beyond records: documents published and in force, the
// matters in a unit's lists (上一年项目数量, 本年增/减) and 政府集中采购. Raw records give
// only the documents made and the decisions; a synthetic unit's lists are drawn here from the
// seed, so that one year's items plus their change are the next year's items last year.
import type { Agency, Tables } from "@disclosure/schema";
import { YANCHI_COUNTY, YANCHI_UNITS, mulberry32 } from "./synthetic.js";

/** The rows of table 二 (2019) with a list of matters. */
const LIST_ROWS = ["licensing", "otherServices", "penalty", "enforcement", "fees"] as const;
const DOCUMENT_ROWS = ["rules", "normativeDocuments"] as const;
/** The first year whose lists are drawn; earlier years repeat it. */
const FIRST_YEAR = 2015;

type Row = Record<string, number>;

function unitNumber(unit: Agency | string): number {
  const name = typeof unit === "string" ? unit : unit.name;
  if (name === YANCHI_COUNTY.name) return 0;
  return YANCHI_UNITS.findIndex((u) => u.name === name) + 1;
}

/** A stream of its own for one seed, unit and purpose. */
function stream(seed: number, unit: number, ...parts: number[]) {
  let h = 0x811c9dc5;
  for (const p of [seed, unit, ...parts]) h = Math.imul(h ^ (p >>> 0), 0x01000193);
  return mulberry32(h >>> 0);
}

/** The number of matters in a unit's list of one row at the end of `year` (never negative). */
export function listedItems(seed: number, unit: Agency | string, row: string, year: number): number {
  const u = unitNumber(unit);
  const r = LIST_ROWS.indexOf(row as (typeof LIST_ROWS)[number]) + 1;
  const base = stream(seed, u, r, 0);
  // About a third of the units have no list of a row at all.
  if (base() < 0.35) return 0;
  let items = 5 + Math.floor(base() * 60);
  for (let y = FIRST_YEAR + 1; y <= year; y++) {
    const change = Math.floor(stream(seed, u, r, y)() * 9) - 4;
    items = Math.max(0, items + change);
  }
  return items;
}

/**
 * Table 二 of a synthetic unit in the 2019 format made whole: the tabulated cells (documents
 * made, decisions) kept, and the figures records do not carry added — documents published
 * (all made are published; those in force before the year added to the total), each list's
 * matters last year and their change, the decisions on other services, and the
 * centralised procurement. The same seed, unit and year always give the same figures.
 *
 * @example
 * const t2 = completeTable2For2019(tabulated.tables.table2, { seed: 2020, year: 2020, unit: "盐池县财政局" });
 * t2.licensing.itemsLastYear + t2.licensing.itemsChange; //=> the items last year of 2021
 */
export function completeTable2For2019(
  tabulated: Tables["table2"],
  opts: { seed: number; year: number; unit: Agency | string },
): Record<string, Row> {
  const { seed, year, unit } = opts;
  const u = unitNumber(unit);
  const out: Record<string, Row> = {};
  for (const row of DOCUMENT_ROWS) {
    const made = Number(tabulated?.[row]?.newlyMade ?? 0);
    const before = row === "rules" ? 0 : Math.floor(stream(seed, u, 10, year)() * 12);
    out[row] = { newlyMade: made, newlyPublished: made, publishedTotal: before + made };
  }
  for (const row of LIST_ROWS) {
    const last = listedItems(seed, unit, row, year - 1);
    const now = listedItems(seed, unit, row, year);
    const decisions =
      row === "otherServices"
        ? now > 0
          ? Math.floor(stream(seed, u, 11, year)() * 120)
          : 0
        : Number(tabulated?.[row]?.decisions ?? 0);
    out[row] =
      row === "fees"
        ? { itemsLastYear: last, itemsChange: now - last }
        : { itemsLastYear: last, itemsChange: now - last, decisions };
  }
  const buy = stream(seed, u, 12, year);
  const projects = buy() < 0.5 ? 0 : 1 + Math.floor(buy() * 8);
  out.procurement = { projects, amountWan: projects ? Math.round(buy() * projects * 4000) / 100 : 0 };
  return out;
}
