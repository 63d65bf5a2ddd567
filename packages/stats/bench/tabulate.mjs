// Benchmark: tabulate N generated application records from a JSON Lines file, against
// DuckDB running the equivalent GROUP BY over the same file. Each run is a child process,
// so its peak RSS is its own. Run after a build: `npm run build && npm run bench`.
//
//   node bench/tabulate.mjs [--sizes 1000000,10000000] [--runs 3] [--dir /tmp/disclosure-bench]
//
// Engines:
//   tabulate (stream)  one thread: tabulate(readRecordsJsonl(fs.createReadStream(file, 1 MiB chunks)))
//   tabulate           one thread: tabulate(readRecordsJsonl(await fs.promises.open(file)), { year })
//   tabulate×2         the file cut in two at a line break, one half tabulated in this thread and
//                      one in a worker thread, the halves summed with rollup (exact by the roll-up law
//                      for the tables; each half keeps its own ids, so an id repeated across the halves
//                      is not found: it measures the scanning, not a whole-file duplicate check)
//   duckdb             read_json(file) + GROUP BY applicantType, intake bucket, outcome bucket
//
// Every tabulate engine checks ids (RECORD-DUPLICATE-ID, the default); `--no-ids` runs them with
// `checkIds: false`. The load average before and after each size is printed: the machine may be shared.
import { spawn } from "node:child_process";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  closeSync,
  statSync,
} from "node:fs";
import os from "node:os";
import { open } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort } from "node:worker_threads";

const YEAR = 2021;
const SELF = fileURLToPath(import.meta.url);
const CHECK_IDS = !process.argv.includes("--no-ids");

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
}

// ---------------------------------------------------------------------------------------
// Children

const stats = () => import("../dist/index.js");

/** Tabulates the bytes [start, end) of the file (whole lines), read through a file handle. */
async function tabulateFile(file, start = 0, end = Number.POSITIVE_INFINITY) {
  const { readRecordsJsonl, tabulate } = await stats();
  const fh = await open(file);
  try {
    let at = start;
    // A byte source over the range: `read` as a FileHandle's, at our own position, and its
    // size (`stat`, as a FileHandle tells it: tabulate presizes its ids' table from it).
    const range = {
      stat: async () => ({ size: Math.min(end, (await fh.stat()).size) - start }),
      async read(buffer, offset, length) {
        const n = Math.min(length, end - at);
        if (n <= 0) return { bytesRead: 0 };
        const r = await fh.read(buffer, offset, n, at);
        at += r.bytesRead;
        return r;
      },
    };
    const whole = start === 0 && end === Number.POSITIVE_INFINITY;
    return await tabulate(readRecordsJsonl(whole ? fh : range, { file }), {
      year: YEAR,
      checkIds: CHECK_IDS,
    });
  } finally {
    await fh.close();
  }
}

async function tabulateStream(file) {
  const { readRecordsJsonl, tabulate } = await stats();
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  return tabulate(readRecordsJsonl(stream, { file }), { year: YEAR, checkIds: CHECK_IDS });
}

/** The byte offset of the line start at or after `at`. */
function lineStartAfter(file, at) {
  const fd = openSync(file, "r");
  const buf = Buffer.alloc(1 << 16);
  try {
    for (let pos = at; ; pos += buf.length) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) return pos;
      const i = buf.subarray(0, n).indexOf(10);
      if (i >= 0) return pos + i + 1;
    }
  } finally {
    closeSync(fd);
  }
}

async function childTabulate(file, read = tabulateFile) {
  await stats(); // module loading is not timed, on either side
  const t0 = performance.now();
  const r = await read(file);
  const ms = performance.now() - t0;
  return { ms, records: r.accepted + r.rejected, rejected: r.rejected, t3: r.tables.table3 };
}

async function childTabulateWorkers(file, n = 2) {
  const { rollup } = await stats();
  // Module loading is not timed, on either side: the workers load theirs, then say so.
  const workers = await Promise.all(
    Array.from(
      { length: n - 1 },
      () =>
        new Promise((resolve, reject) => {
          const w = new Worker(SELF, { argv: CHECK_IDS ? [] : ["--no-ids"] });
          w.once("message", () => resolve(w));
          w.once("error", reject);
        }),
    ),
  );
  const t0 = performance.now();
  const size = statSync(file).size;
  const cuts = [0];
  for (let k = 1; k < n; k++) cuts.push(lineStartAfter(file, Math.floor((size * k) / n)));
  cuts.push(size);
  // The first part in this thread, the others in workers: one isolate fewer to hold in memory.
  const parts = await Promise.all(
    cuts.slice(0, -1).map((start, k) =>
      k === 0
        ? tabulateFile(file, start, cuts[1])
        : new Promise((resolve, reject) => {
            const w = workers[k - 1];
            w.once("message", resolve);
            w.once("error", reject);
            w.postMessage({ file, start, end: cuts[k + 1] });
          }),
    ),
  );
  for (const w of workers) w.terminate();
  const { report } = rollup(
    parts.map((p, k) => ({
      unit: { name: `part ${k + 1}`, level: "department" },
      report: {
        agency: { name: `part ${k + 1}`, level: "department" },
        year: YEAR,
        format: "2021",
        sections: {},
        tables: p.tables,
      },
    })),
    { year: YEAR },
  );
  const ms = performance.now() - t0;
  const records = parts.reduce((s, p) => s + p.accepted + p.rejected, 0);
  const rejected = parts.reduce((s, p) => s + p.rejected, 0);
  return { ms, records, rejected, t3: report.tables.table3 };
}

