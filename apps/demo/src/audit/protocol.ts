// The messages between the audit page and its worker: files in, a message per report read
// (its row, findings and cells — never the whole parse) and per pair of consecutive years out.
import type { AuditPair, AuditedReport } from "@disclosure/report-text";
import type { Tables, Message } from "@disclosure/schema";

/** A file for the worker: its id on the page, the name shown, and the File to read. */
export interface AuditJob {
  readonly id: number;
  readonly name: string;
  readonly file: Blob;
}

/** Page → worker: audit these files too (after those already given, paired with them). */
export type ToWorker = { readonly type: "audit"; readonly jobs: readonly AuditJob[] };

/** Worker → page. */
export type FromWorker =
  /** The worker has started reading a file. */
  | { readonly type: "reading"; readonly id: number }
  /** A file audited, with the cells of its tables as read (absent when it was not read as a report). */
  | { readonly type: "report"; readonly id: number; readonly report: AuditedReport; readonly tables?: Tables }
  /** Two consecutive years of one agency, as soon as both are read. */
  | { readonly type: "pair"; readonly pair: AuditPair };

/**
 * True for a message of this protocol. The worker's thread carries others too: pdfjs-dist's
 * worker module, imported there, announces itself on it ("ready") when it loads.
 */
export function isFromWorker(data: unknown): data is FromWorker {
  if (typeof data !== "object" || data === null) return false;
  const m = data as { type?: unknown; id?: unknown; report?: unknown; pair?: unknown };
  if (m.type === "reading") return typeof m.id === "number";
  if (m.type === "report")
    return typeof m.id === "number" && typeof m.report === "object" && m.report !== null;
  return m.type === "pair" && typeof m.pair === "object" && m.pair !== null;
}

/** The row of a file that was not audited (it could not be read, or the audit stopped), with the reason. */
export function notAudited(file: string, reason: Message): AuditedReport {
  return { file, read: false, reason, cells: { read: 0, expected: 0 }, unread: 0, findings: [] };
}
