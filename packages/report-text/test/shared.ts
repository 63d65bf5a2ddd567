import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project's shared folder (spec, corpus, seed), beside the repository root. */
export const sharedDir = fileURLToPath(new URL("../../../../shared/", import.meta.url));

export function readShared(rel: string): string {
  return readFileSync(sharedDir + rel, "utf8");
}

export function readSharedBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedDir + rel));
}

export interface CorpusCell {
  table: "table2" | "table3" | "table4";
  row: string;
  col: string;
  value: number | null;
  raw?: string;
}

export interface CorpusReport {
  slug: string;
  agency: string;
  year: number;
  format: "2021" | "2019";
  cells: CorpusCell[];
  knownErrors: string[];
  expectTableErrors: boolean;
  /** The .txt file without its header block (source, agency, year, …, rendering). */
  text: string;
  /** The tables the header block says are complete. */
  complete: string[];
}

const HEADER_KEYS = /^(source|agency|year|format|script|complete|rendering):/;

/**
 * Splits a corpus .txt into its header block (not part of the report) and the report text.
 * The block is the opening "key: value" lines up to the first blank line.
 */
export function stripCorpusHeader(txt: string): { header: Record<string, string>; text: string } {
  const lines = txt.split("\n");
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = HEADER_KEYS.exec(lines[i]);
    if (!m) break;
    header[m[1]] = lines[i].slice(m[0].length).trim();
  }
  while (i < lines.length && lines[i].trim() === "") i++;
  // Keep the line numbers of the original file: blank out the header instead of cutting it.
  return { header, text: `${"\n".repeat(i)}${lines.slice(i).join("\n")}` };
}

export function corpusReports(): CorpusReport[] {
  return readdirSync(`${sharedDir}corpus`)
    .filter((f) => f.endsWith(".cells.json"))
    .sort()
    .map((f) => {
      const slug = f.replace(".cells.json", "");
      const json = JSON.parse(readShared(`corpus/${f}`));
      const { header, text } = stripCorpusHeader(readShared(`corpus/${slug}.txt`));
      return {
        slug,
        ...json,
        text,
        complete: (header.complete ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      } as CorpusReport;
    });
}
