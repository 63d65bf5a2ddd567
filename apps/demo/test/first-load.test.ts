// What a browser loads before the page works: the entry script of dist/index.html, every chunk
// it imports statically (followed through), the modulepreloads and the CSS, gzipped.
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const dist = new URL("../dist/", import.meta.url);
const LIMIT_KB = 250;

/** The static imports of a built chunk (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  const out: string[] = [];
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+)["']/g))
    if (spec) out.push(spec);
  for (const [, spec] of code.matchAll(/(?:^|[;\n}])\s*export\s*(?:[\w$*{}\s,]+)from\s*["']([^"']+)["']/g))
    if (spec) out.push(spec);
  return out;
}

function firstLoad(): { files: string[]; gzipBytes: number } {
  const html = readFileSync(new URL("index.html", dist), "utf8");
  const refs = [
    ...[...html.matchAll(/<script[^>]+src="\/?([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]+rel="(?:modulepreload|stylesheet)"[^>]+href="\/?([^"]+)"/g)].map(
      (m) => m[1],
    ),
  ];
  const seen = new Set<string>();
  const queue = [...refs];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.endsWith(".js")) continue;
    const code = readFileSync(new URL(file, dist), "utf8");
    const dir = file.slice(0, file.lastIndexOf("/") + 1);
    for (const spec of staticImports(code)) queue.push(new URL(spec, `http://x/${dir}`).pathname.slice(1));
  }
  const files = [...seen];
  const gzipBytes = files.reduce((s, f) => s + gzipSync(readFileSync(new URL(f, dist))).length, 0);
  return { files, gzipBytes };
}

describe("the first load", () => {
  it.runIf(existsSync(new URL("index.html", dist)))(
    `is at most ${LIMIT_KB} KB gzip, nothing heavy in it`,
    () => {
      const { files, gzipBytes } = firstLoad();
      const kb = gzipBytes / 1024;
      console.log(`first load: ${files.length} files, ${kb.toFixed(1)} KB gzip — ${files.join(", ")}`);
      expect(files.some((f) => /echarts|charts-|pdf|docx|exceljs|cn2t|t2cn|audit\.worker/.test(f))).toBe(
        false,
      );
      expect(kb).toBeLessThanOrEqual(LIMIT_KB);
    },
  );

  it("follows static imports and leaves dynamic ones", () => {
    const code =
      'import{a as b}from"./chunk-A.js";import"./side.js";export{c}from"./re.js";const x=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(["./chunk-A.js", "./side.js", "./re.js"]);
  });
});
