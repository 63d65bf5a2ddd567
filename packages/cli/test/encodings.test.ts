// `parse` and `check` read a published report the same whatever its encoding (one decoding step,
// decodeText of @disclosure/schema), and nothing the input holds is printed raw to the terminal.
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterEach, describe, expect, it, vi } from "vitest";
import { run } from "../src/cli.js";
import { nodeIo } from "../src/io.js";
import { cli, testdataDir } from "./helpers.js";

const encode = (text: string, encoding: string, bom = false) =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

const COPIES = [
  ["gbk", false],
  ["gb18030", false],
  ["utf-16le", false],
  ["utf-16le", true],
  ["utf-16be", false],
] as const;

const report = readFileSync(`${testdataDir}corpus/2025-shuyang-county.txt`, "utf8");

describe("parse and check read a report in any encoding", () => {
  it("GBK, GB18030 and UTF-16 copies of a corpus report give the cells and the findings of the UTF-8 original", async () => {
    const utf8 = new TextEncoder().encode(report);
    const parsed = JSON.parse((await cli(["parse", "r.txt", "--json"], { "r.txt": utf8 })).stdout);
    const checked = await cli(["check", "r.txt", "--json"], { "r.txt": utf8 });
    expect(parsed.cells.length).toBeGreaterThan(100);
    for (const [encoding, bom] of COPIES) {
      const copy = encode(report, encoding, bom);
      const p = await cli(["parse", "r.txt", "--json"], { "r.txt": copy });
      expect(JSON.parse(p.stdout).cells, `${encoding}${bom ? " BOM" : ""}`).toEqual(parsed.cells);
      const c = await cli(["check", "r.txt", "--json"], { "r.txt": copy });
      expect(c.code).toBe(checked.code);
      expect(JSON.parse(c.stdout).findings ?? JSON.parse(c.stdout)).toEqual(
        JSON.parse(checked.stdout).findings ?? JSON.parse(checked.stdout),
      );
    }
  });

  it("parse reads an HTML page in the charset its <meta> declares", async () => {
    const sample = (await cli(["sample"])).stdout;
    const html = String(
      (await cli(["render", "s.json", "--to", "html", "-o", "s.html"], { "s.json": sample })).written[
        "s.html"
      ],
    );
    const gbk = encode(html.replace(/<head>/i, '<head><meta charset="gbk">'), "gbk");
    const r = await cli(["parse", "s.html", "--json"], { "s.html": gbk });
    const utf8 = await cli(["parse", "s.html", "--json"], { "s.html": html });
    expect(r.code).not.toBe(2);
    expect(JSON.parse(r.stdout).report.tables.table3.received.total).toBe(5);
    expect(JSON.parse(r.stdout).report).toEqual(JSON.parse(utf8.stdout).report);
    expect(JSON.parse(r.stdout).cells).toEqual(JSON.parse(utf8.stdout).cells);
  });
});

describe("nothing from the input drives the terminal", () => {
  let dir: string | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("render --to text prints a report whose wording holds ESC[31m with the ESC made visible", async () => {
    const sample = JSON.parse((await cli(["sample"])).stdout);
    sample.sections.problems = `\u001b[31m红色\u001b[0m${sample.sections.problems}\u0007`;
    dir = await mkdtemp(join(tmpdir(), "disclosure-"));
    const file = join(dir, "r.json");
    await writeFile(file, JSON.stringify(sample));
    let out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    const code = await run(["render", file, "--to", "text"], nodeIo);
    vi.restoreAllMocks();
    expect(code).toBe(0);
    expect(out).toContain("\\u001b[31m红色\\u001b[0m");
    expect(out).toContain("\\u0007");
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("messages that quote the input print its control characters visibly", async () => {
    let err = "";
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk);
      return true;
    });
    nodeIo.stderr("错误 r.csv:2 — 无法识别“\u001b]0;pwned\u0007”\n");
    vi.restoreAllMocks();
    expect(err).toBe("错误 r.csv:2 — 无法识别“\\u001b]0;pwned\\u0007”\n");
  });
});
