#!/usr/bin/env node
// npm run bench -w @disclosure/cli — `disclosure audit` over copies of the corpus: the 12
// report texts (without the corpus header block) and the published PDF of 淮安市洪泽区 2024,
// with one and two worker threads. Wall time of the whole command (start-up included).
//   node bench/audit.mjs [--texts 1200] [--pdfs 100] [--runs 3]
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    texts: { type: "string", default: "1200" },
    pdfs: { type: "string", default: "100" },
    runs: { type: "string", default: "3" },
  },
});
const corpus = new URL("../../../testdata/corpus/", import.meta.url).pathname;
const cli = new URL("../dist/cli.js", import.meta.url).pathname;
const HEADER = /^(?:(?:source|agency|year|format|script|complete|rendering):.*\n)+/;

function folder(name, files) {
  const dir = mkdtempSync(join(tmpdir(), `audit-bench-${name}-`));
  for (const [i, [file, data]] of files.entries()) {
    const sub = join(dir, String(Math.floor(i / 100)));
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${i}-${file}`), data);
  }
  return dir;
}

const texts = readdirSync(corpus)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => [f, readFileSync(join(corpus, f), "utf8").replace(HEADER, "")]);
const pdf = readFileSync(join(corpus, "2024-hongze-district.pdf"));
const nTexts = Number(values.texts);
const nPdfs = Number(values.pdfs);
const textDir = folder(
  "text",
  Array.from({ length: nTexts }, (_, i) => texts[i % texts.length]),
);
const pdfDir = folder(
  "pdf",
  Array.from({ length: nPdfs }, () => ["hongze.pdf", pdf]),
);

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(dir, jobs) {
  const t0 = performance.now();
  try {
    execFileSync(process.execPath, [cli, "audit", dir, "--json", "--jobs", String(jobs)], {
      maxBuffer: 1 << 30,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: some reports have findings
  }
  return (performance.now() - t0) / 1000;
}

const rows = [];
for (const [kind, dir, n] of [
  ["text", textDir, nTexts],
  ["pdf", pdfDir, nPdfs],
]) {
  for (const jobs of [1, 2]) {
    const s = median(Array.from({ length: Number(values.runs) }, () => time(dir, jobs)));
    rows.push({ kind, reports: n, workers: jobs, seconds: s.toFixed(2), "reports/s": (n / s).toFixed(1) });
  }
}
console.table(rows);
rmSync(textDir, { recursive: true, force: true });
rmSync(pdfDir, { recursive: true, force: true });
