#!/usr/bin/env node
// The whole test suite: lint, function and file lengths, build, type checks, unit/property/browser tests,
// package checks (publint, attw), then one closing line "N passed, N failed".
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const published = ["schema", "stats", "report-text", "catalog", "samples"];
const workspaces = [
  ...readdirSync(join(root, "packages")).map((d) => join(root, "packages", d)),
  ...readdirSync(join(root, "apps")).map((d) => join(root, "apps", d)),
];

/**
 * The browser tests drive Debian's Chromium with a CJK font (and DejaVu, a TrueType font for
 * the PDFs Chromium prints for the PDF reader's tests). As root on Debian they are
 * installed here, as CI does; elsewhere the run stops at once, saying what to install.
 */
function ensureBrowser() {
  const hasFont = () =>
    spawnSync("sh", [
      "-c",
      "fc-list 2>/dev/null | grep -qi 'noto.*cjk' && fc-list 2>/dev/null | grep -qi 'DejaVu Sans'",
    ]).status === 0;
  if (existsSync("/usr/bin/chromium") && hasFont()) return;
  const debianRoot = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (debianRoot) {
    console.log("▶ installing chromium fonts-noto-cjk fonts-dejavu-core (apt-get) for the browser tests");
    const install = spawnSync(
      "sh",
      [
        "-c",
        "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk fonts-dejavu-core",
      ],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    if (install.status === 0 && existsSync("/usr/bin/chromium")) return;
  }
  console.log(
    "The browser tests need Chromium, a CJK font and DejaVu: apt-get install -y chromium fonts-noto-cjk fonts-dejavu-core (as root, on Debian), then run npm test again.",
  );
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const failedSteps = [];
function step(name, cmd, args, opts = {}) {
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: opts.cwd ?? root, stdio: "inherit", env: process.env });
  if (r.status !== 0) {
    failedSteps.push(name);
    console.log(`✖ ${name} failed (exit ${r.status})`);
  }
  return r.status === 0;
}

for (const ws of workspaces) rmSync(join(ws, "reports"), { recursive: true, force: true });

ensureBrowser();

step("lint", "npx", ["biome", "check", "."]);
step("long functions", "node", ["scripts/long-functions.mjs", "--check"]);
step("build", "npx", ["turbo", "run", "build", "--output-logs=errors-only"]);
step("typecheck", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]);
step("bundle size", "node", ["scripts/bundle-size.mjs", "--check"]);
step("api reports", "node", ["scripts/api.mjs", "--check"]);
// The WebAssembly scanner built again from wasm/scan.c and compared with the committed bytes,
// where clang and wasm-ld are installed (CI installs Debian's clang and lld).
if (spawnSync("sh", ["-c", "command -v clang && command -v wasm-ld"], { stdio: "ignore" }).status === 0) {
  step("wasm scanner rebuilt", "node", ["packages/stats/scripts/build-wasm.mjs", "--check"]);
} else
  console.log(
    "\n▷ wasm scanner rebuilt: skipped, clang and wasm-ld are not installed (apt-get install -y clang lld)",
  );
step("tests", "npx", ["turbo", "run", "test", "--concurrency=1", "--continue", "--force"]);
for (const p of published) {
  const dir = join(root, "packages", p);
  step(`publint ${p}`, "npx", ["publint", "--strict", dir]);
  step(`attw ${p}`, "npx", ["attw", "--pack", dir, "--profile", "node16", "--format", "table-flipped"]);
}
step("publint cli", "npx", ["publint", "--strict", join(root, "packages", "cli")]);

let passed = 0;
let failed = 0;
for (const ws of workspaces) {
  const dir = join(ws, "reports");
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const r = JSON.parse(readFileSync(join(dir, f), "utf8"));
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
  }
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
