// The synthetic county's year as the files its units would send: half of them a report as
// JSON, the other half their cells as CSV named after the unit, and the county government's
// own figures (本级) as JSON — to try the 汇总 view without files of one's own.
import { syntheticCountyRollup } from "@disclosure/samples/rollup";
import { toCells, writeCellsCsv } from "@disclosure/schema";
import type { GivenFile } from "./read-files.js";

const encode = (text: string) => new TextEncoder().encode(text);

export interface SampleFiles {
  readonly files: GivenFile[];
  readonly expected: string[];
  readonly own: string;
}

/** The files of the synthetic county (seed 2020) for a year, the units expected, its own unit. */
export function syntheticFiles(year: number, seed = 2020): SampleFiles {
  const { county, own, units } = syntheticCountyRollup({ seed, year });
  const files = units.map(
    (r, i): GivenFile =>
      i % 2 === 0
        ? { name: `示例/${r.agency.name}.json`, bytes: encode(JSON.stringify(r)) }
        : {
            name: `示例/${r.agency.name}.csv`,
            bytes: encode(writeCellsCsv(toCells(r), { labels: r.format })),
          },
  );
  files.unshift({ name: `示例/${county.county.name}本级.json`, bytes: encode(JSON.stringify(own)) });
  return { files, expected: county.units.map((u) => u.name), own: county.county.name };
}
