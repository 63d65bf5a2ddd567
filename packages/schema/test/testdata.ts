import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's test data (testdata/: spec, corpus, seed; sources in testdata/README.md). */
export const testdataDir = fileURLToPath(new URL("../../../testdata/", import.meta.url));

export function readTestdata(rel: string): string {
  return readFileSync(testdataDir + rel, "utf8");
}

export interface CorpusCells {
  slug: string;
  agency: string;
  year: number;
  format: "2021" | "2019";
  cells: {
    table: "table2" | "table3" | "table4";
    row: string;
    col: string;
    value: number | null;
    raw?: string;
  }[];
  knownErrors: string[];
  expectTableErrors: boolean;
}

export function corpusReports(): CorpusCells[] {
  return readdirSync(testdataDir + "corpus")
    .filter((f) => f.endsWith(".cells.json"))
    .sort()
    .map((f) => ({ slug: f.replace(".cells.json", ""), ...JSON.parse(readTestdata(`corpus/${f}`)) }));
}

/** A value the test goes on with, or a failure here naming what was missing. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
