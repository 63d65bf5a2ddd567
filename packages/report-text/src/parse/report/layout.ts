// Step 4: the sections — lines split where a heading starts mid-line, the six sections found by
// their headings, and each heading line stripped of its heading (what follows it on the line
// is the section's content).
import { getFormat } from "@disclosure/schema";
import { listOf } from "../lists.js";
import { type Line, lineText } from "../model.js";
import { findSections, type SectionLayout, splitAtHeadings, stripHeading } from "../sections.js";

/** The document's lines laid out in sections. */
export interface LaidOut {
  readonly layout: SectionLayout;
  /** The lines, heading lines without their heading. */
  readonly lines: readonly Line[];
  /** The text of each line. */
  readonly texts: readonly string[];
  /** The lines before the first heading (at most 20), headings kept: where the title is. */
  readonly openingTexts: readonly string[];
}

/** Lays the document's lines out in sections (the headings are the same in both formats). */
export function layOut(docLines: readonly Line[]): LaidOut {
  const structure = getFormat("2021");
  const split = splitAtHeadings(docLines, structure);
  const layout = findSections(split, structure);
  const headingLines = new Set(layout.headings.map((h) => h.line));
  // Lists built by push, not map, for speed: see lists.ts.
  const lines = listOf(split, (l, i) => (headingLines.has(i) ? stripHeading(l, structure) : l));
  const openingTexts = listOf(split.slice(0, Math.min(layout.firstHeading, 20)), lineText);
  return { layout, lines, texts: listOf(lines, lineText), openingTexts };
}
