// Nothing a user wrote vanishes: a key we do not know, a key or a cell given twice, a
// number that cannot be read are each an issue located where it is; issue lists are
// capped, with the rest counted.
import { lineOf, pathOf } from "./issue-at.js";
import { present } from "./testdata.js";
import { describe, expect, it } from "vitest";
import {
  type Issue,
  formatMessage,
  fromCells,
  readCells,
  readReport,
  validateCells,
  validateReport,
} from "../src/index.js";

const agency = { name: "盐池县人民政府", level: "county" };
const base = { agency, year: 2020, format: "2019" };
const errorsOf = (input: unknown): readonly Issue[] => {
  const r = validateReport(input);
  return r.ok ? [] : r.issues;
};
const cell = (row: string, col: string, value: unknown) =>
  JSON.stringify({ table: "table3", row, col, value });

describe("a key the model does not know is an error naming the key it probably meant", () => {
  it("tables.tabel3: not a valid report with table 三 empty", () => {
    const r = validateReport({ ...base, tables: { tabel3: { received: { total: 5 } } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "SCHEMA-UNKNOWN-KEY",
        severity: "error",
        location: { kind: "json", path: ["tables", "tabel3"] },
        suggestion: "table3",
      }),
    ]);
    expect(formatMessage(present(r.issues[0], "the issue").message)).toBe(
      "未知字段 tables.tabel3（是否应为 table3？） / unknown key tables.tabel3 (did you mean table3?)",
    );
  });

  it("sections, table notes, the agency, facts, the report itself: each key located", () => {
    const issues = errorsOf({
      ...base,
      agency: { ...agency, regoinCode: "640323" },
      sections: { overveiw: "……" },
      tableNotes: { tabel4: "注：……" },
      otherMatters: { feeNotice: 1 },
      facts: {
        year: 2020,
        proactive: {},
        applications: { recieved: { value: 5 } },
        management: {},
        platforms: {},
        supervision: {},
      },
      titel: "盐池县2020年政府信息公开工作年度报告",
      extra: true,
    });
    const found = issues.map((i) => [pathOf(i), i.suggestion]);
    expect(found).toEqual(
      expect.arrayContaining([
        ["agency.regoinCode", "regionCode"],
        ["sections.overveiw", "overview"],
        ["tableNotes.tabel4", "table4"],
        ["otherMatters.feeNotice", "feeNotices"],
        ["facts.applications.recieved", "received"],
        ["titel", "title"],
        ["extra", undefined],
      ]),
    );
    expect(issues.every((i) => i.code === "SCHEMA-UNKNOWN-KEY")).toBe(true);
  });

  it("readReport of such a file is not ok either", async () => {
    const r = await readReport(JSON.stringify({ ...base, tables: { tabel3: {} } }), { file: "r.json" });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: "SCHEMA-UNKNOWN-KEY",
      location: { kind: "json", file: "r.json", path: ["tables", "tabel3"] },
    });
  });

  it("an unknown row or column code says which it probably is", () => {
    const [issue] = errorsOf({ ...base, tables: { table3: { receieved: { total: 1 } } } });
    expect(issue).toMatchObject({ code: "CELL-UNKNOWN", suggestion: "table3/received/total" });
    expect(issue?.message.en).toContain("(did you mean table3/received/total?)");
  });

  it("a cell's unknown key is an error once per key name, located at its first line", async () => {
    const text = [
      cell("received", "total", 5).replace('"value"', '"vaule"'),
      cell("carriedIn", "total", 1).replace("}", ',"note":"核对"}'),
      cell("carriedOut", "total", 2).replace("}", ',"note":"核对"}'),
    ].join("\n");
    const r = await readCells(text, { format: "2019", file: "c.jsonl" });
    expect(r.ok).toBe(false);
    const unknown = r.issues.filter((i) => i.code === "SCHEMA-UNKNOWN-KEY");
    expect(unknown.map((i) => [lineOf(i), i.value, i.suggestion])).toEqual([
      [1, "vaule", "value"],
      [2, "note", undefined],
    ]);
    expect(r.issues.some((i) => i.code === "CELL-VALUE-MISSING" && lineOf(i) === 1)).toBe(true);
    expect(r.accepted).toBe(2);
  });

  it("a CSV column we do not read is a warning (our label columns are not)", async () => {
    const csv = "table,row,col,vlaue,备注\ntable3,received,total,5,\n";
    const r = await readCells(csv, { format: "2019", file: "c.csv" });
    expect(r.issues[0]).toMatchObject({ code: "CSV-HEADER" });
    expect(
      r.warnings.filter((w) => w.code === "CSV-UNKNOWN-COLUMN").map((w) => [w.value, w.suggestion]),
    ).toEqual([
      ["vlaue", "value"],
      ["备注", undefined],
    ]);
    const labelled =
      "table,row,col,value,行,列\ntable3,received,total,5,一、本年新收政府信息公开申请数量,总计\n";
    const ok = await readCells(labelled, { format: "2019", file: "c.csv" });
    expect(ok.warnings.filter((w) => w.code === "CSV-UNKNOWN-COLUMN")).toEqual([]);
  });
});

