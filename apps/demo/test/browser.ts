// Debian's Chromium driven by playwright-core, against `vite preview` of the built demo.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
const demoDir = fileURLToPath(new URL("..", import.meta.url));

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error("Chromium is missing: apt-get install -y chromium fonts-noto-cjk (CI installs it)");
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Serves the built demo (dist/) with vite preview on a free loopback port. */
export async function preview(port = 4174): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(`${demoDir}dist/index.html`))
    throw new Error("the demo is not built: npm run build -w demo");
  const child: ChildProcess = spawn(
    process.execPath,
    [viteBin(), "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"],
    { cwd: demoDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      const r = await fetch(url);
      if (r.ok) return { url, stop: () => child.kill() };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error("vite preview did not start");
}

/** The vite executable of the workspace. */
function viteBin(): string {
  const pkg = createRequire(import.meta.url).resolve("vite/package.json");
  return pkg.replace(/package\.json$/, "bin/vite.js");
}
