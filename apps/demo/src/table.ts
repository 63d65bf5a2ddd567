// Draws an official table from the format's grid (no label is spelled here): merged header
// cells, row groups, every value cell addressed by its key (data-cell="table3/received/total")
// so that findings can point at it. Built with DOM APIs.
import { type FormatId, type TableId, type Tables, cellKey, getFormat, tableGrid } from "@disclosure/schema";
import { el } from "./dom.js";

/** The value as printed: a number, or an empty cell for a blank (null) or absent value. */
function valueText(v: unknown): string {
  return typeof v === "number" && Number.isFinite(v) ? String(v) : "";
}

/**
 * One table: `<thead>` for the header rows, `<tbody>` for the rest, `<th scope>` for labels;
 * blank cells are marked `data-blank`.
 */
export function tableElement(
  format: FormatId,
  table: TableId,
  tables: Tables,
  caption?: string,
): HTMLTableElement {
  const grid = tableGrid(format, table);
  const values = tables[table] ?? {};
  const head = el("thead");
  const body = el("tbody");
  grid.rows.forEach((cells, i) => {
    const header = grid.headerRows.includes(i);
    const tr = el("tr");
    for (const c of cells) {
      const span = {
        colspan: c.colSpan > 1 ? c.colSpan : undefined,
        rowspan: c.rowSpan > 1 ? c.rowSpan : undefined,
      };
      if (c.role === "data") {
        const v = values[c.row ?? ""]?.[c.col ?? ""];
        const key = cellKey(table, c.row ?? "", c.col ?? "");
        tr.append(el("td", { ...span, "data-cell": key, "data-blank": v === null }, valueText(v)));
      } else {
        const scope = header ? (c.colSpan > 1 ? "colgroup" : "col") : c.rowSpan > 1 ? "rowgroup" : "row";
        tr.append(el("th", { ...span, scope, class: c.role }, c.text));
      }
    }
    (header && body.childElementCount === 0 ? head : body).append(tr);
  });
  const t = el(
    "table",
    { class: "official", "data-table": table },
    caption ? el("caption", {}, caption) : undefined,
  );
  t.append(head, body);
  return t;
}

/** The tables a format has (二, 三, 四), in the order of its sections. */
export function formatTables(format: FormatId): TableId[] {
  return getFormat(format)
    .sections.map((s) => s.table)
    .filter((t): t is TableId => t !== undefined);
}

/** Every table of a report's format, each in a scrolling wrapper, captioned by its section heading. */
export function reportTables(format: FormatId, tables: Tables): HTMLElement[] {
  const sections = getFormat(format).sections;
  return formatTables(format).map((t) => {
    const heading = sections.find((s) => s.table === t)?.heading;
    // A box that scrolls sideways on a phone: reachable and scrollable by keyboard, and named.
    return el(
      "div",
      { class: "table-wrap", tabindex: "0", role: "region", "aria-label": heading ?? t },
      tableElement(format, t, tables, heading),
    );
  });
}
