// The shape every reader (text, HTML, PDF, .docx) gives a document before the
// tables are read: lines of pieces, each piece located in its source. A
// "line" is a structural row: a text line, an HTML <tr> or block element, a
// .docx table row or paragraph, a rebuilt PDF row.
import { formatLocation, type Issue, type Location, type Message, type Severity } from "@disclosure/schema";
import { joinTexts } from "./lists.js";

/**
 * Where a piece of text, a cell or a problem is in the source: @disclosure/schema's
 * `Location` (the readers here give its kinds text, html, pdf and docx). Plain JSON.
 */
export type SourceLocation = Location;

/** A run of source text with its location. */
export interface Piece {
  text: string;
  readonly loc: SourceLocation;
  /**
   * True for an explicit table cell (HTML <td>, .docx <w:tc>, a cell between pipes): its text
   * is one token, never split. False for free text (a text line, a PDF text item, a paragraph),
   * which is split at spaces and where digits run into labels.
   */
  readonly cell: boolean;
  /** PDF: left edge and width in points, for placing values under column headers. */
  readonly x?: number;
  readonly w?: number;
  readonly y?: number;
}

/** A structural row of the document. */
export interface Line {
  readonly pieces: Piece[];
  readonly loc: SourceLocation;
}

/** What a reader hands on: the lines, and what it could not read. */
export interface ReadDocument {
  readonly lines: Line[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
  /** The document's own title (HTML <title>), when it has one. */
  readonly title?: string;
}

/**
 * An issue of parsing, located in the source.
 * @deprecated Use @disclosure/schema's `Issue`: parse issues are that type, with `location`.
 */
export type ParseIssue = Issue;

/** The text of a line: its pieces joined (cells with a space). */
export function lineText(line: Line): string {
  const { pieces } = line;
  // For speed: most lines are one piece, whose text is the line's.
  if (pieces.length === 1) return pieces[0]?.text ?? "";
  return joinTexts(pieces, pieces.some((p) => p.cell) ? " " : "");
}

/**
 * A location as a short string (@disclosure/schema's `formatLocation`): `line 12 col 3`,
 * `body>table[1]>tr[3]>td[2]`, `p.3 (x 318, y 329)`, `docx table 2 row 5 cell 3`.
 * @example formatSourceLocation({ kind: "pdf", page: 3, x: 318.7, y: 328.7 }) //=> "p.3 (x 319, y 329)"
 */
export function formatSourceLocation(loc: SourceLocation): string {
  return formatLocation(loc);
}

/** A parse issue located in the source. */
export function issue(
  code: string,
  severity: Severity,
  message: Message,
  location?: SourceLocation,
  value?: unknown,
): Issue {
  // For speed: one literal with every property (undefined when absent; JSON output drops it),
  // so every parse issue has one hidden class.
  return { code, severity, message, location: location || undefined, value };
}
