// Benchmark: an application ledger kept in Excel, tabulated with readRecordsFile — row by row
// from its path (exceljs's streaming reader, the zip limits checked as the bytes arrive), and,
// for comparison, whole from its bytes (the browser's way). Each run is a child process with a
// 512 MB heap, so its time and peak RSS are its own. Run after a build.
//
//   node bench/ledger-xlsx.mjs [--sizes 100000,1048576] [--whole 100000] [--no-ids] [--dir /tmp/disclosure-bench]
//
// --no-ids tabulates with `checkIds: false` (no hashes of the ids kept).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ledgerCounts, writeLedgerWorkbook } from "./ledger-workbook.mjs";

const YEAR = 2024;
const SELF = fileURLToPath(import.meta.url);

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

/** In the child: tabulates the ledger, prints counts, seconds and peak RSS as JSON. */
async function child(file, how, ids) {
  const { readRecordsFile, tabulate } = await import("../dist/index.js");
  const t0 = performance.now();
  const input = how === "whole" ? new Uint8Array(readFileSync(file)) : { path: file };
  const limits = how === "whole" ? { maxEntryBytes: 2 ** 31, maxTotalBytes: 2 ** 31 } : undefined;
  const t = await tabulate(readRecordsFile(file, input, { limits }), {
    year: YEAR,
    checkIds: ids !== "no-ids",
  });
  const seconds = (performance.now() - t0) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ accepted: t.accepted, rejected: t.rejected, seconds, peakMb }));
}

function run(file, how, ids) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=512", SELF, "--child", file, how, ids], {
    encoding: "utf8",
  });
  if (r.status !== 0)
    return { failed: (r.stderr || "").split("\n").find((l) => /Error|heap/.test(l)) ?? `exit ${r.status}` };
  return JSON.parse(r.stdout.trim().split("\n").at(-1));
}

async function main() {
  const dir = arg("dir", join(os.tmpdir(), "disclosure-bench"));
  mkdirSync(dir, { recursive: true });
  const sizes = arg("sizes", "100000,1048576").split(",").filter(Boolean).map(Number);
  const whole = arg("whole", "100000").split(",").filter(Boolean).map(Number);
  console.log(
    `node ${process.version}, ${os.cpus()[0]?.model} × ${os.cpus().length}, ${new Date().toISOString().slice(0, 10)}`,
  );
  for (const n of [...new Set([...sizes, ...whole])]) {
    const file = join(dir, `ledger-${n}.xlsx`);
    if (!existsSync(file)) {
      const t0 = performance.now();
      await writeLedgerWorkbook(file, n, YEAR);
      console.log(
        `wrote ${file} (${(statSync(file).size / 2 ** 20).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    const want = ledgerCounts(n);
    for (const how of ["streamed", "whole"]) {
      if (how === "streamed" ? !sizes.includes(n) : !whole.includes(n)) continue;
      const r = run(file, how, process.argv.includes("--no-ids") ? "no-ids" : "ids");
      const ok = r.accepted === want.accepted && r.rejected === want.rejected;
      console.log(
        r.failed
          ? `${n} rows ${how}: failed — ${r.failed}`
          : `${n} rows ${how}: ${r.seconds.toFixed(1)} s, peak RSS ${Math.round(r.peakMb)} MB, accepted ${r.accepted} rejected ${r.rejected}${ok ? "" : " (WRONG)"}`,
      );
    }
  }
}

if (process.argv[2] === "--child") await child(process.argv[3], process.argv[4], process.argv[5]);
else await main();
