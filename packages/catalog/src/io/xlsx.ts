/**
 * Catalog XLSX through exceljs (loaded only when called): read workbooks as offices keep them
 * (merged header cells, 一级事项 merged over several rows, one area per sheet or title rows),
 * and write one sheet per area in the standard layout that Excel and WPS open cleanly.
 */
import {
  checkZip,
  isOptionalModuleError,
  type Issue,
  isZipError,
  type Message,
  type Result,
  type OptionalModule,
  type ZipLimits,
} from "@disclosure/schema";
import { loadOptional, sheetGrid } from "@disclosure/schema/internal";
import type { Workbook, Worksheet } from "exceljs";
import { areaKey, areaName } from "../area-match.js";
import { failed, fileAt, issueAt, sheetAt } from "../issue.js";
import type { Catalog, CatalogItem } from "../item.js";
import { CHANNEL_LEGEND } from "../standard/channels.js";
import { TABLE_TITLE_SUFFIX } from "../standard/columns.js";
import { type Grid, parseCatalogTable } from "../table.js";
import type { ReadOptions } from "./csv.js";
import { catalogColumns, cleanCellText } from "./layout.js";

type ExcelModule = typeof import("exceljs");

/** exceljs, an optional peer dependency. */
export const EXCEL_WORKBOOKS: OptionalModule = {
  name: "exceljs",
  install: "exceljs@4.4.0",
  feature: { zh: "读写 Excel 文件（.xlsx）", en: "reading and writing Excel (.xlsx)" },
};

/** exceljs, loaded when first needed; without it, rejects with an `OptionalModuleError` naming what to install. */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await loadOptional(EXCEL_WORKBOOKS, () => import("exceljs"))) as unknown as ExcelModule & {
    default?: ExcelModule;
  };
  return mod.default ?? mod;
}

/**
 * A workbook read by exceljs once its archive has passed the limits of `checkZip` (defaults
 * `DEFAULT_ZIP_LIMITS` of @disclosure/schema): exceljs inflates every part whole, so a zip bomb
 * is stopped here first, while inflating, before exceljs sees it. Rejects with a `ZipError`
 * (bilingual, naming the part) when a limit is passed, or with exceljs's error.
 */
export async function loadWorkbook(bytes: Uint8Array, limits?: Partial<ZipLimits>): Promise<Workbook> {
  const Excel = await loadExcel();
  checkZip(bytes, limits);
  const wb: Workbook = new Excel.Workbook();
  await wb.xlsx.load(bytes.slice().buffer as ArrayBuffer);
  return wb;
}

/** Why a workbook could not be opened: the limit's own message, or exceljs's. */
export function openFailure(e: unknown): Message {
  const why = isZipError(e) ? e.bilingual : { zh: (e as Error).message, en: (e as Error).message };
  return { zh: `无法打开 XLSX 文件（${why.zh}）`, en: `cannot open the XLSX file (${why.en})` };
}

/**
 * The workbook, or the one located issue (`code`, at the file) saying why it could not be
 * opened; a missing exceljs is thrown, for the caller to say what to install.
 */
export async function openWorkbook(
  bytes: Uint8Array,
  code: string,
  file: string | undefined,
): Promise<{ wb: Workbook } | { issues: Issue[] }> {
  try {
    return { wb: await loadWorkbook(bytes) };
  } catch (e) {
    if (isOptionalModuleError(e)) throw e;
    return { issues: [issueAt(code, "error", fileAt(file), openFailure(e))] };
  }
}

/** A worksheet as a grid with the columns and rows the sheet hides (0-based column, grid row index). */
function sheetGridWithHidden(ws: Worksheet): Grid {
  const grid = sheetGrid(ws);
  const hiddenColumns: number[] = [];
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) hiddenColumns.push(c - 1);
  const hiddenRows: number[] = [];
  grid.rowNumbers.forEach((r, i) => {
    if (ws.getRow(r).hidden) hiddenRows.push(i);
  });
  return { ...grid, hiddenColumns, hiddenRows };
}

/** Moved to @disclosure/schema (reading a ledger needs no catalog); kept here for this package's callers. */
export { readWorkbookGrids } from "@disclosure/schema";

/**
 * Read a catalog workbook from its bytes. Every sheet with a catalog header is read (sheets
 * without one are reported as skipped); merged cells are read as their master cell, so a
 * 一级事项 merged over three rows applies to all three. Locations name file, sheet and row.
 *
 * @example
 * const r = await readCatalogXlsx(bytes, { file: "盐池县政务公开事项标准目录.xlsx" });
 * if (r.ok) r.value.items.length; //=> the items of every area sheet
 */