describe("a key or a cell given twice", () => {
  it("a JSON key twice is an error located by line and column, not the last value", async () => {
    const text =
      '{\n  "agency": {"name": "盐池县人民政府", "level": "county"},\n  "year": 2020, "format": "2019",\n  "tables": {"table3": {"received": {"total": 5, "total": 7}}}\n}';
    const r = await readReport(text, { file: "r.json" });
    expect(r.ok).toBe(false);
    expect(r.report).toBeUndefined();
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "JSON-DUPLICATE-KEY",
        location: {
          kind: "json",
          file: "r.json",
          line: 4,
          column: 50,
          path: ["tables", "table3", "received", "total"],
        },
      }),
    ]);
  });

  it("in a JSON Lines cell, the line is rejected with its line and column", async () => {
    const text = `${cell("received", "total", 5)}\n{"table":"table3","table":"table4","row":"cases","col":"review.upheld","value":1}\n`;
    const r = await readCells(text, { format: "2021", file: "c.jsonl" });
    expect(r).toMatchObject({ lines: 2, accepted: 1, rejected: 1 });
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: "JSON-DUPLICATE-KEY",
        location: expect.objectContaining({ line: 2, column: 19 }),
      }),
    ]);
  });

  it("a cell given twice in a JSON array is located by the line it is on, naming the first", async () => {
    const text = `[\n${cell("received", "total", 5)},\n${cell("received", "naturalPerson", 5)},\n${cell("received", "total", 6)}\n]`;
    const r = await readReport(text, { file: "c.json", year: 2020 });
    const dup = r.issues.find((i) => i.code === "CELL-DUPLICATE");
    expect(dup).toMatchObject({ location: { kind: "text", file: "c.json", line: 4 } });
    expect(dup?.message.zh).toContain("首次在第 2 行");
  });
});

describe("every kind of issue is capped, the rest counted in one more", () => {
  it("cells given thousands of times: at most 1000 CELL-DUPLICATE listed, by line", async () => {
    const n = 20_000;
    const text = `[\n${Array.from({ length: n }, () => cell("received", "total", 1)).join(",\n")}\n]`;
    const r = await readReport(text, { file: "dup.json", year: 2020 });
    expect(r.issues).toHaveLength(1001);
    expect(r.issues[0]).toMatchObject({ code: "CELL-DUPLICATE", location: { line: 3 } });
    expect(r.issues[1000]).toMatchObject({ code: "ISSUES-TRUNCATED", value: n - 1 - 1000 });
    const built = fromCells(
      Array.from({ length: n }, () => ({
        table: "table3" as const,
        row: "received",
        col: "total",
        value: 1,
      })),
      { format: "2019" },
    );
    expect(built.issues).toHaveLength(1001);
  });

  it("a report with thousands of bad cells lists at most 1000 errors and 1000 warnings", () => {
    const rows = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`r${i}`, { total: 1 }]));
    const r = validateReport({ ...base, tables: { table3: rows } });
    expect(r.ok ? [] : r.issues).toHaveLength(1001);
    const cols = [
      "naturalPerson",
      "commercial",
      "research",
      "publicInterest",
      "legalService",
      "otherOrganization",
      "total",
    ];
    const t3 = Object.fromEntries(
      ["received", "carriedIn", "granted", "partlyGranted"].map((row) => [
        row,
        Object.fromEntries(cols.map((c) => [c, "１"])),
      ]),
    );
    const many = validateReport({ ...base, tables: { table3: t3 } }, { maxIssues: 10 });
    expect(many.warnings).toHaveLength(11);
    expect(many.warnings.at(-1)).toMatchObject({ code: "ISSUES-TRUNCATED", value: 28 - 10 });
  });

  it("validateCells without a cap given still caps", () => {
    const cells = Array.from({ length: 5000 }, () => ({ table: "table3", row: "x", col: "y", value: 1 }));
    const r = validateCells(cells, { format: "2021" });
    expect(r.ok ? [] : r.issues).toHaveLength(1001);
  });
});

