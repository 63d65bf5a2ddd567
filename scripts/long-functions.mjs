#!/usr/bin/env node
// node scripts/long-functions.mjs — functions over 150 lines and files over 500 lines in
// packages/*/src and apps/*/src, measured with the TypeScript compiler API. Tests, generated
// files and data files (standard/*, formats/v20*.ts, yanchi-*.ts, check/rule-catalogue.ts) are
// left out.
// Options: --function-lines N, --file-lines N, --tests (measure test files too), --json,
// --check (a gate: exit 1 when anything is over, as `npm test` runs it).
// Prints the list and the counts; exits 0 without --check.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

const root = new URL("..", import.meta.url).pathname;

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  if (at < 0) return fallback;
  const n = Number(process.argv[at + 1]);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`${name} takes a positive whole number of lines`);
    process.exit(2);
  }
  return n;
}

const MAX_FUNCTION = option("--function-lines", 150);
const MAX_FILE = option("--file-lines", 500);
const WITH_TESTS = process.argv.includes("--tests");
const AS_JSON = process.argv.includes("--json");
const CHECK = process.argv.includes("--check");

const SOURCE = /\.(?:ts|tsx|mts|cts|js|mjs)$/;
const TEST = /\.(?:test|spec|e2e)\.|\.e2e\.test\./;
/** Generated code and data written as code: long by nature, not by design. */
const EXCLUDED = [
  /\.generated\./,
  /(?:^|\/)standard\//,
  /(?:^|\/)formats\/v20\d\d\.ts$/,
  /(?:^|\/)yanchi-[^/]*$/,
  /(?:^|\/)check\/rule-catalogue\.ts$/,
  /\.d\.ts$/,
];

function isMeasured(path) {
  if (!SOURCE.test(path)) return false;
  if (EXCLUDED.some((re) => re.test(path))) return false;
  return WITH_TESTS || !TEST.test(path);
}

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (isMeasured(relative(root, path))) out.push(path);
  }
  return out;
}

function sourceRoots() {
  const roots = [];
  for (const top of ["packages", "apps"]) {
    for (const name of readdirSync(join(root, top))) {
      const src = join(root, top, name, "src");
      try {
        if (statSync(src).isDirectory()) roots.push(src);
      } catch {
        // a workspace without src/
      }
    }
  }
  return roots;
}

/** The name a function is known by: its own, its variable's, its property's, or its class member's. */
function functionName(node, file) {
  if (node.name) return node.name.getText(file);
  if (ts.isConstructorDeclaration(node)) return "constructor";
  const parent = node.parent;
  if (
    parent &&
    (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))
  ) {
    return parent.name.getText(file);
  }
  if (parent && ts.isCallExpression(parent)) {
    const callee = parent.expression.getText(file);
    return `(callback of ${callee.length > 40 ? `${callee.slice(0, 40)}…` : callee})`;
  }
  return "(anonymous)";
}

function isFunction(node) {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

function measure(path) {
  const text = readFileSync(path, "utf8");
  const kind = path.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const lines = file.getLineAndCharacterOfPosition(file.getEnd()).line + (text.endsWith("\n") ? 0 : 1);
  const functions = [];
  const visit = (node) => {
    if (isFunction(node) && node.body) {
      const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      const end = file.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
      const length = end - start + 1;
      if (length > MAX_FUNCTION)
        functions.push({ name: functionName(node, file), line: start, lines: length });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { path: relative(root, path), lines, functions };
}

const files = sourceRoots()
  .flatMap((dir) => walk(dir, []))
  .sort()
  .map(measure);
const longFiles = files.filter((f) => f.lines > MAX_FILE);
const longFunctions = files.flatMap((f) => f.functions.map((fn) => ({ path: f.path, ...fn })));

if (AS_JSON) {
  console.log(
    JSON.stringify(
      {
        limits: { functionLines: MAX_FUNCTION, fileLines: MAX_FILE },
        measured: files.length,
        longFunctions,
        longFiles: longFiles.map((f) => ({ path: f.path, lines: f.lines })),
      },
      null,
      2,
    ),
  );
} else {
  console.log(`Functions over ${MAX_FUNCTION} lines:`);
  for (const f of longFunctions.sort((a, b) => b.lines - a.lines)) {
    console.log(`  ${String(f.lines).padStart(5)}  ${f.path}:${f.line}  ${f.name}`);
  }
  console.log(`Files over ${MAX_FILE} lines:`);
  for (const f of longFiles.sort((a, b) => b.lines - a.lines)) {
    console.log(`  ${String(f.lines).padStart(5)}  ${f.path}`);
  }
  console.log(
    `${longFunctions.length} function(s) over ${MAX_FUNCTION} lines, ${longFiles.length} file(s) over ${MAX_FILE} lines, in ${files.length} files measured${WITH_TESTS ? " (tests included)" : ""}`,
  );
}
if (CHECK && (longFunctions.length > 0 || longFiles.length > 0)) {
  console.log(
    `Split them by concept: a function of at most ${MAX_FUNCTION} lines, a file of at most ${MAX_FILE} (data and generated files aside).`,
  );
  process.exit(1);
}