export async function readCatalogXlsx(
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<Result<Catalog>> {
  const opened = await openWorkbook(bytes, "CAT-READ-FILE", options.file);
  if ("issues" in opened) return failed(opened.issues);
  const { wb } = opened;
  const issues: Issue[] = [];
  const items: CatalogItem[] = [];
  const notes: string[] = [];
  let found = false;
  let refused = false;
  let firstTitle: string | undefined;
  wb.eachSheet((ws) => {
    if (ws.rowCount === 0) return;
    const table = parseCatalogTable(sheetGridWithHidden(ws), { ...options, sheet: ws.name });
    refused ||= table.refused;
    if (!table.found) {
      issues.push(
        issueAt(
          "CAT-READ-SHEET-SKIPPED",
          "info",
          sheetAt({ ...(options.file ? { file: options.file } : {}), sheet: ws.name }),
          {
            zh: "该工作表没有目录表头，已跳过",
            en: "sheet has no catalog header; skipped",
          },
        ),
      );
      return;
    }
    found = true;
    firstTitle ??= table.title;
    items.push(...table.items);
    notes.push(...table.notes);
    issues.push(...table.issues.filter((i) => i.code !== "CAT-READ-NO-HEADER"));
  });
  if (refused) return failed(issues);
  if (!found) {
    issues.push(
      issueAt("CAT-READ-NO-HEADER", "error", fileAt(options.file), {
        zh: "没有任何工作表含有目录表头",
        en: "no sheet has a catalog header",
      }),
    );
    return failed(issues);
  }
  const value: Catalog = { items };
  const title = wb.title || undefined;
  if (title) value.title = title;
  if (wb.subject) value.jurisdiction = wb.subject;
  if (wb.keywords) value.version = wb.keywords;
  if (!title && wb.worksheets.length === 1 && firstTitle) value.title = firstTitle;
  if (notes.length > 0) value.notes = notes;
  return { ok: true, value, warnings: issues };
}

/** The font and cell border of the workbooks written here. */
const font = { name: "宋体", size: 10 };
const border = {
  top: { style: "thin" as const },
  left: { style: "thin" as const },
  bottom: { style: "thin" as const },
  right: { style: "thin" as const },
};

const SHEET_NAME_INVALID = /[[\]:*?/\\]/gu;

function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(SHEET_NAME_INVALID, "").slice(0, 31) || "目录";
  let n = base;
  for (let k = 2; used.has(n); k++) n = `${base.slice(0, 28)}(${k})`;
  used.add(n);
  return n;
}

/**
 * Write the catalog as a workbook: one sheet per area, each with the title
 * "XX领域基层政务公开标准目录", the channel legend, the two-row standard header with merged
 * cells, 一级事项 merged over consecutive rows, ■/□ channels and √ marks; borders, wrapped text
 * and frozen header rows. Catalog title, jurisdiction and version go to the workbook properties.
 *
 * @example
 * const bytes = await writeCatalogXlsx({ title: "盐池县政务公开事项标准目录", items });
 * // open in Excel / WPS: sheets "重大建设项目", "公共资源交易", …
 */
