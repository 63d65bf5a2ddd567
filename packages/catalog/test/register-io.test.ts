import type { Issue, Report } from "@disclosure/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  encodeGbk,
  type RegisterDocument,
  readRegisterCsv,
  readRegisterXlsx,
  registerTable2,
} from "../src/index.js";
import { located } from "./locations.js";

/**
 * 盐池县人民政府's register of 行政规范性文件 as a 司法局 keeps it (titles from the county's 2020
 * report and its policies; numbers and dates illustrative): a merged title row and an update
 * line above the header, 序号 / 文件名称 / 文号 / 类别 / 制发单位 / 印发日期 / 施行日期 / 有效期 /
 * 状态 / 废止日期 / 备注, dates as Excel dates and typed in every form offices use, one document
 * of another kind (a 工作要点 notice, not counted), one lapsed with its 有效期.
 */
type CellValue = string | Date;
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));
const TITLE = "盐池县人民政府行政规范性文件登记表";
const HEADER = [
  "序号",
  "文件名称",
  "文号",
  "类别",
  "制发单位",
  "印发日期",
  "施行日期",
  "有效期",
  "状态",
  "废止日期",
  "备注",
];
const GOV = "盐池县人民政府";
const NORM = "行政规范性文件";
const ROWS: CellValue[][] = [
  [
    "1",
    "盐池县城乡居民基本医疗保险实施办法",
    "盐政规发〔2019〕2号",
    NORM,
    GOV,
    d(2019, 3, 12),
    d(2019, 4, 1),
    "",
    "已废止",
    d(2021, 6, 30),
    "被盐政规发〔2021〕2号替代",
  ],
  [
    "2",
    "盐池县农村集体经济组织财务管理办法",
    "盐政规发〔2019〕5号",
    "规范性文件",
    GOV,
    "2019/8/20",
    "",
    "5年",
    "现行有效",
    "",
    "",
  ],
  [
    "3",
    "盐池县应对新冠肺炎疫情支持中小微企业共渡难关若干措施",
    "盐政规发〔2020〕1号",
    NORM,
    GOV,
    "2020年2月12日",
    "",
    "6个月",
    "已失效",
    "",
    "",
  ],
  [
    "4",
    "盐池县农业保险保费补贴实施方案",
    "盐政规发〔2020〕2号",
    NORM,
    GOV,
    "2020.3.5",
    "",
    "2022年3月4日",
    "现行有效",
    "无",
    "",
  ],
  [
    "5",
    "盐池县抗震宜居农房改造建设实施方案",
    "盐政规发〔2020〕3号",
    NORM,
    GOV,
    d(2020, 4, 10),
    "",
    "",
    "已废止",
    "2020-12-15",
    "",
  ],
  [
    "6",
    "盐池县物业管理实施规定",
    "盐政规发〔2020〕4号",
    NORM,
    GOV,
    "2020/6/18",
    "2020/8/1",
    "长期",
    "现行有效",
    "/",
    "",
  ],
  [
    "7",
    "盐池县城市建设用地容积率管理办法",
    "盐政规发〔2020〕5号",
    NORM,
    GOV,
    "２０２０．９．１",
    "",
    "",
    "已废止",
    "2021年11月30日",
    "",
  ],
  [
    "8",
    "盐池县政府投资项目管理办法",
    "盐政规发〔2020〕6号",
    NORM,
    GOV,
    d(2020, 11, 20),
    "",
    "",
    "现行有效",
    "",
    "",
  ],
  [
    "9",
    "关于印发盐池县2021年政务公开工作要点的通知",
    "盐政办发〔2021〕12号",
    "其他文件",
    "盐池县人民政府办公室",
    d(2021, 3, 26),
    "",
    "",
    "",
    "",
    "",
  ],
  [
    "10",
    "盐池县滩羊产业高质量发展扶持办法",
    "盐政规发〔2021〕1号",
    NORM,
    GOV,
    "2021-04-08",
    "",
    "",
    "现行有效",
    "",
    "",
  ],
  [
    "11",
    "盐池县城乡居民基本医疗保险实施办法",
    "盐政规发〔2021〕2号",
    NORM,
    GOV,
    d(2021, 6, 30),
    d(2021, 7, 1),
    "",
    "现行有效",
    "",
    "",
  ],
  [
    "12",
    "盐池县人才引进和培养暂行办法",
    "盐政规发〔2021〕3号",
    NORM,
    GOV,
    "2021年7月15日",
    "",
    "2年",
    "现行有效",
    "",
    "",
  ],
  [
    "13",
    "盐池县农村人居环境整治村庄清洁行动奖补办法",
    "盐政规发〔2021〕4号",
    NORM,
    GOV,
    "2021/9/26",
    "",
    "",
    "现行有效",
    "",
    "",
  ],
  [
    "14",
    "盐池县城镇老旧小区改造实施方案",
    "盐政规发〔2021〕5号",
    NORM,
    GOV,
    d(2021, 11, 30),
    "",
    "",
    "现行有效",
    "",
    "",
  ],
];
/** First data row in the files: title (1), update line (2), header (3). */
const FIRST = 4;