describe("numbers that cannot be read as written", () => {
  it("NaN and Infinity in a report are located by line and column", async () => {
    const r = await readReport(
      '{\n  "year": 2020,\n  "tables": {"table3": {"received": {"total": NaN}}}\n}',
      {
        file: "r.json",
      },
    );
    expect(r.issues[0]).toMatchObject({
      code: "JSON-SYNTAX",
      location: { kind: "json", file: "r.json", line: 3, column: 47 },
    });
    expect(r.issues[0]?.message.zh).toContain("NaN 不是 JSON 数值");
    const lines = await readCells(
      `${cell("received", "total", 1)}\n{"table":"table3","row":"received","col":"total","value":Infinity}`,
      {
        format: "2019",
        file: "c.jsonl",
      },
    );
    expect(lines.issues[0]).toMatchObject({ code: "JSONL-SYNTAX", location: { line: 2, column: 58 } });
  });

  it("1e309 is out of range, not Infinity", async () => {
    const r = await readReport('{"year": 2020, "tables": {"table3": {"received": {"total": 1e309}}}}');
    expect(r.issues[0]).toMatchObject({ code: "JSON-SYNTAX", location: { line: 1, column: 60 } });
    expect(r.issues[0]?.message.en).toContain("1e309 is out of range");
  });

  it("a count that is not a whole number ≥ 0 says so, never 'is required'", () => {
    const at = (issues: readonly Issue[], path: string) => issues.find((i) => pathOf(i) === path);
    const issues = errorsOf({
      ...base,
      tables: { table3: { received: { total: 1.5 } } },
      otherMatters: { feeNotices: 1.5, feeNoticedYuan: -3, feeCollectedYuan: "3" },
    });
    expect(formatMessage(at(issues, "tables.table3.received.total")!.message)).toBe(
      "tables.table3.received.total 须为不小于 0 的整数：1.5 / tables.table3.received.total must be a whole number ≥ 0: 1.5",
    );
    expect(at(issues, "otherMatters.feeNotices")?.message.zh).toBe(
      "otherMatters.feeNotices 须为不小于 0 的整数：1.5",
    );
    expect(at(issues, "otherMatters.feeNoticedYuan")?.message.en).toBe(
      "otherMatters.feeNoticedYuan must be a whole number ≥ 0: -3",
    );
    expect(at(issues, "otherMatters.feeCollectedYuan")?.message.en).toBe(
      'otherMatters.feeCollectedYuan must be a whole number ≥ 0: "3"',
    );
    expect(issues.some((i) => /is required|缺少必填项/.test(formatMessage(i.message)))).toBe(false);
  });

  it("a field is 'required' only when it is absent", () => {
    const issues = errorsOf({ ...base, agency: { level: "county" }, year: "2020" });
    expect(issues.find((i) => pathOf(i) === "agency.name")?.message.en).toBe("agency.name is required");
    expect(issues.find((i) => pathOf(i) === "year")?.message.en).not.toContain("required");
  });
});
