// A worker thread of `disclosure audit`: reads and checks the files it is sent, one at a time.
import { readFile } from "node:fs/promises";
import { parentPort } from "node:worker_threads";
import { readAndCheck } from "@disclosure/report-text";
import type { AuditJob, AuditReply } from "./pool.js";
import { unreadableFile } from "./pool.js";

parentPort?.on("message", async (job: AuditJob) => {
  let reply: AuditReply;
  try {
    const data = new Uint8Array(await readFile(job.path));
    reply = { id: job.id, checked: await readAndCheck({ name: job.name, data }) };
  } catch (e) {
    reply = { id: job.id, checked: unreadableFile(job.name, e) };
  }
  parentPort?.postMessage(reply);
});
