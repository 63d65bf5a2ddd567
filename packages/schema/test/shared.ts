import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project's shared folder (spec, corpus, seed), beside the repository root. */
export const sharedDir = fileURLToPath(new URL("../../../../shared/", import.meta.url));

export function readShared(rel: string): string {
  return readFileSync(sharedDir + rel, "utf8");
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
  return readdirSync(sharedDir + "corpus")
    .filter((f) => f.endsWith(".cells.json"))
    .sort()
    .map((f) => ({ slug: f.replace(".cells.json", ""), ...JSON.parse(readShared(`corpus/${f}`)) }));
}
