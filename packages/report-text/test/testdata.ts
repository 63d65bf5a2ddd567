import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Cell, type FormatId, type Report, fromCells } from "@disclosure/schema";

/** The repository's test data (testdata/: spec, corpus, seed; sources in testdata/README.md). */
export const testdataDir = fileURLToPath(new URL("../../../testdata/", import.meta.url));

export function readTestdata(rel: string): string {
  return readFileSync(testdataDir + rel, "utf8");
}

export interface CorpusCells {
  slug: string;
  agency: string;
  year: number;
  format: FormatId;
  cells: Cell[];
}

/** The corpus reports that have cells. */
export function corpusReports(): CorpusCells[] {
  return readdirSync(testdataDir + "corpus")
    .filter((f) => f.endsWith(".cells.json"))
    .sort()
    .map((f) => ({ slug: f.replace(".cells.json", ""), ...JSON.parse(readTestdata(`corpus/${f}`)) }))
    .filter((c) => c.cells.length > 0);
}

/** A report built from a corpus transcription: its agency, year, format and cells. */
export function corpusReport(slug: string): Report {
  const c = corpusReports().find((x) => x.slug === slug);
  if (!c) throw new Error(`no corpus report ${slug}`);
  const { tables, raw } = fromCells(c.cells, { format: c.format });
  return {
    agency: { name: c.agency, level: "county" },
    year: c.year,
    format: c.format,
    sections: {},
    tables,
    ...(raw ? { raw } : {}),
  };
}
