// A report's tables drawn from the format's grid (table.ts), the cells of the findings marked;
// a 2021-format report that holds （六）其他处理 as one row gets that row drawn under table 三,
// so that its figures and the findings about them are seen.
import { tableCellKey } from "@disclosure/report-text";
import { type FormatId, type Tables, columnLabel } from "@disclosure/schema";
import type { Finding } from "@disclosure/stats";
import { el, msgNodes } from "../dom.js";
import { markCells } from "../findings.js";
import { reportTables } from "../table.js";

/** The collapsed （六） row of a 2021-format report, as a one-row table; undefined when there is none. */
export function collapsedOtherHandling(format: FormatId, tables: Tables): HTMLElement | undefined {
  const row = tables.table3?.otherHandling;
  if (format !== "2021" || !row) return undefined;
  const cols = Object.keys(row);
  const table = el(
    "table",
    { class: "official collapsed", "data-table": "table3-collapsed" },
    el(
      "caption",
      {},
      ...msgNodes({ zh: "（六）其他处理（填为一行）", en: "（六）其他处理 filled as one row" }),
    ),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...cols.map((c) =>
          el("th", { scope: "col" }, columnLabel(format, "table3", "received", c, " ") ?? c),
        ),
      ),
    ),
    el(
      "tbody",
      {},
      el(
        "tr",
        {},
        ...cols.map((c) => {
          const v = row[c];
          return el(
            "td",
            { "data-cell": tableCellKey("table3", "otherHandling", c) },
            typeof v === "number" ? String(v) : "",
          );
        }),
      ),
    ),
  );
  return el(
    "div",
    { class: "table-wrap", tabindex: "0", role: "region", "aria-label": "（六）其他处理" },
    table,
  );
}

/** Every table of the report, the collapsed （六） row if any, the findings' cells marked. */
export function markedTables(format: FormatId, tables: Tables, findings: readonly Finding[]): HTMLElement {
  const box = el("div", { class: "collect-tables" }, ...reportTables(format, tables));
  const collapsed = collapsedOtherHandling(format, tables);
  if (collapsed) box.append(collapsed);
  markCells(box, findings);
  return box;
}
