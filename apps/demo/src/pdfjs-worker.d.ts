// pdfjs-dist's worker module, imported for its side effect: it sets globalThis.pdfjsWorker,
// with which pdfjs reads documents on the importing thread.
declare module "pdfjs-dist/legacy/build/pdf.worker.min.mjs" {
  export const WorkerMessageHandler: unknown;
}
