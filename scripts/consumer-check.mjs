#!/usr/bin/env node
// What a user of the published packages gets: packs schema, stats, report-text, catalog, samples
// and cli (from their built dist/), installs the tarballs with `npm i --engine-strict` into fresh
// consumer projects — core only; core with catalog and the optional modules; the cli — measures
// each node_modules (du -sb), runs a few calls there, and prints the figures.
// It installs third-party packages from the registry, so it needs the network; it is not
// part of `npm test`. Usage: npm run build && node scripts/consumer-check.mjs [--keep]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  checklist,
  EXTRAS,
  install as installInto,
  mb,
  npm,
  pack as packInto,
  PUBLISHED,
  root,
} from "./consumer.mjs";

const testdata = join(root, "testdata");
const keep = process.argv.includes("--keep");
const CORE = ["schema", "stats", "report-text"];
/** The promise: core without its optional modules stays under this. */
const CORE_LIMIT = 40 * 1024 * 1024;

const { note, failures } = checklist();
const pack = (dir) => packInto(dir, note);
const install = (name, specs) => installInto(name, specs, note);

/** Runs an ES module in the consumer project; each line it prints is a JSON check. */
function runChecks(dir, name, source, args = []) {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, source);
  const r = spawnSync("node", [file, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, TESTDATA: testdata },
  });
  for (const line of r.stdout.split("\n").filter(Boolean)) {
    const c = JSON.parse(line);
    note(c.ok, `${name}: ${c.what}`, c.detail);
  }
  if (r.status !== 0)
    note(false, `${name}: ran to the end`, r.stderr.trim().split("\n").slice(0, 3).join(" | "));
}

// The calls, as consumer code. `check(what, fn)` prints one JSON line.
const PRELUDE = `
import { readFileSync } from "node:fs";
const T = process.env.TESTDATA;
async function check(what, fn) {
  try {
    const detail = await fn();
    console.log(JSON.stringify({ ok: true, what, detail: detail ?? "" }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, what, detail: String(e?.message ?? e).slice(0, 300) }));
  }
}
function assert(ok, text) { if (!ok) throw new Error(text); }
const received = (r) => r.cells.find((c) => c.table === "table3" && c.row === "received" && c.col === "total")?.value;
`;

const CORE_CALLS = `${PRELUDE}
import { createRequire } from "node:module";
import { fromCells, validateReport } from "@disclosure/schema";
import { addWorkingDays, check as checkReport } from "@disclosure/stats";
import { parseReport, renderReport } from "@disclosure/report-text";
const corpus = JSON.parse(readFileSync(T + "/corpus/2024-hongze-district.cells.json", "utf8"));
const report = { agency: { name: corpus.agency, level: "county" }, year: corpus.year, format: corpus.format,
  sections: {}, tables: fromCells(corpus.cells, { format: corpus.format }).tables };
await check("schema validateReport (洪泽区 2024)", () => { assert(validateReport(report).ok, "not valid"); });
await check("stats addWorkingDays, check", () => {
  assert(addWorkingDays("2024-09-27", 20) === "2024-10-30", "deadline");
  return checkReport(report).length + " findings";
});
await check("report-text render html", async () => { assert((await renderReport(report, { to: "html" })).includes("<table"), "no table"); });
await check("report-text parse the corpus text", async () => {
  const r = await parseReport(readFileSync(T + "/corpus/2024-hongze-district.txt", "utf8"));
  assert(received(r) === 95, "received " + received(r));
});
await check("require() of the CJS build", () => {
  const require = createRequire(import.meta.url);
  assert(typeof require("@disclosure/report-text").renderReport === "function", "no renderReport");
});
if (process.argv.includes("--without-extras")) {
  await check("parseReport PDF without pdfjs-dist: a located issue", async () => {
    const r = await parseReport(new Uint8Array(readFileSync(T + "/corpus/2024-hongze-district.pdf")));
    assert(!r.ok && r.issues[0]?.code === "PARSE-MODULE-MISSING", JSON.stringify(r.issues));
    return r.issues[0].message.zh;
  });
  await check("render docx without docx: the message", async () => {
    const e = await renderReport(report, { to: "docx" }).then(() => undefined, (x) => x);
    assert(e?.code === "MODULE-MISSING", String(e));
    return e.bilingual.en;
  });
}
`;

