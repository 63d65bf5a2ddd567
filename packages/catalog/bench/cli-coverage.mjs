// Benchmark: `disclosure catalog coverage` over a 50,000-item catalog (2,000 units × 25 items
// cycling the 35 real 公开时限 wordings: bench/synthetic-data.mjs, as the library bench) and 1,000,000 publications over
// 2020, streamed from the file by the command. Each run is a child process measured by
// /usr/bin/time (peak RSS, wall time). Run after a build of catalog and cli:
//
//   node bench/cli-coverage.mjs [--publications 1000000] [--dir /tmp/disclosure-catalog-bench]
//
// Runs: JSON Lines with item keys (text output; --json; -o 督查清单.xlsx), and a CMS export
// as CSV with Chinese headers (标题, 发布日期 as 2020年3月5日, 成文日期, 发布机构, 所属事项)
// placed by 所属事项.
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { syntheticItems, syntheticPublicationsOf, timeLimitWordings } from "./synthetic-data.mjs";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const CLI = join(HERE, "../../cli/bin/disclosure.js");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const N = Number(arg("publications", "1000000"));
const DIR = arg("dir", join(os.tmpdir(), "disclosure-catalog-bench"));
const { TIME_LIMIT_EXAMPLES, parseTimeLimit } = await import("../dist/index.js");

function catalog() {
  return syntheticItems(timeLimitWordings(TIME_LIMIT_EXAMPLES).map((w) => parseTimeLimit(w)));
}

const chinese = (iso) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** Writes the publications as JSON Lines (item keys) and as a CMS export (Chinese headers, 所属事项). */
async function writePublications(items, jsonl, csv) {
  const a = createWriteStream(jsonl);
  const b = createWriteStream(csv);
  b.write("\ufeff标题,发布日期,成文日期,发布机构,所属事项\r\n");
  const put = (s, text) => (s.write(text) ? undefined : new Promise((r) => s.once("drain", r)));
  for (const p of syntheticPublicationsOf(items, N)) {
    await put(a, `${JSON.stringify(p)}\n`);
    await put(
      b,
      `${p.title}公示,${chinese(p.date)},${p.eventDate.replaceAll("-", "/")},${p.unit},${p.title}\r\n`,
    );
  }
  await Promise.all([a, b].map((s) => new Promise((r) => s.end(r))));
}

function run(label, args) {
  const out = join(DIR, "out.txt");
  const r = spawnSync("/usr/bin/time", ["-f", "%M %e", "sh", "-c", `node ${CLI} ${args} > ${out}`], {
    encoding: "utf8",
  });
  const [kb, seconds] = r.stderr.trim().split("\n").at(-1).split(" ").map(Number);
  console.log(
    `${label.padEnd(44)} exit ${r.status}  ${seconds.toFixed(1).padStart(5)} s  peak RSS ${Math.round(kb / 1024)} MB`,
  );
}

mkdirSync(DIR, { recursive: true });
const catalogFile = join(DIR, "catalog.json");
const jsonl = join(DIR, `publications-${N}.jsonl`);
const csv = join(DIR, `publications-${N}.csv`);
if (!existsSync(jsonl) || !existsSync(csv)) {
  const items = catalog();
  writeFileSync(catalogFile, JSON.stringify({ items }));
  await writePublications(items, jsonl, csv);
}
const mb = (f) => `${Math.round(statSync(f).size / 1e6)} MB`;
console.log(
  `${os.cpus().length} cores, Node ${process.version}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}; ` +
    `catalog 50,000 items; ${N.toLocaleString("en-US")} publications (${mb(jsonl)} JSONL, ${mb(csv)} CSV)`,
);
const period = "--from 2020-01-01 --to 2020-12-31";
run("JSONL, text output", `catalog coverage ${catalogFile} ${jsonl} ${period}`);
run("JSONL, --json", `catalog coverage ${catalogFile} ${jsonl} ${period} --json`);
run(
  "JSONL, -o 督查清单.xlsx",
  `catalog coverage ${catalogFile} ${jsonl} ${period} -o ${join(DIR, "督查清单.xlsx")}`,
);
run("CMS CSV (Chinese headers, 所属事项), text", `catalog coverage ${catalogFile} ${csv} ${period}`);
