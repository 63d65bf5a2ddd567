// The official table grid of @disclosure/schema (`tableGrid`), filled with a
// report's values and laid out on a matrix: every renderer (Markdown, HTML,
// text, .docx, the cells preview, the fill-in template) walks what this module
// returns, so a merge drawn in one output is drawn the same in all of them.
import {
  type FormatDef,
  type FormatId,
  type GridCell,
  type TableGrid,
  type TableId,
  type Tables,
  cellDefs,
  cellKey,
  findCell,
  getFormat,
  tableGrid,
} from "@disclosure/schema";
import { numberToDecimalString } from "@disclosure/schema/internal";

/**
 * A grid cell with the text it shows. For data cells `text` is the value as
 * printed ("" for a blank or absent cell, "0" for zero, money exact).
 */
export interface FilledCell extends GridCell {
  /** For data cells: whether the report holds the cell (a blank cell is present with value null). */
  readonly present?: boolean;
}

/** A table grid whose data cells carry their printed values. */
export interface FilledGrid {
  readonly table: TableId;
  readonly width: number;
  readonly rows: readonly (readonly FilledCell[])[];
  readonly headerRows: readonly number[];
}

/** A cell placed on the grid: its rectangle in grid rows and columns. */
export interface PlacedCell {
  readonly cell: FilledCell;
  /** Index of the cell in its grid row (as listed in `grid.rows[row]`). */
  readonly index: number;
  readonly row: number;
  readonly col: number;
  readonly rowSpan: number;
  readonly colSpan: number;
}

/** The grid's cells on a matrix: `at[r][c]` is the cell covering grid row r, column c. */
export interface GridLayout {
  readonly grid: FilledGrid;
  readonly cells: readonly PlacedCell[];
  readonly at: readonly (readonly (PlacedCell | undefined)[])[];
}

/**
 * A value as printed in a table: counts as integers, money (万元) as its
 * shortest exact decimal (9116.36, never 9116.360000000001 or 1e-7), blank as "".
 * @example valueText(7545) //=> "7545" (洪泽区 2024 行政事业性收费, 万元)
 */
export function valueText(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "";
  return numberToDecimalString(value);
}

/** The unit of money cells (the formats hold 万元 amounts). */
export const MONEY_UNIT = "万元";

/**
 * Whether a cell's value is printed with its unit: a money cell whose column
 * header does not name the unit (the 2019 format's 采购总金额), so that the
 * printed table never shows 12863.57 without saying 万元. The 2021 format's
 * 本年收费金额（单位：万元） names it, and its cells are printed bare.
 * @example unitInCell(getFormat("2019"), "table2", "procurement", "amountWan") //=> true
 */
export function unitInCell(format: FormatDef, table: TableId, row: string, col: string): boolean {
  const def = findCell(format, table, row, col);
  if (def?.unit !== "wan") return false;
  return ![...def.colDef.path, def.colDef.label].some((label) => label.includes(MONEY_UNIT));
}

function asFormat(format: FormatDef | FormatId): FormatDef {
  return typeof format === "string" ? getFormat(format) : format;
}

/**
 * Whether a 2021-format table 三 holds （六）其他处理 as one row (`otherHandling`,
 * corpus 2024-hongze-district) instead of, or beside, its three sub-rows.
 */
export function hasCollapsedOtherHandling(format: FormatDef | FormatId, tables: Tables): boolean {
  const f = asFormat(format);
  return f.id === "2021" && tables.table3?.otherHandling !== undefined;
}

/**
 * The official grid of a table with the report's values in its data cells.
 *
 * A 2021-format table 三 that holds （六）其他处理 as one row is drawn as the
 * report holds it: the collapsed row takes the place of the three sub-rows
 * (when the report has none of them), or stands above them (when it has both),
 * so that no number moves to a row it was not published in.
 * @example fillGrid("2019", "table3", { table3: { received: { total: 5 } } }).rows[3].at(-1).text //=> "5" (盐池县 2020 本年新收)
 */
