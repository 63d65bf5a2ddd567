// Draws an official table from the format's grid (no label is spelled here).
import { type FormatId, type TableId, type Tables, tableGrid } from "@disclosure/schema";

export function tableHtml(format: FormatId, table: TableId, tables: Tables): string {
  const grid = tableGrid(format, table);
  const values = tables[table] ?? {};
  const rows = grid.rows.map((cells, i) => {
    const header = grid.headerRows.includes(i);
    const tds = cells.map((c) => {
      const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}`;
      if (c.role === "data") {
        const v = values[c.row ?? ""]?.[c.col ?? ""];
        return `<td${span} data-cell="${c.row}/${c.col}">${v === null || v === undefined ? "" : v}</td>`;
      }
      const scope = header ? ' scope="col"' : ' scope="row"';
      return `<th${span}${scope}>${escapeHtml(c.text)}</th>`;
    });
    return `<tr>${tds.join("")}</tr>`;
  });
  return `<table class="official" data-table="${table}">${rows.join("")}</table>`;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] ?? ch);
}
