#!/usr/bin/env node
// Runs the code examples of the READMEs as a user would: every ```ts / ```js block of README.md
// and packages/*/README.md, written to its own file in a fresh consumer project where the
// published packages are installed from their packed tarballs (with pdfjs-dist, docx, exceljs,
// tsx and typescript), and run there with tsx: .mts for ts, .mjs for js, top-level await allowed.
// The TypeScript blocks are also type-checked (tsc --strict, module nodenext).
//
// - A block whose first line is `// not run: <reason>` is listed with its reason and not run.
// - A value comment `expr; //=> value` (or `//=> value` on the line after `expr;`) is checked:
//   the expression must equal the value (deep equality); prose may follow the value after " — "
//   or "//". Other comments are prose.
//
// It installs third-party packages from the registry, so it needs the network; it is not part of
// `npm test`. Usage: npm run build && npm run examples [-- --keep] [-- --only <text>]
//   --keep         keep the consumer project and print its folder
//   --in <dir>     run in a consumer project kept before, without packing and installing
//   --only <text>  only the blocks whose place (file:line) starts with the text
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { checklist, EXTRAS, install, pack, PUBLISHED, root } from "./consumer.mjs";

/** What runs and type-checks the examples, at the versions the repository uses (tsx: the current release). */
const TOOLS = ["tsx@4.23.15", "typescript@5.9.3", "@types/node@20.19.43"];
/** Strict, as a Node project of ESM modules would be set up. */
const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ["node"],
  },
  include: ["examples/*.mts"],
};
const LANGS = { ts: "mts", typescript: "mts", js: "mjs", javascript: "mjs" };
const TIMEOUT_MS = 180_000;

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

/** The READMEs whose examples are run. */
function readmes() {
  const packages = readdirSync(join(root, "packages"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(root, "packages", d.name, "README.md"));
  return [join(root, "README.md"), ...packages].filter((f) => {
    try {
      return readFileSync(f, "utf8").length > 0;
    } catch {
      return false;
    }
  });
}

/** The fenced code blocks of a Markdown text: language, first code line (1-based), code. */
function codeBlocks(markdown) {
  const lines = markdown.split("\n");
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w-]*)/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang] = open;
    const close = new RegExp(`^\\s*${fence[0]}{${fence.length},}\\s*$`);
    let j = i + 1;
    while (j < lines.length && !close.test(lines[j])) j++;
    const body = lines.slice(i + 1, j).map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l));
    blocks.push({ lang: lang.toLowerCase(), line: i + 2, code: body.join("\n") });
    i = j;
  }
  return blocks;
}

/** `// not run: <reason>` on the first line: the reason. */
function notRunReason(code) {
  const first = code.split("\n").find((l) => l.trim() !== "") ?? "";
  return /^\s*\/\/\s*not run:\s*(\S.*)$/.exec(first)?.[1];
}

/** The check of value comments, appended to a block (typed for TypeScript). */
const expectHelper = (ts) => `
import { inspect as __inspect, isDeepStrictEqual as __equal } from "node:util";
function __expect(actual${ts ? ": unknown" : ""}, expected${ts ? ": unknown" : ""}, place${ts ? ": string" : ""}) {
  if (!__equal(actual, expected))
    throw new Error(\`\${place}: \${__inspect(actual, { depth: 6 })} where the README says \${__inspect(expected, { depth: 6 })}\`);
}
`;

