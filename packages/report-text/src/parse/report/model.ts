// What parseReport takes and gives: its options, what it found out about the document, and
// its result (plain JSON).
import type { Agency, FormatId, Report, SectionId, TableId, Issue } from "@disclosure/schema";
import type { InputKind } from "../detect.js";
import type { ReadLimitsOption } from "../limits.js";
import type { ParsedCell, UnreadCell } from "../table/index.js";

/** Options of {@link parseReport}. */
export interface ParseOptions {
  /** The kind of input; sniffed from its first bytes when omitted (%PDF, a zip, markup, else text). */
  readonly from?: InputKind;
  /** The format, when known; detected from the table labels (then the year) otherwise. */
  readonly format?: FormatId;
  /** The year the report covers, when known; read from the title or the statistical period otherwise. */
  readonly year?: number;
  /** The reporting agency, when known; read from the title otherwise. */
  readonly agency?: Agency | string;
  /** A loaded pdfjs-dist module, for environments that set pdfjs up themselves (a bundler's worker). */
  readonly pdfjs?: unknown;
  /**
   * Limits on what reading the document may cost: the .docx archive, a PDF's bytes and pages,
   * element nesting. Defaults {@link DEFAULT_READ_LIMITS}; a limit passed is an error issue.
   */
  readonly limits?: ReadLimitsOption;
}

/** What was found out about the document, and how. */
export interface ParseDetected {
  readonly kind: InputKind;
  readonly script: "hans" | "hant";
  readonly format: FormatId;
  readonly formatBy: "option" | "labels" | "year" | "default";
  readonly year?: number;
  readonly yearBy?: "option" | "title" | "period" | "narrative";
  readonly agency?: string;
  readonly title?: string;
  /** Sections whose heading was found, in document order. */
  readonly sections: readonly SectionId[];
  /** Tables found (a label or numbers under their header). */
  readonly tables: readonly TableId[];
}

/** The result of {@link parseReport}: plain JSON. */
export interface ParseResult {
  /** True when a report was recognised and no error stopped the reading (unread cells are not errors). */
  readonly ok: boolean;
  readonly report?: Report;
  /** Every cell read, with where it was printed. */
  readonly cells: ParsedCell[];
  /** Every expected cell that could not be read, with the reason. */
  readonly unread: UnreadCell[];
  /** Located warnings: blanks read as null, splits, positions, collapsed groups, headings … */
  readonly warnings: Issue[];
  /** Located errors that stopped the reading (empty input, scanned PDF, not a report …). */
  readonly issues?: Issue[];
  readonly detected?: ParseDetected;
}

/** A reading stopped by errors: no cells. */
export function failed(issues: Issue[], warnings: Issue[] = [], detected?: ParseDetected): ParseResult {
  return { ok: false, cells: [], unread: [], warnings, issues, ...(detected ? { detected } : {}) };
}
