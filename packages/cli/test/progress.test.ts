// Progress on stderr when it is a terminal: counts and throughput, at most ten redraws a
// second, erased at the end; nothing in a pipe or with --json.
import { describe, expect, it } from "vitest";
import type { Io } from "../src/io.js";
import { REDRAW_MS, progress, progressLine } from "../src/progress.js";
import { cli } from "./helpers.js";

function terminal(isTTY: boolean, step: number) {
  let t = 0;
  let stderr = "";
  const io = {
    isTTY,
    now: () => {
      t += step;
      return t;
    },
    stderr: (s: string) => {
      stderr += s;
    },
  } as unknown as Io;
  return { io, err: () => stderr };
}

describe("progress", () => {
  it("says how much, of how much, and how fast", () => {
    const bytes = { label: { zh: "读取记录", en: "reading records" }, unit: "bytes" as const, total: 48e6 };
    expect(progressLine(12e6, 2000, bytes, "zh")).toBe("读取记录 12.0 MB / 48.0 MB（25%），6.0 MB/秒");
    expect(progressLine(12e6, 2000, bytes, "en")).toBe("reading records 12.0 MB of 48.0 MB (25%), 6.0 MB/s");
    const items = {
      label: { zh: "读取发布记录", en: "reading publications" },
      unit: { zh: "条", en: "publications" },
    };
    expect(progressLine(12000, 1500, items, "zh")).toBe("读取发布记录 12,000 条，8,000/秒");
  });

  it("redraws at most ten times a second on a terminal, and erases its line at the end", () => {
    const { io, err } = terminal(true, 1); // 1 ms between calls
    const p = progress(io, "zh", { label: { zh: "读取", en: "reading" }, unit: "bytes" });
    for (let i = 0; i < 1000; i++) p.add(1000); // one second of work
    p.done();
    const draws = err()
      .split("\r")
      .filter((s) => s.startsWith("读取"));
    expect(draws.length).toBeGreaterThan(5);
    expect(draws.length).toBeLessThanOrEqual(1000 / REDRAW_MS);
    expect(err().endsWith("\r\x1b[K")).toBe(true);
  });

  it("goes through the raw status channel when the Io has one (messages may be escaped, the progress line not)", () => {
    let status = "";
    const { io, err } = terminal(true, 500);
    const raw = {
      ...io,
      status: (t: string) => {
        status += t;
      },
    } as Io;
    const p = progress(raw, "en", { label: { zh: "读取", en: "reading" }, unit: "bytes" });
    p.add(1e6);
    p.done();
    expect(err()).toBe("");
    expect(status).toBe("\rreading 1.0 MB, 2.0 MB/s\x1b[K\r\x1b[K"); // 1 MB in the 500 ms between two clock reads
  });

  it("is silent when stderr is not a terminal, and with quiet (--json)", () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { io, err } = terminal(tty, 1000);
      const p = progress(io, "zh", { label: { zh: "读取", en: "reading" }, unit: "bytes", quiet });
      p.add(1);
      p.add(1);
      p.done();
      expect(err()).toBe("");
    }
  });

  it("disclosure tabulate shows it on a terminal, and never with --json or in a pipe", async () => {
    const records = (await cli(["sample", "--county", "synthetic", "--records", "50", "--year", "2024"]))
      .stdout;
    let t = 0;
    const clock = { isTTY: true, now: () => (t += 500) };
    const tty = await cli(["tabulate", "r.jsonl", "--year", "2024"], { "r.jsonl": records }, clock);
    expect(tty.code).toBe(0);
    expect(tty.stderr).toMatch(/^\r读取记录 0\.0 MB \/ 0\.0 MB（100%），0\.0 MB\/秒\x1b\[K\r\x1b\[K$/);
    const json = await cli(
      ["tabulate", "r.jsonl", "--year", "2024", "--json"],
      { "r.jsonl": records },
      clock,
    );
    expect(json.stderr).toBe("");
    const pipe = await cli(
      ["tabulate", "r.jsonl", "--year", "2024"],
      { "r.jsonl": records },
      { isTTY: false },
    );
    expect(pipe.stderr).toBe("");
    expect(pipe.stdout).toBe(tty.stdout);
  });
});
