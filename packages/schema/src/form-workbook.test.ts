import type { Workbook } from "exceljs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { present } from "../test/testdata.js";
import { zipBomb } from "../test/zip-bomb.js";
import { readCells } from "./cells-io.js";
import { FORM_CODES_SHEET, type FormEntry, formCodesRows, readFormCodes } from "./form-codes.js";
import { readFormWorkbook } from "./form-workbook.js";
import type { Issue } from "./issues.js";
import { readReport } from "./read-report.js";

/** The cell an issue is at, as `sheet!A1`. */
const cellAt = (i: Issue) =>
  i.location?.kind === "sheet" && i.location.cell ? `${i.location.sheet}!${i.location.cell}` : undefined;

/** The entries of a small form: the unit's fields and three cells of table 三. */
const ENTRIES: readonly FormEntry[] = [
  { sheet: "填报单位", address: "B4", field: { kind: "agencyName" } },
  { sheet: "填报单位", address: "B5", field: { kind: "agencyLevel" } },
  { sheet: "填报单位", address: "B6", field: { kind: "year" } },
  {
    sheet: "表三",
    address: "D5",
    field: { kind: "cell", table: "table3", row: "received", col: "naturalPerson" },
  },
  {
    sheet: "表三",
    address: "E5",
    field: { kind: "cell", table: "table3", row: "received", col: "commercial" },
  },
  {
    sheet: "表三",
    address: "D6",
    field: { kind: "cell", table: "table3", row: "carriedIn", col: "naturalPerson" },
  },
  { sheet: "文字", address: "B2", field: { kind: "section", section: "overview" } },
];

/** A workbook built by hand as the form is: sheets, values at addresses, and `_codes`. */
function form(values: Record<string, unknown>, codes = formCodesRows("2021", ENTRIES)): Workbook {
  const wb = new ExcelJS.Workbook();
  for (const sheet of ["填报单位", "表三", "文字"]) wb.addWorksheet(sheet);
  for (const [at, value] of Object.entries(values)) {
    const [sheet = "", address = ""] = at.split("!");
    (wb.getWorksheet(sheet) ?? wb.addWorksheet(sheet)).getCell(address).value = value as ExcelJS.CellValue;
  }
  const ws = wb.addWorksheet(FORM_CODES_SHEET, { state: "veryHidden" });
  for (const row of codes) ws.addRow(row);
  return wb;
}