export async function writeCatalogXlsx(catalog: Catalog): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const wb = new Excel.Workbook();
  wb.creator = "@disclosure/catalog";
  if (catalog.title) wb.title = catalog.title;
  if (catalog.jurisdiction) wb.subject = catalog.jurisdiction;
  if (catalog.version) wb.keywords = catalog.version;
  const byArea = new Map<string, CatalogItem[]>();
  for (const item of catalog.items) {
    const k = areaKey(item.area);
    const list = byArea.get(k);
    if (list) list.push(item);
    else byArea.set(k, [item]);
  }
  const used = new Set<string>();
  for (const items of byArea.values()) {
    const [firstItem] = items;
    if (firstItem === undefined) continue;
    const name = areaName(firstItem.area);
    const cols = catalogColumns(items, { areaColumn: false });
    const n = cols.length;
    const ws = wb.addWorksheet(sheetName(name, used), {
      views: [{ state: "frozen", ySplit: 4 }],
      pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    });
    ws.columns = cols.map((c) => ({ width: c.width }));
    ws.getCell(1, 1).value = cleanCellText(`${name}${TABLE_TITLE_SUFFIX}`);
    ws.mergeCells(1, 1, 1, n);
    ws.getCell(1, 1).font = { ...font, size: 16, bold: true };
    ws.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
    ws.getRow(1).height = 30;
    ws.getCell(2, 1).value = CHANNEL_LEGEND;
    ws.mergeCells(2, 1, 2, n);
    ws.getCell(2, 1).font = font;
    ws.getCell(2, 1).alignment = { horizontal: "right" };
    // Header rows 3 and 4: single columns merged vertically, groups merged horizontally.
    for (let c = 0; c < n; ) {
      const col = cols[c];
      if (col === undefined) break;
      let end = c;
      for (let next = cols[end + 1]; next !== undefined && col.sub !== ""; next = cols[end + 1]) {
        if (next.top !== col.top || next.sub === "") break;
        end++;
      }
      ws.getCell(3, c + 1).value = col.top;
      if (col.sub === "") ws.mergeCells(3, c + 1, 4, c + 1);
      else {
        if (end > c) ws.mergeCells(3, c + 1, 3, end + 1);
        for (let k = c; k <= end; k++) ws.getCell(4, k + 1).value = cols[k]?.sub ?? "";
      }
      c = end + 1;
    }
    for (const r of [3, 4]) {
      for (let c = 1; c <= n; c++) {
        const cell = ws.getCell(r, c);
        cell.font = { ...font, bold: true };
        cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
        cell.border = border;
      }
    }
    const firstData = 5;
    items.forEach((item, i) => {
      const row = ws.getRow(firstData + i);
      cols.forEach((col, c) => {
        const cell = row.getCell(c + 1);
        const text = cleanCellText(col.cell(item, items[i - 1]));
        cell.value = col.top === "序号" && /^\d+$/u.test(text) ? Number(text) : text;
        cell.font = font;
        cell.border = border;
        cell.alignment = {
          vertical: "middle",
          horizontal: col.sub !== "" && col.width <= 7 ? "center" : "left",
          wrapText: true,
        };
      });
    });
    // Merge 一级事项 over consecutive rows that share it.
    const l1 = cols.findIndex((c) => c.sub === "一级事项");
    for (let i = 0; i < items.length; ) {
      let j = i;
      const v = items[i]?.item.level1 ?? "";
      while (j + 1 < items.length && v !== "" && (items[j + 1]?.item.level1 ?? "") === v) j++;
      if (j > i) ws.mergeCells(firstData + i, l1 + 1, firstData + j, l1 + 1);
      i = j + 1;
    }
  }
  if (byArea.size === 0) wb.addWorksheet("目录");
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** Display width of a text in Excel's character units: CJK characters count double. */
function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\uFFEF]/u.test(ch) ? 2 : 1;
  return w;
}

/**
 * A workbook of plain tables, as offices keep ledgers: per sheet an optional title merged
 * across the table, a header row (bold, bordered, frozen under the title), then the rows;
 * columns as wide as their texts (within bounds), text wrapped. What `readWorkbookGrids`
 * reads back (title row, header, rows, in order).
 * @example
 * const bytes = await writeGridXlsx([{ name: "2021年", title: "盐池县财政局2021年政府信息公开申请办理台账", rows: ledgerRows(records) }]);
 */
export async function writeGridXlsx(
  sheets: readonly { name: string; title?: string; rows: readonly (readonly string[])[] }[],
): Promise<Uint8Array> {
  const Excel = await loadExcel();
  const wb: Workbook = new Excel.Workbook();
  const used = new Set<string>();
  for (const sheet of sheets) {
    const width = Math.max(1, ...sheet.rows.map((r) => r.length));
    const top = sheet.title ? 1 : 0;
    const ws = wb.addWorksheet(sheetName(sheet.name, used), {
      views: [{ state: "frozen", ySplit: top + (sheet.rows.length ? 1 : 0) }],
    });
    ws.columns = Array.from({ length: width }, (_, c) => ({
      width: Math.min(40, Math.max(8, ...sheet.rows.map((r) => textWidth(r[c] ?? "") + 2))),
    }));
    if (sheet.title) {
      ws.addRow([sheet.title]);
      if (width > 1) ws.mergeCells(1, 1, 1, width);
      ws.getCell(1, 1).font = { ...font, size: 14, bold: true };
      ws.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
    }
    sheet.rows.forEach((r, i) => {
      const row = ws.addRow([...r]);
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        cell.font = i === 0 ? { ...font, bold: true } : font;
        cell.alignment = {
          vertical: "middle",
          wrapText: true,
          ...(i === 0 ? { horizontal: "center" as const } : {}),
        };
        cell.border = border;
      }
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
