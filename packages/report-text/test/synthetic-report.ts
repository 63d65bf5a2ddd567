// The synthetic county (盐池县 of @disclosure/samples, seeded) for a year: its 33
// units' and its own application records tabulated and rolled up into the
// county government's report, in the format of the year.
import { syntheticCounty } from "@disclosure/samples";
import type { Report } from "@disclosure/schema";
import { rollup } from "@disclosure/stats";

export function syntheticCountyReport(seed: number, year: number, extra: Partial<Report> = {}): Report {
  const county = syntheticCounty({ seed, year });
  const result = rollup(
    county.units.map((unit) => ({ unit, records: county.unitRecords(unit) })),
    { year, own: { unit: county.county, records: county.ownRecords() } },
  );
  return { ...result.report, ...extra };
}
