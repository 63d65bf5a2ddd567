// An official table built with DOM APIs from report-text's table model (the structure the
// published HTML prints): merged header cells, row groups, every value cell addressed by its
// key (data-cell="table3|received|total") so that findings can point at it. Editable tables
// hold an input in every value cell, named by the cell's official labels.
import { type TableModelCell, tableModel } from "@disclosure/report-text";
import { type FormatId, type TableId, type Tables, getFormat } from "@disclosure/schema";
import { cellUnit } from "./editor/cell-input.js";
import { el } from "./dom.js";

export interface TableOptions {
  /** An input in every value cell. */
  readonly editable?: boolean;
  /** Prefix of the header cells' ids (unique on the page). Default "tbl-". */
  readonly idPrefix?: string;
}

/** A value as typed into its input: the number, or "" for blank or absent. */
export function inputText(v: number | null | undefined): string {
  return typeof v === "number" && Number.isFinite(v) ? String(v) : "";
}

function valueCell(format: FormatId, table: TableId, c: TableModelCell, span: object, editable: boolean) {
  const attrs = {
    ...span,
    headers: c.headers?.join(" "),
    "data-cell": c.key,
    "data-blank": c.value === null,
    "data-absent": c.absent === true,
  };
  if (!editable) return el("td", attrs, c.text);
  const unit = cellUnit(format, table, c.row ?? "", c.col ?? "");
  const input = el("input", {
    type: "text",
    inputmode: unit === "count" ? "numeric" : "decimal",
    autocomplete: "off",
    spellcheck: "false",
    "aria-label": c.label,
    "data-key": c.key,
    "data-unit": unit,
  });
  input.value = inputText(c.value);
  return el("td", { ...attrs, class: "editable" }, input);
}

/**
 * One table: `<thead>` / `<tbody>` as the model groups its rows, `<th scope>` for headers and
 * labels; blank cells are marked `data-blank`, cells the report does not hold `data-absent`.
 */
export function tableElement(
  format: FormatId,
  table: TableId,
  tables: Tables,
  caption?: string,
  opts: TableOptions = {},
): HTMLTableElement {
  const model = tableModel(format, table, tables, { idPrefix: opts.idPrefix ?? "tbl-" });
  const t = el(
    "table",
    { class: "official", "data-table": table },
    caption ? el("caption", {}, caption) : undefined,
  );
  for (const group of model.groups) {
    const g = el(group.tag);
    for (const row of group.rows) {
      const tr = el("tr");
      for (const c of row.cells) {
        const span = {
          colspan: c.colSpan > 1 ? c.colSpan : undefined,
          rowspan: c.rowSpan > 1 ? c.rowSpan : undefined,
        };
        if (c.kind === "value") tr.append(valueCell(format, table, c, span, opts.editable === true));
        else if (c.tag === "td") tr.append(el("td", { ...span, class: c.kind }, c.text));
        else tr.append(el("th", { ...span, id: c.id, scope: c.scope, class: c.kind }, c.text));
      }
      g.append(tr);
    }
    t.append(g);
  }
  return t;
}

/** The tables a format has (二, 三, 四), in the order of its sections. */
export function formatTables(format: FormatId): TableId[] {
  return getFormat(format)
    .sections.map((s) => s.table)
    .filter((t): t is TableId => t !== undefined);
}

/** Every table of a report's format, each in a scrolling wrapper, captioned by its section heading. */
export function reportTables(format: FormatId, tables: Tables, opts: TableOptions = {}): HTMLElement[] {
  const sections = getFormat(format).sections;
  return formatTables(format).map((t) => {
    const heading = sections.find((s) => s.table === t)?.heading;
    // A box that scrolls sideways on a phone: reachable and scrollable by keyboard, and named.
    return el(
      "div",
      { class: "table-wrap", tabindex: "0", role: "region", "aria-label": heading ?? t },
      tableElement(format, t, tables, heading, opts),
    );
  });
}
