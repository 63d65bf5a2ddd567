// What a submitted file is and what it holds: the types of readSubmission and collectSubmissions.
import type { AgencyLevel, FormatId, Issue, Report, TableId } from "@disclosure/schema";
import type { ReadItem } from "@disclosure/stats";
import type { ReadLimitsOption } from "../parse/index.js";

/**
 * What a file holds: a fill-in form (the Excel form of `renderTemplate`), a report as JSON,
 * cells (JSON, JSON Lines, CSV), raw records or an application ledger (JSON Lines, CSV,
 * Excel), a published report or a filled Word form (read by `parseReport`), or nothing usable.
 */
export type SubmissionKind = "form" | "report" | "cells" | "records" | "published" | "unreadable";

/** How the file is stored, from its name, else its first bytes. */
export type SubmissionFileType = "xlsx" | "docx" | "pdf" | "html" | "text" | "json" | "jsonl" | "csv";

/** Where a submission's unit name was found: the file's content, the `unit` option, the file's name. */
export type UnitSource = "content" | "option" | "file-name";

/** A worksheet as rows of texts, as `readWorkbookGrids` of @disclosure/schema gives them. */
export interface SheetRows {
  readonly sheet: string;
  readonly rows: readonly (readonly string[])[];
  readonly rowNumbers?: readonly number[];
}

/** Options of {@link readSubmission}. */
export interface ReadSubmissionOptions {
  /**
   * The year for files that state none (cells CSV, records, ledgers): records are tabulated
   * for it. A file that states its year keeps its own, so that another year is seen.
   */
  readonly year?: number;
  /**
   * The unit for files whose content names none (cells, records, a form or report left
   * unnamed); default: the unit the file's name names (花马池镇2024年填报表.xlsx: 花马池镇).
   */
  readonly unit?: string;
  /** The format of cells files; default: the format whose codes they use (fewer rejected lines). */
  readonly format?: FormatId;
  /**
   * Reads the worksheets of an .xlsx that is no fill-in form (an application ledger kept in
   * Excel); default `readWorkbookGrids` of @disclosure/schema (exceljs, loaded on first use).
   */
  readonly workbookGrids?: (bytes: Uint8Array) => Promise<readonly SheetRows[]>;
  /** A loaded pdfjs-dist module (a browser sets up its worker), passed to `parseReport`. */
  readonly pdfjs?: unknown;
  /** Limits on archives and documents, passed to `parseReport`. */
  readonly limits?: ReadLimitsOption;
}

/** Counts of a records file or ledger: every line accepted or rejected. */
export interface RecordCounts {
  readonly accepted: number;
  readonly rejected: number;
  /** With a year: accepted records counted in that year, outside it, of a kind the tables do not count. */
  readonly counted?: number;
  readonly outsideYear?: number;
  readonly notTabulated?: number;
}

/** Counts of a cells file or a form: cells listed, read, refused. */
export interface CellCounts {
  readonly lines: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly encoding: string;
}

/** A published report or filled Word form as parseReport read it. */
export interface ParsedDocument {
  /** How it is stored: web page, text, PDF or Word. */
  readonly kind: "html" | "text" | "pdf" | "docx";
  /** Simplified (hans) or Traditional (hant) characters. */
  readonly script: "hans" | "hant";
  /** Cells of the tables read. */
  readonly cellsRead: number;
  /** Cells expected in the tables found that could not be read. */
  readonly cellsUnread: number;
}

/** One submitted file, read: what it is, whose, which year, and its figures. */
export interface Submission {
  /** The file's name (its path inside a folder given). */
  readonly file: string;
  readonly kind: SubmissionKind;
  readonly fileType?: SubmissionFileType;
  /** A digest of the bytes: the same file given twice has the same one. */
  readonly digest: string;
  /** The unit: from the file's content (form's unit cell, report's agency), else from its name. */
  readonly unit: { readonly name: string; readonly level?: AgencyLevel; readonly from: UnitSource };
  readonly year?: number;
  /** Where the year came from: the file, or the options (files that state none). */
  readonly yearFrom?: "content" | "option";
  readonly format?: FormatId;
  /** The unit's report; absent when the file cannot be used. */
  readonly report?: Report;
  /** Records and ledgers: the items read (accepted and rejected), for the roll-up to tabulate. */
  readonly records?: readonly ReadItem[];
  readonly recordCounts?: RecordCounts;
  readonly cellCounts?: CellCounts;
  /** Published reports: the tables found (for `check`'s `tables`). */
  readonly tables?: readonly TableId[];
  /** Published reports: the document's kind and script, and the cells read and not read. */
  readonly document?: ParsedDocument;
  /** The file states no year and none was given: read it again with `year`. */
  readonly needsYear?: boolean;
  /** Errors: rejected lines and cells, and why a file cannot be used, located. */
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
}
