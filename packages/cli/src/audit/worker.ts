// A worker thread of `disclosure audit`: reads and checks the files it is sent, one at a time
// in the order sent (the pool sends the next file before this one is done).
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { readAndCheck } from "@disclosure/report-text";
import type { AuditJob, AuditReply } from "./pool.js";
import { unreadableFile } from "./pool.js";

async function audit(job: AuditJob): Promise<AuditReply> {
  try {
    const data = new Uint8Array(await readFile(job.path));
    return { id: job.id, checked: await readAndCheck({ name: job.name, data }) };
  } catch (e) {
    return { id: job.id, checked: unreadableFile(job.name, e) };
  }
}

const waiting: AuditJob[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) parentPort?.postMessage(await audit(job));
  busy = false;
}

parentPort?.on("message", (job: AuditJob) => {
  waiting.push(job);
  if (!busy) void drain();
});
