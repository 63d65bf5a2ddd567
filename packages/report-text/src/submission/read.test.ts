import { readFileSync } from "node:fs";
import { applicationRecords, syntheticCounty, yanchiReport2020 } from "@disclosure/samples";
import { type Report, toCells, writeCellsCsv } from "@disclosure/schema";
import { ledgerCsv, tabulate } from "@disclosure/stats";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fillForm } from "../../test/fill-form.js";
import { itemAt } from "../../test/item-at.js";
import { corpusReport, testdataDir } from "../../test/testdata.js";
import { renderTemplate } from "../render/template.js";
import { unitFromFileName } from "./file-name.js";
import { readSubmission } from "./read.js";
import { sameUnitName } from "./unit-names.js";

const enc = (s: string) => new TextEncoder().encode(s);
const corpusBytes = (name: string) => new Uint8Array(readFileSync(`${testdataDir}corpus/${name}`));
const hongze = corpusReport("2024-hongze-district");

/** A workbook's sheets as rows of texts, as readWorkbookGrids of @disclosure/catalog gives them. */
async function grids(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb.worksheets.map((ws) => {
    const rows: string[][] = [];
    ws.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))),
    );
    return { sheet: ws.name, rows };
  });
}

async function ledgerXlsx(csv: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("台账");
  for (const line of csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/))
    ws.addRow(line.split(","));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readSubmission: the Excel fill-in form", () => {
  it("reads the unit, level and year from the form's own cells, and the tables as filled", async () => {
    const empty = await renderTemplate("2021", { to: "xlsx" });
    const bytes = await fillForm(empty, {
      agency: "花马池镇人民政府",
      level: "乡镇",
      year: 2024,
      tables: hongze.tables,
    });
    const s = await readSubmission("各单位/unit-07.xlsx", bytes, { year: 2023 });
    expect(s.kind).toBe("form");
    expect(s.unit).toEqual({ name: "花马池镇人民政府", level: "township", from: "content" });
    // The form's year is kept, not the one given for files that state none.
    expect([s.year, s.yearFrom, s.format]).toEqual([2024, "content", "2021"]);
    expect(s.report?.tables.table3?.received?.total).toBe(hongze.tables.table3?.received?.total);
    expect(s.cellCounts).toMatchObject({ lines: 200, accepted: 200, rejected: 0 });
    expect(s.issues).toEqual([]);
  });

  it("names a form without a unit after its file, and reads it for the year given when it states none", async () => {
    const bytes = await fillForm(await renderTemplate("2021", { to: "xlsx" }), { tables: hongze.tables });
    const none = await readSubmission("大水坑镇2024年填报表.xlsx", bytes);
    expect([none.needsYear, none.report, none.unit.name]).toEqual([true, undefined, "大水坑镇"]);
    expect(none.issues.map((i) => i.code)).toContain("FORM-NO-YEAR");
    const given = await readSubmission("大水坑镇2024年填报表.xlsx", bytes, { year: 2024 });
    expect([given.year, given.yearFrom, given.unit.from, given.report?.agency.name]).toEqual([
      2024,
      "option",
      "file-name",
      "大水坑镇",
    ]);
  });
});

