// Output that cannot be lost or half-written, through the built command as a user runs it:
// a missing folder, a folder as the target, a full disk, an interrupted run, and stdout closed
// early by its reader. No stack trace, no "internal error", ever.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdtemp, readFile, readdir, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { fileWriter, writeWhole } from "../src/output.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const NO_TRACE = /internal error|内部错误|\n\s+at |Error:/;

function disclosure(args: string[], stdout: "pipe" | number = "pipe") {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    stdio: ["ignore", stdout, "pipe"],
  });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr };
}

let dir = "";
beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error("build the CLI first: npx turbo run build --filter=@disclosure/cli");
  dir = await mkdtemp(join(tmpdir(), "disclosure-output-"));
});

describe("the built command's output files", () => {
  it("into a folder that does not exist: exit 2, the folder named, nothing written", () => {
    const target = join(dir, "missing", "yanchi.json");
    const r = disclosure(["sample", "-o", target]);
    expect([r.code, r.stderr]).toEqual([2, `无法写入 ${target}：文件夹 ${join(dir, "missing")} 不存在\n`]);
    expect(existsSync(join(dir, "missing"))).toBe(false);
  });

  it("onto a folder: exit 2, in English with --lang en", () => {
    const r = disclosure(["sample", "-o", dir, "--lang", "en"]);
    expect([r.code, r.stderr]).toEqual([2, `cannot write ${dir}: it is a folder; give a file name\n`]);
  });

  it("onto a full disk (/dev/full): exit 2 saying so, streamed output too", () => {
    for (const args of [
      ["sample", "-o", "/dev/full"],
      ["sample", "--county", "synthetic", "--records", "20000", "-o", "/dev/full"],
    ]) {
      const r = disclosure(args);
      expect([r.code, r.stderr]).toEqual([2, "无法写入 /dev/full：磁盘已满；输出不完整\n"]);
    }
  });

  it("stdout onto a full disk: exit 2 with one message", async () => {
    const { openSync, closeSync } = await import("node:fs");
    const full = openSync("/dev/full", "w");
    try {
      for (const args of [["sample"], ["sample", "--county", "synthetic", "--records", "20000"]]) {
        const r = disclosure(args, full);
        expect([r.code, r.stderr]).toEqual([2, "无法写入 stdout：磁盘已满；输出不完整\n"]);
      }
    } finally {
      closeSync(full);
    }
  });

  it("an interrupted run leaves the file that was there, and no temporary file", async () => {
    const target = join(dir, "records.jsonl");
    await writeFile(target, "old\n");
    const child = spawn(
      process.execPath,
      [CLI, "sample", "--county", "synthetic", "--records", "3000000", "-o", target],
      {
        stdio: "ignore",
      },
    );
    // Wait until the temporary file beside the target is being written, then stop the run.
    for (let i = 0; i < 200 && !(await readdir(dir)).some((f) => f.endsWith(".tmp")); i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect((await readdir(dir)).some((f) => f.startsWith(".records.jsonl.") && f.endsWith(".tmp"))).toBe(
      true,
    );
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    expect(await readFile(target, "utf8")).toBe("old\n");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("a completed run replaces the file whole, keeping its permissions", async () => {
    const target = join(dir, "yanchi.json");
    await writeFile(target, "old\n");
    await chmod(target, 0o640);
    const r = disclosure(["sample", "-o", target]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(await readFile(target, "utf8")).year).toBe(2020);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });
});

describe("stdout closed early (`disclosure … | head -1`)", () => {
  it("ends quietly with exit 0", async () => {
    const child = spawn(process.execPath, [CLI, "sample", "--county", "synthetic", "--records", "2000000"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const first = await new Promise<string>((resolve) =>
      child.stdout.once("data", (d) => resolve(String(d))),
    );
    child.stdout.destroy(); // as head does after its line
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect(first).toMatch(/^\{"type":"application"/);
    expect([code, stderr]).toEqual([0, ""]);
  });

  it("a command printing its result at the end ends quietly too", async () => {
    const child = spawn(process.execPath, [CLI, "sample", "--county", "synthetic", "--year", "2024"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
    expect([code, stderr]).toEqual([0, ""]);
    expect(stderr).not.toMatch(NO_TRACE);
  });
});

describe("the output writer", () => {
  it("shows nothing at the target until the end, then all of it", async () => {
    const target = join(dir, "w.txt");
    const w = fileWriter(target);
    await w.write("a");
    await w.write(new TextEncoder().encode("b"));
    expect(existsSync(target)).toBe(false);
    await w.end();
    expect(await readFile(target, "utf8")).toBe("ab");
  });

  it("abort leaves the old file and removes the temporary one", async () => {
    const target = join(dir, "kept.txt");
    await writeWhole(target, "kept");
    const w = fileWriter(target);
    await w.write("half");
    await w.abort();
    expect(await readFile(target, "utf8")).toBe("kept");
    expect((await readdir(dir)).filter((f) => f.startsWith(".kept.txt"))).toEqual([]);
  });

  it("a full disk is a CliError naming the path", async () => {
    await expect(writeWhole("/dev/full", "x")).rejects.toMatchObject({
      status: 2,
      bilingual: {
        zh: "无法写入 /dev/full：磁盘已满；输出不完整",
        en: "cannot write /dev/full: the disk is full; the output is incomplete",
      },
    });
  });
});