const EXTRA_CALLS = `${PRELUDE}
import ExcelJS from "exceljs";
import { parseReport, renderReport } from "@disclosure/report-text";
import { readWorkbookGrids, writeGridXlsx } from "@disclosure/catalog";
import { fromCells } from "@disclosure/schema";
const corpus = JSON.parse(readFileSync(T + "/corpus/2024-hongze-district.cells.json", "utf8"));
const report = { agency: { name: corpus.agency, level: "county" }, year: corpus.year, format: corpus.format,
  sections: {}, tables: fromCells(corpus.cells, { format: corpus.format }).tables };
await check("parseReport the corpus PDF (pdfjs-dist)", async () => {
  const r = await parseReport(new Uint8Array(readFileSync(T + "/corpus/2024-hongze-district.pdf")));
  assert(received(r) === 95, "received " + received(r) + " " + JSON.stringify(r.issues));
  return r.cells.length + " cells";
});
await check("render docx (docx), read it back", async () => {
  const bytes = await renderReport(report, { to: "docx" });
  assert(bytes[0] === 0x50 && bytes[1] === 0x4b, "not a zip");
  const r = await parseReport(bytes);
  assert(received(r) === 95, "received " + received(r));
  return (bytes.length / 1024).toFixed(0) + " kB";
});
await check("read an xlsx written by exceljs, and one written by writeGridXlsx", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账").addRows([["编号", "收到申请日期"], ["1", "2024-03-04"]]);
  const own = await readWorkbookGrids(new Uint8Array(await wb.xlsx.writeBuffer()));
  assert(own[0].rows[1][1] === "2024-03-04", JSON.stringify(own));
  const back = await readWorkbookGrids(await writeGridXlsx([{ name: "台账", rows: [["编号"], ["1"]] }]));
  assert(back[0].rows[1][0] === "1", JSON.stringify(back));
});
`;

function runCli(dir, args) {
  return spawnSync(join(dir, "node_modules", ".bin", "disclosure"), args, { cwd: dir, encoding: "utf8" });
}

function cliChecks(dir) {
  const sample = runCli(dir, ["sample", "-o", "s.json"]);
  note(
    sample.status === 0 && existsSync(join(dir, "s.json")),
    "cli: disclosure sample -o s.json",
    sample.stderr.trim(),
  );
  const docx = runCli(dir, ["render", "s.json", "--to", "docx", "-o", "s.docx"]);
  note(
    docx.status === 0 && existsSync(join(dir, "s.docx")),
    "cli: disclosure render --to docx",
    docx.stderr.trim(),
  );
  const pdf = runCli(dir, ["parse", join(testdata, "corpus", "2024-hongze-district.pdf"), "--json"]);
  const total = pdf.status === 0 ? JSON.parse(pdf.stdout).report?.tables?.table3?.received?.total : undefined;
  note(total === 95, "cli: disclosure parse the corpus PDF", `received ${total} ${pdf.stderr.trim()}`);
  const ledger = runCli(dir, ["ledger", "-o", "台账.xlsx"]);
  note(
    ledger.status === 0 && existsSync(join(dir, "台账.xlsx")),
    "cli: disclosure ledger -o 台账.xlsx",
    ledger.stderr.trim(),
  );
}

const work = mkdtempSync(join(tmpdir(), "disclosure-pack-"));
mkdirSync(work, { recursive: true });
const tarballs = pack(work);
const rows = [];

const core = install(
  "core",
  CORE.map((p) => tarballs[p]),
);
rows.push(["schema + stats + report-text", core]);
if (core.packages) runChecks(core.dir, "core", CORE_CALLS, ["--without-extras"]);
note(core.bytes <= CORE_LIMIT, `core node_modules ≤ ${mb(CORE_LIMIT)}`, mb(core.bytes));

const full = install("extras", [...CORE, "catalog"].map((p) => tarballs[p]).concat(EXTRAS));
rows.push([`+ catalog + ${EXTRAS.join(" ")}`, full]);
if (full.packages) {
  runChecks(full.dir, "extras-core", CORE_CALLS);
  runChecks(full.dir, "extras", EXTRA_CALLS);
}

const cli = install(
  "cli",
  PUBLISHED.map((p) => tarballs[p]),
);
rows.push(["@disclosure/cli (with @disclosure/samples, pdfjs-dist, docx, exceljs)", cli]);
if (cli.packages) cliChecks(cli.dir);

console.log(
  `\nInstall sizes (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}, npm ${npm(["-v"], root).trim()}, node scripts/consumer-check.mjs):\n`,
);
console.log("| installed | node_modules | packages |");
console.log("|---|---:|---:|");
for (const [what, r] of rows) console.log(`| ${what} | ${mb(r.bytes)} | ${r.packages} |`);

if (!keep) for (const d of [work, core.dir, full.dir, cli.dir]) rmSync(d, { recursive: true, force: true });
else console.log(`\nkept: ${[work, core.dir, full.dir, cli.dir].join(" ")}`);
console.log(
  `\n${failures.length ? `${failures.length} failed: ${failures.join("; ")}` : "all checks passed"}`,
);
process.exit(failures.length ? 1 : 0);
