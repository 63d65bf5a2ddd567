// The structure of an official table as plain data: groups of rows (`thead`, `tbody`), each
// row a list of cells with what they are (a header, a row label, a value …), their text,
// rowspan and colspan, element ids and the `headers` each value cell names, and for a value
// cell its key (`table3|received|total`), its value and its official label. The HTML writer
// prints this model as a string; a page that builds its tables with DOM APIs (or an editor
// that puts an input in every value cell) walks the same model, so both draw one table.
import { type FormatDef, type FormatId, type TableId, type Tables, getFormat } from "@disclosure/schema";
import { type FilledGrid, type PlacedCell, fillGrid, layoutGrid } from "./grid.js";
import { keepWithNextRows } from "./keep.js";
import { templateColumnPercents } from "./widths.js";

/** What a cell of the table is. */
export type TableCellKind =
  /** The heading row of a block of table 二 (第二十条第（一）项 …). */
  | "heading"
  /** A corner that heads the row-label column (table 二's 信息内容). */
  | "cornerHeader"
  /** A corner holding a note, not a header (table 三's 勾稽关系). */
  | "corner"
  /** A column header. */
  | "header"
  /** A group of rows (三、本年度办理结果). */
  | "group"
  /** A row label. */
  | "label"
  /** A figure of the report. */
  | "value";

/** One cell of a {@link TableModel}. */
export interface TableModelCell {
  readonly kind: TableCellKind;
  /** `th` for headers and labels, `td` for values and the corner note. */
  readonly tag: "th" | "td";
  /** The text as printed (a value with its unit where the format prints one). */
  readonly text: string;
  readonly rowSpan: number;
  readonly colSpan: number;
  /** The element id of a header or label cell (`<prefix><table>-r<row>c<col>`). */
  readonly id?: string;
  readonly scope?: "col" | "colgroup" | "row" | "rowgroup";
  /** Ids of the header and label cells that name this cell (value cells, row labels). */
  readonly headers?: readonly string[];
  /** Value cells: the cell's key, `table|row|col` (e.g. `table3|received|naturalPerson`). */
  readonly key?: string;
  /** Row code of a value or label cell. */
  readonly row?: string;
  /** Column code of a value or column-header cell. */
  readonly col?: string;
  /** Row group code of a group cell. */
  readonly group?: string;
  /** Value cells: the report does not hold the cell (absent, not blank). */
  readonly absent?: boolean;
  /** Value cells: the report's value (null for blank, undefined when absent). */
  readonly value?: number | null | undefined;
  /** Value cells: the official labels naming the cell, joined by spaces (headers above, labels before). */
  readonly label?: string;
}

/** One row of a {@link TableModel}. */
export interface TableModelRow {
  readonly cells: readonly TableModelCell[];
  /** Kept on the page of the next row when printed. */
  readonly keepNext: boolean;
}

/** A `<thead>` or `<tbody>` of a {@link TableModel}. */
export interface TableModelGroup {
  readonly tag: "thead" | "tbody";
  readonly rows: readonly TableModelRow[];
}

/** An official table as data: its column widths and its row groups. */
export interface TableModel {
  readonly table: TableId;
  /** Widths of the grid columns in percent of the table, as the format's Word template draws them. */
  readonly columns: readonly number[];
  readonly groups: readonly TableModelGroup[];
}

/**
 * The key of a value cell as the HTML writer and the demo mark it (`data-cell`).
 * @example tableCellKey("table3", "received", "naturalPerson") //=> "table3|received|naturalPerson"
 */
export function tableCellKey(table: string, row: string, col: string): string {
  return `${table}|${row}|${col}`;
}

type Layout = ReturnType<typeof layoutGrid>;

/** Group and row-label cells to the left of a cell in its row. */
function labelsBefore(layout: Layout, p: PlacedCell): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (let c = 0; c < p.col; c++) {
    const q = layout.at[p.row]?.[c];
    if (q && q !== p && !out.includes(q) && (q.cell.role === "group" || q.cell.role === "rowLabel"))
      out.push(q);
  }
  return out;
}

/** Every header cell above a value cell in its block, then every label cell before it. */
function headerCells(layout: Layout, p: PlacedCell, heads: readonly number[]): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const hr of heads) {
    for (let c = p.col; c < p.col + p.colSpan; c++) {
      const q = layout.at[hr]?.[c];
      if (q && !out.includes(q) && (q.cell.role === "header" || q.cell.role === "heading")) out.push(q);
    }
    // The corner of table 二 (信息内容) is the header of the label column, not of the values.
  }
  for (const q of labelsBefore(layout, p)) out.push(q);
  return out;
}

/** For each grid row, the header rows of the block it belongs to. */
function blockHeaderRows(grid: FilledGrid): number[][] {
  const headerSet = new Set(grid.headerRows);
  const out: number[][] = [];
  let current: number[] = [];
  let inBody = false;
  grid.rows.forEach((_, r) => {
    if (headerSet.has(r)) {
      if (inBody) current = [];
      inBody = false;
      current.push(r);
    } else inBody = true;
    out[r] = current;
  });
  return out;
}

