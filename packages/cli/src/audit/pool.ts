// Reports read and checked on worker threads (or in this thread for one job), yielded as
// each is done. A file that cannot be read is a result with the reason, never a stop.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type AuditJob, checkFile } from "./check-file.js";
import { type OutcomeNeeds, auditOutcome } from "./outcome.js";
import { type AuditReply, unreadableFile } from "./unreadable.js";

export type { AuditJob } from "./check-file.js";
export type { AuditReply } from "./unreadable.js";

/** The built worker script beside the CLI (dist/audit-worker.js), when there is one. */
function workerScript(): URL | undefined {
  const candidates = [
    new URL("./audit-worker.js", import.meta.url),
    new URL("../../dist/audit-worker.js", import.meta.url),
  ];
  return candidates.find((u) => u.protocol === "file:" && existsSync(fileURLToPath(u)));
}

/** Reads and checks the files in this thread, in order. */
async function* inThisThread(jobs: readonly AuditJob[], needs: OutcomeNeeds): AsyncGenerator<AuditReply> {
  for (const job of jobs) yield { id: job.id, outcome: await checkFile(job, needs) };
}

/** Files sent to a worker ahead of the one it reads, so that it never waits for the next. */
const IN_FLIGHT = 2;

/** Reads and checks the files on `n` worker threads, yielding each result as it arrives. */
async function* onWorkers(
  jobs: readonly AuditJob[],
  n: number,
  script: URL,
  needs: OutcomeNeeds,
): AsyncGenerator<AuditReply> {
  const queue = [...jobs];
  const done: AuditReply[] = [];
  const workers = new Set<Worker>();
  let remaining = jobs.length;
  let wake: (() => void) | undefined;
  const arrive = (reply: AuditReply) => {
    done.push(reply);
    remaining--;
    wake?.();
  };
  const failed = (job: AuditJob, e: unknown): AuditReply => ({
    id: job.id,
    outcome: auditOutcome(unreadableFile(job.name, e), needs),
  });
  // A worker reads its files one at a time, in the order sent, with the next ones already
  // queued. One that dies (a document that exhausts its memory) gives the file it was reading
  // a row with the reason, hands the files queued behind it back, and is replaced.
  const start = () => {
    const w = new Worker(script, { workerData: needs, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    workers.add(w);
    const sent: AuditJob[] = [];
    const fill = () => {
      for (let job = sent.length < IN_FLIGHT ? queue.shift() : undefined; job; ) {
        sent.push(job);
        w.postMessage(job);
        job = sent.length < IN_FLIGHT ? queue.shift() : undefined;
      }
    };
    w.on("message", (reply: AuditReply) => {
      const at = sent.findIndex((j) => j.id === reply.id);
      if (at >= 0) sent.splice(at, 1);
      arrive(reply);
      fill();
    });
    w.on("error", (e) => {
      workers.delete(w);
      const [reading, ...waiting] = sent.splice(0);
      if (reading) arrive(failed(reading, e));
      queue.unshift(...waiting);
      if (queue.length) start();
    });
    fill();
  };
  for (let i = 0; i < Math.min(n, jobs.length); i++) start();
  try {
    while (remaining > 0 || done.length) {
      if (!done.length) await new Promise<void>((r) => (wake = r));
      wake = undefined;
      for (let r = done.shift(); r; r = done.shift()) yield r;
    }
  } finally {
    await Promise.all([...workers].map((w) => w.terminate()));
  }
}

/**
 * Audits `jobs` with `workers` workers (one: in this thread), keeping of each report what
 * `needs` asks for. Results come in the order they are done, each with its job's id. Without a
 * built worker script (tests run from source), the work stays in this thread.
 */
export function auditFiles(
  jobs: readonly AuditJob[],
  workers: number,
  needs: OutcomeNeeds,
): AsyncIterable<AuditReply> {
  const script = workers > 1 ? workerScript() : undefined;
  return script && jobs.length > 1 ? onWorkers(jobs, workers, script, needs) : inThisThread(jobs, needs);
}
