import { type Cell, type Report, fromCells } from "@disclosure/schema";
import { corpusReports } from "./testdata.js";

/** A report built from a corpus transcription: its agency, year, format and cells (no text). */
export function corpusReport(slug: string): Report {
  const c = corpusReports().find((x) => x.slug === slug);
  if (!c) throw new Error(`no corpus report ${slug}`);
  const { tables, raw } = fromCells(c.cells as Cell[], { format: c.format });
  return {
    agency: { name: c.agency, level: "county" },
    year: c.year,
    format: c.format,
    sections: {},
    tables,
    ...(raw ? { raw } : {}),
  };
}
