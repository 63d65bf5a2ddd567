// What a worker of `disclosure audit` sends back, and the row of a file that could not be read
// at all. Types only from @disclosure/report-text.
import type { CheckedReport } from "@disclosure/report-text";
import type { AuditOutcome } from "./outcome.js";

/** A worker's answer for the file `id`. */
export interface AuditReply {
  readonly id: number;
  readonly outcome: AuditOutcome;
}

/** The result for a file that could not be read at all (missing, unreadable, a crash). */
export function unreadableFile(name: string, e: unknown): CheckedReport {
  const why = e instanceof Error ? e.message : String(e);
  return {
    audited: {
      file: name,
      read: false,
      reason: { zh: `无法读取文件：${why}`, en: `the file could not be read: ${why}` },
      cells: { read: 0, expected: 0 },
      unread: 0,
      findings: [],
    },
  };
}
