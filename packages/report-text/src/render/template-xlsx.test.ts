import {
  AGENCY_LEVEL_NAMES,
  type AgencyLevel,
  type CellUnit,
  type FormatId,
  type Issue,
  cellDefs,
  cellKey,
  readCells,
  readReport,
} from "@disclosure/schema";
import type { Workbook, Worksheet } from "exceljs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defined } from "../../test/item-at.js";
import { corpusReports } from "../../test/testdata.js";
import { fillGrid, layoutGrid } from "./grid.js";
import { renderTemplate } from "./template.js";

const FORMATS: readonly FormatId[] = ["2021", "2019"];
const TABLE_SHEETS = { table2: "表二", table3: "表三", table4: "表四" } as const;

async function open(bytes: Uint8Array): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** A sheet of the workbook, which the test expects there. */
function worksheet(wb: Workbook, name: string): Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The sheet and the cell of a place written `表三!D7`. */
function sheetAndCell(place: string): [sheet: string, address: string] {
  const [sheet, address] = place.split("!");
  if (!sheet || !address) throw new Error(`not a sheet!cell place: ${place}`);
  return [sheet, address];
}

async function save(wb: Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

function unlocked(ws: Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const covered = cell.isMerged && cell.master.address !== cell.address;
      if (!covered && cell.protection?.locked === false) out.push(cell.address);
    }),
  );
  return out;
}

/**
 * The cells a clerk fills, found as a clerk finds them: the open cells of each table sheet
 * in reading order, which are the format's cells in the order the official table prints them.
 */
async function clerkCells(bytes: Uint8Array, format: FormatId): Promise<Map<string, string>> {
  const wb = await open(bytes);
  const out = new Map<string, string>();
  for (const [table, sheet] of Object.entries(TABLE_SHEETS)) {
    const open = unlocked(worksheet(wb, sheet));
    const defs = cellDefs(format, table as keyof typeof TABLE_SHEETS);
    expect(open).toHaveLength(defs.length);
    defs.forEach((d, i) => {
      out.set(cellKey(d.table, d.row, d.col), `${sheet}!${open[i]}`);
    });
  }
  return out;
}

/** Sets cell values as a person does in Excel: `表三!D7` → value. */
async function fill(bytes: Uint8Array, values: ReadonlyMap<string, unknown>): Promise<Uint8Array> {
  const wb = await open(bytes);
  for (const [at, value] of values) {
    const [sheet, address] = sheetAndCell(at);
    const cell = worksheet(wb, sheet).getCell(address);
    cell.value = value as ExcelJS.CellValue;
    // Excel formats a cell in which a date is typed (3/4) as a date.
    // (exceljs shares a style among the cells that had it: this cell gets a style of its own.)
    if (value instanceof Date) cell.style = { ...cell.style, numFmt: "yyyy/m/d" };
  }
  return save(wb);
}

