// The corpus reports as parse tests need them: the report text without the
// corpus header block, the transcribed cells, and the real PDF.
import { readFileSync, readdirSync } from "node:fs";
import type { Cell, FormatId } from "@disclosure/schema";
import { readTestdata, testdataDir } from "./testdata.js";

export function readTestdataBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(testdataDir + rel));
}

export interface CorpusText {
  slug: string;
  agency: string;
  year: number;
  format: FormatId;
  cells: Cell[];
  knownErrors: string[];
  expectTableErrors: boolean;
  /** The .txt file with its header block blanked out (line numbers kept). */
  text: string;
  /** The tables the header block says are complete. */
  complete: string[];
  /** How the text was recovered (the header's rendering line). */
  rendering: string;
}

const HEADER_KEYS = /^(source|agency|year|format|script|complete|rendering):/;

/**
 * Splits a corpus .txt into its header block (source, agency, year, format, script,
 * complete, rendering — not part of the report) and the report text. The header lines
 * are replaced by empty lines so that line numbers stay those of the file.
 */
export function stripCorpusHeader(txt: string): { header: Record<string, string>; text: string } {
  const lines = txt.split("\n");
  const header: Record<string, string> = {};
  let i = 0;
  for (const line of lines) {
    const m = HEADER_KEYS.exec(line);
    const key = m?.[1];
    if (!m || key === undefined) break;
    header[key] = line.slice(m[0].length).trim();
    i++;
  }
  return { header, text: `${"\n".repeat(i)}${lines.slice(i).join("\n")}` };
}

/** Every corpus report (also those without cells), with its text. */
export function corpusTexts(): CorpusText[] {
  return readdirSync(`${testdataDir}corpus`)
    .filter((f) => f.endsWith(".cells.json"))
    .sort()
    .map((f) => {
      const slug = f.replace(".cells.json", "");
      const json = JSON.parse(readTestdata(`corpus/${f}`));
      const { header, text } = stripCorpusHeader(readTestdata(`corpus/${slug}.txt`));
      return {
        slug,
        knownErrors: [],
        expectTableErrors: false,
        ...json,
        text,
        complete: (header.complete ?? "")
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
        rendering: header.rendering ?? "",
      } as CorpusText;
    });
}
