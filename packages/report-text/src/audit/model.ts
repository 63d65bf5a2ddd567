// What an audit of published reports gives: one row a report, its findings, and the
// cross-year pairs of one agency's consecutive years. Plain JSON throughout.
import type { AgencyLevel, FormatId, Message } from "@disclosure/schema";
import type { Finding } from "@disclosure/stats";
import type { InputKind, SourceLocation } from "../parse/index.js";

/** A file to audit: its name (for the rows and the messages) and its bytes or text. */
export interface AuditInput {
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** A finding of `check`, with where in the file its first read cell was printed. */
export interface AuditFinding extends Finding {
  readonly place?: SourceLocation;
}

/** One report as audited. */
export interface AuditedReport {
  readonly file: string;
  /** True when the file was read as a report (unread cells are not failures). */
  readonly read: boolean;
  /** Why the file could not be read, when it could not. */
  readonly reason?: Message;
  readonly kind?: InputKind;
  readonly script?: "hans" | "hant";
  readonly agency?: string;
  readonly level?: AgencyLevel;
  readonly year?: number;
  readonly format?: FormatId;
  /** Cells read, and cells the format has. */
  readonly cells: { readonly read: number; readonly expected: number };
  /** Cells the reader could not read: our gap, never a finding against the report. */
  readonly unread: number;
  readonly findings: readonly AuditFinding[];
}

/** Two consecutive years of one agency, and what the cross-year rules found. */
export interface AuditPair {
  readonly agency: string;
  readonly previous: { readonly file: string; readonly year: number };
  readonly current: { readonly file: string; readonly year: number };
  readonly findings: readonly AuditFinding[];
}
