// The audit worker seen from the page: files go in with ids, messages come out. Should the
// worker fail (its script not loaded, an error it did not catch), every file it had not
// finished becomes a row saying so, and the next files start a new worker.
import type { Message } from "@disclosure/schema";
import type { NamedFile } from "./files.js";
import { type AuditJob, type FromWorker, type ToWorker, isFromWorker, notAudited } from "./protocol.js";

export interface AuditRunner {
  /** Queues files; returns their jobs (ids in the order given). */
  add(files: readonly NamedFile[]): AuditJob[];
  /** Ends the worker; files not yet audited are dropped with it (the page starts afresh). */
  stop(): void;
}

/** A runner posting each worker message to `on`, and a row for every file a failed worker left. */
export function auditRunner(on: (m: FromWorker) => void, firstId = 0): AuditRunner {
  let worker: Worker | undefined;
  const pending = new Map<number, string>();
  let nextId = firstId;

  const fail = (reason: Message) => {
    worker?.terminate();
    worker = undefined;
    const left = [...pending];
    pending.clear();
    for (const [id, name] of left) on({ type: "report", id, report: notAudited(name, reason) });
  };

  const start = (): Worker => {
    const w = new Worker(new URL("./audit.worker.ts", import.meta.url), { type: "module", name: "audit" });
    // After stop() or a failure, nothing of this worker reaches the page.
    w.addEventListener("message", (e: MessageEvent<unknown>) => {
      if (w !== worker || !isFromWorker(e.data)) return;
      if (e.data.type === "report") pending.delete(e.data.id);
      on(e.data);
    });
    w.addEventListener("error", (e) => {
      e.preventDefault();
      if (w !== worker) return;
      const what = e.message || "worker error";
      fail({ zh: `审查中断：${what}`, en: `the audit stopped: ${what}` });
    });
    w.addEventListener("messageerror", () => {
      if (w !== worker) return;
      fail({
        zh: "审查中断：结果无法传回页面",
        en: "the audit stopped: a result could not be passed to the page",
      });
    });
    return w;
  };

  return {
    add(files) {
      const jobs = files.map((f) => ({ id: nextId++, name: f.name, file: f.file }));
      for (const j of jobs) pending.set(j.id, j.name);
      worker ??= start();
      worker.postMessage({ type: "audit", jobs } satisfies ToWorker);
      return jobs;
    },
    stop() {
      worker?.terminate();
      worker = undefined;
      pending.clear();
    },
  };
}