async function childDuckdb(file) {
  const { DuckDBInstance } = await import("@duckdb/node-api");
  const t0 = performance.now();
  const con = await (await DuckDBInstance.create(":memory:")).connect();
  const first = `DATE '${YEAR}-01-01'`;
  const last = `DATE '${YEAR}-12-31'`;
  const sql = `
    SELECT applicantType,
      CASE WHEN receivedDate >= ${first} THEN 'received' ELSE 'carriedIn' END AS intake,
      CASE WHEN completedDate IS NOT NULL AND completedDate <= ${last} THEN result ELSE 'carriedOut' END AS outcome,
      count(*) AS n
    FROM read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited',
      columns = { applicantType: 'VARCHAR', receivedDate: 'DATE', completedDate: 'DATE', result: 'VARCHAR' })
    WHERE receivedDate <= ${last} AND (completedDate IS NULL OR completedDate >= ${first})
    GROUP BY ALL`;
  const rows = (await con.runAndReadAll(sql)).getRows();
  const ms = performance.now() - t0;
  const version = (await con.runAndReadAll("SELECT version()")).getRows()[0][0];
  // The same cells as table 三, from the groups.
  const t3 = {};
  let records = 0;
  const add = (row, col, n) => {
    t3[row] ??= {};
    t3[row][col] = (t3[row][col] ?? 0) + n;
    t3[row].total = (t3[row].total ?? 0) + n;
  };
  for (const [applicant, intake, outcome, big] of rows) {
    const n = Number(big);
    records += n;
    add(intake, applicant, n);
    add(outcome, applicant, n);
    if (outcome !== "carriedOut") add("resultTotal", applicant, n);
  }
  return { ms, records, rejected: 0, t3, version };
}

// ---------------------------------------------------------------------------------------
// Parent

async function generate(file, count) {
  const { applicationRecords } = await import("@disclosure/samples");
  const out = createWriteStream(file);
  let buf = "";
  for (const r of applicationRecords({ seed: 1, year: YEAR, count })) {
    buf += `${JSON.stringify(r)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((res) => out.once("drain", res));
      buf = "";
    }
  }
  out.write(buf);
  await new Promise((res) => out.end(res));
}

function runChild(engine, file) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [SELF, "--child", engine, file, ...(CHECK_IDS ? [] : ["--no-ids"])], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.on("close", (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${engine} exited ${code}`)),
    );
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n) => n.toLocaleString("en-US", { maximumFractionDigits: 0 });

async function main() {
  const sizes = arg("sizes", "1000000,10000000").split(",").map(Number);
  const runs = Number(arg("runs", "3"));
  const dir = arg("dir", join(os.tmpdir(), "disclosure-bench"));
  mkdirSync(dir, { recursive: true });
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `machine: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.platform()} ${os.release()}; Node ${process.version}`,
  );
  const rows = [];
  for (const n of sizes) {
    const file = join(dir, `applications-${n}.jsonl`);
    if (!existsSync(file)) {
      console.log(`generating ${fmt(n)} records → ${file}`);
      await generate(file, n);
    }
    const mb = statSync(file).size / 2 ** 20;
    // Warm the page cache so every engine reads from memory.
    for await (const _ of createReadStream(file, { highWaterMark: 1 << 22 }));
    const results = {};
    const load = () =>
      os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(" ");
    console.log(
      `${fmt(n)} records, ids ${CHECK_IDS ? "checked" : "not checked"}: load average before ${load()}`,
    );
    for (let k = 0; k < runs; k++) {
      for (const engine of ["tabulate (stream)", "tabulate", "tabulate×2", "duckdb"]) {
        results[engine] ??= [];
        results[engine].push(await runChild(engine, file));
      }
    }
    console.log(`${fmt(n)} records: load average after ${load()}`);
    const ref = JSON.stringify(results.tabulate[0].t3);
    for (const [engine, rs] of Object.entries(results)) {
      const t3 = rs[0].t3;
      const same = [
        "received",
        "carriedIn",
        "resultTotal",
        "carriedOut",
        "granted",
        "unavailable.notHeld",
      ].every((row) => JSON.stringify(t3[row]?.total) === JSON.stringify(JSON.parse(ref)[row]?.total));
      const ms = median(rs.map((r) => r.ms));
      rows.push({
        records: fmt(n),
        "file MB": fmt(mb),
        engine: engine === "duckdb" ? `duckdb ${rs[0].version ?? ""}`.trim() : engine,
        "median s": (ms / 1000).toFixed(2),
        "records/s": fmt((n / ms) * 1000),
        "peak RSS MB": fmt(Math.max(...rs.map((r) => r.maxRssMb))),
        "same totals": same ? "yes" : "NO",
      });
    }
  }
  console.table(rows);
}

// ---------------------------------------------------------------------------------------
// Entry

if (!isMainThread) {
  await stats();
  parentPort.once("message", async ({ file, start, end }) => {
    const r = await tabulateFile(file, start, end);
    parentPort.postMessage({ tables: r.tables, accepted: r.accepted, rejected: r.rejected });
  });
  parentPort.postMessage("ready");
} else if (process.argv[2] === "--child") {
  const [, , , engine, file] = process.argv;
  const run =
    engine === "duckdb"
      ? childDuckdb
      : engine === "tabulate×2"
        ? childTabulateWorkers
        : engine === "tabulate (stream)"
          ? (f) => childTabulate(f, tabulateStream)
          : childTabulate;
  const out = await run(file);
  out.maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out));
} else {
  await main();
}
