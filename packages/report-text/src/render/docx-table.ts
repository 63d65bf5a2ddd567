// The official tables in .docx: the format's Word template (spec/template-2021.docx)
// cell for cell — its grid proportions, real merges (gridSpan / vMerge), 宋体 10 pt
// cells, the corner note and the parenthetical of （二）部分公开 in 楷体 — scaled to
// the text block of the page (GB/T 9704: 156 mm) or at the template's own widths.
// Header rows repeat on each page (tables 三 and 四), no row is split over a page,
// and the rows that belong together are kept together (`keepWithNextRows`).
import type { DocTable } from "./document.js";
import { type DocxContext, SIZE, textRun } from "./docx-style.js";
import { type FilledGrid, type GridLayout, type PlacedCell, layoutGrid } from "./grid.js";
import { keepWithNextRows } from "./keep.js";
import { scaledColumnWidths, templateColumnWidths } from "./widths.js";

/** The template's table widths (w:tblW), in twips: 表二 9740, 表三 and 表四 9748. */
const TEMPLATE_TABLE_WIDTH = { table2: 9740, table3: 9748, table4: 9748 } as const;

/** Cell margins left and right, in twips (1 mm). */
const CELL_MARGIN = 57;

/**
 * Line spacing in cells, exact: 15.6 pt, the line pitch of the template's grid.
 * Exact, so that a cell's 10 pt lines are not set on the body's 28.95 pt grid.
 */
const CELL_LINE = 312;

function cellParagraph(c: DocxContext, p: PlacedCell, grid: FilledGrid, keepNext: boolean) {
  const cell = p.cell;
  const run = (t: string, font: string) => textRun(c, t, font, SIZE.table, { grid: false });
  let children = [run(cell.text, c.fonts.table)];
  if (cell.role === "corner" && p.rowSpan > 1) children = [run(cell.text, c.fonts.tableNote)];
  if (cell.role === "rowLabel") {
    // The template sets a label's closing parenthetical in 楷体: （二）部分公开（区分处理的，…）.
    const [, label, parenthetical] = /^(.+[^）])(（[^（）]+）)$/.exec(cell.text) ?? [];
    if (label !== undefined && parenthetical !== undefined)
      children = [run(label, c.fonts.table), run(parenthetical, c.fonts.tableNote)];
  }
  const left =
    cell.role === "heading" ||
    cell.role === "group" ||
    (cell.role === "corner" && p.rowSpan > 1) ||
    (cell.role === "rowLabel" && grid.table !== "table2");
  return new c.d.Paragraph({
    children,
    alignment: left ? c.d.AlignmentType.LEFT : c.d.AlignmentType.CENTER,
    spacing: { before: 0, after: 0, line: CELL_LINE, lineRule: c.d.LineRuleType.EXACT },
    keepNext,
  });
}

/** The cells of grid row `r`: its own cells, and a continuation (vMerge) where a cell from above covers it. */
function rowCells(
  c: DocxContext,
  layout: GridLayout,
  r: number,
  widths: readonly number[],
  keepNext: boolean,
) {
  const { d } = c;
  const cells: InstanceType<DocxContext["d"]["TableCell"]>[] = [];
  for (let col = 0; col < layout.grid.width; ) {
    const p = layout.at[r]?.[col];
    if (!p) break;
    const own = p.row === r;
    cells.push(
      new d.TableCell({
        children: [
          own
            ? cellParagraph(c, p, layout.grid, keepNext)
            : new d.Paragraph({
                keepNext,
                spacing: { before: 0, after: 0, line: CELL_LINE, lineRule: d.LineRuleType.EXACT },
              }),
        ],
        ...(p.colSpan > 1 ? { columnSpan: p.colSpan } : {}),
        ...(p.rowSpan > 1
          ? { verticalMerge: own ? d.VerticalMergeType.RESTART : d.VerticalMergeType.CONTINUE }
          : {}),
        width: {
          size: widths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0),
          type: d.WidthType.DXA,
        },
        verticalAlign: d.VerticalAlign.CENTER,
        margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 0, bottom: 0 },
      }),
    );
    col = p.col + p.colSpan;
  }
  return cells;
}

/** Grid column widths of a table on the page: the template's, or scaled to the page's table width. */
export function tableColumnWidths(c: DocxContext, t: DocTable): number[] {
  return c.page.tableWidth === undefined
    ? templateColumnWidths(t.table, t.grid.width)
    : scaledColumnWidths(t.table, t.grid.width, c.page.tableWidth);
}

/** A table of the document: the template's grid, merges as in the official form. */
export function tableDocx(c: DocxContext, t: DocTable) {
  const { d } = c;
  const layout = layoutGrid(t.grid);
  const widths = tableColumnWidths(c, t);
  const keep = keepWithNextRows(layout);
  const headerRows = new Set(t.grid.headerRows);
  const leadingHeader = t.grid.rows.findIndex((_, r) => !headerRows.has(r));
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: "000000" };
  const rows = t.grid.rows.map(
    (_, r) =>
      new d.TableRow({
        // Tables 三 and 四 repeat their column header on each page.
        tableHeader: t.table !== "table2" && r < leadingHeader,
        cantSplit: true,
        children: rowCells(c, layout, r, widths, keep.has(r)),
      }),
  );
  return new d.Table({
    rows,
    columnWidths: widths,
    width: {
      size: c.page.tableWidth ?? TEMPLATE_TABLE_WIDTH[t.table],
      type: d.WidthType.DXA,
    },
    layout: d.TableLayoutType.FIXED,
    alignment: d.AlignmentType.CENTER,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
  });
}
