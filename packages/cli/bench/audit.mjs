#!/usr/bin/env node
// npm run bench -w @disclosure/cli — `disclosure audit` over copies of the corpus: the 12
// report texts (without the corpus header block) and the published PDF of 淮安市洪泽区 2024,
// with one and two worker threads. Wall time of the whole command (start-up included), the
// processor time it used (all its threads; Linux only, from /proc) and the load average of
// the machine when it ran: on a shared machine the wall time depends on the other work, the
// processor time much less.
//   node bench/audit.mjs [--texts 1200] [--pdfs 100] [--runs 3] [--cli path/to/cli.js]
// (--texts 0 or --pdfs 0 leaves that kind out; --cli measures another build, for a before/after.)
import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    texts: { type: "string", default: "1200" },
    pdfs: { type: "string", default: "100" },
    runs: { type: "string", default: "3" },
    cli: { type: "string" },
  },
});
const corpus = new URL("../../../testdata/corpus/", import.meta.url).pathname;
const cli = values.cli ?? new URL("../dist/cli.js", import.meta.url).pathname;
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

/** Processor seconds used by the finished child processes of this one (Linux), else NaN. */
function childCpuSeconds() {
  if (!existsSync("/proc/self/stat")) return Number.NaN;
  // Fields after the command name: cutime and cstime are the 14th and 15th, in clock ticks (100 a second).
  const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function time(dir, jobs) {
  const t0 = performance.now();
  const cpu0 = childCpuSeconds();
  const load = loadavg()[0];
  try {
    execFileSync(process.execPath, [cli, "audit", dir, "--json", "--jobs", String(jobs)], {
      maxBuffer: 1 << 30,
      stdio: ["ignore", "ignore", "inherit"],
    });
  } catch (e) {
    if (e.status !== 1) throw e; // 1: some reports have findings
  }
  return { seconds: (performance.now() - t0) / 1000, cpu: childCpuSeconds() - cpu0, load };
}

const rows = [];
for (const [kind, dir, n] of [
  ["text", textDir, nTexts],
  ["pdf", pdfDir, nPdfs],
]) {
  if (n === 0) continue;
  for (const jobs of [1, 2]) {
    const runs = Array.from({ length: Number(values.runs) }, () => time(dir, jobs));
    const s = median(runs.map((r) => r.seconds));
    const cpu = median(runs.map((r) => r.cpu));
    rows.push({
      kind,
      reports: n,
      workers: jobs,
      seconds: s.toFixed(2),
      "reports/s": (n / s).toFixed(1),
      "cpu s": cpu.toFixed(2),
      "cpu ms/report": ((cpu * 1000) / n).toFixed(1),
      load: median(runs.map((r) => r.load)).toFixed(1),
    });
  }
}
console.table(rows);
rmSync(textDir, { recursive: true, force: true });
rmSync(pdfDir, { recursive: true, force: true });
