// Column widths of the three tables as the format's own Word template lays
// them out (spec/template-2021.docx, word/document.xml `w:tblGrid`), in twips.
// The HTML output uses them as percentages, the .docx output as its grid.
import type { TableId } from "@disclosure/schema";

/** `w:gridCol` widths of the template's tables, in twips (1/20 pt). */
const TEMPLATE_GRID: Readonly<Record<TableId, readonly number[]>> = {
  // 表二: four equal columns (信息内容 + three value columns), table width 9740.
  table2: [2435, 2435, 2435, 2435],
  // 表三: three label columns (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密) and seven applicant columns.
  table3: [754, 921, 3271, 685, 685, 685, 685, 685, 685, 685],
  // 表四: fifteen nearly equal columns.
  table4: [649, 649, 649, 649, 649, 649, 649, 650, 650, 650, 650, 650, 650, 650, 650],
};

/**
 * Grid column widths in twips for a table whose grid has `width` columns:
 * the template's when the grid matches it, else equal widths of the same total.
 * @example templateColumnWidths("table3", 10)[2] //=> 3271 (the column of 1.属于国家秘密)
 */
export function templateColumnWidths(table: TableId, width: number): number[] {
  const t = TEMPLATE_GRID[table];
  if (t.length === width) return [...t];
  const total = t.reduce((a, b) => a + b, 0);
  const each = Math.floor(total / width);
  return Array.from({ length: width }, (_, i) => (i === width - 1 ? total - each * (width - 1) : each));
}

/**
 * Grid column widths as percentages of the table width (summing to 100), for HTML `<col>`.
 * @example templateColumnPercents("table2", 4) //=> [25, 25, 25, 25]
 */
export function templateColumnPercents(table: TableId, width: number): number[] {
  const w = templateColumnWidths(table, width);
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => Math.round((x / total) * 10000) / 100);
}

/**
 * Grid column widths in twips scaled to a table `total` twips wide, keeping the
 * template's proportions; rounded by largest remainder so that they add up to
 * `total` exactly.
 * @example scaledColumnWidths("table2", 4, 8844) //=> [2211, 2211, 2211, 2211] (GB/T 9704's 156 mm)
 */
export function scaledColumnWidths(table: TableId, width: number, total: number): number[] {
  const base = templateColumnWidths(table, width);
  const sum = base.reduce((a, b) => a + b, 0);
  const exact = base.map((w) => (w * total) / sum);
  const floors = exact.map(Math.floor);
  const left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  const roundedUp = new Set(order.slice(0, Math.max(0, Math.ceil(left))).map(({ i }) => i));
  return floors.map((w, i) => (roundedUp.has(i) ? w + 1 : w));
}