async function registerXlsx(rows: CellValue[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("规范性文件");
  ws.addRow([TITLE]);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.addRow(["填报单位：盐池县司法局　　更新日期：2022年1月10日"]);
  ws.mergeCells(2, 1, 2, HEADER.length);
  ws.addRow(HEADER);
  for (const r of rows) {
    const row = ws.addRow(r.map((v) => (v instanceof Date ? v : v)));
    row.eachCell((c) => {
      if (c.value instanceof Date) c.numFmt = "yyyy-mm-dd";
    });
  }
  ws.addRow(["15"]); // numbered in advance, left empty
  wb.addWorksheet("说明").addRow(["本表由县司法局按季度更新"]);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const csvCell = (v: CellValue) => {
  const s = v instanceof Date ? `${v.getUTCFullYear()}/${v.getUTCMonth() + 1}/${v.getUTCDate()}` : v;
  return /[",\n]/u.test(s) ? `"${s.replace(/"/gu, '""')}"` : s;
};
/** The same register saved by Excel on Chinese Windows: GBK, CRLF, the title in the first cell. */
function registerGbkCsv(rows: CellValue[][]): Uint8Array {
  const lines = [[TITLE, ...HEADER.slice(1).map(() => "")], HEADER, ...rows].map((r) =>
    r.map(csvCell).join(","),
  );
  const { bytes, unmappable } = encodeGbk(`${lines.join("\r\n")}\r\n`);
  expect(unmappable).toEqual([]);
  return bytes;
}

const COUNTY = { name: GOV, level: "county" as const };
const previous2020: Report = {
  agency: COUNTY,
  year: 2020,
  format: "2021",
  sections: {},
  tables: {
    table2: {
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 6, repealed: 1, inForce: 6 },
    },
  },
};
const errorsOf = (issues: readonly Issue[]) => issues.filter((i) => i.severity === "error");

describe("the register read from XLSX and GBK CSV → table 二", () => {
  it("XLSX: merged title row, Excel dates and typed ones, 2021 cells and continuity with 2020", async () => {
    const r = await readRegisterXlsx(await registerXlsx(ROWS), { file: "盐池县规范性文件登记表.xlsx" });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.value.title).toBe(TITLE);
    expect(r.value.rows).toEqual({ accepted: 13, rejected: 0, notCounted: 1 });
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([
      ["REG-READ-NOT-COUNTED", "info"],
      ["REG-READ-SHEET-SKIPPED", "info"],
    ]);
    expect(r.warnings[0]?.location).toEqual({
      kind: "sheet",
      file: "盐池县规范性文件登记表.xlsx",
      sheet: "规范性文件",
      row: FIRST + 8,
      cell: `D${FIRST + 8}`,
      column: "类别",
    });
    const byNo = new Map(r.value.documents.map((x) => [x.docNumber, x]));
    expect(byNo.get("盐政规发〔2019〕2号")).toMatchObject({
      id: "盐政规发〔2019〕2号",
      kind: "normativeDocuments",
      unit: GOV,
      issuedDate: "2019-03-12", // 印发日期 preferred to 施行日期 2019-04-01
      repealedDate: "2021-06-30",
      source: { kind: "sheet", file: "盐池县规范性文件登记表.xlsx", sheet: "规范性文件", row: FIRST },
    });
    expect(byNo.get("盐政规发〔2019〕5号")).toMatchObject({
      issuedDate: "2019-08-20",
      expiresDate: "2024-08-19",
    });
    expect(byNo.get("盐政规发〔2020〕1号")).toMatchObject({ expiresDate: "2020-08-11" });
    expect(byNo.get("盐政规发〔2020〕1号")?.undatedEnd).toBeUndefined();
    expect(byNo.get("盐政规发〔2020〕5号")).toMatchObject({
      issuedDate: "2020-09-01",
      repealedDate: "2021-11-30",
    });
    expect(byNo.get("盐政规发〔2020〕4号")?.repealedDate).toBeUndefined(); // "/" in 废止日期

    const t = registerTable2(r.value.documents, { year: 2021, previous: previous2020 });
    expect(t.tables.table2).toEqual({
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 5, repealed: 2, inForce: 9 },
    });
    expect(t.findings).toEqual([]);
    expect(t.issues).toEqual([]);
    const t2020 = registerTable2(r.value.documents, { year: 2020, agency: COUNTY });
    expect(t2020.tables.table2?.normativeDocuments).toEqual({ issued: 6, repealed: 1, inForce: 6 });
  });

  it("GBK CSV: the same documents", async () => {
    const csv = await readRegisterCsv(registerGbkCsv(ROWS), { file: "登记表.csv" });
    const xlsx = await readRegisterXlsx(await registerXlsx(ROWS), { file: "登记表.csv" });
    if (!csv.ok || !xlsx.ok) throw new Error("unreadable");
    const strip = (docs: RegisterDocument[]) => docs.map(({ source, ...rest }) => rest);
    expect(strip(csv.value.documents)).toEqual(strip(xlsx.value.documents));
    // No update line in the CSV: its first document is on row 3.
    expect(csv.value.documents[0]?.source).toEqual({ kind: "sheet", file: "登记表.csv", row: 3 });
    expect(csv.value.rows).toEqual({ accepted: 13, rejected: 0, notCounted: 1 });
    const t = registerTable2(csv.value.documents, { year: 2021, previous: previous2020 });
    expect(t.tables.table2?.normativeDocuments).toEqual({ issued: 5, repealed: 2, inForce: 9 });
  });

  it("a repeal missing from the register fires T2-INFORCE-CONTINUITY; 已废止 without a date is a warning and holds", async () => {
    const idx = ROWS.findIndex((r) => r[2] === "盐政规发〔2020〕3号");
    const lost = ROWS.map((r, i) => (i === idx ? [...r.slice(0, 8), "", "", ""] : r));
    const a = await readRegisterXlsx(await registerXlsx(lost), { file: "登记表.xlsx" });
    if (!a.ok) throw new Error("unreadable");
    const ta = registerTable2(a.value.documents, { year: 2021, previous: previous2020 });
    expect(ta.tables.table2?.normativeDocuments).toEqual({ issued: 5, repealed: 2, inForce: 10 });
    expect(ta.findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([
      ["T2-INFORCE-CONTINUITY", 9, 10],
    ]);

    const undated = ROWS.map((r, i) => (i === idx ? [...r.slice(0, 8), "已废止", "", ""] : r));
    const b = await readRegisterCsv(registerGbkCsv(undated), { file: "登记表.csv" });
    if (!b.ok) throw new Error("unreadable");
    const w = b.warnings.find((x) => x.code === "REG-STATUS-UNDATED");
    expect(w?.severity).toBe("warning");
    expect(w?.location).toEqual({
      kind: "sheet",
      file: "登记表.csv",
      row: 2 + idx + 1,
      cell: `I${2 + idx + 1}`,
      column: "状态",
    });
    expect(located(w)).toMatch(
      /^登记表\.csv I7 “状态”列: “盐池县抗震宜居农房改造建设实施方案”状态为已废止，但没有废止日期/,
    );
    expect(w?.message.en).toContain("without a date");
    const tb = registerTable2(b.value.documents, { year: 2021, previous: previous2020 });
    expect(tb.tables.table2?.normativeDocuments).toEqual({ issued: 5, repealed: 2, inForce: 9 });
    expect(tb.findings).toEqual([]);
    expect(tb.issues.map((i) => i.code)).toEqual(["REG-END-UNDATED"]);
  });

  it("bad rows are reported with file, sheet, row and column, in both languages, and the rest is read", async () => {
    const bad: CellValue[][] = [
      ...ROWS,
      [
        "15",
        "盐池县城乡环境卫生管理办法",
        "盐政规发〔2021〕6号",
        NORM,
        GOV,
        "2021-02-30",
        "",
        "",
        "现行有效",
        "",
        "",
      ],
      ["16", "", "盐政规发〔2021〕7号", NORM, GOV, "2021-12-01", "", "", "现行有效", "", ""],
      [
        "17",
        "盐池县城区停车管理暂行办法",
        "盐政规发〔2019〕3号",
        NORM,
        GOV,
        "2019-05-06",
        "",
        "",
        "已废止",
        "去年",
        "",
      ],
      [
        "18",
        "盐池县殡葬管理实施办法",
        "盐政规发〔2021〕8号",
        "",
        GOV,
        "2021-10-12",
        "",
        "至新文件出台",
        "有效",
        "",
        "",
      ],
      ["19", "盐池县草原禁牧封育管理办法", "盐政规发〔2021〕9号", NORM, GOV, "", "", "", "现行有效", "", ""],
      [
        "20",
        "盐池县河湖长制工作办法",
        "盐政规发〔2021〕2号",
        NORM,
        GOV,
        "2021-06-30",
        "",
        "",
        "现行有效",
        "",
        "",
      ],
    ];
    const r = await readRegisterXlsx(await registerXlsx(bad), { file: "登记表.xlsx" });
    if (!r.ok) throw new Error("unreadable");
    expect(r.value.rows).toEqual({ accepted: 16, rejected: 3, notCounted: 1 });
    const row = (n: number) => FIRST + n - 1;
    const at = (code: string) => r.warnings.filter((w) => w.code === code).map((w) => w.location);
    expect(at("REG-READ-ROW")).toEqual([
      {
        kind: "sheet",
        file: "登记表.xlsx",
        sheet: "规范性文件",
        row: row(15),
        cell: `F${row(15)}`,
        column: "印发日期",
      },
      {
        kind: "sheet",
        file: "登记表.xlsx",
        sheet: "规范性文件",
        row: row(16),
        cell: `B${row(16)}`,
        column: "文件名称",
      },
      {
        kind: "sheet",
        file: "登记表.xlsx",
        sheet: "规范性文件",
        row: row(19),
        cell: `F${row(19)}`,
        column: "印发日期",
      },
    ]);
    const [badDate] = errorsOf(r.warnings);
    expect(located(badDate)).toBe(
      `登记表.xlsx 规范性文件!F${row(15)} “印发日期”列: 无法读取该行：“盐池县城乡环境卫生管理办法”的印发日期“2021-02-30”不是有效日期（可写作2020-01-05、2020/1/5、2020年1月5日或2020.1.5）`,
    );
    expect(located(badDate, "en")).toMatch(
      /^登记表\.xlsx 规范性文件!F18 column 印发日期: row not read: the 印发日期 of /,
    );
    // 废止日期 "去年": a warning; the document is repealed on an unknown date.
    expect(at("REG-READ-DATE")).toEqual([
      {
        kind: "sheet",
        file: "登记表.xlsx",
        sheet: "规范性文件",
        row: row(17),
        cell: `J${row(17)}`,
        column: "废止日期",
      },
    ]);
    const parking = r.value.documents.find((x) => x.docNumber === "盐政规发〔2019〕3号");
    expect(parking).toMatchObject({ undatedEnd: "repealed" });
    // Empty 类别 takes the kind the title names; an unreadable 有效期 is a warning.
    expect(r.value.documents.find((x) => x.docNumber === "盐政规发〔2021〕8号")?.kind).toBe(
      "normativeDocuments",
    );
    expect(at("REG-READ-VALIDITY")).toEqual([
      {
        kind: "sheet",
        file: "登记表.xlsx",
        sheet: "规范性文件",
        row: row(18),
        cell: `H${row(18)}`,
        column: "有效期",
      },
    ]);
    // A 文号 entered twice: both counted, the second flagged.
    expect(at("REG-READ-DUPLICATE")).toEqual([
      {
        kind: "sheet",
        file: "登记表.xlsx",
        sheet: "规范性文件",
        row: row(20),
        cell: `C${row(20)}`,
        column: "文号",
      },
    ]);
    expect(r.value.documents.filter((x) => x.docNumber === "盐政规发〔2021〕2号").map((x) => x.id)).toEqual([
      "盐政规发〔2021〕2号",
      `盐政规发〔2021〕2号#${row(20)}`,
    ]);
  });

  it("a file without a register header fails with a located error", async () => {
    const r = await readRegisterCsv("单位,人数\n盐池县司法局,12\n", { file: "人员.csv" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({
      code: "REG-READ-NO-HEADER",
      severity: "error",
      location: { kind: "file", file: "人员.csv" },
    });
    const x = await readRegisterXlsx(new Uint8Array([1, 2, 3]), { file: "坏.xlsx" });
    expect(x.ok ? "" : x.issues[0]?.code).toBe("REG-READ-FILE");
  });

  it("a register without 类别 column, with a section row for repealed documents, and a UTF-8 BOM", async () => {
    const text =
      "\ufeff盐池县人民政府规范性文件目录\n文件名称,发文字号,成文日期,施行日期,失效日期\n" +
      "一、现行有效文件,,,,\n盐池县物业管理实施规定,盐政规发〔2020〕4号,2020-06-15,2020-08-01,\n" +
      "二、已失效文件,,,,\n盐池县应对新冠肺炎疫情支持中小微企业共渡难关若干措施,盐政规发〔2020〕1号,2020-02-10,2020-02-12,2020-08-11\n";
    const r = await readRegisterCsv(new TextEncoder().encode(text), { file: "目录.csv", unit: GOV });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.documents.map(({ source, ...x }) => x)).toEqual([
      {
        type: "document",
        id: "盐政规发〔2020〕4号",
        kind: "normativeDocuments",
        title: "盐池县物业管理实施规定",
        docNumber: "盐政规发〔2020〕4号",
        issuedDate: "2020-06-15", // 成文日期 before 施行日期
        unit: GOV,
      },
      {
        type: "document",
        id: "盐政规发〔2020〕1号",
        kind: "normativeDocuments",
        title: "盐池县应对新冠肺炎疫情支持中小微企业共渡难关若干措施",
        docNumber: "盐政规发〔2020〕1号",
        issuedDate: "2020-02-10",
        unit: GOV,
        expiresDate: "2020-08-11", // 已失效 (the section): the end date is a lapse, not a repeal
      },
    ]);
  });
});

it("Traditional-character headers and values, tab-separated", async () => {
  const text =
    "文件名稱\t發文字號\t類別\t印發日期\t狀態\t廢止日期\n" +
    "鹽池縣物業管理實施規定\t鹽政規發〔2020〕4號\t行政規範性文件\t2020年6月18日\t現行有效\t\n" +
    "鹽池縣城市建設用地容積率管理辦法\t鹽政規發〔2020〕5號\t規範性文件\t2020年9月1日\t已廢止\t2021年11月30日\n";
  const r = await readRegisterCsv(text, { file: "登記表.csv" });
  if (!r.ok) throw new Error(r.issues[0]?.message.zh);
  expect(r.warnings).toEqual([]);
  expect(r.value.documents.map((x) => [x.kind, x.issuedDate, x.repealedDate])).toEqual([
    ["normativeDocuments", "2020-06-18", undefined],
    ["normativeDocuments", "2020-09-01", "2021-11-30"],
  ]);
});

// The example of README.md's section "Documents register → table 二", run as written.
it("README example: documents register → table 二", async () => {
  const csv = `盐池县人民政府行政规范性文件登记表,,,,,
文件名称,文号,类别,印发日期,状态,废止日期
盐池县城市建设用地容积率管理办法,盐政规发〔2020〕5号,行政规范性文件,2020/9/1,已废止,2021年11月30日
盐池县政府投资项目管理办法,盐政规发〔2020〕6号,行政规范性文件,2020-11-20,现行有效,
盐池县滩羊产业高质量发展扶持办法,盐政规发〔2021〕1号,行政规范性文件,2021.4.8,现行有效,
盐池县城区停车管理暂行办法,盐政规发〔2019〕3号,行政规范性文件,2019-05-06,已废止,`;

  const read = await readRegisterCsv(csv, { file: "登记表.csv", unit: "盐池县人民政府" });
  if (!read.ok) throw new Error(read.issues[0]?.message.zh);
  expect(read.value.rows).toEqual({ accepted: 4, rejected: 0, notCounted: 0 });
  expect(read.warnings.map((w) => w.location)).toEqual([
    { kind: "sheet", file: "登记表.csv", row: 6, cell: "E6", column: "状态" },
  ]);
  expect(read.warnings.map((w) => located(w))).toEqual([
    "登记表.csv E6 “状态”列: “盐池县城区停车管理暂行办法”状态为已废止，但没有废止日期：计为废止年份不明，不计入任何年度的“本年废止件数”和年末“现行有效件数”",
  ]);

  const t = registerTable2(read.value.documents, {
    year: 2021,
    agency: { name: "盐池县人民政府", level: "county" },
    previous: {
      agency: { name: "盐池县人民政府", level: "county" },
      year: 2020,
      format: "2021",
      sections: {},
      tables: { table2: { normativeDocuments: { issued: 2, repealed: 0, inForce: 3 } } },
    },
  });
  expect(t.tables.table2?.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 2 });
  expect(t.explain["table2/normativeDocuments/repealed"]).toEqual(["盐政规发〔2020〕5号"]);
  // 2020 said 3 in force (停车管理办法 among them); its repeal date is missing, so 3 + 1 − 1 ≠ 2.
  expect(t.findings.map((f) => f.rule)).toEqual(["T2-INFORCE-CONTINUITY"]);
  expect(t.findings[0]?.message.zh).toContain(
    "2020年“现行有效件数”3加本年“本年制发件数”1减“本年废止件数”1为3",
  );
});