/** One placed cell as a model cell. */
function modelCell(
  grid: FilledGrid,
  layout: Layout,
  p: PlacedCell,
  heads: readonly number[],
  idOf: (p: PlacedCell) => string,
  tables: Tables | undefined,
): TableModelCell {
  const c = p.cell;
  const base = { text: c.text, rowSpan: p.rowSpan, colSpan: p.colSpan };
  switch (c.role) {
    case "heading":
      return { ...base, kind: "heading", tag: "th", scope: "colgroup", id: idOf(p) };
    case "corner":
      // table 三's corner holds a note (勾稽关系), not a header; table 二's holds 信息内容, the header of the row labels.
      return c.text && p.rowSpan === 1 && p.colSpan === 1 && grid.table === "table2"
        ? { ...base, kind: "cornerHeader", tag: "th", scope: "col", id: idOf(p) }
        : { ...base, kind: "corner", tag: "td" };
    case "header":
      return {
        ...base,
        kind: "header",
        tag: "th",
        scope: c.col ? "col" : "colgroup",
        id: idOf(p),
        ...(c.col ? { col: c.col } : {}),
      };
    case "group":
      return {
        ...base,
        kind: "group",
        tag: "th",
        scope: "rowgroup",
        id: idOf(p),
        ...(c.group ? { group: c.group } : {}),
      };
    case "rowLabel": {
      const groups = labelsBefore(layout, p).map(idOf);
      return {
        ...base,
        kind: "label",
        tag: "th",
        scope: "row",
        id: idOf(p),
        row: c.row ?? "",
        ...(groups.length ? { headers: groups } : {}),
      };
    }
    default: {
      const named = headerCells(layout, p, heads);
      const row = c.row ?? "";
      const col = c.col ?? "";
      const value = tables?.[grid.table]?.[row]?.[col];
      return {
        ...base,
        kind: "value",
        tag: "td",
        headers: named.map(idOf),
        key: tableCellKey(grid.table, row, col),
        row,
        col,
        ...(c.present === false ? { absent: true } : {}),
        ...(tables ? { value: typeof value === "number" || value === null ? value : undefined } : {}),
        label: named.map((q) => q.cell.text).join(" "),
      };
    }
  }
}

/**
 * The model of a filled grid: one `<thead>` and one `<tbody>` for tables 三 and 四, one
 * `<tbody>` per block (its header rows first) for table 二. `prefix` starts every element id;
 * `tables`, when given, puts each value cell's value in the model.
 */
export function gridModel(grid: FilledGrid, prefix: string, tables?: Tables): TableModel {
  const layout = layoutGrid(grid);
  const keep = keepWithNextRows(layout);
  const headerSet = new Set(grid.headerRows);
  const heads = blockHeaderRows(grid);
  const idOf = (p: PlacedCell) => `${prefix}r${p.row}c${p.col}`;
  const byRow: PlacedCell[][] = grid.rows.map(() => []);
  for (const p of layout.cells) byRow[p.row]?.push(p);
  // Table 二 repeats its header per block: one <tbody> per block; tables 三/四 have one <thead>.
  const multiBlock = grid.rows.some((row) => row[0]?.role === "heading");
  const groups: { tag: "thead" | "tbody"; rows: TableModelRow[] }[] = [];
  grid.rows.forEach((row, r) => {
    const isHeader = headerSet.has(r);
    const tag = multiBlock || !isHeader ? "tbody" : "thead";
    const fresh = multiBlock && (row[0]?.role === "heading" || (isHeader && !headerSet.has(r - 1)));
    let group = groups.at(-1);
    if (fresh || group?.tag !== tag) {
      group = { tag, rows: [] };
      groups.push(group);
    }
    group.rows.push({
      cells: (byRow[r] ?? []).map((p) => modelCell(grid, layout, p, heads[r] ?? [], idOf, tables)),
      keepNext: keep.has(r),
    });
  });
  return { table: grid.table, columns: templateColumnPercents(grid.table, grid.width), groups };
}

/**
 * An official table of a report as data, drawn from the format's grid with the report's
 * values: what the HTML writer prints, for a page to build with DOM APIs.
 *
 * @example
 * const m = tableModel("2021", "table3", { table3: { received: { naturalPerson: 4 } } });
 * const cell = m.groups[1].rows[0].cells.find((c) => c.key === "table3|received|naturalPerson");
 * cell?.value //=> 4
 * cell?.label //=> "申请人情况 自然人 一、本年新收政府信息公开申请数量"
 */
export function tableModel(
  format: FormatDef | FormatId,
  table: TableId,
  tables: Tables,
  opts: { idPrefix?: string } = {},
): TableModel {
  const f = typeof format === "string" ? getFormat(format) : format;
  return gridModel(fillGrid(f, table, tables), `${opts.idPrefix ?? ""}${table}-`, tables);
}