export function fillGrid(format: FormatDef | FormatId, table: TableId, tables: Tables): FilledGrid {
  const f = asFormat(format);
  const base = tableGrid(f, table);
  const values = tables[table];
  const fill = (c: GridCell): FilledCell => {
    if (c.role !== "data" || !c.row || !c.col) return c;
    const v = values?.[c.row]?.[c.col];
    const text = valueText(v);
    const unit = text !== "" && unitInCell(f, table, c.row, c.col) ? MONEY_UNIT : "";
    return { ...c, text: text + unit, present: v !== undefined };
  };
  let rows: FilledCell[][] = base.rows.map((r) => r.map(fill));
  if (table === "table3" && hasCollapsedOtherHandling(f, tables)) {
    rows = withCollapsedOtherHandling(f, base, rows, tables);
  }
  return { table, width: base.width, rows, headerRows: base.headerRows };
}

/** Inserts (or substitutes) the collapsed （六）其他处理 row of a 2021-format table 三. */
function withCollapsedOtherHandling(
  f: FormatDef,
  base: TableGrid,
  rows: FilledCell[][],
  tables: Tables,
): FilledCell[][] {
  const values = tables.table3 ?? {};
  const subRows = rows
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.some((c) => c.role === "rowLabel" && c.row?.startsWith("otherHandling.")))
    .map(({ i }) => i);
  const [first] = subRows;
  if (first === undefined) return rows;
  const keepSubRows = Object.keys(values).some((k) => k.startsWith("otherHandling."));
  const layout = layoutGrid({ table: "table3", width: base.width, rows, headerRows: base.headerRows });
  // Group cells (三、本年度办理结果) anchored above and covering the sub-rows.
  const covering = new Set<PlacedCell>();
  for (let c = 0; c < base.width; c++) {
    const p = layout.at[first]?.[c];
    if (p && p.row < first && p.cell.role === "group") covering.add(p);
  }
  const block = f.tables.table3.blocks[0];
  const firstColumn = block?.columns[0];
  if (!block || !firstColumn) return rows;
  const { labelColumns, columns: defs } = block;
  const rowLabel = findCell(f, "table3", "otherHandling", firstColumn.code, {
    collapsedOtherHandling: true,
  })?.rowDef;
  if (!rowLabel) return rows;
  const collapsed: FilledCell[] = [
    {
      role: "rowLabel",
      text: rowLabel.label,
      colSpan: labelColumns - covering.size,
      rowSpan: 1,
      row: "otherHandling",
    },
    ...defs.map<FilledCell>((d) => {
      const v = values.otherHandling?.[d.code];
      return {
        role: "data",
        text: valueText(v),
        colSpan: 1,
        rowSpan: 1,
        row: "otherHandling",
        col: d.code,
        present: v !== undefined,
      };
    }),
  ];
  const delta = keepSubRows ? 1 : 1 - subRows.length;
  const out = rows.map((r, i) =>
    r.map((c, j) => {
      const p = layout.cells.find((x) => x.row === i && x.index === j);
      return p && covering.has(p) ? { ...c, rowSpan: c.rowSpan + delta } : c;
    }),
  );
  if (keepSubRows) {
    out.splice(first, 0, collapsed);
    return out;
  }
  // The first sub-row also holds the （六） group cell and the covering groups' anchors never sit there.
  out.splice(first, subRows.length, collapsed);
  return out;
}

/**
 * Places the grid's cells on a matrix (the HTML table model): every grid
 * position knows the cell covering it.
 */
export function layoutGrid(grid: FilledGrid): GridLayout {
  const at: (PlacedCell | undefined)[][] = grid.rows.map(() => new Array<PlacedCell | undefined>(grid.width));
  const cells: PlacedCell[] = [];
  grid.rows.forEach((row, r) => {
    let c = 0;
    row.forEach((cell, index) => {
      while (c < grid.width && at[r]?.[c]) c++;
      const placed: PlacedCell = {
        cell,
        index,
        row: r,
        col: c,
        rowSpan: cell.rowSpan,
        colSpan: cell.colSpan,
      };
      cells.push(placed);
      for (const covered of at.slice(r, r + cell.rowSpan)) {
        for (let dc = 0; dc < cell.colSpan && c + dc < grid.width; dc++) covered[c + dc] = placed;
      }
      c += cell.colSpan;
    });
  });
  return { grid, cells, at };
}

/** A column of a flattened block: its data column code and the header labels above it, outermost first. */
export interface FlatColumn {
  readonly col: string;
  readonly path: readonly string[];
}

