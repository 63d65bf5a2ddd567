import { COLLAPSED_OTHER_HANDLING_2021, v2021 } from "./v2021.js";
import { v2019 } from "./v2019.js";
import type {
  BlockDef,
  CellUnit,
  ColumnDef,
  FormatDef,
  FormatId,
  RowDef,
  SectionDef,
  SectionId,
  TableId,
} from "./types.js";

/** The official formats as data: `formats.v2021` (国办公开办函〔2021〕30号) and `formats.v2019` (〔2019〕60号). */
export const formats = { v2021, v2019 } as const;

export const FORMAT_IDS: readonly FormatId[] = ["2021", "2019"];
export const TABLE_IDS: readonly TableId[] = ["table2", "table3", "table4"];

/**
 * The format definition for an id.
 * @example getFormat("2021").tables.table3.blocks[0].rows[0].label //=> "一、本年新收政府信息公开申请数量"
 */
export function getFormat(id: FormatId): FormatDef {
  return id === "2019" ? v2019 : v2021;
}

/**
 * The format a report on `year` uses: 2019 trial format for 2019 and 2020, 2021 format from 2021 on.
 * @example formatForYear(2020) //=> "2019" (the 盐池县 2020 report)
 */
export function formatForYear(year: number): FormatId {
  return year <= 2020 ? "2019" : "2021";
}

/** One addressable cell of a format, with its definitions. */
export interface CellDef {
  readonly table: TableId;
  readonly row: string;
  readonly col: string;
  readonly unit: CellUnit;
  readonly block: BlockDef;
  readonly rowDef: RowDef;
  readonly colDef: ColumnDef;
}

/** The key of a cell in maps: `table3/received/total`. */
export function cellKey(table: string, row: string, col: string): string {
  return `${table}/${row}/${col}`;
}

interface FormatIndex {
  cells: CellDef[];
  /** The cells of each table, in printed order. */
  byTable: Map<string, CellDef[]>;
  /** table → row → column → cell: looked up without building a key string (a hot path). */
  byPath: Map<string, Map<string, Map<string, CellDef>>>;
  rows: Map<string, { row: RowDef; block: BlockDef }>;
  /** The collapsed （六） row's cells of a 2021 format, by column, made on first use. */
  collapsed: Map<string, CellDef | undefined>;
}
const indexCache = new Map<FormatDef, FormatIndex>();

function indexOf(format: FormatDef): FormatIndex {
  let idx = indexCache.get(format);
  if (idx) return idx;
  const cells: CellDef[] = [];
  const byTable = new Map<string, CellDef[]>();
  const byPath = new Map<string, Map<string, Map<string, CellDef>>>();
  const rows = new Map<string, { row: RowDef; block: BlockDef }>();
  for (const table of TABLE_IDS) {
    const tableCells: CellDef[] = [];
    const tableRows = new Map<string, Map<string, CellDef>>();
    for (const block of format.tables[table].blocks) {
      for (const rowDef of block.rows) {
        rows.set(`${table}/${rowDef.code}`, { row: rowDef, block });
        const rowCells = tableRows.get(rowDef.code) ?? new Map<string, CellDef>();
        tableRows.set(rowDef.code, rowCells);
        for (const colDef of block.columns) {
          const def: CellDef = {
            table,
            row: rowDef.code,
            col: colDef.code,
            unit: rowDef.unit ?? colDef.unit,
            block,
            rowDef,
            colDef,
          };
          cells.push(def);
          tableCells.push(def);
          // The last definition of a key wins, as it did in a map keyed by cellKey.
          rowCells.set(colDef.code, def);
        }
      }
    }
    byTable.set(table, tableCells);
    byPath.set(table, tableRows);
  }
  idx = { cells, byTable, byPath, rows, collapsed: new Map() };
  indexCache.set(format, idx);
  return idx;
}

function asFormat(format: FormatDef | FormatId): FormatDef {
  return typeof format === "string" ? getFormat(format) : format;
}

