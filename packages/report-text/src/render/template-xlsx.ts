// The Excel fill-in form: a 填报单位 sheet (the unit's name, level and year), one sheet per
// official table (表二, 表三, 表四) laid out as the format lays it out, a 文字 sheet for the
// wording of sections 一, 五 and 六, and the hidden `_codes` sheet that names every input
// cell by its codes — what `readReport` / `readCells` of @disclosure/schema read back.
import {
  AGENCY_LEVEL_NAMES,
  type AgencyLevel,
  type FormEntry,
  type FormatDef,
  type OptionalModule,
  formCodesRows,
} from "@disclosure/schema";
import { FORM_CODES_SHEET, FORM_TEXT_SECTIONS, loadOptional } from "@disclosure/schema/internal";
import type { Workbook } from "exceljs";
import {
  FORM_SHEETS,
  FORM_TEXT_TITLE,
  FORM_TITLE,
  FORM_UNIT_LABELS,
  formBasis,
  formNotes,
} from "../wording/fill-in-form.js";
import { TEMPLATE_OTHER_MATTERS_2021, TEMPLATE_TEXT } from "../wording/report-frame.js";
import { addTableSheet } from "./template-xlsx-table.js";
import {
  FONT,
  TITLE_FONT,
  inputCell,
  labelCell,
  listValidation,
  protectSheet,
  textValidation,
  textWidth,
  wrappedHeight,
  yearValidation,
} from "./template-xlsx-style.js";

/** exceljs, an optional peer dependency: only the Excel form needs it. */
export const EXCEL_FORM_WRITER: OptionalModule = {
  name: "exceljs",
  install: "exceljs@4.4.0",
  feature: { zh: "生成 Excel 填报表（.xlsx）", en: "writing the Excel fill-in form (.xlsx)" },
};

type ExcelModule = typeof import("exceljs");

async function loadExcel(): Promise<ExcelModule> {
  const mod = (await loadOptional(EXCEL_FORM_WRITER, () => import("exceljs"))) as ExcelModule & {
    default?: ExcelModule;
  };
  return mod.default ?? mod;
}

/** What the form is filled in with before it is sent: the unit, its level, the year. */
export interface FormPrefill {
  readonly agency?: string;
  readonly level?: AgencyLevel;
  readonly year?: number;
}

/** The levels in the order the drop-down lists them. */
const LEVEL_NAMES = Object.values(AGENCY_LEVEL_NAMES);

/** A4 upright, as wide as the page. */
const PORTRAIT = {
  paperSize: 9,
  orientation: "portrait",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
} as const;

const UNIT_LABEL_WIDTH = 14;
const UNIT_VALUE_WIDTH = 50;

/** The 填报单位 sheet: title, the format, the unit's three fields, the notes. */
function addUnitSheet(wb: Workbook, format: FormatDef, prefill: FormPrefill): FormEntry[] {
  const sheet = FORM_SHEETS.unit;
  const ws = wb.addWorksheet(sheet, { pageSetup: PORTRAIT });
  ws.columns = [{ width: UNIT_LABEL_WIDTH }, { width: UNIT_VALUE_WIDTH }];
  ws.mergeCells("A1:B1");
  Object.assign(ws.getCell("A1"), { value: FORM_TITLE, font: TITLE_FONT });
  ws.mergeCells("A2:B2");
  Object.assign(ws.getCell("A2"), { value: formBasis(format), font: FONT });
  ws.getCell("A2").alignment = { wrapText: true };
  ws.getRow(2).height = wrappedHeight(textWidth(formBasis(format)), UNIT_LABEL_WIDTH + UNIT_VALUE_WIDTH);
  const fields = [
    { row: 4, label: FORM_UNIT_LABELS.name, value: prefill.agency, field: { kind: "agencyName" } },
    {
      row: 5,
      label: FORM_UNIT_LABELS.level,
      value: prefill.level && AGENCY_LEVEL_NAMES[prefill.level],
      field: { kind: "agencyLevel" },
    },
    { row: 6, label: FORM_UNIT_LABELS.year, value: prefill.year, field: { kind: "year" } },
  ] as const;
  for (const f of fields) {
    labelCell(ws.getCell(f.row, 1), f.label, "center");
    inputCell(ws.getCell(f.row, 2), { horizontal: "left" }, f.value);
    ws.getRow(f.row).height = 20;
  }
  ws.getCell("B5").dataValidation = listValidation(LEVEL_NAMES);
  ws.getCell("B6").dataValidation = yearValidation();
  formNotes(format).forEach((line, i) => {
    const r = 8 + i;
    ws.mergeCells(r, 1, r, 2);
    Object.assign(ws.getCell(r, 1), {
      value: line,
      font: FONT,
      alignment: { wrapText: true, vertical: "top" },
    });
    ws.getRow(r).height = wrappedHeight(textWidth(line), UNIT_LABEL_WIDTH + UNIT_VALUE_WIDTH);
  });
  return fields.map((f) => ({ sheet, address: `B${f.row}`, field: f.field }));
}

