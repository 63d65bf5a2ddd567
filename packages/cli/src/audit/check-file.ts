// One file of `disclosure audit` read, checked and turned into what the command keeps of it,
// the same on a worker's thread and in the command's own.
import { readFileSync } from "node:fs";
import { readAndCheck } from "@disclosure/report-text";
import { type AuditOutcome, type OutcomeNeeds, auditOutcome } from "./outcome.js";
import { unreadableFile } from "./unreadable.js";

/** A file to audit: `id` its place in the results, `name` how the results name it. */
export interface AuditJob {
  readonly id: number;
  readonly path: string;
  readonly name: string;
}

/**
 * Reads, checks and keeps one file; never rejects: a file that cannot be read is an outcome
 * with the reason. The read is a plain one: the thread has nothing else to do meanwhile.
 */
export async function checkFile(job: AuditJob, needs: OutcomeNeeds): Promise<AuditOutcome> {
  let checked: Awaited<ReturnType<typeof readAndCheck>>;
  try {
    const data = new Uint8Array(readFileSync(job.path));
    checked = await readAndCheck({ name: job.name, data });
  } catch (e) {
    checked = unreadableFile(job.name, e);
  }
  return auditOutcome(checked, needs);
}
