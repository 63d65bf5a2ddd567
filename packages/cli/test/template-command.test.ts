import { readFileSync } from "node:fs";
import { type Cell, type FormatId, cellDefs, cellKey } from "@disclosure/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cli, present, testdataDir } from "./helpers.js";

const TABLE_SHEETS = { table2: "表二", table3: "表三", table4: "表四" } as const;

interface CorpusCells {
  agency: string;
  year: number;
  format: FormatId;
  cells: Cell[];
}

const corpusPath = (slug: string) => `${testdataDir}corpus/${slug}.cells.json`;
const corpus = (slug: string): CorpusCells => JSON.parse(readFileSync(corpusPath(slug), "utf8"));

/** Three units' figures as published (all 200 cells of the 2021 format, blanks included). */
const UNITS = ["2022-pingtan-zone", "2023-shuyang-development-reform-bureau", "2025-shuyang-county"] as const;

/** The form as the command writes it. */
async function writeForm(args: string[]): Promise<Uint8Array> {
  const r = await cli(["template", ...args, "-o", "表.xlsx"]);
  expect(r.code).toBe(0);
  return r.written["表.xlsx"] as Uint8Array;
}

/** The open cells of a table sheet in reading order (merged cells once). */
function openCells(ws: ExcelJS.Worksheet): string[] {
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
 * Fills a form as a clerk does in Excel: the unit's fields, then the figures cell by cell —
 * the open cells of each table in reading order are the table's cells as printed.
 */
async function fillForm(form: Uint8Array, unit: CorpusCells, year: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(form.slice().buffer as ArrayBuffer);
  const sheet = present(wb.getWorksheet("填报单位"), "填报单位");
  sheet.getCell("B4").value = unit.agency;
  sheet.getCell("B5").value = "县级";
  sheet.getCell("B6").value = year;
  const values = new Map(unit.cells.map((c) => [cellKey(c.table, c.row, c.col), c.value]));
  for (const [table, name] of Object.entries(TABLE_SHEETS)) {
    const ws = present(wb.getWorksheet(name), name);
    const cells = openCells(ws);
    cellDefs(unit.format, table as keyof typeof TABLE_SHEETS).forEach((d, i) => {
      const v = values.get(cellKey(d.table, d.row, d.col));
      if (v !== null && v !== undefined) ws.getCell(present(cells[i], `cell ${i}`)).value = v;
    });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("disclosure template", () => {
  it("writes the Excel form with the unit filled in ahead", async () => {
    const bytes = await writeForm(["--agency", "花马池镇人民政府", "--level", "乡镇", "--year", "2024"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["填报单位", "表二", "表三", "表四", "文字", "_codes"]);
    const unit = present(wb.getWorksheet("填报单位"), "填报单位");
    expect([unit.getCell("B4").value, unit.getCell("B5").value, unit.getCell("B6").value]).toEqual([
      "花马池镇人民政府",
      "乡镇",
      2024,
    ]);
  });

  it("takes the format from the year, writes CSV to standard output, and wants -o for binary forms", async () => {
    const old = await writeForm(["--year", "2020", "--level", "township"]);
    const r = await cli(["validate", "旧.xlsx"], { "旧.xlsx": old });
    expect(r.stdout).toContain("单元格 198 个");
    const csv = await cli(["template", "--to", "csv", "--format", "2019"]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split("\r\n")).toHaveLength(198 + 2);
    for (const to of ["xlsx", "docx"]) {
      const bare = await cli(["template", "--to", to]);
      expect(bare.code).toBe(2);
      expect(bare.stderr).toContain("-o");
    }
    expect((await cli(["template", "--level", "村", "-o", "x.xlsx"])).stderr).toContain("--level");
  });

  it("check reads a filled form as it reads the same cells in JSON", async () => {
    const form = await writeForm([]);
    for (const slug of UNITS) {
      const unit = corpus(slug);
      const filled = await fillForm(form, unit, unit.year);
      const fromForm = await cli(["check", `${slug}.xlsx`, "--json"], { [`${slug}.xlsx`]: filled });
      const fromJson = await cli(["check", corpusPath(slug), "--json"]);
      expect(fromForm.stderr).toBe("");
      expect(fromForm.code).toBe(fromJson.code);
      expect(JSON.parse(fromForm.stdout).findings).toEqual(JSON.parse(fromJson.stdout).findings);
      const cells = await cli(["cells", `${slug}.xlsx`], { [`${slug}.xlsx`]: filled });
      expect(cells.stdout).toBe((await cli(["cells", corpusPath(slug)])).stdout);
    }
  });

  it("rollup sums three filled forms as it sums the same units in JSON", async () => {
    const form = await writeForm(["--year", "2024"]);
    const files: Record<string, Uint8Array> = {};
    for (const slug of UNITS) files[`${slug}.xlsx`] = await fillForm(form, corpus(slug), 2024);
    const args = ["--year", "2024", "--agency", "示例县人民政府", "--json"];
    const fromForms = await cli(["rollup", ...Object.keys(files), ...args], files);
    const fromJson = await cli(["rollup", ...UNITS.map(corpusPath), ...args]);
    expect(fromForms.stderr).toBe("");
    const a = JSON.parse(fromForms.stdout);
    const b = JSON.parse(fromJson.stdout);
    expect(a.report.tables).toEqual(b.report.tables);
    expect(a.breakdown).toEqual(b.breakdown);
    expect(a.units.map((u: { name: string }) => u.name)).toEqual(UNITS.map((s) => corpus(s).agency));
    expect(a.report.tables.table3.received.total).toBe(
      UNITS.reduce(
        (n, s) => n + (corpus(s).cells.find((c) => c.row === "received" && c.col === "total")?.value ?? 0),
        0,
      ),
    );
  });

  it("an .xlsx ledger still goes to the records reader: rollup sums it beside a form, check says what it is", async () => {
    const records = (await cli(["sample", "--county", "synthetic", "--records", "40", "--year", "2024"]))
      .stdout;
    const ledger = (await cli(["ledger", "r.jsonl", "-o", "台账.xlsx"], { "r.jsonl": records })).written[
      "台账.xlsx"
    ] as Uint8Array;
    const files = {
      "镇.xlsx": await fillForm(await writeForm([]), corpus(UNITS[2]), 2024),
      "台账.xlsx": ledger,
    };
    const withForm = await cli(["rollup", "镇.xlsx", "台账.xlsx", "--year", "2024", "--json"], files);
    const withJson = await cli(
      ["rollup", corpusPath(UNITS[2]), "台账.xlsx", "--year", "2024", "--json"],
      files,
    );
    expect(withForm.code).toBe(withJson.code);
    expect(JSON.parse(withForm.stdout).report.tables).toEqual(JSON.parse(withJson.stdout).report.tables);
    expect(JSON.parse(withForm.stdout).units).toHaveLength(2);
    const check = await cli(["check", "台账.xlsx"], files);
    expect(check.code).toBe(2);
    expect(check.stderr).toContain("disclosure tabulate");
  });

  it("a form of another year is not summed: rollup stops at it, its year cell named", async () => {
    const form = await writeForm([]);
    const files = { "a.xlsx": await fillForm(form, corpus(UNITS[0]), 2023) };
    const r = await cli(["rollup", "a.xlsx", "--year", "2024"], files);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("填报单位!B6");
    expect(r.stderr).toContain("FORM-YEAR-MISMATCH");
  });

  it("names every cell it refuses by sheet and address", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeForm(["--year", "2024"])).slice().buffer as ArrayBuffer);
    present(wb.getWorksheet("表三"), "表三").getCell("D5").value = "十二";
    present(wb.getWorksheet("表三"), "表三").getCell("J5").value = { formula: "SUM(D5:I5)", result: 0 };
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await cli(["validate", "镇.xlsx", "--lang", "en"], { "镇.xlsx": bytes });
    expect(r.code).toBe(1);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("error"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("镇.xlsx 表三!D5");
    expect(lines[1]).toContain("formulas are not read");
  });
});
