// Whenever a run reads nothing or rejects something, the plain output says what and why.
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const HEADER = "id,unit,receivedDate,applicantType,result,completedDate";
const ROWS = [
  "CZ-1,盐池县财政局,2024-03-04,naturalPerson,granted,2024-03-18",
  "CZ-2,盐池县财政局,2024-03-05,commercial,granted,2024-03-20",
];

describe("nothing read is said, with the reason", () => {
  it("a CSV saved with old Mac line endings (CR only) is read like any other", async () => {
    const r = await cli(["tabulate", "mac.csv", "--year", "2024"], {
      "mac.csv": `${[HEADER, ...ROWS].join("\r")}\r`,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("接受 2 条，拒收 0 条");
  });

  it("a CSV with a header and no rows: exit 2, saying so", async () => {
    const r = await cli(["tabulate", "h.csv", "--year", "2024"], { "h.csv": `${HEADER}\r\n` });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "没有读到任何记录：h.csv 只有表头，没有记录行\n"]);
    const en = await cli(["ledger", "h.csv", "-o", "l.xlsx", "--lang", "en"], { "h.csv": `${HEADER}\r\n` });
    expect([en.code, en.stderr, en.written]).toEqual([
      2,
      "no records were read: h.csv has a header but no rows of records\n",
      {},
    ]);
  });

  it("a file that is not records: exit 2, saying what records look like", async () => {
    const r = await cli(["tabulate", "x.csv", "--year", "2024", "--lang", "en"], {
      "x.csv": "盐池县财政局2024年台账\n",
    });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toContain("no records were read: x.csv does not begin with records");
  });

  it("rows that are not records are each rejected with the reason", async () => {
    const r = await cli(["tabulate", "c.csv", "--year", "2024"], {
      "c.csv": "table,row,col,value\ntable3,received,total,5\n",
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("错误 c.csv:2");
    expect(r.stdout).toContain("接受 0 条，拒收 1 条");
  });
});

describe("catalog coverage says why it exits 1 without --json", () => {
  it("the publications rejected are located and counted, the findings named, in the plain output", async () => {
    const { itemKey, parseTimeLimit } = await import("@disclosure/catalog");
    const item = {
      area: "socialAssistance",
      item: { level1: "最低生活保障", level2: "审核确认结果" },
      content: "",
      basis: "《社会救助暂行办法》",
      timeLimit: parseTimeLimit("制定或获取信息之日起20个工作日内"),
      publisher: "盐池县民政局",
      channels: [{ code: "website", required: true }],
      audience: ["public"],
      mode: ["proactive"],
    };
    const late = {
      title: "低保审核确认结果",
      unit: "盐池县民政局",
      date: "2021-06-01",
      eventDate: "2021-03-01",
    };
    const pubs = `${JSON.stringify({ ...late, item: itemKey(item as never) })}\n{"title":"无日期"}\n`;
    const r = await cli(
      ["catalog", "coverage", "c.json", "p.jsonl", "--from", "2021-01-01", "--to", "2021-12-31"],
      { "c.json": JSON.stringify({ items: [item] }), "p.jsonl": pubs },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("错误 p.jsonl 第2行 “发布机构”列: 缺少发布机构、发布日期，该条未计入");
    expect(r.stdout).toContain("p.jsonl：1 行发布记录被拒收（见上文），未计入");
    expect(r.stdout).toContain("CAT-PUBLICATION-LATE：1 条（--json 列出全部）");
  });
});

describe("rollup of record files", () => {
  const unit = (name: string, rows: string[]) =>
    [HEADER, ...rows.map((r) => r.replace("盐池县财政局", name))].join("\n");

  it("checks each unit's tabulation, with no ROLLUP-UNIT-MISSING for units given as records", async () => {
    const r = await cli(["rollup", "财政局.csv", "教育局.csv", "--year", "2024", "--json"], {
      "财政局.csv": unit("盐池县财政局", ROWS),
      "教育局.csv": unit("盐池县教育局", ROWS.slice(0, 1)),
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.report.tables.table3.received.total).toBe(3);
    expect(out.findings.map((f: { rule: string }) => f.rule)).not.toContain("ROLLUP-UNIT-MISSING");
  });

  it("a rejected record is printed with its place, and exits 1", async () => {
    const r = await cli(["rollup", "财政局.csv", "--year", "2024"], {
      "财政局.csv": unit("盐池县财政局", [...ROWS, "CZ-3,盐池县财政局,2024-02-30,naturalPerson,,"]),
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("错误 财政局.csv:4");
    expect(r.stdout).toContain("ROLLUP-RECORDS-REJECTED");
    expect(r.stdout).not.toContain("ROLLUP-UNIT-MISSING");
  });
});

describe("ledger", () => {
  it("says how many records of other kinds it left out of a ledger of applications", async () => {
    const records = [
      '{"type":"application","id":"A-1","receivedDate":"2024-03-04","applicantType":"naturalPerson"}',
      '{"type":"case","id":"R-1","kind":"review","filedDate":"2024-05-06"}',
    ].join("\n");
    const r = await cli(["ledger", "r.jsonl", "-o", "l.csv"], { "r.jsonl": records });
    expect(r.stderr).toContain("l.csv：写入申请 1 件，另有其他种类的记录（案件等）1 条，不写入申请台账");
  });
});
