// What a user of the published packages installs: each package packed from its built dist/
// (`npm pack`), and fresh consumer projects with the tarballs installed `npm i --engine-strict`.
// Shared by consumer-check.mjs and readme-examples.mjs.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = new URL("..", import.meta.url).pathname;
/** The published packages, by folder under packages/. */
export const PUBLISHED = ["schema", "stats", "report-text", "catalog", "samples", "cli"];
/** The optional modules at the versions the libraries name (see their peerDependencies). */
export const EXTRAS = ["pdfjs-dist@5.6.205", "docx@9.7.1", "exceljs@4.4.0"];

/** Prints one check, ✓ or ✗, and remembers the failed ones. */
export function checklist() {
  const failures = [];
  function note(ok, what, detail = "") {
    console.log(`${ok ? "✓" : "✗"} ${what}${detail ? ` — ${detail}` : ""}`);
    if (!ok) failures.push(what);
  }
  return { note, failures };
}

export function npm(args, cwd) {
  return execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

export function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Packs the `packages` folders into `dir`, noting for each that its tarball carries the licence
 * and the manifest its repository, homepage and bugs; the tarball paths by package folder.
 * Exits with 2 when a package is not built.
 */
export function pack(dir, note, packages = PUBLISHED) {
  const tarballs = {};
  for (const p of packages) {
    if (!existsSync(join(root, "packages", p, "dist"))) {
      console.log(`packages/${p}/dist is missing: run npm run build first`);
      process.exit(2);
    }
    const [info] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], join(root, "packages", p)));
    tarballs[p] = join(dir, info.filename);
    const files = info.files.map((f) => f.path);
    const manifest = JSON.parse(readFileSync(join(root, "packages", p, "package.json"), "utf8"));
    note(
      files.includes("LICENSE") && !!manifest.repository?.directory && !!manifest.bugs && !!manifest.homepage,
      `${info.name}: tarball with LICENSE, repository, homepage, bugs`,
      `${files.length} files, ${(info.size / 1024).toFixed(0)} kB packed`,
    );
  }
  return tarballs;
}

/**
 * A fresh consumer project (`type: module`) in a temporary folder with `specs` installed
 * engine-strict; its node_modules size and package count (`packages: 0` when the install failed).
 */
export function install(name, specs, note) {
  const dir = mkdtempSync(join(tmpdir(), `disclosure-consumer-${name}-`));
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: `consumer-${name}`, private: true, type: "module" }, null, 2)}\n`,
  );
  const started = Date.now();
  try {
    npm(["i", "--engine-strict", "--no-audit", "--no-fund", ...specs], dir);
  } catch (e) {
    note(
      false,
      `${name}: npm i --engine-strict`,
      String(e.stderr ?? e)
        .trim()
        .split("\n")
        .slice(-3)
        .join(" | "),
    );
    return { dir, bytes: Number.NaN, packages: 0, seconds: 0 };
  }
  const seconds = (Date.now() - started) / 1000;
  const bytes = Number(
    execFileSync("du", ["-sb", "node_modules"], { cwd: dir, encoding: "utf8" }).split("\t")[0],
  );
  const lock = JSON.parse(readFileSync(join(dir, "node_modules", ".package-lock.json"), "utf8"));
  const packages = Object.keys(lock.packages).filter((k) => k.startsWith("node_modules/")).length;
  note(
    true,
    `${name}: npm i --engine-strict on Node ${process.versions.node}`,
    `${mb(bytes)}, ${packages} packages`,
  );
  return { dir, bytes, packages, seconds };
}
