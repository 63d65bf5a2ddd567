// One official table as a sheet of the Excel fill-in form: the format's grid drawn cell for
// cell (the merged header and label cells of the Word template, from `layoutGrid`), the
// section heading above it, and every data cell an input cell listed for `_codes`.
import { type FormEntry, type FormatDef, type TableId, cellKey, findCell } from "@disclosure/schema";
import type { Workbook, Worksheet } from "exceljs";
import { FORM_SHEETS } from "../wording/fill-in-form.js";
import { LABEL_PATH_SEPARATOR } from "../wording/report-frame.js";
import { type GridLayout, type PlacedCell, fillGrid, layoutGrid } from "./grid.js";
import { templateCsvLines } from "./template.js";
import {
  BORDER,
  TITLE_FONT,
  inputCell,
  labelCell,
  numberValidation,
  textWidth,
  wrappedHeight,
} from "./template-xlsx-style.js";
import { templateColumnWidths } from "./widths.js";

/** Sheet rows above the grid (the section heading). */
const TOP = 1;

/** Twips of the Word template's columns per Excel width unit (one digit of the default font). */
const TWIPS_PER_WIDTH = 105;

/** The narrowest column: wide enough for six digits. */
const MIN_WIDTH = 8;

/** Column widths in Excel units, in the Word template's proportions. */
export function sheetColumnWidths(table: TableId, width: number): number[] {
  return templateColumnWidths(table, width).map((t) => Math.max(MIN_WIDTH, Math.round(t / TWIPS_PER_WIDTH)));
}

/** Whether a label is set flush left (as in the Word template), else centred. */
function leftAligned(p: PlacedCell, table: TableId): boolean {
  const role = p.cell.role;
  return (
    role === "heading" ||
    role === "group" ||
    (role === "corner" && p.rowSpan > 1) ||
    (role === "rowLabel" && table !== "table2")
  );
}

/** The labels of each cell, "row path" and "column path", for the prompt Excel shows on it. */
function cellLabels(format: FormatDef, table: TableId): Map<string, { row: string; col: string }> {
  const out = new Map<string, { row: string; col: string }>();
  for (const l of templateCsvLines(format)) {
    if (l.table === table) out.set(cellKey(l.table, l.row, l.col), { row: l.rowLabel, col: l.colLabel });
  }
  return out;
}

/** Draws one placed grid cell (merging its rectangle); a data cell becomes an input cell and an entry. */
function drawCell(
  ws: Worksheet,
  p: PlacedCell,
  ctx: { format: FormatDef; table: TableId; labels: Map<string, { row: string; col: string }> },
): FormEntry | undefined {
  const r = TOP + 1 + p.row;
  const c = 1 + p.col;
  for (let dr = 0; dr < p.rowSpan; dr++) {
    for (let dc = 0; dc < p.colSpan; dc++) ws.getCell(r + dr, c + dc).border = BORDER;
  }
  const cell = ws.getCell(r, c);
  if (p.rowSpan > 1 || p.colSpan > 1) ws.mergeCells(r, c, r + p.rowSpan - 1, c + p.colSpan - 1);
  const { row, col } = p.cell;
  if (p.cell.role !== "data" || !row || !col) {
    labelCell(cell, p.cell.text, leftAligned(p, ctx.table) ? "left" : "center");
    return undefined;
  }
  const sheet = FORM_SHEETS[ctx.table];
  const unit = findCell(ctx.format, ctx.table, row, col)?.unit ?? "count";
  const label = ctx.labels.get(cellKey(ctx.table, row, col));
  inputCell(cell, { horizontal: "right" });
  const prompt = {
    title: `${sheet}!${cell.address}`,
    text: label ? `${label.row}${LABEL_PATH_SEPARATOR}${label.col}` : "",
  };
  cell.dataValidation = numberValidation(unit, cell.address, prompt);
  return { sheet, address: cell.address, field: { kind: "cell", table: ctx.table, row, col } };
}

/** Row heights that show every label whole: single-row cells first, then what merged cells still need. */
function setRowHeights(ws: Worksheet, layout: GridLayout, widths: readonly number[]): void {
  const heights = layout.grid.rows.map(() => 18);
  const need = (p: PlacedCell) =>
    wrappedHeight(
      textWidth(p.cell.text),
      widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0),
    );
  for (const p of layout.cells) if (p.rowSpan === 1) heights[p.row] = Math.max(heights[p.row] ?? 18, need(p));
  for (const p of layout.cells) {
    if (p.rowSpan === 1) continue;
    const last = p.row + p.rowSpan - 1;
    const have = heights.slice(p.row, last + 1).reduce((a, b) => a + b, 0);
    heights[last] = (heights[last] ?? 18) + Math.max(0, need(p) - have);
  }
  heights.forEach((h, i) => {
    ws.getRow(TOP + 1 + i).height = h;
  });
}

/** The leading header rows of the grid (repeated and frozen above the body). */
function leadingHeaderRows(layout: GridLayout): number {
  const header = new Set(layout.grid.headerRows);
  let n = 0;
  while (header.has(n)) n++;
  return n;
}

/**
 * Adds the sheet of one table (表二, 表三, 表四) to the workbook: the section heading, then the
 * format's grid with its merges, labels locked, data cells open with their validation and a
 * prompt naming the cell's row and column. Returns the input cells for `_codes`.
 */
export function addTableSheet(wb: Workbook, format: FormatDef, table: TableId): FormEntry[] {
  const grid = fillGrid(format, table, {});
  const layout = layoutGrid(grid);
  const wide = table !== "table2";
  const labelColumns = format.tables[table].blocks[0].labelColumns;
  const ws = wb.addWorksheet(FORM_SHEETS[table], {
    views: wide ? [{ state: "frozen", xSplit: labelColumns, ySplit: TOP + leadingHeaderRows(layout) }] : [],
    pageSetup: {
      paperSize: 9,
      orientation: wide ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
  });
  const widths = sheetColumnWidths(table, grid.width);
  ws.columns = widths.map((width) => ({ width }));
  const heading = format.sections.find((s) => s.table === table)?.heading ?? FORM_SHEETS[table];
  ws.getCell(1, 1).value = heading;
  ws.getCell(1, 1).font = TITLE_FONT;
  ws.mergeCells(1, 1, 1, grid.width);
  ws.getRow(1).height = 26;
  const ctx = { format, table, labels: cellLabels(format, table) };
  const entries = layout.cells.flatMap((p) => drawCell(ws, p, ctx) ?? []);
  setRowHeights(ws, layout, widths);
  return entries;
}