describe("readSubmission: cells, reports, records, published reports", () => {
  it("reads a cells CSV in the format whose codes it uses, its unit from the file name", async () => {
    // The sample county's 2019-format cells (table 二's 本年新制作数量 has no 2021 code), given for 2022.
    const sample = yanchiReport2020;
    const csv = writeCellsCsv(toCells(sample), { labels: sample.format });
    const s = await readSubmission("平潭-2022-cells.csv", enc(csv), { year: 2022 });
    expect([s.kind, s.fileType, s.unit.name, s.unit.from, s.format, s.year]).toEqual([
      "cells",
      "csv",
      "平潭",
      "file-name",
      "2019",
      2022,
    ]);
    expect(s.cellCounts?.rejected).toBe(0);
    expect(await readSubmission("平潭.csv", enc(csv))).toMatchObject({ needsYear: true, kind: "cells" });
  });

  it("takes the agency and year of a corpus cells file and of a report JSON from their content", async () => {
    const cells = await readSubmission("x.json", corpusBytes("2025-shuyang-county.cells.json"), {
      year: 2020,
    });
    expect([cells.kind, cells.unit.name, cells.unit.from, cells.year, cells.yearFrom]).toEqual([
      "cells",
      "沭阳县人民政府",
      "content",
      2025,
      "content",
    ]);
    const json = await readSubmission("r.json", enc(JSON.stringify(hongze)));
    expect([json.kind, json.unit.name, json.year]).toEqual(["report", hongze.agency.name, 2024]);
  });

  it("reads a ledger (CSV and Excel): every line accepted or rejected, tabulated for the year given", async () => {
    const records = [...applicationRecords({ seed: 3, year: 2024, count: 40 })];
    const csv = `${ledgerCsv(records).trimEnd()}\r\n99,不是日期,自然人,予以公开,2024-05-01\r\n`;
    const s = await readSubmission("盐池县财政局申请办理台账.csv", enc(csv), { year: 2024 });
    expect([s.kind, s.unit.name, s.year, s.yearFrom]).toEqual(["records", "盐池县财政局", 2024, "option"]);
    expect(s.recordCounts).toMatchObject({ accepted: 40, rejected: 1 });
    expect(s.issues.length).toBeGreaterThan(0);
    expect(s.issues[0]?.location?.file).toBe("盐池县财政局申请办理台账.csv");
    const t = tabulate(records, { year: 2024 });
    expect(s.report?.tables.table3?.received?.total).toBe(t.tables.table3?.received?.total);

    const xlsx = await ledgerXlsx(ledgerCsv(records));
    // Read by schema's worksheet reader, or by one given.
    for (const options of [{ year: 2024 }, { year: 2024, workbookGrids: grids }]) {
      const x = await readSubmission("盐池县财政局台账.xlsx", xlsx, options);
      expect([x.kind, x.fileType, x.unit.name, x.recordCounts?.accepted, x.recordCounts?.rejected]).toEqual([
        "records",
        "xlsx",
        "盐池县财政局",
        40,
        0,
      ]);
    }
    const none = await readSubmission("其他.xlsx", await ledgerXlsx("标题\r\n甲,乙\r\n"), { year: 2024 });
    expect([none.kind, none.issues[0]?.code]).toEqual(["unreadable", "XLSX-NO-RECORDS"]);
  });

  it("names a ledger's unit by its 承办单位 column when every line names the same one", async () => {
    const county = syntheticCounty({ seed: 4, year: 2024 });
    const unit = itemAt(county.units, 0);
    const records = [...county.unitRecords(unit)].filter(
      (r) => (r as { type?: string }).type === "application",
    );
    expect(records.length).toBeGreaterThan(0);
    const s = await readSubmission("ledger.csv", enc(ledgerCsv(records as Record<string, unknown>[])), {
      year: 2024,
    });
    expect([s.kind, s.unit.name, s.unit.from, s.report?.agency.name]).toEqual([
      "records",
      unit.name,
      "content",
      unit.name,
    ]);
  });

  it("reads a published report with its agency and year from the title", async () => {
    const s = await readSubmission("2024-hongze-district.txt", corpusBytes("2024-hongze-district.txt"));
    expect([s.kind, s.fileType, s.unit.from, s.year, s.format]).toEqual([
      "published",
      "text",
      "content",
      2024,
      "2021",
    ]);
    expect(s.unit.name).toContain("洪泽区");
  });

  it("a Word form filled with the unit's name and year in its title is read back by parseReport", async () => {
    const { renderReport } = await import("../render/report.js");
    const county = syntheticCounty({ seed: 7, year: 2024 });
    const unit = itemAt(county.units, 0);
    const t = tabulate(county.unitRecords(unit), { year: 2024 });
    const report: Report = {
      agency: unit,
      year: 2024,
      format: t.format,
      sections: {},
      tables: t.tables,
    };
    const docx = await renderReport(report, { to: "docx" });
    const s = await readSubmission("form.docx", docx);
    expect([s.kind, s.unit.name, s.unit.from, s.year]).toEqual(["published", unit.name, "content", 2024]);
    expect(s.report?.tables.table3?.received?.total).toBe(t.tables.table3?.received?.total);
  });
});

describe("readSubmission: the Word fill-in form", () => {
  it("reads the unit and year of its title; one left untitled is named after its file, for the year given", async () => {
    const titled = await renderTemplate("2021", { to: "docx", agency: "花马池镇人民政府", year: 2024 });
    const t = await readSubmission("form.docx", titled);
    expect([t.kind, t.unit.name, t.unit.from, t.year, t.yearFrom, t.format]).toEqual([
      "published",
      "花马池镇人民政府",
      "content",
      2024,
      "content",
      "2021",
    ]);
    const blank = await renderTemplate("2021", { to: "docx" });
    const b = await readSubmission("大水坑镇填报表.docx", blank, { year: 2024 });
    expect([b.kind, b.unit.name, b.unit.from, b.year, b.yearFrom, b.report?.agency.name]).toEqual([
      "published",
      "大水坑镇",
      "file-name",
      2024,
      "option",
      "大水坑镇",
    ]);
  });
});

describe("readSubmission: what cannot be read", () => {
  it("an empty file, a broken archive, a JSON syntax error: a row with the reason, never a throw", async () => {
    expect((await readSubmission("a.xlsx", new Uint8Array())).issues[0]?.code).toBe("FILE-EMPTY");
    const broken = (await renderTemplate("2021", { to: "xlsx" })).slice(0, 900);
    const b = await readSubmission("b.xlsx", broken);
    expect(b.kind).toBe("unreadable");
    expect(b.issues.length).toBeGreaterThan(0);
    const j = await readSubmission("c.json", enc('{"agency": '));
    expect([j.kind, j.issues[0]?.location?.file]).toEqual(["unreadable", "c.json"]);
  });

  it("never throws, whatever the bytes and the name (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom("a.csv", "b.json", "c.jsonl", "d.txt", "e.html", "f", "g.xlsx", "h.docx"),
        async (bytes, name) => {
          const s = await readSubmission(name, bytes, { year: 2024 });
          expect(s.unit.name.length).toBeGreaterThan(0);
          if (s.kind === "unreadable") expect(s.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("unit names", () => {
  it("a file's name without folders, year and the words that say what it is", () => {
    expect(unitFromFileName("各单位/花马池镇2024年填报表.xlsx")).toBe("花马池镇");
    expect(unitFromFileName("盐池县财政局-申请办理台账.csv")).toBe("盐池县财政局");
    expect(unitFromFileName("2024-hongze-district.cells.json")).toBe("hongze district");
    expect(unitFromFileName("2024年度.csv")).toBe("2024年度");
  });

  it("a township and its government are one unit; two departments are not", () => {
    expect(sameUnitName("花马池镇", "花马池镇人民政府")).toBe(true);
    expect(sameUnitName(" 花马池镇 ", "花马池镇")).toBe(true);
    expect(sameUnitName("盐池县财政局", "盐池县人民政府")).toBe(false);
    expect(sameUnitName("", "")).toBe(false);
  });
});
