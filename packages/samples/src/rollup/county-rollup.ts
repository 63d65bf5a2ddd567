// The synthetic county's year rolled up as a county office would: every unit's raw records
// tabulated into its report (table 二 of the 2019 format made whole), then the units and the
// county government's own figures (本级) summed by `rollup` of @disclosure/stats.
import type { Agency, Issue, RawRecord, Report } from "@disclosure/schema";
import { type RollupResult, rollup, tabulate } from "@disclosure/stats";
import { completeTable2For2019 } from "../lists-2019.js";
import { type SyntheticCounty, syntheticCounty } from "../synthetic.js";

/** The synthetic county's year, rolled up. */
export interface SyntheticCountyRollup {
  /** The county whose records were tabulated. */
  readonly county: SyntheticCounty;
  /** The county government's own report (本级), tabulated from its records. */
  readonly own: Report;
  /** Each unit's report, in the order of `county.units`. */
  readonly units: readonly Report[];
  /** The roll-up: the county report, the per-unit breakdown, the roll-up's findings. */
  readonly rollup: RollupResult;
  /** What `tabulate` rejected or warned about in the units' records, as it gives them (none for these records). */
  readonly issues: readonly Issue[];
}

/** One unit's report from its records: tabulated for the year, table 二 of the 2019 format made whole. */
function unitReport(
  seed: number,
  year: number,
  agency: Agency,
  records: Iterable<RawRecord>,
  issues: Issue[],
): Report {
  const t = tabulate(records, { year });
  issues.push(...t.issues);
  // The 2019 format's table 二 asks for lists of matters and publications records do not carry.
  const tables =
    t.format === "2019"
      ? { ...t.tables, table2: completeTable2For2019(t.tables.table2, { seed, year, unit: agency }) }
      : t.tables;
  return { agency, year, format: t.format, sections: {}, tables };
}

/**
 * The synthetic 盐池县 for a year, rolled up: the records of its 33 units and of the county
 * government (本级) tabulated unit by unit with `tabulate`, each unit's table 二 made whole in
 * the 2019 format ({@link completeTable2For2019}), then summed with `rollup`, the 33 units
 * expected. The same seed and year always give the same reports.
 *
 * @example
 * const r = syntheticCountyRollup({ seed: 2020, year: 2021 });
 * r.units.length; //=> 33
 * r.rollup.report.agency.name; //=> "盐池县人民政府"
 * r.rollup.report.tables.table3?.received?.total; //=> the sum of the units' and 本级's
 */
export function syntheticCountyRollup(opts: { seed: number; year: number }): SyntheticCountyRollup {
  const { seed, year } = opts;
  const county = syntheticCounty({ seed, year });
  const issues: Issue[] = [];
  const own = unitReport(seed, year, county.county, county.ownRecords(), issues);
  const units = county.units.map((u) => unitReport(seed, year, u, county.unitRecords(u), issues));
  const result = rollup(
    units.map((report) => ({ unit: report.agency, report })),
    { year, own: { unit: county.county, report: own }, expectedUnits: county.units.map((u) => u.name) },
  );
  return { county, own, units, rollup: result, issues };
}

/**
 * The synthetic county's reports (its roll-ups) over `span` years up to `year`, oldest first:
 * a trend of the county's figures, or last year's report for the cross-year checks.
 *
 * @example
 * syntheticCountyReports({ seed: 2020, year: 2021, span: 3 }).map((r) => r.year); //=> [2019, 2020, 2021]
 */
export function syntheticCountyReports(opts: { seed: number; year: number; span?: number }): Report[] {
  const { seed, year, span = 5 } = opts;
  return Array.from(
    { length: Math.max(0, span) },
    (_, i) => syntheticCountyRollup({ seed, year: year - span + 1 + i }).rollup.report,
  );
}
