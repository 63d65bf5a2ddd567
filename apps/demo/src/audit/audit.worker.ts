// The audit off the page's thread: files read one after another, each read and checked
// (readAndCheck), the same agency's consecutive years paired as they come (yearPairer),
// every result posted back as soon as it is there. PDFs are read by pdfjs-dist on this
// thread: its worker module, imported here, sets globalThis.pdfjsWorker, which pdfjs then
// runs as its "fake worker" (inside a worker pdfjs would not start a worker of its own).
// That module also announces itself on this thread's port ("ready"); the page takes only
// the messages of its protocol.
import { readAndCheck, yearPairer } from "@disclosure/report-text";
import { type AuditJob, type FromWorker, type ToWorker, notAudited } from "./protocol.js";

const post = (m: FromWorker) => (self as unknown as { postMessage(m: FromWorker): void }).postMessage(m);
const why = (e: unknown) => (e instanceof Error ? e.message : String(e));

let pdfjs: Promise<unknown> | undefined;

/** pdfjs-dist with its worker's message handler on this thread (globalThis.pdfjsWorker). */
function loadPdfjs(): Promise<unknown> {
  pdfjs ??= Promise.all([
    import("pdfjs-dist/legacy/build/pdf.mjs"),
    import("pdfjs-dist/legacy/build/pdf.worker.min.mjs"),
  ]).then(
    ([lib]) => lib,
    (e) => {
      pdfjs = undefined;
      throw e;
    },
  );
  return pdfjs;
}

const isPdf = (b: Uint8Array) => b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46; // %PDF

const pairer = yearPairer();
const queue: AuditJob[] = [];
let draining = false;

async function audit(job: AuditJob): Promise<void> {
  post({ type: "reading", id: job.id });
  let data: Uint8Array;
  try {
    data = new Uint8Array(await job.file.arrayBuffer());
  } catch (e) {
    const reason = { zh: `无法读取文件：${why(e)}`, en: `could not read the file: ${why(e)}` };
    post({ type: "report", id: job.id, report: notAudited(job.name, reason) });
    return;
  }
  const parse = isPdf(data) ? { pdfjs: await loadPdfjs() } : {};
  const checked = await readAndCheck({ name: job.name, data }, { parse });
  const tables = checked.report?.tables;
  post({ type: "report", id: job.id, report: checked.audited, ...(tables ? { tables } : {}) });
  for (const pair of pairer.add(checked)) post({ type: "pair", pair });
}

async function drain(): Promise<void> {
  if (draining) return;
  draining = true;
  try {
    for (let job = queue.shift(); job; job = queue.shift()) {
      try {
        await audit(job);
      } catch (e) {
        const reason = { zh: `审查时出错：${why(e)}`, en: `the audit failed: ${why(e)}` };
        post({ type: "report", id: job.id, report: notAudited(job.name, reason) });
      }
    }
  } finally {
    draining = false;
  }
}

self.addEventListener("message", (e: MessageEvent<ToWorker>) => {
  if (e.data?.type !== "audit") return;
  queue.push(...e.data.jobs);
  void drain();
});