/**
 * A register whose header has two rows: 日期 merged over 印发日期 and 废止日期 (XLSX), or written
 * once above them with an empty cell after it (the CSV Excel saves). 盐池县人民政府's documents.
 */
describe("a two-row register header: 日期 over 印发日期 and 废止日期", () => {
  const TOP = ["序号", "文件名称", "文号", "日期", "", "状态"];
  const SUB = ["", "", "", "印发日期", "废止日期", ""];
  const DOCS: CellValue[][] = [
    [
      "1",
      "盐池县城乡居民基本医疗保险实施办法",
      "盐政规发〔2019〕2号",
      d(2019, 3, 12),
      d(2021, 6, 30),
      "已废止",
    ],
    ["2", "盐池县物业管理实施规定", "盐政规发〔2020〕4号", d(2020, 6, 18), "", "现行有效"],
    [
      "3",
      "盐池县城市建设用地容积率管理办法",
      "盐政规发〔2020〕5号",
      "2020-09-01",
      "2021年11月30日",
      "已废止",
    ],
    ["4", "盐池县滩羊产业高质量发展扶持办法", "盐政规发〔2021〕1号", "2021.4.8", "无", "现行有效"],
  ];
  const EXPECTED = [
    ["盐政规发〔2019〕2号", "2019-03-12", "2021-06-30"],
    ["盐政规发〔2020〕4号", "2020-06-18", undefined],
    ["盐政规发〔2020〕5号", "2020-09-01", "2021-11-30"],
    ["盐政规发〔2021〕1号", "2021-04-08", undefined],
  ];
  const read = (docs: RegisterDocument[]) => docs.map((x) => [x.docNumber, x.issuedDate, x.repealedDate]);

  it("XLSX: title merged across, 日期 merged over two columns, single columns merged down", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2021年");
    ws.addRow([TITLE]);
    ws.mergeCells(1, 1, 1, TOP.length);
    ws.addRow(TOP);
    ws.addRow(SUB);
    ws.mergeCells(2, 4, 2, 5);
    for (const c of [1, 2, 3, 6]) ws.mergeCells(2, c, 3, c);
    for (const r of DOCS) {
      ws.addRow(r).eachCell((c) => {
        if (c.value instanceof Date) c.numFmt = "yyyy-mm-dd";
      });
    }
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await readRegisterXlsx(bytes, { file: "登记表.xlsx", unit: GOV });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.title).toBe(TITLE);
    expect(r.value.rows).toEqual({ accepted: 4, rejected: 0, notCounted: 0 });
    expect(read(r.value.documents)).toEqual(EXPECTED);
    expect(r.value.documents[0]?.source).toEqual({
      kind: "sheet",
      file: "登记表.xlsx",
      sheet: "2021年",
      row: 4,
    });
    const t = registerTable2(r.value.documents, { year: 2021, agency: COUNTY });
    expect(t.tables.table2?.normativeDocuments).toEqual({ issued: 1, repealed: 2, inForce: 2 });
    expect(t.explain["table2/normativeDocuments/repealed"]).toEqual([
      "盐政规发〔2019〕2号",
      "盐政规发〔2020〕5号",
    ]);
  });

  it("GBK CSV: the group label in its first column only; a repeated two-row header is skipped", async () => {
    const lines = [[TITLE, "", "", "", "", ""], TOP, SUB, ...DOCS.slice(0, 2), TOP, SUB, ...DOCS.slice(2)];
    const { bytes, unmappable } = encodeGbk(`${lines.map((l) => l.map(csvCell).join(",")).join("\r\n")}\r\n`);
    expect(unmappable).toEqual([]);
    const r = await readRegisterCsv(bytes, { file: "登记表.csv", unit: GOV });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.rows).toEqual({ accepted: 4, rejected: 0, notCounted: 0 });
    expect(read(r.value.documents)).toEqual(EXPECTED);
    expect(r.value.documents.map((x) => x.source?.row)).toEqual([4, 5, 8, 9]);
    const t = registerTable2(r.value.documents, { year: 2021, agency: COUNTY });
    expect(t.tables.table2?.normativeDocuments).toEqual({ issued: 1, repealed: 2, inForce: 2 });
  });

  it("sub-labels without the group's word: 时间 over 印发 / 失效, and 有效期 under it", async () => {
    const csv = [
      "文件名称,文号,时间,,,状态",
      ",,印发,失效,有效期,",
      "盐池县应对新冠肺炎疫情支持中小微企业共渡难关若干措施,盐政规发〔2020〕1号,2020年2月12日,2020年8月11日,6个月,已失效",
      "盐池县人才引进和培养暂行办法,盐政规发〔2021〕3号,2021年7月15日,,2年,现行有效",
    ].join("\n");
    const r = await readRegisterCsv(csv, { file: "登记表.csv", kind: "normativeDocuments" });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.documents.map((x) => [x.issuedDate, x.repealedDate, x.expiresDate])).toEqual([
      ["2020-02-12", undefined, "2020-08-11"], // 已失效: the 失效 date ends its validity, not a repeal
      ["2021-07-15", undefined, "2023-07-14"],
    ]);
  });

  it("日期 alone, with no sub-header under it, names no date column", async () => {
    const csv = [
      "文件名称,文号,日期,状态",
      "盐池县物业管理实施规定,盐政规发〔2020〕4号,2020/6/18,现行有效",
    ].join("\n");
    const r = await readRegisterCsv(csv, { file: "登记表.csv", kind: "normativeDocuments" });
    // 日期 alone names no date column: the header is found but has no issue date.
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(["REG-READ-NO-COLUMN"]);
  });
});