/**
 * Every cell of a format (or of one table), in the order the official table prints them.
 * @example cellDefs("2021", "table3").length //=> 175 (25 rows × 7 columns)
 */
export function cellDefs(format: FormatDef | FormatId, table?: TableId): readonly CellDef[] {
  const idx = indexOf(asFormat(format));
  if (!table) return idx.cells;
  // A copy, as before: callers may keep or change the list they are given.
  return [...(idx.byTable.get(table) ?? [])];
}

/** A cell of the index by its codes; codes that are not strings are read as text, as a key would read them. */
function cellAt(idx: FormatIndex, table: string, row: string, col: string): CellDef | undefined {
  if (typeof table !== "string" || typeof row !== "string" || typeof col !== "string") {
    return cellAt(idx, `${table}`, `${row}`, `${col}`);
  }
  return idx.byPath.get(table)?.get(row)?.get(col);
}

/** The collapsed （六） row's cell of a column of a 2021 format (made once per format and column). */
function collapsedCell(f: FormatDef, idx: FormatIndex, col: string): CellDef | undefined {
  if (idx.collapsed.has(col)) return idx.collapsed.get(col);
  const block = f.tables.table3.blocks[0];
  const colDef = block?.columns.find((c) => c.code === col);
  const def: CellDef | undefined =
    colDef && block
      ? {
          table: "table3",
          row: "otherHandling",
          col,
          unit: "count",
          block,
          rowDef: COLLAPSED_OTHER_HANDLING_2021,
          colDef,
        }
      : undefined;
  // Columns the format has are few; a column it lacks (any text) is not remembered.
  if (def) idx.collapsed.set(col, def);
  return def;
}

/**
 * The definition of one cell, or undefined when the format has no such cell.
 * A 2021-format report may carry `table3/otherHandling/*` (（六） printed as one row);
 * pass `{ collapsedOtherHandling: true }` to accept it.
 */
export function findCell(
  format: FormatDef | FormatId,
  table: string,
  row: string,
  col: string,
  opts: { collapsedOtherHandling?: boolean } = {},
): CellDef | undefined {
  const f = asFormat(format);
  const idx = indexOf(f);
  const hit = cellAt(idx, table, row, col);
  if (
    hit ||
    !opts.collapsedOtherHandling ||
    f.id !== "2021" ||
    table !== "table3" ||
    row !== "otherHandling"
  ) {
    return hit;
  }
  return collapsedCell(f, idx, col);
}

/** A row definition and its block. */
export function findRow(
  format: FormatDef | FormatId,
  table: TableId,
  row: string,
): { row: RowDef; block: BlockDef } | undefined {
  return indexOf(asFormat(format)).rows.get(`${table}/${row}`);
}

/** The rows of a table, across its blocks, in printed order. */
export function tableRows(format: FormatDef | FormatId, table: TableId): readonly RowDef[] {
  return asFormat(format).tables[table].blocks.flatMap((b) => b.rows);
}

/**
 * The official label of a row.
 * @example rowLabel("2021", "table3", "withheld.securityStability") //=> "3.危及“三安全一稳定”"
 */
export function rowLabel(format: FormatDef | FormatId, table: TableId, row: string): string | undefined {
  return findRow(format, table, row)?.row.label;
}

/**
 * The official label of a column of a row's block, with its header groups.
 * @example columnLabel("2021", "table3", "received", "commercial") //=> "法人或其他组织 商业企业"
 */
export function columnLabel(
  format: FormatDef | FormatId,
  table: TableId,
  row: string,
  col: string,
  sep = " ",
): string | undefined {
  const c = findRow(format, table, row)?.block.columns.find((x) => x.code === col);
  if (!c) return undefined;
  const path = c.path.filter((p) => p !== "申请人情况");
  return [...path, c.label].join(sep);
}

/** A section definition. */
export function section(format: FormatDef | FormatId, id: SectionId): SectionDef {
  const s = asFormat(format).sections.find((x) => x.id === id);
  if (!s) throw new Error(`unknown section ${id}`);
  return s;
}
