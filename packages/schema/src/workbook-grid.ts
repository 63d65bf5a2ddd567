// Worksheets as grids of texts, the shared way every package reads a table kept in Excel (an
// application ledger, a catalog, a register): exceljs (an optional peer, loaded on first use)
// opens the workbook once its archive has passed the zip limits; a cell becomes the text a
// reader sees in Excel — rich text joined, a formula's cached result, a date as YYYY-MM-DD.
import type { Cell, CellValue, Workbook, Worksheet } from "exceljs";
import { type OptionalModule, loadOptional } from "./optional.js";
import { type ZipLimits, checkZip } from "./safe-zip.js";

/** exceljs, an optional peer dependency: only reading and writing workbooks needs it. */
export const EXCEL_WORKBOOKS: OptionalModule = {
  name: "exceljs",
  install: "exceljs@4.4.0",
  feature: { zh: "读写 Excel 文件（.xlsx）", en: "reading and writing Excel (.xlsx)" },
};

type ExcelModule = typeof import("exceljs");

/** exceljs, loaded when first needed; without it, rejects with an `OptionalModuleError` naming what to install. */
export async function loadExcelModule(): Promise<ExcelModule> {
  const mod = (await loadOptional(EXCEL_WORKBOOKS, () => import("exceljs"))) as unknown as ExcelModule & {
    default?: ExcelModule;
  };
  return mod.default ?? mod;
}

/**
 * A workbook read by exceljs once its archive has passed the limits of `checkZip` (defaults
 * `DEFAULT_ZIP_LIMITS`): exceljs inflates every part whole, so a zip bomb is stopped first,
 * while inflating, before exceljs sees it. Rejects with a `ZipError` (bilingual, naming the
 * part) when a limit is passed, or with exceljs's error.
 */
export async function loadWorkbook(bytes: Uint8Array, limits?: Partial<ZipLimits>): Promise<Workbook> {
  const Excel = await loadExcelModule();
  checkZip(bytes, limits);
  const wb: Workbook = new Excel.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * The text of a cell value as exceljs gives it: rich text joined, a formula's cached result,
 * a hyperlink's text, a date as YYYY-MM-DD (its UTC day, as exceljs makes Excel's days),
 * an error cell empty.
 * @example workbookCellText({ richText: [{ text: "盐池" }, { text: "县" }] }) //=> "盐池县"
 */
export function workbookCellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Date) return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("result" in v) return workbookCellText((v as { result?: CellValue }).result ?? null);
    if ("text" in v && typeof (v as { text: unknown }).text === "string") return (v as { text: string }).text;
    if ("error" in v) return "";
  }
  return String(v);
}

function cellText(cell: Cell): string {
  return workbookCellText(cell.isMerged ? cell.master.value : cell.value);
}

/** A worksheet as a grid of texts; merged cells carry their master cell's text. */
export function sheetGrid(ws: Worksheet): { rows: string[][]; rowNumbers: number[] } {
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c)));
    rows.push(cells);
    rowNumbers.push(r);
  }
  return { rows, rowNumbers };
}

/** One worksheet as a grid of texts, with the sheet's row numbers. */
export interface WorkbookGrid {
  sheet: string;
  rows: string[][];
  rowNumbers: number[];
}

/**
 * Every worksheet of a workbook as a grid of texts (merged cells carry their master cell's
 * text; dates as YYYY-MM-DD), with the sheet's row numbers: for readers of tables kept in
 * Excel, such as an application ledger (`readRecordsGrid` of @disclosure/stats). The whole
 * workbook is held; in Node, `readRecordsFile` of @disclosure/stats streams a ledger row by row
 * instead. exceljs is loaded on the first call. A file exceljs cannot open rejects with its
 * error; an archive past the limits (`options.limits`) with a `ZipError`.
 * @example
 * for (const { sheet, rows, rowNumbers } of await readWorkbookGrids(bytes))
 *   readRecordsGrid({ rows, rowNumbers }, { file: `台账.xlsx 工作表“${sheet}”` });
 */
export async function readWorkbookGrids(
  bytes: Uint8Array,
  options: { limits?: Partial<ZipLimits> } = {},
): Promise<WorkbookGrid[]> {
  const wb = await loadWorkbook(bytes, options.limits);
  return wb.worksheets.map((ws) => ({ sheet: ws.name, ...sheetGrid(ws) }));
}