describe("renderTemplate .xlsx: the layout", () => {
  it("has the unit sheet, one sheet per table, the wording sheet and the very hidden _codes sheet, all protected", async () => {
    for (const format of FORMATS) {
      const wb = await open(await renderTemplate(format, { to: "xlsx" }));
      expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
        ["填报单位", "visible"],
        ["表二", "visible"],
        ["表三", "visible"],
        ["表四", "visible"],
        ["文字", "visible"],
        ["_codes", "veryHidden"],
      ]);
      // exceljs keeps a sheet's protection as read, outside its typings.
      const protection = (ws: Worksheet) =>
        (ws as Worksheet & { sheetProtection?: { sheet?: boolean } }).sheetProtection;
      for (const ws of wb.worksheets) expect(protection(ws)?.sheet).toBe(true);
    }
  });

  it("draws each table with the merges and labels of the format's grid (the Word template's)", async () => {
    for (const format of FORMATS) {
      const wb = await open(await renderTemplate(format, { to: "xlsx" }));
      for (const [table, sheet] of Object.entries(TABLE_SHEETS)) {
        const ws = worksheet(wb, sheet);
        const layout = layoutGrid(fillGrid(format, table as keyof typeof TABLE_SHEETS, {}));
        const merged = new Set(ws.model.merges);
        for (const p of layout.cells) {
          const cell = ws.getCell(2 + p.row, 1 + p.col);
          if (p.rowSpan > 1 || p.colSpan > 1) {
            const end = ws.getCell(1 + p.row + p.rowSpan, p.col + p.colSpan).address;
            expect(merged.has(`${cell.address}:${end}`)).toBe(true);
          }
          if (p.cell.role === "data") {
            expect(cell.protection?.locked).toBe(false);
            expect(cell.value).toBeNull();
          } else {
            expect(cell.value).toBe(p.cell.text);
            expect(cell.protection?.locked).not.toBe(false);
          }
        }
        expect(merged.size).toBe(1 + layout.cells.filter((p) => p.rowSpan > 1 || p.colSpan > 1).length);
      }
    }
  });

  it("puts 三、本年度办理结果 over the rows of table 三 and its applicant columns under 申请人情况 (2021)", async () => {
    const ws = worksheet(await open(await renderTemplate("2021", { to: "xlsx" })), "表三");
    expect(ws.getCell("D2").value).toBe("申请人情况");
    expect(ws.getCell("D3").value).toBe("自然人");
    expect(ws.getCell("J3").value).toBe("总计");
    expect(ws.getCell("A7").value).toBe("三、本年度办理结果");
    expect(ws.model.merges).toContain("A7:A28");
    expect(ws.getCell("A5").value).toBe("一、本年新收政府信息公开申请数量");
  });

  it("validates each input cell for what it holds: counts, 万元 up to 4 decimals, the 2019 本年增/减 signed", async () => {
    for (const format of FORMATS) {
      const bytes = await renderTemplate(format, { to: "xlsx" });
      const wb = await open(bytes);
      const places = await clerkCells(bytes, format);
      for (const d of cellDefs(format)) {
        const [sheet, address] = sheetAndCell(places.get(cellKey(d.table, d.row, d.col)) ?? "");
        const v = worksheet(wb, sheet).getCell(address).dataValidation;
        const expected: Record<CellUnit, object> = {
          count: { type: "whole", operator: "greaterThanOrEqual", formulae: [0] },
          signedCount: { type: "whole", operator: "between", formulae: [-999999999, 999999999] },
          wan: {
            type: "custom",
            formulae: [`AND(ISNUMBER(${address}),${address}>=0,ROUND(${address},4)=${address})`],
          },
        };
        expect(v).toMatchObject({ allowBlank: true, showErrorMessage: true, ...expected[d.unit] });
        expect(v.prompt).toContain("/");
      }
    }
  });

  it("fills in the unit's name, level and year, and leaves the level to choose from the list", async () => {
    const wb = await open(
      await renderTemplate("2021", { to: "xlsx", agency: "花马池镇人民政府", level: "township", year: 2021 }),
    );
    const ws = worksheet(wb, "填报单位");
    expect([ws.getCell("B4").value, ws.getCell("B5").value, ws.getCell("B6").value]).toEqual([
      "花马池镇人民政府",
      "乡镇",
      2021,
    ]);
    expect(ws.getCell("B5").dataValidation).toMatchObject({
      type: "list",
      formulae: ['"省级,市级,县级,乡镇,街道,部门"'],
    });
    const blank = worksheet(await open(await renderTemplate("2019", { to: "xlsx" })), "填报单位");
    expect([blank.getCell("B4").value, blank.getCell("B5").value, blank.getCell("B6").value]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe("renderTemplate .xlsx: filled in and read back", () => {
  it("an unfilled form reads back as every cell blank (null), never 0", async () => {
    for (const format of FORMATS) {
      const r = await readReport(await renderTemplate(format, { to: "xlsx", year: 2022 }), {
        file: "空表.xlsx",
      });
      expect(r.issues).toEqual([]);
      const report = defined(r.report, "the report read");
      const values = Object.values(report.tables).flatMap((t) =>
        Object.values(t ?? {}).flatMap(Object.values),
      );
      expect(values).toHaveLength(cellDefs(format).length);
      expect(values.every((v) => v === null)).toBe(true);
      expect(report.agency).toEqual({ name: "（未注明机关）", level: "county" });
    }
  });

  it("the corpus reports, typed into the form, read back as published (readCells)", async () => {
    const templates = new Map<FormatId, Uint8Array>();
    const places = new Map<FormatId, Map<string, string>>();
    for (const f of FORMATS) {
      templates.set(f, await renderTemplate(f, { to: "xlsx" }));
      places.set(f, await clerkCells(defined(templates.get(f), `the ${f} form`), f));
    }
    for (const c of corpusReports().slice(0, 12)) {
      const typed = new Map<string, unknown>();
      for (const cell of c.cells) {
        const at = places.get(c.format)?.get(cellKey(cell.table, cell.row, cell.col));
        if (at && cell.value !== null) typed.set(at, cell.value);
      }
      const read = await readCells(
        await fill(defined(templates.get(c.format), `the ${c.format} form`), typed),
        {
          format: c.format,
          file: `${c.slug}.xlsx`,
        },
      );
      expect(read.issues).toEqual([]);
      const expected = new Map(c.cells.map((x) => [cellKey(x.table, x.row, x.col), x.value]));
      for (const cell of read.cells) {
        expect(cell.value).toBe(expected.get(cellKey(cell.table, cell.row, cell.col)) ?? null);
      }
    }
  });

  const levels = Object.keys(AGENCY_LEVEL_NAMES) as AgencyLevel[];
  const text = fc.string({
    unit: fc.constantFrom("政", "府", "信", "息", "a", "1", " ", "\n", "（", "、"),
    maxLength: 40,
  });
  const wan = fc
    .tuple(
      fc.integer({ min: 0, max: 99_999_999 }),
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 4 }),
    )
    .map(([int, frac, places]) =>
      Number(places ? `${int}.${String(frac).padStart(4, "0").slice(0, places)}` : `${int}`),
    );
  const figure = (unit: CellUnit) =>
    fc.option(
      unit === "wan" ? wan : fc.integer({ min: unit === "signedCount" ? -999_999 : 0, max: 999_999 }),
      { nil: null, freq: 3 },
    );

  for (const format of FORMATS) {
    it(`any valid figures typed into the ${format} form read back as the same cells (property)`, async () => {
      const template = await renderTemplate(format, { to: "xlsx" });
      const places = await clerkCells(template, format);
      const defs = cellDefs(format);
      const sections = ["overview", "problems", "otherMatters"] as const;
      const filled = fc.record({
        values: fc.tuple(...defs.map((d) => figure(d.unit))),
        name: fc.option(text, { nil: undefined }),
        level: fc.option(fc.constantFrom(...levels), { nil: undefined }),
        year: fc.integer({ min: 2008, max: new Date().getFullYear() }),
        texts: fc.tuple(...sections.map(() => fc.option(text, { nil: undefined }))),
      });
      await fc.assert(
        fc.asyncProperty(filled, async (f) => {
          const typed = new Map<string, unknown>();
          defs.forEach((d, i) => {
            const place = defined(
              places.get(cellKey(d.table, d.row, d.col)),
              `the place of ${d.row}/${d.col}`,
            );
            if (f.values[i] !== null) typed.set(place, f.values[i]);
          });
          if (f.name !== undefined) typed.set("填报单位!B4", f.name);
          if (f.level !== undefined) typed.set("填报单位!B5", AGENCY_LEVEL_NAMES[f.level]);
          typed.set("填报单位!B6", f.year);
          sections.forEach((_, i) => {
            if (f.texts[i] !== undefined) typed.set(`文字!B${2 + i}`, f.texts[i]);
          });
          const bytes = await fill(template, typed);

          const cells = await readCells(bytes, { format, file: "表.xlsx" });
          expect(cells.issues).toEqual([]);
          expect(cells.cells).toEqual(
            defs.map((d, i) => ({ table: d.table, row: d.row, col: d.col, value: f.values[i] })),
          );

          const r = await readReport(bytes, { file: "表.xlsx" });
          expect(r.issues).toEqual([]);
          const report = defined(r.report, "the report read");
          const name = f.name?.trim() || "（未注明机关）";
          expect(report.agency).toEqual({ name, level: f.level ?? "county" });
          expect(report.year).toBe(f.year);
          expect(report.format).toBe(format);
          expect(sections.map((s) => report.sections[s])).toEqual(f.texts.map((t) => t?.trim() || undefined));
          expect(defs.map((d) => report.tables[d.table]?.[d.row]?.[d.col])).toEqual(f.values);
        }),
        { numRuns: 15 },
      );
    }, 300_000);
  }
});

describe("renderTemplate .xlsx: what a filled form must not hold", () => {
  it("refuses text, a negative count, 1.5, a formula, a date and 5 decimals in 万元, each located as 表三!D7", async () => {
    const template = await renderTemplate("2021", { to: "xlsx", year: 2021 });
    const places = await clerkCells(template, "2021");
    const at = (key: string) => defined(places.get(key), `the place of ${key}`);
    const bad = new Map<string, unknown>([
      [at("table3/received/naturalPerson"), "十二"],
      [at("table3/carriedIn/naturalPerson"), -3],
      [at("table3/granted/naturalPerson"), 1.5],
      [at("table3/received/total"), { formula: "SUM(D5:I5)", result: 12 }],
      [at("table4/cases/review.total"), new Date(Date.UTC(2021, 2, 4))],
      [at("table2/fees/amountWan"), 1.23456],
      [at("table3/partlyGranted/naturalPerson"), 7],
    ]);
    const r = await readReport(await fill(template, bad), { file: "花马池镇.xlsx" });
    expect(r.ok).toBe(false);
    const cellOf = (i: Issue) =>
      i.location?.kind === "sheet" ? `${i.location.sheet}!${i.location.cell}` : undefined;
    const refused = r.issues.map(cellOf);
    expect(refused).toEqual([
      at("table2/fees/amountWan"),
      at("table3/received/naturalPerson"),
      at("table3/received/total"),
      at("table3/carriedIn/naturalPerson"),
      at("table3/granted/naturalPerson"),
      at("table4/cases/review.total"),
    ]);
    expect(at("table3/received/naturalPerson")).toBe("表三!D5");
    for (const i of r.issues) {
      expect(i).toMatchObject({
        code: "FORM-CELL-VALUE",
        severity: "error",
        location: { file: "花马池镇.xlsx" },
      });
      expect(i.message.zh).toContain(cellOf(i));
      expect(i.message.en).toContain(cellOf(i));
    }
    expect(r.issues[2]?.message.zh).toContain("=SUM(D5:I5)");
    // What was refused is not in the report; what was typed well is, and blanks stay null.
    const t3 = r.report?.tables.table3;
    expect(t3?.received?.naturalPerson).toBeUndefined();
    expect(t3?.partlyGranted?.naturalPerson).toBe(7);
    expect(t3?.partlyGranted?.commercial).toBeNull();
    expect(r.cells).toMatchObject({ lines: 200, accepted: 194, rejected: 6 });
  });
});
