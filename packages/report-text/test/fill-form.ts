// Fills the Excel fill-in form as a clerk does, with exceljs: every input cell found through
// the very hidden _codes sheet (sheet, cell, code), as the reader finds it.
import type { Tables } from "@disclosure/schema";
import ExcelJS from "exceljs";

export interface FormFill {
  readonly agency?: string;
  /** The level as the form's list names it (乡镇, 部门 …). */
  readonly level?: string;
  readonly year?: number;
  readonly tables: Tables;
}

export async function fillForm(bytes: Uint8Array, fill: FormFill): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  const codes = wb.getWorksheet("_codes");
  if (!codes) throw new Error("not a fill-in form");
  codes.eachRow((row, n) => {
    if (n <= 2) return;
    const [sheet = "", address = "", code = ""] = [1, 2, 3].map((c) => String(row.getCell(c).value ?? ""));
    const cell = wb.getWorksheet(sheet)?.getCell(address);
    if (!cell) return;
    if (code === "agency.name" && fill.agency) cell.value = fill.agency;
    else if (code === "agency.level" && fill.level) cell.value = fill.level;
    else if (code === "year" && fill.year) cell.value = fill.year;
    else {
      const [table, r = "", c = ""] = code.split("/");
      const v = fill.tables[table as keyof Tables]?.[r]?.[c];
      if (typeof v === "number") cell.value = v;
    }
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
