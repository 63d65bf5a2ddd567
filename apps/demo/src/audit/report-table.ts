// The audit's table of reports: a row a file, headers that sort (aria-sort), the file name a
// button that opens the report. Rows are kept and moved, not rebuilt, as results stream in.
import { el, msgNodes } from "../dom.js";
import {
  type AuditRow,
  COLUMNS,
  type ColumnId,
  type SortState,
  ariaSort,
  nextSort,
  sortRows,
} from "./rows.js";

export interface ReportTable {
  /** Shows these rows (all of them, in the current order). */
  update(rows: readonly AuditRow[]): void;
  /** Marks the row of the report shown beside the table. */
  setOpen(id: number | undefined): void;
}

const count = (n: number | undefined, bad: boolean) =>
  el("td", { class: `num${bad && n ? " bad" : ""}` }, n === undefined ? "—" : String(n));

function rowElement(r: AuditRow): HTMLTableRowElement {
  return el(
    "tr",
    { "data-id": r.id, "data-file": r.file, "data-read": String(r.read) },
    el(
      "th",
      { scope: "row" },
      el("button", { type: "button", class: "link open-report", "data-open": r.id }, r.file),
    ),
    el("td", {}, r.agency ?? ""),
    el("td", { class: "num" }, r.year === undefined ? "" : String(r.year)),
    el("td", {}, r.format ?? ""),
    count(r.errors, true),
    count(r.warnings, false),
    count(r.unread, false),
    el("td", { class: "reason" }, ...(r.reason ? msgNodes(r.reason) : [])),
  );
}

function headerCell(column: (typeof COLUMNS)[number], sort: SortState): HTMLTableCellElement {
  return el(
    "th",
    { scope: "col", "aria-sort": ariaSort(sort, column.id), "data-column": column.id },
    el("button", { type: "button", class: "sort", "data-sort": column.id }, ...msgNodes(column.label)),
  );
}

/** Fills `table` with the header and wires sorting and opening; `onOpen` gets a row's id. */
export function reportTable(table: HTMLTableElement, onOpen: (id: number) => void): ReportTable {
  let sort: SortState;
  let rows: readonly AuditRow[] = [];
  const trs = new Map<number, HTMLTableRowElement>();
  const head = el("thead");
  const body = el("tbody");
  const drawHead = () =>
    head.replaceChildren(
      el(
        "tr",
        {},
        ...COLUMNS.map((c) => headerCell(c, sort)),
        el("th", { scope: "col" }, ...msgNodes({ zh: "说明", en: "Note" })),
      ),
    );
  /** A file's row is made once (a report does not change once audited), then only moved. */
  const trOf = (r: AuditRow) => {
    const tr = trs.get(r.id) ?? rowElement(r);
    trs.set(r.id, tr);
    return tr;
  };
  const draw = () => body.replaceChildren(...sortRows(rows, sort).map(trOf));
  table.replaceChildren(head, body);
  drawHead();
  head.addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-sort]");
    if (!button) return;
    sort = nextSort(sort, button.dataset.sort as ColumnId);
    drawHead();
    draw();
    head.querySelector<HTMLButtonElement>(`button[data-sort="${button.dataset.sort}"]`)?.focus();
  });
  body.addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-open]");
    if (button) onOpen(Number(button.dataset.open));
  });
  return {
    update(next) {
      rows = next;
      if (rows.length === 0) trs.clear();
      draw();
    },
    setOpen(id) {
      for (const tr of trs.values()) tr.removeAttribute("aria-current");
      if (id !== undefined) trs.get(id)?.setAttribute("aria-current", "true");
    },
  };
}