/** A data row of a flattened block: the labels before it (groups, then its own) and its cells. */
export interface FlatRow {
  readonly row: string;
  readonly path: readonly string[];
  readonly cells: readonly FilledCell[];
}

/** One block of a table (table 二 has four or five) with merged cells flattened. */
export interface FlatBlock {
  /** The block's heading row (第二十条第（一）项), if any. */
  readonly heading?: string | undefined;
  /** The corner text over the row labels (信息内容, or table 三's 勾稽关系 note); undefined when the block has no label column. */
  readonly corner?: string | undefined;
  readonly columns: readonly FlatColumn[];
  readonly rows: readonly FlatRow[];
}

/**
 * The grid block by block, merged cells flattened: each data column with the
 * header labels above it, each data row with the group labels before it
 * (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密). Markdown, the cells
 * preview and the CSV template print these paths.
 */
export function flattenGrid(grid: FilledGrid): FlatBlock[] {
  const layout = layoutGrid(grid);
  const header = new Set(grid.headerRows);
  const blocks: FlatBlock[] = [];
  let r = 0;
  while (r < grid.rows.length) {
    let heading: string | undefined;
    const opening = grid.rows[r]?.[0];
    if (opening?.role === "heading") {
      heading = opening.text;
      r++;
    }
    const headStart = r;
    while (r < grid.rows.length && header.has(r) && grid.rows[r]?.[0]?.role !== "heading") r++;
    const headEnd = r;
    const bodyStart = r;
    while (r < grid.rows.length && !header.has(r)) r++;
    const bodyEnd = r;
    const firstBody = grid.rows[bodyStart] ?? [];
    const dataCells = layout.cells.filter((p) => p.row === bodyStart && p.cell.role === "data");
    const labelWidth = dataCells[0]?.col ?? 0;
    let corner: string | undefined;
    if (labelWidth > 0) {
      const p = layout.at[headStart]?.[0];
      corner = p?.cell.role === "corner" ? p.cell.text : "";
    }
    const columns = dataCells.map<FlatColumn>((d) => {
      const path: string[] = [];
      let last: PlacedCell | undefined;
      for (let hr = headStart; hr < headEnd; hr++) {
        const p = layout.at[hr]?.[d.col];
        if (p && p !== last && p.cell.role === "header") path.push(p.cell.text);
        last = p;
      }
      return { col: d.cell.col ?? "", path };
    });
    const rows: FlatRow[] = [];
    for (let br = bodyStart; br < bodyEnd; br++) {
      const path: string[] = [];
      let last: PlacedCell | undefined;
      for (let c = 0; c < labelWidth; c++) {
        const p = layout.at[br]?.[c];
        if (p && p !== last && (p.cell.role === "group" || p.cell.role === "rowLabel"))
          path.push(p.cell.text);
        last = p;
      }
      const cells = (grid.rows[br] ?? []).filter((c) => c.role === "data");
      rows.push({ row: cells[0]?.row ?? "", path, cells });
    }
    if (firstBody.length || heading !== undefined) blocks.push({ heading, corner, columns, rows });
    if (r === headStart && r === bodyStart && heading === undefined) r++; // defensive: never loop forever
  }
  return blocks;
}

/** A cell a report holds that the format's grid does not draw. */
export interface ExtraCell {
  readonly key: string;
  readonly value: number | null;
}

/**
 * Cells in a report's table that its format has no place for (they are listed
 * under the table rather than dropped). The collapsed （六）其他处理 of a
 * 2021-format table 三 is drawn in the grid, so it is not listed.
 */
export function extraCells(format: FormatDef | FormatId, table: TableId, tables: Tables): ExtraCell[] {
  const f = asFormat(format);
  const known = new Set(cellDefs(f, table).map((d) => cellKey(d.table, d.row, d.col)));
  const out: ExtraCell[] = [];
  for (const [row, cols] of Object.entries(tables[table] ?? {})) {
    for (const [col, value] of Object.entries(cols)) {
      if (value === undefined) continue;
      const key = cellKey(table, row, col);
      if (known.has(key)) continue;
      if (
        table === "table3" &&
        row === "otherHandling" &&
        findCell(f, table, row, col, { collapsedOtherHandling: true })
      ) {
        continue;
      }
      out.push({ key, value });
    }
  }
  return out;
}
