// readRecordsFile: one reader of a file by its name — a ledger workbook read row by row from a
// path or a stream, or whole from its bytes, with the same items either way; CSV and JSON Lines
// as their readers; the zip limits and a workbook without records as bilingual errors.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applicationRecords } from "@disclosure/samples";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { zipBomb } from "../../../schema/test/zip-bomb.js";
import { ledgerCsv, ledgerRows } from "../ledger";
import { tabulate } from "../tabulate";
import { cut } from "../testing/cut";
import { isRecordsFileError, isRejected, type ReadItem, readRecordsFile } from "./index";
import { exactly } from "../testing/exactly";
import { fieldOf } from "../testing/where";

async function collect(items: AsyncIterable<ReadItem>): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const x of items) out.push(x);
  return out;
}

async function failureOf(items: AsyncIterable<ReadItem>): Promise<unknown> {
  try {
    await collect(items);
  } catch (e) {
    return e;
  }
  throw new Error("expected the reader to fail");
}

const dir = await mkdtemp(join(tmpdir(), "records-file-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const TITLE = "盐池县财政局2021年政府信息公开申请办理台账";
const HEADER = ["序号", "收到申请日期", "申请人类型", "办理结果", "答复日期"];
/** Rows as an office types them: dates as date cells, one as an Excel day number, one impossible. */
const ROWS: (string | number | Date)[][] = [
  [1, new Date(Date.UTC(2021, 2, 4)), "自然人", "予以公开", new Date(Date.UTC(2021, 2, 18))],
  [2, 44300, "法人或其他组织—商业企业", "部分公开", "2021年4月30日"],
  [3, "2021-02-30", "自然人", "予以公开", "2021-03-10"],
  [4, "2021/5/6", "法人或其他组织-科研机构", "不予公开—属于国家秘密", "2021-05-20"],
];

/** A ledger as Excel keeps it: a notes sheet, then a title merged across, the header, the rows. */
async function ledgerWorkbook(rows = ROWS): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("填表说明").addRow(["本表由各单位于每月5日前报送县政府办公室"]);
  const ws = wb.addWorksheet("2021年");
  ws.addRow([TITLE]);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** What a reader gave, comparable: each record's fields or each rejection's place. */
const summary = (items: ReadItem[]) =>
  items.map((i) =>
    isRejected(i)
      ? { at: [i.file, i.line], rejected: [i.line, fieldOf(i.issue), i.issue.code] }
      : { at: [i.file, i.line], ...i.record },
  );

describe("readRecordsFile: a ledger workbook", () => {
  it("streamed and whole give the same items, located by sheet and row; the notes sheet passed over", async () => {
    const bytes = await ledgerWorkbook();
    const path = join(dir, "台账.xlsx");
    await writeFile(path, bytes);
    const whole = await collect(readRecordsFile("台账.xlsx", bytes));
    const fromPath = await collect(readRecordsFile("台账.xlsx", { path }));
    const fromStream = await collect(readRecordsFile("台账.xlsx", cut(bytes, [7, 300, 4096])));
    expect(summary(fromPath)).toEqual(summary(whole));
    expect(summary(fromStream)).toEqual(summary(whole));
    expect(whole.length).toBe(ROWS.length);
    const [first, serial, impossible, slashed] = exactly(whole, 4);
    expect(!isRejected(first) && first.record).toMatchObject({
      receivedDate: "2021-03-04",
      completedDate: "2021-03-18",
      applicantType: "naturalPerson",
      id: "台账.xlsx 工作表“2021年”:3",
    });
    // 44300 is the Excel day of 2021-04-14.
    expect(!isRejected(serial) && serial.record).toMatchObject({
      receivedDate: "2021-04-14",
      result: "partlyGranted",
    });
    expect(isRejected(impossible) && [impossible.file, impossible.line, fieldOf(impossible.issue)]).toEqual([
      "台账.xlsx 工作表“2021年”",
      5,
      "收到申请日期",
    ]);
    // The issue is located in the workbook by sheet, row and the column's header as written.
    expect(isRejected(impossible) && impossible.issue.location).toEqual({
      kind: "sheet",
      file: "台账.xlsx",
      sheet: "2021年",
      row: 5,
      column: "收到申请日期",
    });
    expect(!isRejected(slashed) && slashed.record).toMatchObject({ applicantType: "research" });
  });

  it("shared strings or inline strings, written whole or by exceljs's streaming writer: the same records", async () => {
    const records = [...applicationRecords({ seed: 5, year: 2021, count: 120 })] as Record<string, unknown>[];
    const rows = ledgerRows(records);
    const expected = summary(await collect(readRecordsFile("l.csv", strToU8(ledgerCsv(records)))));
    for (const useSharedStrings of [true, false]) {
      const path = join(dir, `stream-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
      const ws = wb.addWorksheet("台账");
      for (const r of rows) ws.addRow(r).commit();
      ws.commit();
      await wb.commit();
      const got = summary(await collect(readRecordsFile("l.xlsx", { path }, { file: "l.csv" })));
      // The same records; a workbook's rows are located by its sheet.
      expect(got.map(({ at: _a, ...r }) => r)).toEqual(expected.map(({ at: _a, ...r }) => r));
    }
  });

  it("tabulates a streamed ledger to the tables of its CSV, cut anywhere", async () => {
    const records = [...applicationRecords({ seed: 9, year: 2021, count: 200 })] as Record<string, unknown>[];
    const rows = ledgerRows(records);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2021年");
    for (const r of rows) ws.addRow(r);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const csv = ledgerCsv(records);
    const fromCsv = await tabulate(readRecordsFile("l.csv", strToU8(csv)), { year: 2021 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: bytes.length }), { maxLength: 4 }),
        async (cuts) => {
          const t = await tabulate(readRecordsFile("l.xlsx", cut(bytes, cuts)), { year: 2021 });
          expect(t.tables).toEqual(fromCsv.tables);
          expect(t.accepted + t.rejected).toBe(rows.length - 1);
        },
      ),
      { numRuns: 8 },
    );
  });

  it("long Chinese texts (a shared-string table past zlib's 16 KB chunks): streamed as read whole, no character lost", async () => {
    const records = [...applicationRecords({ seed: 5, year: 2024, count: 600 })].map((r, i) => ({
      ...r,
      applicantId: `申请人${i}号张三李四王五赵六`,
      subject: `关于${i}号地块征收补偿安置方案及相关会议纪要、批复文件的公开申请`.repeat(3),
    })) as Record<string, unknown>[];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2024年");
    for (const r of ledgerRows(records)) ws.addRow(r);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const whole = await collect(readRecordsFile("台账.xlsx", bytes));
    const streamed = await collect(readRecordsFile("台账.xlsx", cut(bytes, [5000, 9001])));
    expect(streamed).toEqual(whole);
    const applicants = streamed.flatMap((i) =>
      isRejected(i) ? [] : [(i.record as { applicantId?: string }).applicantId],
    );
    expect(applicants).toHaveLength(600);
    expect(applicants.every((a, i) => a === `申请人${i}号张三李四王五赵六`)).toBe(true);
  });

  it("a workbook without a sheet of records: XLSX-NO-RECORDS, in Chinese and English", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").addRow(["没有记录"]);
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    for (const input of [bytes, [bytes]]) {
      const e = await failureOf(readRecordsFile("空.xlsx", input));
      expect(isRecordsFileError(e) && e.code).toBe("XLSX-NO-RECORDS");
      expect(isRecordsFileError(e) && e.bilingual.zh).toContain("空.xlsx 中没有记录表");
      expect(isRecordsFileError(e) && e.bilingual.en).toContain("has no sheet of records");
    }
  });

  it("a sheet that is a zip bomb: stopped while streaming by its ratio, whole by its size", async () => {
    const { "xl/worksheets/sheet2.xml": _sheet, ...rest } = unzipSync(await ledgerWorkbook());
    const bomb = zipBomb("xl/worksheets/sheet2.xml", 150, rest);
    const streamed = await failureOf(readRecordsFile("炸弹.xlsx", [bomb]));
    expect(isRecordsFileError(streamed) && streamed.code).toBe("XLSX-OPEN");
    expect((streamed as Error).message).toContain("xl/worksheets/sheet2.xml 解压后超过压缩大小的 200 倍");
    const whole = await failureOf(readRecordsFile("炸弹.xlsx", bomb));
    expect((whole as Error).message).toContain("文件解压后超过限制：xl/worksheets/sheet2.xml 已超过 100 MB");
  });

  it("a file that is no workbook: XLSX-OPEN naming it", async () => {
    const e = await failureOf(readRecordsFile("坏.xlsx", [strToU8("not a workbook at all")]));
    expect(isRecordsFileError(e) && e.code).toBe("XLSX-OPEN");
    expect(isRecordsFileError(e) && e.bilingual.zh).toContain("无法打开 Excel 文件 坏.xlsx");
    const broken = zipSync({ "xl/workbook.xml": strToU8("<workbook") });
    const e2 = await failureOf(readRecordsFile("坏.xlsx", [broken]));
    expect(isRecordsFileError(e2)).toBe(true);
  });
});

describe("readRecordsFile: CSV and JSON Lines", () => {
  it("by the name; a JSON Lines reader carries its source for tabulate's fast path", async () => {
    const line = '{"id":"A-1","receivedDate":"2021-03-04","applicantType":"naturalPerson"}\n';
    const path = join(dir, "a.jsonl");
    await writeFile(
      path,
      line
        .repeat(3)
        .replaceAll("A-1", "A-1")
        .split("\n")
        .map((l, i) => l.replace("A-1", `A-${i}`))
        .join("\n"),
    );
    const reader = readRecordsFile("a.jsonl", { path });
    expect("jsonl" in reader).toBe(true);
    expect((await tabulate(reader, { year: 2021 })).accepted).toBe(3);
    const csv = await collect(
      readRecordsFile("a.csv", strToU8("id,receivedDate,applicantType\nB-1,2021-03-04,自然人\n")),
    );
    expect(csv.map((i) => !isRejected(i) && i.record.id)).toEqual(["B-1"]);
    expect(csv[0]?.file).toBe("a.csv");
  });
});
