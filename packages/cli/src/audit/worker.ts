// A worker thread of `disclosure audit`: reads and checks the files it is sent, one at a time
// in the order sent (the pool sends the next file before this one is done), and answers with
// what the command keeps of each (its output made here, see outcome.ts). The build bundles
// this script with the @disclosure libraries it uses into one module: a new thread then
// loads one file instead of resolving and linking some two hundred.
import { parentPort, workerData } from "node:worker_threads";
import { type AuditJob, checkFile } from "./check-file.js";
import type { OutcomeNeeds } from "./outcome.js";
import type { AuditReply } from "./unreadable.js";

const needs = workerData as OutcomeNeeds;
const waiting: AuditJob[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let job = waiting.shift(); job; job = waiting.shift()) {
    const reply: AuditReply = { id: job.id, outcome: await checkFile(job, needs) };
    parentPort?.postMessage(reply);
  }
  busy = false;
}

parentPort?.on("message", (job: AuditJob) => {
  waiting.push(job);
  if (!busy) void drain();
});
