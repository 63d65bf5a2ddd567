import { defineConfig } from "tsup";

/**
 * Left as imports: the optional modules and large libraries loaded only when a file needs
 * them (a workbook, a .docx, a PDF, a page, 繁体), and the command line's own CommonJS
 * dependencies. Everything else is bundled in.
 */
const EXTERNAL = [
  "exceljs",
  "docx",
  "pdfjs-dist",
  "htmlparser2",
  "opencc-js",
  "papaparse",
  "fastest-levenshtein",
];

export default defineConfig({
  entry: { cli: "src/cli.ts", "audit-worker": "src/audit/worker.ts" },
  format: ["esm"],
  dts: false,
  clean: true,
  target: "node20",
  banner: { js: "#!/usr/bin/env node" },
  // The @disclosure libraries and the small ES-module libraries they use (zod, date-fns,
  // fflate …) are bundled in: a process, and each worker thread of `audit`, then loads a few
  // modules instead of resolving and linking some five hundred (half its start-up time).
  // Code both entries use is in shared chunks, loaded once by each thread.
  noExternal: [/^@disclosure\//, "zod", "date-fns", "fflate", "jsonc-parser", "chinese-days", "nzh"],
  external: EXTERNAL,
});
