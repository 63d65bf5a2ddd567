// The synthetic county's year as the files its units would send: half of them a report as
// JSON, the other half their cells as CSV named after the unit, and the county government's
// own figures (本级) as JSON — to try the 汇总 view without files of one's own.
import { completeTable2For2019, syntheticCounty } from "@disclosure/samples";
import { type Agency, type Report, toCells, writeCellsCsv } from "@disclosure/schema";
import { tabulate } from "@disclosure/stats";
import type { GivenFile } from "./read-files.js";

const encode = (text: string) => new TextEncoder().encode(text);

export interface SampleFiles {
  readonly files: GivenFile[];
  readonly expected: string[];
  readonly own: string;
}

/** The files of the synthetic county (seed 2020) for a year, the units expected, its own unit. */
export function syntheticFiles(year: number, seed = 2020): SampleFiles {
  const county = syntheticCounty({ seed, year });
  const report = (agency: Agency, records: Iterable<unknown>): Report => {
    const t = tabulate(records as Iterable<Record<string, unknown>>, { year });
    const tables =
      t.format === "2019"
        ? { ...t.tables, table2: completeTable2For2019(t.tables.table2, { seed, year, unit: agency }) }
        : t.tables;
    return { agency, year, format: t.format, sections: {}, tables };
  };
  const files = county.units.map((unit, i): GivenFile => {
    const r = report(unit, county.unitRecords(unit));
    return i % 2 === 0
      ? { name: `示例/${unit.name}.json`, bytes: encode(JSON.stringify(r)) }
      : { name: `示例/${unit.name}.csv`, bytes: encode(writeCellsCsv(toCells(r), { labels: r.format })) };
  });
  const own = report(county.county, county.ownRecords());
  files.unshift({ name: `示例/${county.county.name}本级.json`, bytes: encode(JSON.stringify(own)) });
  return { files, expected: county.units.map((u) => u.name), own: county.county.name };
}
