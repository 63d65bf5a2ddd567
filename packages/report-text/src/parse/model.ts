// The shape every reader (text, HTML, PDF, .docx) gives a document before the
// tables are read: lines of pieces, each piece located in its source. A
// "line" is a structural row: a text line, an HTML <tr> or block element, a
// .docx table row or paragraph, a rebuilt PDF row.
import type { Issue, Message } from "@disclosure/schema";

/** Where a piece of text, a cell or a problem is in the source. Plain JSON. */
export type SourceLocation =
  /** A line of text (1-based) and the column of the text in it (1-based, in characters). */
  | { readonly kind: "text"; readonly line: number; readonly column?: number }
  /** An HTML element path such as `body>div[2]>table[1]>tr[5]>td[3]`. */
  | { readonly kind: "html"; readonly path: string }
  /** A PDF page (1-based) and the text's position on it, in PDF points from the bottom left. */
  | { readonly kind: "pdf"; readonly page: number; readonly x: number; readonly y: number }
  /**
   * A .docx body paragraph (1-based, counting body paragraphs outside tables), or a table
   * (1-based, in document order), its row and cell (1-based; the cell counts `w:tc` elements);
   * or a part of the archive as a whole (`word/document.xml`).
   */
  | {
      readonly kind: "docx";
      readonly part?: string;
      readonly paragraph?: number;
      readonly table?: number;
      readonly row?: number;
      readonly cell?: number;
    };

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
  readonly issues: ParseIssue[];
  readonly warnings: ParseIssue[];
  /** The document's own title (HTML <title>), when it has one. */
  readonly title?: string;
}

/** An {@link Issue} of parsing, with its source location. */
export interface ParseIssue extends Issue {
  readonly location?: SourceLocation;
}

/** The text of a line: its pieces joined (cells with a space). */
export function lineText(line: Line): string {
  return line.pieces.map((p) => p.text).join(line.pieces.some((p) => p.cell) ? " " : "");
}

/**
 * A location as a short string: `line 12`, `body>table[1]>tr[3]>td[2]`,
 * `p.3 (x 318, y 329)`, `docx table 2 row 5 cell 3`.
 * @example formatSourceLocation({ kind: "pdf", page: 3, x: 318.7, y: 328.7 }) //=> "p.3 (x 319, y 329)"
 */
export function formatSourceLocation(loc: SourceLocation): string {
  switch (loc.kind) {
    case "text":
      return loc.column ? `line ${loc.line}:${loc.column}` : `line ${loc.line}`;
    case "html":
      return loc.path;
    case "pdf":
      return `p.${loc.page} (x ${Math.round(loc.x)}, y ${Math.round(loc.y)})`;
    case "docx":
      if (loc.table) {
        return `docx table ${loc.table}${loc.row ? ` row ${loc.row}` : ""}${loc.cell ? ` cell ${loc.cell}` : ""}`;
      }
      if (loc.paragraph) return `docx paragraph ${loc.paragraph}`;
      return loc.part ? `docx ${loc.part}` : "docx";
  }
}

/**
 * A parse issue located in the source. Text locations also fill `line`/`column`
 * of {@link Issue}, HTML element paths fill `path`.
 */
export function issue(
  code: string,
  severity: "error" | "warning",
  message: Message,
  location?: SourceLocation,
  value?: unknown,
): ParseIssue {
  const base: ParseIssue = { code, severity, message, ...(value === undefined ? {} : { value }) };
  if (!location) return base;
  if (location.kind === "text") {
    return {
      ...base,
      location,
      line: location.line,
      ...(location.column ? { column: location.column } : {}),
    };
  }
  if (location.kind === "html") return { ...base, location, path: location.path.split(">") };
  return { ...base, location };
}
