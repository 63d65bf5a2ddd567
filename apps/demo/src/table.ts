// Draws an official table from the format's grid (no label is spelled here): merged header
// cells, row groups, every value cell addressed by its key (data-cell="table3/received/total")
// so that findings can point at it.
import { type FormatId, type TableId, type Tables, cellKey, tableGrid } from "@disclosure/schema";
import { esc } from "./dom.js";

/** The value as printed: a number, or an empty cell for a blank (null) or absent value. */
function valueText(v: unknown): string {
  return typeof v === "number" && Number.isFinite(v) ? String(v) : "";
}

/**
 * One table as HTML: `<thead>` for the header rows, `<tbody>` for the rest, `<th scope>` for
 * labels; blank cells are marked `data-blank`.
 */
export function tableHtml(format: FormatId, table: TableId, tables: Tables, caption?: string): string {
  const grid = tableGrid(format, table);
  const values = tables[table] ?? {};
  const head: string[] = [];
  const body: string[] = [];
  grid.rows.forEach((cells, i) => {
    const header = grid.headerRows.includes(i);
    const tds = cells.map((c) => {
      const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}`;
      if (c.role === "data") {
        const v = values[c.row ?? ""]?.[c.col ?? ""];
        const blank = v === null ? " data-blank" : "";
        return `<td${span} data-cell="${esc(cellKey(table, c.row ?? "", c.col ?? ""))}"${blank}>${valueText(v)}</td>`;
      }
      const scope = header ? (c.colSpan > 1 ? "colgroup" : "col") : c.rowSpan > 1 ? "rowgroup" : "row";
      return `<th${span} scope="${scope}" class="${c.role}">${esc(c.text)}</th>`;
    });
    (header && body.length === 0 ? head : body).push(`<tr>${tds.join("")}</tr>`);
  });
  const cap = caption ? `<caption>${esc(caption)}</caption>` : "";
  return `<table class="official" data-table="${table}">${cap}<thead>${head.join("")}</thead><tbody>${body.join("")}</tbody></table>`;
}