/** The value of a value comment, without the prose after it (`//=> 5 — five`, `//=> 5 // five`). */
function expectedValue(comment) {
  let quote;
  for (let i = 0; i < comment.length; i++) {
    const c = comment[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'" || c === "`") quote = c;
    else if (comment.startsWith("//", i) || comment.startsWith(" — ", i)) return comment.slice(0, i).trim();
  }
  return comment.trim();
}

/**
 * The block as a module: each `//=>` value comment turned into a check of the expression before
 * it, line for line (so that line numbers still point into the README), the helper appended.
 */
function withChecks(code, place, ts) {
  const lines = code.split("\n");
  let checks = 0;
  const unchecked = [];
  for (let i = 0; i < lines.length; i++) {
    const next = /^\s*\/\/=>\s*(.+)$/.exec(lines[i]);
    const same = next || /^\s*\/\//.test(lines[i]) ? null : /^(\s*)(\S.*?);?\s*\/\/=>\s*(.+)$/.exec(lines[i]);
    if (next && i > 0 && /;\s*$/.test(lines[i - 1]) && !/\/\//.test(lines[i - 1])) {
      const expr = lines[i - 1].replace(/;\s*$/, "");
      lines[i - 1] = `__expect((${expr.trim()}), (${expectedValue(next[1])}), ${JSON.stringify(place(i))});`;
      lines[i] = "";
      checks++;
    } else if (next) {
      unchecked.push(place(i + 1));
    } else if (same) {
      lines[i] =
        `${same[1]}__expect((${same[2]}), (${expectedValue(same[3])}), ${JSON.stringify(place(i + 1))});`;
      checks++;
    }
  }
  return { source: `${lines.join("\n")}\n${checks ? expectHelper(ts) : ""}`, checks, unchecked };
}

/** Every block of the READMEs, with its place, file name in the project and reason not to run. */
function examples() {
  const only = option("--only");
  const list = [];
  for (const file of readmes()) {
    const rel = relative(root, file);
    for (const b of codeBlocks(readFileSync(file, "utf8"))) {
      const ext = LANGS[b.lang];
      if (!ext) continue;
      const place = `${rel}:${b.line}`;
      if (only && !place.startsWith(only)) continue;
      const name = `${rel.replace(/\/README\.md$|\.md$/, "").replace(/[^\w-]+/g, "-")}-${b.line}.${ext}`;
      list.push({ place, name, code: b.code, line: b.line, rel, reason: notRunReason(b.code) });
    }
  }
  return list;
}

function project(note) {
  const reuse = option("--in");
  if (reuse) return { dir: reuse, cleanup: [] };
  const work = mkdtempSync(join(tmpdir(), "disclosure-pack-"));
  const tarballs = pack(work, note, PUBLISHED);
  const p = install("examples", [...Object.values(tarballs), ...EXTRAS, ...TOOLS], note);
  if (!p.packages) process.exit(1);
  writeFileSync(join(p.dir, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
  return { dir: p.dir, cleanup: [work, p.dir] };
}

/** Writes the example's module into the project; false when a value comment cannot be checked. */
function prepare(dir, ex) {
  const { source, checks, unchecked } = withChecks(
    ex.code,
    (i) => `${ex.rel}:${ex.line + i - 1}`,
    ex.name.endsWith(".mts"),
  );
  ex.checks = checks;
  if (unchecked.length) {
    ex.failure = `a value comment that follows no one-line expression ending in ";": ${unchecked.join(", ")}`;
    return false;
  }
  writeFileSync(join(dir, "examples", ex.name), source);
  return true;
}

/** tsc --noEmit over the TypeScript examples: each file's first error, at its README line. */
function typeErrors(dir, list) {
  const r = spawnSync(join(dir, "node_modules", ".bin", "tsc"), ["-p", "."], { cwd: dir, encoding: "utf8" });
  const errors = new Map();
  for (const m of r.stdout.matchAll(/^examples\/([^(]+)\((\d+),\d+\): error (TS\d+: .*)$/gm)) {
    const ex = list.find((e) => e.name === m[1]);
    if (ex && !errors.has(ex.name)) errors.set(ex.name, `${ex.rel}:${ex.line + Number(m[2]) - 1} ${m[3]}`);
  }
  if (r.status !== 0 && !errors.size) errors.set("", r.stdout.trim().split("\n").slice(0, 3).join(" | "));
  return errors;
}

/** Runs one example with tsx; undefined when it ran to the end, else what went wrong. */
function run(dir, ex) {
  const r = spawnSync(join(dir, "node_modules", ".bin", "tsx"), [join("examples", ex.name)], {
    cwd: dir,
    encoding: "utf8",
    timeout: TIMEOUT_MS,
  });
  if (r.status === 0) return undefined;
  if (r.error) return String(r.error.message);
  const err = r.stderr.trim().split("\n");
  const i = err.findIndex((l) => /^\s*(\w*Error\b|Error \[)/.test(l));
  if (i < 0) return err.slice(-3).join(" | ") || `exit ${r.status}`;
  const message = /:$/.test(err[i]) ? `${err[i]} ${err[i + 1] ?? ""}` : err[i];
  const at = err
    .slice(i + 1)
    .find((l) => l.includes(ex.name) && !l.includes("__expect") && !message.includes(l.trim()));
  return `${message.trim().slice(0, 600)}${at ? ` (${at.trim()})` : ""}`;
}

const { note, failures } = checklist();
const list = examples();
const { dir, cleanup } = project(note);
rmSync(join(dir, "examples"), { recursive: true, force: true });
mkdirSync(join(dir, "examples"));
const runnable = list.filter((ex) => !ex.reason && prepare(dir, ex));
const types = typeErrors(dir, runnable);
if (types.has("")) note(false, "tsc --noEmit", types.get(""));
let passed = 0;
for (const ex of list) {
  if (ex.reason) {
    console.log(`- ${ex.place} not run: ${ex.reason}`);
    continue;
  }
  const started = Date.now();
  const failure =
    ex.failure ?? run(dir, ex) ?? (types.has(ex.name) ? `types: ${types.get(ex.name)}` : undefined);
  const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
  note(
    !failure,
    ex.place,
    failure ?? `${ex.checks ? `${ex.checks} value${ex.checks > 1 ? "s" : ""} checked, ` : ""}${took}`,
  );
  if (!failure) passed++;
}
const skipped = list.filter((ex) => ex.reason).length;
const failed = list.length - passed - skipped;
if (process.argv.includes("--keep") || option("--in")) console.log(`\nconsumer project: ${dir}`);
else for (const d of cleanup) rmSync(d, { recursive: true, force: true });
console.log(`\nREADME examples: ${passed} passed, ${failed} failed, ${skipped} not run`);
process.exit(failures.length ? 1 : 0);