async function bytesOf(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const FILLED = {
  "填报单位!B4": "花马池镇人民政府",
  "填报单位!B5": "乡镇",
  "填报单位!B6": 2021,
  "表三!D5": 12,
  "表三!D6": 0,
  "文字!B2": "本年度，花马池镇……",
};

describe("readFormWorkbook", () => {
  it("reads the cells `_codes` lists, blanks as null, and the unit, year and wording", async () => {
    const r = await readFormWorkbook(await bytesOf(form(FILLED)), { file: "花马池镇.xlsx" });
    expect(r.issues).toEqual([]);
    expect(r.format).toBe("2021");
    expect(r.cells.map((c) => [c.at, c.row, c.col, c.value])).toEqual([
      ["表三!D5", "received", "naturalPerson", 12],
      ["表三!E5", "received", "commercial", null],
      ["表三!D6", "carriedIn", "naturalPerson", 0],
    ]);
    expect(r).toMatchObject({
      agency: { name: "花马池镇人民政府", level: "township" },
      year: 2021,
      yearAt: "填报单位!B6",
    });
    expect(r.sections).toEqual({ overview: "本年度，花马池镇……" });
  });

  it("ignores a sheet that is not part of the form, and notes figures typed outside the input cells", async () => {
    const r = await readFormWorkbook(
      await bytesOf(
        form({ ...FILLED, "草稿!A1": 5, "表三!K5": 7, "表三!A5": "一、本年新收政府信息公开申请数量" }),
      ),
      { file: "f.xlsx" },
    );
    expect(r.issues).toEqual([]);
    expect(r.warnings.map((w) => [w.code, cellAt(w) ?? w.value])).toEqual([
      ["FORM-CELL-OUTSIDE", "表三!K5"],
      ["FORM-SHEET-IGNORED", "草稿"],
    ]);
    expect(r.warnings[1]?.message).toEqual({
      zh: "工作表“草稿”不属于填报表，未读取",
      en: 'the sheet "草稿" is not part of the form and is not read',
    });
  });

  it("reports a sheet of the form that is missing, its cells counted as unread", async () => {
    const wb = form(FILLED);
    wb.removeWorksheet(wb.getWorksheet("表三")!.id);
    const r = await readFormWorkbook(await bytesOf(wb));
    expect(r.issues.map((i) => [i.code, i.value])).toEqual([["FORM-SHEET-MISSING", "表三"]]);
    expect(r.issues[0]?.message.zh).toBe("填报表缺少工作表“表三”，其中 3 个单元格未读");
    expect([r.listed, r.cells.length]).toEqual([3, 0]);
  });

  it("locates rows of `_codes` that cannot be used, and reads the others", async () => {
    const rows = formCodesRows("2021", ENTRIES);
    rows[5] = ["表三", "$D$5", "table3/received/naturalPerson"];
    rows[6] = ["表三", "E5", "table3/recieved/commercial"];
    rows[7] = ["表三", "D5", "table3/carriedIn/naturalPerson"];
    const r = await readFormWorkbook(await bytesOf(form(FILLED, rows)));
    expect(r.issues.map((i) => [i.code, cellAt(i)])).toEqual([
      ["FORM-CODES-ADDRESS", "_codes!A6"],
      ["FORM-CODES-UNKNOWN", "_codes!A7"],
    ]);
    // D5 claimed by no good row before, the last row reads it as carriedIn.
    expect(r.cells.map((c) => [c.at, c.row, c.value])).toEqual([["表三!D5", "carriedIn", 12]]);
    expect(r.agency.level).toBe("township");
  });

  it("is no form without `_codes`, or with a `_codes` sheet of another kind", async () => {
    const ledger = new ExcelJS.Workbook();
    ledger.addWorksheet("台账").addRow(["收到申请日期", "申请人类型"]);
    const r = await readFormWorkbook(await bytesOf(ledger), { file: "台账.xlsx" });
    expect(r.format).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.location?.file])).toEqual([["FORM-NOT-A-FORM", "台账.xlsx"]]);
    const other = await readFormWorkbook(await bytesOf(form(FILLED, [["sheet", "cell", "code"]])));
    expect(other.issues.map((i) => [i.code, cellAt(i)])).toEqual([["FORM-CODES-MARK", "_codes!A1"]]);
    const later = formCodesRows("2021", ENTRIES);
    present(later[0], "the version row")[1] = "2";
    expect((await readFormWorkbook(await bytesOf(form(FILLED, later)))).issues[0]?.code).toBe(
      "FORM-CODES-VERSION",
    );
  });

  it("checks the archive against the zip limits before exceljs reads it", async () => {
    const bytes = await bytesOf(form(FILLED));
    const small = await readFormWorkbook(bytes, { file: "f.xlsx", limits: { maxTotalBytes: 4096 } });
    expect(small.issues.map((i) => [i.code, i.location?.file])).toEqual([["ZIP-TOO-LARGE", "f.xlsx"]]);
    const bomb = await readReport(zipBomb("xl/worksheets/sheet1.xml", 300), { file: "炸弹.xlsx" });
    expect(bomb).toMatchObject({ ok: false, kind: "none" });
    expect(bomb.issues[0]?.code).toMatch(/^ZIP-/);
    const broken = await readReport(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { file: "坏.xlsx" });
    expect(broken.issues[0]?.code).toMatch(/^(ZIP-UNREADABLE|FORM-UNREADABLE)$/);
  });
});