/** The 文字 sheet: each text section's heading beside one large wrapped input cell. */
function addTextSheet(wb: Workbook, format: FormatDef): FormEntry[] {
  const sheet = FORM_SHEETS.text;
  const ws = wb.addWorksheet(sheet, { pageSetup: PORTRAIT });
  ws.columns = [{ width: 16 }, { width: 72 }];
  ws.mergeCells("A1:B1");
  Object.assign(ws.getCell("A1"), { value: FORM_TEXT_TITLE, font: TITLE_FONT });
  ws.getRow(1).height = 26;
  return FORM_TEXT_SECTIONS.map((id, i) => {
    const r = 2 + i;
    const s = format.sections.find((x) => x.id === id);
    const heading = s?.heading ?? id;
    labelCell(ws.getCell(r, 1), heading, "left");
    ws.getCell(r, 1).alignment = { horizontal: "left", vertical: "top", wrapText: true };
    inputCell(ws.getCell(r, 2), { horizontal: "left", vertical: "top" });
    const hint = id === "otherMatters" && format.id === "2021" ? TEMPLATE_OTHER_MATTERS_2021 : TEMPLATE_TEXT;
    ws.getCell(r, 2).dataValidation = textValidation({ title: heading, text: hint });
    ws.getRow(r).height = 180;
    return { sheet, address: `B${r}`, field: { kind: "section", section: id } };
  });
}

/** The hidden `_codes` sheet (very hidden: Excel and WPS do not offer to show it). */
function addCodesSheet(wb: Workbook, format: FormatDef, entries: readonly FormEntry[]): void {
  const ws = wb.addWorksheet(FORM_CODES_SHEET, { state: "veryHidden" });
  ws.columns = [{ width: 12 }, { width: 8 }, { width: 48 }, { width: 8 }];
  for (const row of formCodesRows(format.id, entries)) ws.addRow(row);
}

/**
 * The Excel fill-in form of the format: 填报单位 (name, level from a list, year — filled in
 * from `prefill`), 表二/表三/表四 with the format's merged headers and labels, 文字 for
 * sections 一/五/六, and the very hidden `_codes` sheet. Every sheet is protected (no
 * password): labels are locked, the shaded input cells open, each validated for what it
 * holds. exceljs is loaded on first use (an optional peer dependency).
 * @example const bytes = await templateXlsx(getFormat("2021"), { agency: "花马池镇人民政府", level: "township", year: 2021 });
 */
export async function templateXlsx(format: FormatDef, prefill: FormPrefill = {}): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const wb: Workbook = new Excel.Workbook();
  wb.creator = "@disclosure/report-text";
  wb.title = FORM_TITLE;
  const entries = addUnitSheet(wb, format, prefill);
  for (const s of format.sections) if (s.table) entries.push(...addTableSheet(wb, format, s.table));
  entries.push(...addTextSheet(wb, format));
  addCodesSheet(wb, format, entries);
  for (const ws of wb.worksheets) await protectSheet(ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
