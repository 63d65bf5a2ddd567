#!/usr/bin/env node
// npm run bench:bundle — what a browser page pays for the packages: entries that import one
// function each are bundled with Vite (production, minified) and their JavaScript gzipped.
// Run after `npm run build`. With --check (a step of `npm test`) only the entries with a
// limit are measured, and the run fails when one is over it.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const ENTRIES = {
  "validateReport (schema)": `import { validateReport } from "@disclosure/schema"; globalThis.out = validateReport({});`,
  "readCells (schema)": `import { readCells } from "@disclosure/schema"; globalThis.out = readCells;`,
  "check (stats)": `import { check } from "@disclosure/stats"; globalThis.out = check;`,
  "tabulate (stats)": `import { tabulate } from "@disclosure/stats"; globalThis.out = tabulate;`,
  "renderReport (report-text)": `import { renderReport } from "@disclosure/report-text"; globalThis.out = renderReport;`,
  "parseReport (report-text)": `import { parseReport } from "@disclosure/report-text"; globalThis.out = parseReport;`,
  "coverage (catalog)": `import { coverage } from "@disclosure/catalog"; globalThis.out = coverage;`,
};

/** Limits in KB gzip of the first load: a page that only validates stays small. */
const LIMITS = { "validateReport (schema)": 30 };

/** The entry chunk and the chunks it imports statically: what loads before any lazy import. */
function firstLoad(output, name) {
  const chunks = new Map(output.filter((o) => o.type === "chunk").map((c) => [c.fileName, c]));
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const i of chunks.get(file)?.imports ?? []) visit(i);
  };
  visit([...chunks.values()].find((c) => c.isEntry && c.name === name).fileName);
  return [...seen].map((f) => chunks.get(f).code).join("\n");
}

async function size(code) {
  const dir = mkdtempSync(join(root, "node_modules", ".bundle-size-"));
  try {
    writeFileSync(join(dir, "entry.js"), code);
    const result = await build({
      root: dir,
      logLevel: "silent",
      configFile: false,
      build: {
        lib: { entry: join(dir, "entry.js"), formats: ["es"], fileName: "entry" },
        minify: true,
        write: false,
      },
    });
    const js = Buffer.from(firstLoad((Array.isArray(result) ? result[0] : result).output, "entry"));
    return { raw: js.length, gzip: gzipSync(js, { level: 9 }).length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const check = process.argv.includes("--check");
const rows = [];
const over = [];
for (const [name, code] of Object.entries(ENTRIES)) {
  if (check && !(name in LIMITS)) continue;
  const s = await size(code);
  const gzipKB = s.gzip / 1024;
  rows.push({ entry: name, "min KB": (s.raw / 1024).toFixed(1), "gzip KB": gzipKB.toFixed(1) });
  if (name in LIMITS && gzipKB > LIMITS[name])
    over.push(`${name}: ${gzipKB.toFixed(1)} KB gzip > ${LIMITS[name]} KB`);
}
console.table(rows);
if (over.length) {
  console.log(
    `over the limit of scripts/bundle-size.mjs (see what the entry pulls in, e.g. a module of the package\nthat imports papaparse or zod instead of zod/mini):\n  ${over.join("\n  ")}`,
  );
  process.exit(1);
}
