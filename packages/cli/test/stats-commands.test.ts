import { describe, expect, it } from "vitest";
import { cli, testdataDir } from "./helpers.js";

const corpus = (slug: string) => `${testdataDir}corpus/${slug}.cells.json`;

describe("disclosure check", () => {
  it("finds 科委 2024's published balance error and exits 1", async () => {
    const r = await cli([
      "check",
      corpus("2024-shanghai-science-commission"),
      "--tables",
      "table2,table3,table4",
    ]);
    expect(r.code).toBe(1);
    const errors = r.stdout.split("\n").filter((l) => l.startsWith("错误"));
    expect(errors.map((l) => l.split(" ")[1])).toEqual(["T3-BALANCE", "T3-ROW-TOTAL"]);
    expect(r.stdout).toContain("总计为空，但各列之和为1");
  });

  it("finds nothing wrong with a report that adds up, and exits 0", async () => {
    const r = await cli(["check", corpus("2025-shuyang-county"), "--json"]);
    expect(r.code).toBe(0);
    const { findings } = JSON.parse(r.stdout);
    expect(findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it("checks across years with --previous", async () => {
    const r = await cli([
      "check",
      corpus("2022-pingtan-zone"),
      "--previous",
      corpus("2021-pingtan-zone"),
      "--tables",
      "table2,table3,table4",
      "--json",
    ]);
    const rules = JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules).not.toContain("CROSS-YEAR-CARRY");
    expect(r.code).toBe(0);
  });

  it("checks a published report as stored (text), reading it with parseReport first", async () => {
    const r = await cli([
      "check",
      `${testdataDir}corpus/2023-changchun-xinqu-science-bureau.txt`,
      "--tables",
      "table2",
      "--json",
    ]);
    const numbers = JSON.parse(r.stdout).findings.filter((f: { rule: string }) => f.rule === "TXT-NUMBERS");
    expect(numbers).toHaveLength(1);
    expect(numbers[0].message.zh).toContain("出台四项规范性文件");
  });

  it("rejects a bad --tables list", async () => {
    expect((await cli(["check", corpus("2025-shuyang-county"), "--tables", "table9"])).code).toBe(2);
  });
});

describe("disclosure tabulate and rollup", () => {
  it("tabulates streamed synthetic records into balanced tables", async () => {
    const gen = await cli([
      "sample",
      "--county",
      "synthetic",
      "--seed",
      "3",
      "--records",
      "3000",
      "--year",
      "2024",
    ]);
    const r = await cli(["tabulate", "a.jsonl", "--year", "2024", "--json"], { "a.jsonl": gen.stdout });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.accepted).toBe(3000);
    const t3 = out.tables.table3;
    expect(t3.received.total + t3.carriedIn.total).toBe(t3.resultTotal.total + t3.carriedOut.total);
  });

  it("reports a bad record with its file and line, and keeps the good ones", async () => {
    const gen = await cli([
      "sample",
      "--county",
      "synthetic",
      "--seed",
      "3",
      "--records",
      "5",
      "--year",
      "2024",
    ]);
    const lines = gen.stdout.trim().split("\n");
    lines.splice(
      2,
      0,
      '{"type":"application","id":"x","receivedDate":"2024-13-40","applicantType":"naturalPerson"}',
    );
    const r = await cli(["tabulate", "b.jsonl", "--year", "2024", "--lang", "en"], {
      "b.jsonl": lines.join("\n"),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/b\.jsonl:3/);
    expect(r.stdout).toContain("accepted 5, rejected 1");
  });

  it("tabulates several files as one, JSON Lines and CSV, each bad record located in its own file", async () => {
    const gen = await cli([
      "sample",
      "--county",
      "synthetic",
      "--seed",
      "4",
      "--records",
      "200",
      "--year",
      "2024",
    ]);
    const lines = gen.stdout.trim().split("\n");
    const csv = [
      "id,unit,receivedDate,applicantType,result,completedDate",
      "CSV-1,盐池县财政局,2024-03-04,naturalPerson,granted,2024-03-18",
      "CSV-2,盐池县财政局,2024-02-30,naturalPerson,,",
    ].join("\n");
    const files = {
      "a.jsonl": `${lines.slice(0, 120).join("\n")}\n{"id":"bad"}\n`,
      "b.csv": csv,
      "c.jsonl": lines.slice(120).join("\n"),
    };
    const r = await cli(["tabulate", "a.jsonl", "b.csv", "c.jsonl", "--year", "2024", "--json"], files);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.accepted).toBe(201);
    expect(out.rejected).toBe(2);
    expect(
      out.issues.map(
        (i: { location: { file: string; line: number } }) => `${i.location.file}:${i.location.line}`,
      ),
    ).toEqual(["a.jsonl:121", "b.csv:3"]);
    const whole = JSON.parse(
      (await cli(["tabulate", "all.jsonl", "--year", "2024", "--json"], { "all.jsonl": gen.stdout })).stdout,
    );
    expect(out.tables.table3.received.total).toBe(whole.tables.table3.received.total + 1);
  });

  it("rolls two units up to the county, with per-unit findings", async () => {
    const a = JSON.stringify({
      agency: { name: "盐池县财政局", level: "department" },
      year: 2022,
      format: "2021",
      tables: { table3: { received: { naturalPerson: 2, total: 2 } } },
    });
    const b = JSON.stringify({
      agency: { name: "花马池镇", level: "township" },
      year: 2022,
      format: "2021",
      tables: { table3: { received: { naturalPerson: 3, total: 3 } } },
    });
    const r = await cli(
      [
        "rollup",
        "a.json",
        "b.json",
        "--year",
        "2022",
        "--agency",
        "盐池县人民政府",
        "--expect",
        "盐池县财政局,花马池镇,盐池县教育局",
        "--json",
      ],
      { "a.json": a, "b.json": b },
    );
    const out = JSON.parse(r.stdout);
    expect(out.report.tables.table3.received.total).toBe(5);
    expect(out.breakdown["table3/received/total"]).toEqual({ 盐池县财政局: 2, 花马池镇: 3 });
    expect(out.findings.map((f: { rule: string }) => f.rule)).toContain("ROLLUP-UNIT-MISSING");
  });
});

describe("disclosure render", () => {
  it("renders the sample report as text, HTML and Traditional Markdown", async () => {
    const sample = (await cli(["sample"])).stdout;
    const text = await cli(["render", "s.json", "--to", "text"], { "s.json": sample });
    expect(text.stdout).toContain("盐池县2020年政府信息公开工作年度报告");
    const html = await cli(["render", "s.json", "--to", "html", "-o", "s.html"], { "s.json": sample });
    expect(String(html.written["s.html"])).toContain('rowspan="');
    const hant = await cli(["render", "s.json", "--to", "md", "--script", "hant"], { "s.json": sample });
    expect(hant.stdout).toContain("鹽池縣");
    expect(hant.stdout).not.toMatch(/檔案|入口網站|最佳化/);
  });

  it("writes .docx only to a file", async () => {
    const sample = (await cli(["sample"])).stdout;
    expect((await cli(["render", "s.json", "--to", "docx"], { "s.json": sample })).code).toBe(2);
    const r = await cli(["render", "s.json", "--to", "docx", "-o", "s.docx"], { "s.json": sample });
    const bytes = r.written["s.docx"] as Uint8Array;
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  });
});
