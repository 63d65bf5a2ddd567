// A worker thread of the PDF benchmark (bench/parse.bench.ts): parses the PDFs it is sent
// with the built package and answers with the number of cells read.
import { parentPort } from "node:worker_threads";
import { parseReport } from "@disclosure/report-text";

parentPort.on("message", async (bytes) => {
  const result = await parseReport(bytes, { from: "pdf" });
  parentPort.postMessage(result.cells.length);
});
