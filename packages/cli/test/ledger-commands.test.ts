// Application ledgers (依申请公开台账) as offices keep them, through the CLI: a GBK CSV saved by
// Excel and an XLSX workbook, Chinese headers and values, title rows, a second sheet of notes.
import { encodeGbk } from "@disclosure/catalog";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

const TITLE = "盐池县财政局2021年政府信息公开申请办理台账";
const HEADER = [
  "序号",
  "申请人",
  "申请人类型",
  "收到申请日期",
  "申请方式",
  "申请内容",
  "办理结果",
  "答复日期",
];
const ROWS = [
  ["1", "张某", "自然人", "2021年3月4日", "网上申请", "2020年县级预算执行情况", "予以公开", "2021年3月18日"],
  [
    "2",
    "宁夏某某建设有限公司",
    "法人或其他组织—商业企业",
    "2021/4/6",
    "当面",
    "某项目招标文件",
    "部分公开",
    "2021/4/27",
  ],
  [
    "3",
    "王某",
    "自然人",
    "2021-06-01",
    "网络",
    "某年度会议纪要",
    "不予公开（属于四类过程性信息）",
    "2021-06-22",
  ],
  ["4", "某律师事务所", "律师事务所", "2021年12月27日", "电子邮件", "某行政处罚决定书", "", ""],
  ["5", "赵某", "自然人", "2021年2月30日", "当面", "某文件", "予以公开", "2021年3月1日"],
];

describe("disclosure tabulate on an application ledger", () => {
  it("reads a GBK CSV ledger with a title row: codes from the Chinese values, the bad date located by its header", async () => {
    const text = [TITLE, HEADER.join(","), ...ROWS.map((r) => r.join(","))].join("\r\n");
    const { bytes, unmappable } = encodeGbk(`${text}\r\n`);
    expect(unmappable).toEqual([]);
    const r = await cli(["tabulate", "台账.csv", "--year", "2021", "--json"], { "台账.csv": bytes });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.accepted, out.rejected]).toEqual([4, 1]);
    expect(out.issues[0]).toMatchObject({
      location: { kind: "text", file: "台账.csv", line: 7, field: "收到申请日期" },
    });
    const t3 = out.tables.table3;
    expect(t3.received).toMatchObject({ naturalPerson: 2, commercial: 1, legalService: 1, total: 4 });
    expect(t3.granted.naturalPerson).toBe(1);
    expect(t3.partlyGranted.commercial).toBe(1);
    expect(t3["withheld.deliberative"].naturalPerson).toBe(1);
    expect(t3.carriedOut.legalService).toBe(1);
  });

  it("reads an XLSX ledger: the records sheet found below its title, a notes sheet passed over, rows located by sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const notes = wb.addWorksheet("填表说明");
    notes.addRow(["本表由各单位于每月5日前报送县政府办公室"]);
    const ws = wb.addWorksheet("2021年");
    ws.addRow([TITLE]);
    ws.mergeCells(1, 1, 1, HEADER.length);
    ws.addRow(HEADER);
    for (const row of ROWS) {
      // Dates as Excel date cells where the office typed ISO dates.
      ws.addRow(row.map((c) => (/^\d{4}-\d{2}-\d{2}$/.test(c) ? new Date(`${c}T00:00:00Z`) : c)));
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await cli(["tabulate", "台账.xlsx", "--year", "2021", "--json"], { "台账.xlsx": bytes });
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect([out.accepted, out.rejected]).toEqual([4, 1]);
    expect(out.issues[0]).toMatchObject({
      location: { kind: "sheet", file: "台账.xlsx", sheet: "2021年", row: 7, column: "收到申请日期" },
    });
    expect(out.tables.table3.received.total).toBe(4);
    // The same as the CSV.
    const csv = [HEADER.join(","), ...ROWS.map((x) => x.join(","))].join("\n");
    const fromCsv = JSON.parse(
      (await cli(["tabulate", "t.csv", "--year", "2021", "--json"], { "t.csv": csv })).stdout,
    );
    expect(out.tables).toEqual(fromCsv.tables);
  });

  it("says so when a workbook has no sheet of records", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRow(["没有记录"]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await cli(["tabulate", "空.xlsx", "--year", "2021"], { "空.xlsx": bytes });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("没有记录表");
  });

  it("rolls a ledger up with a unit's filled report", async () => {
    const csv = [TITLE, HEADER.join(","), ...ROWS.slice(0, 4).map((r) => r.join(","))].join("\n");
    const report = JSON.stringify({
      agency: { name: "花马池镇人民政府", level: "township" },
      year: 2021,
      format: "2021",
      tables: { table3: { received: { naturalPerson: 2, total: 2 } } },
    });
    const r = await cli(["rollup", "盐池县财政局.csv", "花马池镇.json", "--year", "2021", "--json"], {
      "盐池县财政局.csv": csv,
      "花马池镇.json": report,
    });
    const out = JSON.parse(r.stdout);
    expect(out.report.tables.table3.received.total).toBe(6);
  });
});