describe("a two-row register header with another group: 文件信息 over 文件名称 and 文号, no 日期 group", () => {
  const rows = [
    ["盐池县人民政府行政规范性文件目录", "", "", "", "", "", ""],
    ["序号", "文件信息", "", "印发日期", "废止日期", "附件", "状态"],
    ["", "文件名称", "文号", "", "", "", ""],
    ["1", "盐池县物业管理实施规定", "盐政规发〔2020〕4号", "2020-06-18", "", "无", "现行有效"],
    [
      "2",
      "盐池县城市建设用地容积率管理办法",
      "盐政规发〔2020〕5号",
      "2020-09-01",
      "2021-11-30",
      "",
      "已废止",
    ],
  ];
  const csv = `${rows.map((l) => l.map(csvCell).join(",")).join("\r\n")}\r\n`;

  it("CSV: the group read, the title above kept as the title", async () => {
    const r = await readRegisterCsv(csv, { file: "登记表.csv", unit: GOV });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.title).toBe("盐池县人民政府行政规范性文件目录");
    expect(
      r.value.documents.map((x) => [x.title, x.docNumber, x.issuedDate, x.repealedDate, x.source?.row]),
    ).toEqual([
      ["盐池县物业管理实施规定", "盐政规发〔2020〕4号", "2020-06-18", undefined, 4],
      ["盐池县城市建设用地容积率管理办法", "盐政规发〔2020〕5号", "2020-09-01", "2021-11-30", 5],
    ]);
  });

  it("XLSX: 文件信息 merged across its two columns, single columns merged down", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("规范性文件");
    for (const r of rows) ws.addRow(r);
    ws.mergeCells(1, 1, 1, 7);
    ws.mergeCells(2, 2, 2, 3);
    for (const c of [1, 4, 5, 6, 7]) ws.mergeCells(2, c, 3, c);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await readRegisterXlsx(bytes, { file: "登记表.xlsx", unit: GOV });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.documents.map((x) => [x.docNumber, x.issuedDate, x.repealedDate])).toEqual([
      ["盐政规发〔2020〕4号", "2020-06-18", undefined],
      ["盐政规发〔2020〕5号", "2020-09-01", "2021-11-30"],
    ]);
  });

  it("a data row right above a repeated header is data, not a group over it", async () => {
    const repeated = [
      ...rows,
      rows[1],
      rows[2],
      ["3", "盐池县人才引进和培养暂行办法", "盐政规发〔2021〕3号", "2021-07-15", "", "", "现行有效"],
    ];
    const text = `${repeated.map((l) => l?.map(csvCell).join(",")).join("\r\n")}\r\n`;
    const r = await readRegisterCsv(text, { file: "登记表.csv", unit: GOV });
    if (!r.ok) throw new Error(r.issues[0]?.message.zh);
    expect(r.warnings).toEqual([]);
    expect(r.value.documents.map((x) => x.source?.row)).toEqual([4, 5, 8]);
  });
});
