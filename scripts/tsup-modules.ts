// Build settings shared by the published packages: one output module per source module, so
// that a bundler given `sideEffects: false` drops every module a page does not import (a
// single bundled file keeps the imports of all its parts, papaparse for a page that only
// validates). The modules are those reachable from the package's entries, in ESM (.js) and
// CommonJS (.cjs); the types are bundled per entry.
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import type { Options } from "tsup";

type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/** Relative specifiers of a module's static, dynamic and re-export imports. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["'](\.{1,2}\/[^"']+)["']/g;

/** The source file a relative specifier names: ./x, ./x.js (for ./x.ts), ./dir (./dir/index.ts). */
function sourceOf(importer: string, specifier: string): string | undefined {
  const base = resolve(dirname(importer), specifier.replace(/\.[cm]?js$/, ""));
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((file) => existsSync(file));
}

/** The source modules reachable from the entries through relative imports, entries first. */
export function moduleGraph(entries: readonly string[], root = process.cwd()): string[] {
  const seen = new Set(entries.map((e) => resolve(root, e)));
  for (const file of seen) {
    for (const match of readFileSync(file, "utf8").matchAll(RELATIVE_IMPORT)) {
      const source = sourceOf(file, match[1] as string);
      if (source) seen.add(source);
    }
  }
  return [...seen].map((file) => relative(root, file));
}

/** Keeps every relative import an import of the module built from it (.js, or .cjs for CommonJS). */
export function perModulePlugin(): Plugin {
  return {
    name: "disclosure-per-module",
    setup(build) {
      const ext = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === "entry-point") return undefined;
        const source = sourceOf(args.importer, args.path);
        if (!source) return undefined;
        const path = relative(dirname(args.importer), source).replace(/\.tsx?$/, ext);
        return { path: path.startsWith(".") ? path : `./${path}`, external: true };
      });
    },
  };
}

/**
 * tsup options for a published package: `entries` names its public entries (index → ".",
 * internal → "./internal" …), each a source file under src/.
 */
export function packageBuild(entries: Readonly<Record<string, string>>): Options {
  return {
    entry: moduleGraph(Object.values(entries)),
    format: ["esm", "cjs"],
    dts: { entry: { ...entries } },
    esbuildPlugins: [perModulePlugin()],
    clean: true,
    sourcemap: false,
    target: "es2022",
  };
}
