// Reports read and checked on worker threads (or in this thread for one job), yielded as
// each is done. A file that cannot be read is a result with the reason, never a stop.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type CheckedReport, readAndCheck } from "@disclosure/report-text";
import { type AuditReply, unreadableFile } from "./unreadable.js";

export type { AuditReply } from "./unreadable.js";

/** A file for a worker: `name` is how the results name it. */
export interface AuditJob {
  readonly id: number;
  readonly path: string;
  readonly name: string;
}

/** The built worker script beside the CLI (dist/audit-worker.js), when there is one. */
function workerScript(): URL | undefined {
  const candidates = [
    new URL("./audit-worker.js", import.meta.url),
    new URL("../../dist/audit-worker.js", import.meta.url),
  ];
  return candidates.find((u) => u.protocol === "file:" && existsSync(fileURLToPath(u)));
}

/** Reads and checks the files in this thread, in order. */
async function* inThisThread(
  jobs: readonly AuditJob[],
  read: (path: string) => Promise<Uint8Array>,
): AsyncGenerator<CheckedReport> {
  for (const job of jobs) {
    try {
      yield await readAndCheck({ name: job.name, data: await read(job.path) });
    } catch (e) {
      yield unreadableFile(job.name, e);
    }
  }
}

/** Files sent to a worker ahead of the one it reads, so that it never waits for the next. */
const IN_FLIGHT = 2;

/** Reads and checks the files on `n` worker threads, yielding each result as it arrives. */
async function* onWorkers(jobs: readonly AuditJob[], n: number, script: URL): AsyncGenerator<CheckedReport> {
  const queue = [...jobs];
  const done: CheckedReport[] = [];
  const workers = new Set<Worker>();
  let remaining = jobs.length;
  let wake: (() => void) | undefined;
  const arrive = (checked: CheckedReport) => {
    done.push(checked);
    remaining--;
    wake?.();
  };
  // A worker reads its files one at a time, in the order sent, with the next ones already
  // queued. One that dies (a document that exhausts its memory) gives the file it was reading
  // a row with the reason, hands the files queued behind it back, and is replaced.
  const start = () => {
    const w = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
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
      arrive(reply.checked);
      fill();
    });
    w.on("error", (e) => {
      workers.delete(w);
      const [reading, ...waiting] = sent.splice(0);
      if (reading) arrive(unreadableFile(reading.name, e));
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
 * Audits `jobs` with `jobs` workers (one: in this thread). Results come in the order they
 * are done. Without a built worker script (tests run from source), the work stays in this thread.
 */
export function auditFiles(
  jobs: readonly AuditJob[],
  workers: number,
  read: (path: string) => Promise<Uint8Array>,
): AsyncIterable<CheckedReport> {
  const script = workers > 1 ? workerScript() : undefined;
  return script && jobs.length > 1 ? onWorkers(jobs, workers, script) : inThisThread(jobs, read);
}
