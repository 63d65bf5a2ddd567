import { describe, expect, it } from "vitest";
import { cli, testdataDir } from "./helpers.js";

const corpus = (slug: string) => `${testdataDir}corpus/${slug}.cells.json`;

describe("disclosure validate", () => {
  it("accepts a real report and counts its cells", async () => {
    const r = await cli(["validate", corpus("2025-shuyang-county")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("合规");
    expect(r.stdout).toContain("单元格 200 个");
  });

  it("speaks English with --lang en and prints JSON with --json", async () => {
    const en = await cli(["validate", corpus("2025-shuyang-county"), "--lang", "en"]);
    expect(en.stdout).toMatch(/^valid: .* 0 errors, 0 warnings, 200 cells/m);
    const j = await cli(["validate", corpus("2025-shuyang-county"), "--json"]);
    expect(JSON.parse(j.stdout)).toMatchObject({ ok: true, issues: [], warnings: [] });
  });

  it("exits 1 with located, bilingual issues on invalid data", async () => {
    const bad = JSON.stringify({
      agency: { name: "x", level: "county" },
      year: 2022,
      format: "2021",
      tables: { table3: { received: { total: -2 } } },
    });
    const r = await cli(["validate", "bad.json"], { "bad.json": bad });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("错误 bad.json tables.table3.received.total");
    const en = await cli(["validate", "bad.json", "--lang", "en", "--json"], { "bad.json": bad });
    expect(JSON.parse(en.stdout).issues[0]).toMatchObject({
      code: "CELL-COUNT",
      location: { kind: "json", file: "bad.json", path: ["tables", "table3", "received", "total"] },
    });
  });

  it("exits 2 on unusable input: no file, empty file, broken JSON, cells without --format", async () => {
    expect((await cli(["validate", "/nonexistent.json"])).stderr).toContain("找不到文件");
    expect((await cli(["validate", "e.json"], { "e.json": "" })).code).toBe(2);
    const broken = await cli(["validate", "b.json", "--lang", "en"], { "b.json": "{ not json" });
    expect([broken.code, broken.stderr]).toEqual([
      2,
      expect.stringContaining("b.json:1 col 3: not valid JSON"),
    ]);
    const cells = await cli(["validate", "c.csv"], { "c.csv": "table,row,col,value\n" });
    expect([cells.code, cells.stderr]).toEqual([2, expect.stringContaining("--year 和 --format")]);
  });

  it("reads a GBK CSV from Excel and reports its rejected line", async () => {
    const gbk = new Uint8Array(
      Buffer.from(
        "7461626c652c726f772c636f6c2c76616c75650d0ab1edc8fd2cd2bba1a2b1bec4ead0c2cad5d5feb8aed0c5cfa2b9abbfaac9eac7ebcafdc1bf2cd7dcbcc62c350d0a7461626c65332c636172726965644f75742c746f74616c2c2d310d0a",
        "hex",
      ),
    );
    const r = await cli(["validate", "t.csv", "--year", "2022", "--format", "2021"], { "t.csv": gbk });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("t.csv:3");
    expect(r.stdout).toContain("GBK/GB18030");
  });
});

describe("disclosure cells", () => {
  it("converts a report to cells JSONL and back", async () => {
    const r = await cli(["cells", corpus("2019-shanghai-municipal-office")]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(198);
    expect(lines).toContainEqual({
      table: "table2",
      row: "procurement",
      col: "amountWan",
      value: 25.1,
      raw: "251000元",
    });
    const back = await cli(["cells", "c.jsonl", "--year", "2019", "--format", "2019", "--csv"], {
      "c.jsonl": r.stdout,
    });
    expect(back.stdout.startsWith("\uFEFFtable,row,col,value,行,列")).toBe(true);
    expect(back.stdout).toContain("table3,received,naturalPerson,");
  });

  it("writes to a file with -o", async () => {
    const r = await cli(["cells", corpus("2020-songjianghe-town"), "-o", "out.jsonl"]);
    expect(r.stdout).toBe("");
    expect(String(r.written["out.jsonl"]).split("\n").filter(Boolean)).toHaveLength(18);
  });
});

describe("disclosure", () => {
  it("lists its commands and rejects unknown ones", async () => {
    expect((await cli(["--help"])).stdout).toContain("disclosure validate");
    const r = await cli(["frobnicate"]);
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining("未知命令")]);
  });
});