describe("readReport and readCells on a filled form", () => {
  it("readReport: the form's unit, year, wording and cells; its agency before opts.agency", async () => {
    const r = await readReport(await bytesOf(form(FILLED)), { file: "f.xlsx", agency: "f" });
    expect(r).toMatchObject({
      ok: true,
      kind: "cells",
      cells: { lines: 3, accepted: 3, rejected: 0, encoding: "xlsx" },
    });
    expect(r.report).toMatchObject({
      agency: { name: "花马池镇人民政府", level: "township" },
      year: 2021,
      format: "2021",
      sections: { overview: "本年度，花马池镇……" },
      tables: {
        table3: { received: { naturalPerson: 12, commercial: null }, carriedIn: { naturalPerson: 0 } },
      },
    });
    const unnamed = await readReport(await bytesOf(form({ ...FILLED, "填报单位!B4": null })), {
      agency: "财政局",
    });
    expect(unnamed.report?.agency.name).toBe("财政局");
  });

  it("readReport: a year that differs from the one asked for, or none at all, is located at its cell", async () => {
    const bytes = await bytesOf(form(FILLED));
    const other = await readReport(bytes, { file: "f.xlsx", year: 2022 });
    expect(other.issues.map((i) => [i.code, cellAt(i)])).toEqual([["FORM-YEAR-MISMATCH", "填报单位!B6"]]);
    expect(other).toMatchObject({ ok: false, kind: "cells" });
    expect(other.report).toBeUndefined();
    expect((await readReport(bytes, { year: 2021 })).report?.year).toBe(2021);
    const none = await readReport(await bytesOf(form({ ...FILLED, "填报单位!B6": null })), {
      file: "f.xlsx",
    });
    expect(none).toMatchObject({ ok: false, kind: "cells" });
    expect(none.report).toBeUndefined();
    expect(none.issues.map((i) => [i.code, cellAt(i)])).toEqual([["FORM-NO-YEAR", "填报单位!B6"]]);
    const format = await readReport(bytes, { format: "2019" });
    expect(format.issues.map((i) => i.code)).toEqual(["FORM-FORMAT-MISMATCH"]);
    expect(format.report).toBeUndefined();
  });

  it("readCells: the listed cells, refused ones counted as rejected; a form of the other format gives none", async () => {
    const bytes = await bytesOf(form({ ...FILLED, "表三!E5": "三" }));
    const r = await readCells(bytes, { format: "2021", file: "f.xlsx" });
    expect(r).toMatchObject({ ok: false, lines: 3, accepted: 2, rejected: 1, encoding: "xlsx" });
    expect(r.issues.map((i) => cellAt(i))).toEqual(["表三!E5"]);
    expect(r.cells).toEqual([
      { table: "table3", row: "received", col: "naturalPerson", value: 12 },
      { table: "table3", row: "carriedIn", col: "naturalPerson", value: 0 },
    ]);
    const other = await readCells(bytes, { format: "2019" });
    expect(other).toMatchObject({ ok: false, cells: [], issues: [{ code: "FORM-FORMAT-MISMATCH" }] });
  });
});

describe("readFormCodes", () => {
  it("reads back what formCodesRows writes", () => {
    expect(readFormCodes(formCodesRows("2019", ENTRIES.slice(0, 3)))).toEqual({
      format: "2019",
      entries: ENTRIES.slice(0, 3),
      issues: [],
    });
  });

  it("refuses a cell or a code listed twice, keeping the first", () => {
    const rows = formCodesRows("2021", [
      ...ENTRIES,
      { ...present(ENTRIES[3], "the fourth entry"), address: "Z9" },
    ]);
    const r = readFormCodes(rows);
    expect(r.issues.map((i) => [i.code, cellAt(i)])).toEqual([
      ["FORM-CODES-DUPLICATE", `_codes!A${rows.length}`],
    ]);
    expect(r.entries).toEqual(ENTRIES);
  });
});
