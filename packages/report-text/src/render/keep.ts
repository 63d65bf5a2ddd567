// Which table rows must stay on the page of the row after them: a header row
// (a column header is never left at the foot of a page without a row under it),
// every row of table 二's blocks but the last (a block — 第二十条第（一）项 with its
// header and rows — is a few rows long), and every row of an innermost merged
// group of rows but its last (（三）不予公开 1–8, （四）无法提供 1–3, （五）不予处理
// 1–5, （六）其他处理 1–3), so that a group label is not split from its rows.
import type { GridLayout } from "./grid.js";

/** Group cells merged down several rows that hold no other group: the innermost groups. */
function innermostGroups(layout: GridLayout) {
  const groups = layout.cells.filter((p) => p.cell.role === "group" && p.rowSpan > 1);
  return groups.filter(
    (g) =>
      !groups.some(
        (h) => h !== g && h.col > g.col && h.row >= g.row && h.row + h.rowSpan <= g.row + g.rowSpan,
      ),
  );
}

/**
 * Grid rows to keep with the next row (`keepNext` in .docx, `break-after: avoid` in print).
 * @example keepWithNextRows(layoutGrid(fillGrid("2021", "table3", {}))).has(7) //=> true (1.属于国家秘密, in （三）不予公开)
 */
export function keepWithNextRows(layout: GridLayout): Set<number> {
  const { grid } = layout;
  const last = grid.rows.length - 1;
  const headers = new Set(grid.headerRows);
  const keep = new Set<number>();
  for (const r of headers) if (r < last) keep.add(r);
  if (grid.table === "table2") {
    // A block runs until the next block's heading row.
    for (let r = 0; r < last; r++) if (grid.rows[r + 1]?.[0]?.role !== "heading") keep.add(r);
  }
  for (const g of innermostGroups(layout)) {
    const end = Math.min(last, g.row + g.rowSpan - 1);
    for (let r = g.row; r < end; r++) keep.add(r);
  }
  return keep;
}