describe("disclosure ledger", () => {
  it("writes records as an XLSX ledger that tabulate reads back to the same tables", async () => {
    const gen = await cli([
      "sample",
      "--county",
      "synthetic",
      "--seed",
      "5",
      "--records",
      "300",
      "--year",
      "2021",
    ]);
    const w = await cli(
      ["ledger", "a.jsonl", "-o", "台账.xlsx", "--title", "盐池县财政局2021年政府信息公开申请办理台账"],
      {
        "a.jsonl": gen.stdout,
      },
    );
    expect(w.code).toBe(0);
    expect(w.stderr).toContain("写入申请 300 件");
    const xlsx = w.written["台账.xlsx"] as Uint8Array;
    const fromLedger = JSON.parse(
      (await cli(["tabulate", "台账.xlsx", "--year", "2021", "--json"], { "台账.xlsx": xlsx })).stdout,
    );
    const fromRecords = JSON.parse(
      (await cli(["tabulate", "a.jsonl", "--year", "2021", "--json"], { "a.jsonl": gen.stdout })).stdout,
    );
    expect(fromLedger.accepted).toBe(300);
    expect(fromLedger.tables).toEqual(fromRecords.tables);
  });

  it("writes a GBK CSV ledger, and an empty one as a template", async () => {
    const gen = await cli([
      "sample",
      "--county",
      "synthetic",
      "--seed",
      "6",
      "--records",
      "50",
      "--year",
      "2021",
    ]);
    const w = await cli(["ledger", "a.jsonl", "-o", "台账.csv", "--encoding", "gbk"], {
      "a.jsonl": gen.stdout,
    });
    expect(w.code).toBe(0);
    const bytes = w.written["台账.csv"] as Uint8Array;
    expect(new TextDecoder("gb18030").decode(bytes).split("\r\n")[0]).toBe(
      "编号,承办单位,申请人,申请人类型,收到申请日期,申请方式,申请内容,是否当场答复,延期天数,办理结果,答复日期",
    );
    const back = JSON.parse(
      (await cli(["tabulate", "台账.csv", "--year", "2021", "--json"], { "台账.csv": bytes })).stdout,
    );
    expect(back.accepted).toBe(50);
    const empty = await cli(["ledger", "-o", "空白台账.csv"]);
    expect(empty.code).toBe(0);
    expect(String(empty.written["空白台账.csv"]).split("\r\n").filter(Boolean)).toHaveLength(1);
    const bad = await cli(["ledger", "a.jsonl", "-o", "台账.txt"], { "a.jsonl": gen.stdout });
    expect(bad.code).toBe(2);
  });
});

describe("disclosure tabulate --overdue on a ledger", () => {
  it("counts the replies after 20 working days, by their ids", async () => {
    const csv = [
      "编号,申请人类型,收到申请日期,办理结果,答复日期,延期天数",
      "CZ-1,自然人,2021年3月4日,予以公开,2021年3月18日,",
      "CZ-2,自然人,2021年3月1日,予以公开,2021年4月30日,",
      "CZ-3,自然人,2021年3月1日,予以公开,2021年4月23日,20",
      "CZ-4,自然人,2021年9月22日,予以公开,2021年10月25日,",
    ].join("\n");
    const r = await cli(["tabulate", "台账.csv", "--year", "2021", "--overdue"], { "台账.csv": csv });
    expect(r.code).toBe(0);
    // CZ-2: 20 working days from 3月1日 end on 3月29日; CZ-3, answered on 4月23日 after an
    // extension of 20 more, is in time. CZ-4: without the 国庆 holidays its deadline would be 10月20日;
    // with them (and the make-up Sunday 9月26日, Saturday 10月9日) it is 10月25日.
    expect(r.stdout).toContain("逾期答复（条例第三十三条）1 件：CZ-2；无法计算期限 0 件");
    const j = JSON.parse(
      (await cli(["tabulate", "台账.csv", "--year", "2021", "--overdue", "--json"], { "台账.csv": csv }))
        .stdout,
    );
    expect(j.overdue).toEqual({ count: 1, unknown: 0, ids: ["CZ-2"] });
  });
});
