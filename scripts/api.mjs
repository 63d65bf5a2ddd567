#!/usr/bin/env node
// The public API of each published package, as API Extractor reports it from the built types:
// packages/<pkg>/etc/<pkg>.api.md (and <pkg>-<entry>.api.md for a further public entry).
//
//   npm run api            writes the reports (run after `npm run build`, commit packages/*/etc/)
//   node scripts/api.mjs --check
//                          a step of `npm test`: fails when a built package's public surface
//                          differs from its committed report
//
// The `./internal` entries are not public and have no report.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Extractor, ExtractorConfig } from "@microsoft/api-extractor";

const root = new URL("..", import.meta.url).pathname;
/** Each published package and its public entries (dist/<entry>.d.ts). */
const PUBLIC_ENTRIES = {
  schema: ["index"],
  stats: ["index"],
  "report-text": ["index"],
  catalog: ["index"],
  samples: ["index", "catalog", "rollup"],
};

const check = process.argv.includes("--check");

/** What API Extractor reports into the file and on the console: the surface, not doc style. */
const MESSAGES = {
  compilerMessageReporting: { default: { logLevel: "warning" } },
  extractorMessageReporting: {
    default: { logLevel: "none" },
    "ae-forgotten-export": { logLevel: "none", addToApiReportFile: true },
  },
  tsdocMessageReporting: { default: { logLevel: "none" } },
};

function configFor(pkg, entry) {
  const dir = join(root, "packages", pkg);
  const name = entry === "index" ? pkg : `${pkg}-${entry}`;
  return ExtractorConfig.prepare({
    configObject: {
      projectFolder: dir,
      mainEntryPointFilePath: join(dir, "dist", `${entry}.d.ts`),
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: "es2022",
            module: "esnext",
            moduleResolution: "bundler",
            lib: ["es2022", "dom", "dom.iterable"],
            types: ["node"],
            strict: true,
            skipLibCheck: true,
          },
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: name,
        reportFolder: join(dir, "etc"),
        reportTempFolder: join(root, "node_modules", ".api-extractor", pkg),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: MESSAGES,
    },
    configObjectFullPath: undefined,
    packageJsonFullPath: join(dir, "package.json"),
  });
}

const failed = [];
for (const [pkg, entries] of Object.entries(PUBLIC_ENTRIES)) {
  for (const entry of entries) {
    const label = entry === "index" ? `@disclosure/${pkg}` : `@disclosure/${pkg}/${entry}`;
    if (!existsSync(join(root, "packages", pkg, "dist", `${entry}.d.ts`))) {
      failed.push(`${label}: no dist/${entry}.d.ts — run npm run build first`);
      continue;
    }
    mkdirSync(join(root, "packages", pkg, "etc"), { recursive: true });
    let result;
    try {
      result = Extractor.invoke(configFor(pkg, entry), {
        localBuild: !check,
        messageCallback: (message) => {
          if (message.category === "Extractor" || message.category === "TSDoc") message.handled = true;
        },
      });
    } catch (error) {
      failed.push(`${label}: API Extractor stopped (${error.message}) — is a build running?`);
      continue;
    }
    const file = `packages/${pkg}/etc/${entry === "index" ? pkg : `${pkg}-${entry}`}.api.md`;
    if (check && result.apiReportChanged) {
      failed.push(
        `${label}: the public API differs from ${file} — if the change is meant, run npm run build && npm run api and commit ${file}`,
      );
    } else if (!result.succeeded) failed.push(`${label}: API Extractor failed (see above)`);
    else console.log(`${label}: ${check ? "as in" : "written to"} ${file}`);
  }
}
if (failed.length) {
  console.log(failed.join("\n"));
  process.exit(1);
}
