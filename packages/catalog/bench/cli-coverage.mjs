// Benchmark: `disclosure catalog coverage` over a 50,000-item catalog (2,000 units × 25 items
// cycling the 35 real 公开时限 wordings, as bench/synthetic.ts) and 1,000,000 publications over
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

const HERE = fileURLToPath(new URL(".", import.meta.url));
const CLI = join(HERE, "../../cli/bin/disclosure.js");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const N = Number(arg("publications", "1000000"));
const DIR = arg("dir", join(os.tmpdir(), "disclosure-catalog-bench"));
const { TIME_LIMIT_EXAMPLES, parseTimeLimit } = await import("../dist/index.js");

/** mulberry32, as bench/synthetic.ts. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function catalog(units = 2000, perUnit = 25) {
  const wordings = TIME_LIMIT_EXAMPLES.flatMap((e) => e.wordings).filter((w) => w !== "同上");
  const limits = wordings.map((w) => parseTimeLimit(w));
  const areas = ["socialAssistance", "budget", "majorProjects", "employment", "healthcare"];
  const items = [];
  for (let u = 0; u < units; u++) {
    for (let k = 0; k < perUnit; k++) {
      items.push({
        id: `U${u}-${k}`,
        area: areas[k % areas.length],
        item: { level1: `一级事项${k % 7}`, level2: `二级事项${k}` },
        content: "",
        basis: "《政府信息公开条例》",
        timeLimit: limits[(u + k) % limits.length],
        publisher: `单位${u}`,
        channels: [{ code: "website", required: true }],
        audience: ["public"],
        mode: ["proactive"],
      });
    }
  }
  return items;
}

const day = (n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
const chinese = (iso) => `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** Writes the publications as JSON Lines (item keys) and as a CMS export (Chinese headers, 所属事项). */
async function writePublications(items, jsonl, csv) {
  const pr = rng(2020);
  const pairs = Array.from({ length: 4096 }, () => {
    const d = Math.floor(pr() * 366);
    return [day(d), day(d - Math.floor(pr() * 42))];
  });
  const g = rng(7);
  const a = createWriteStream(jsonl);
  const b = createWriteStream(csv);
  b.write("\ufeff标题,发布日期,成文日期,发布机构,所属事项\r\n");
  const put = (s, text) => (s.write(text) ? undefined : new Promise((r) => s.once("drain", r)));
  for (let i = 0; i < N; i++) {
    const it = items[Math.floor(g() * items.length)];
    const [date, eventDate] = pairs[i & 4095];
    await put(
      a,
      `${JSON.stringify({ title: it.item.level2, unit: it.publisher, date, eventDate, item: it.id })}\n`,
    );
    await put(
      b,
      `${it.item.level2}公示,${chinese(date)},${eventDate.replaceAll("-", "/")},${it.publisher},${it.item.level2}\r\n`,
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
