#!/usr/bin/env node
// npm run bench:bundle — what a browser page pays for the packages: entries that import one
// function each are bundled with Vite (production, minified) and their JavaScript gzipped.
// Run after `npm run build`.
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

const rows = [];
for (const [name, code] of Object.entries(ENTRIES)) {
  const s = await size(code);
  rows.push({ entry: name, "min KB": (s.raw / 1024).toFixed(1), "gzip KB": (s.gzip / 1024).toFixed(1) });
}
console.table(rows);
