// The grid of an official table as published: merged header cells, row-label
// groups, value cells. Every renderer (Markdown, HTML, text, .docx) draws this.
import type { FormatDef, FormatId, TableId } from "./types.js";
import { getFormat } from "./lookup.js";

export type GridRole = "heading" | "corner" | "header" | "group" | "rowLabel" | "data";

export interface GridCell {
  readonly role: GridRole;
  readonly text: string;
  readonly colSpan: number;
  readonly rowSpan: number;
  /** For data cells: the cell's codes. For header cells: the column code (leaf headers only). */
  readonly row?: string;
  readonly col?: string;
  /** For group label cells: the group code (results, withheld …). */
  readonly group?: string | undefined;
}

export interface TableGrid {
  readonly table: TableId;
  /** Number of grid columns. */
  readonly width: number;
  /** Rows of cells; cells covered by a merge are omitted (as in HTML). */
  readonly rows: readonly (readonly GridCell[])[];
  /** Indices of rows that are header rows (block headings and column headers). */
  readonly headerRows: readonly number[];
}

const gridCache = new Map<string, TableGrid>();

/**
 * The table as the official format draws it: merged header cells (信息内容, 申请人情况,
 * 法人或其他组织, 行政复议 / 行政诉讼), row groups (三、本年度办理结果, 不予公开 …),
 * value cells addressed by codes.
 * @example tableGrid("2021", "table4").rows[0] //=> [{text:"行政复议",colSpan:5,…},{text:"行政诉讼",colSpan:10,…}]
 */
export function tableGrid(format: FormatDef | FormatId, table: TableId): TableGrid {
  const f = typeof format === "string" ? getFormat(format) : format;
  const cacheKey = `${f.id}/${table}`;
  const cached = gridCache.get(cacheKey);
  if (cached) return cached;
  const def = f.tables[table];
  const width = Math.max(...def.blocks.map((b) => b.labelColumns + b.columns.length));
  const rows: GridCell[][] = [];
  const headerRows: number[] = [];

  for (const block of def.blocks) {
    if (block.heading) {
      headerRows.push(rows.length);
      rows.push([{ role: "heading", text: block.heading, colSpan: width, rowSpan: 1 }]);
    }
    const valueWidth = width - block.labelColumns;
    const lastSpan = valueWidth - (block.columns.length - 1);
    const spanOf = (i: number) => (i === block.columns.length - 1 ? lastSpan : 1);
    const depth = Math.max(...block.columns.map((c) => c.path.length)) + 1;

    for (let level = 0; level < depth; level++) {
      const cells: GridCell[] = [];
      if (level === 0 && block.labelColumns > 0) {
        cells.push({
          role: "corner",
          text: block.cornerNote ?? block.rowHeader ?? "",
          colSpan: block.labelColumns,
          rowSpan: depth,
        });
      }
      for (let i = 0; i < block.columns.length; ) {
        const c = block.columns[i];
        if (c === undefined) break;
        if (c.path.length < level) {
          i++;
          continue;
        }
        if (c.path.length === level) {
          cells.push({
            role: "header",
            text: c.label,
            colSpan: spanOf(i),
            rowSpan: depth - level,
            col: c.code,
          });
          i++;
          continue;
        }
        const prefix = c.path.slice(0, level + 1).join("\u0000");
        let j = i;
        let span = 0;
        while (
          j < block.columns.length &&
          (block.columns[j]?.path.length ?? 0) > level &&
          block.columns[j]?.path.slice(0, level + 1).join("\u0000") === prefix
        ) {
          span += spanOf(j);
          j++;
        }
        cells.push({ role: "header", text: c.path[level] ?? "", colSpan: span, rowSpan: 1 });
        i = j;
      }
      headerRows.push(rows.length);
      rows.push(cells);
    }

    const groupByLabel = new Map(block.groups.map((g) => [g.label, g.code]));
    for (const [r, rowDef] of block.rows.entries()) {
      const cells: GridCell[] = [];
      if (block.labelColumns > 0) {
        const p = rowDef.path;
        for (const [level, label] of p.entries()) {
          const prev = block.rows[r - 1];
          const samePrefix = (x: typeof rowDef | undefined) =>
            !!x &&
            x.path.length > level &&
            x.path.slice(0, level + 1).join("\u0000") === p.slice(0, level + 1).join("\u0000");
          if (samePrefix(prev)) continue;
          let n = 1;
          while (samePrefix(block.rows[r + n])) n++;
          cells.push({
            role: "group",
            text: label,
            colSpan: 1,
            rowSpan: n,
            group: groupByLabel.get(label),
          });
        }
        cells.push({
          role: "rowLabel",
          text: rowDef.label,
          colSpan: block.labelColumns - p.length,
          rowSpan: 1,
          row: rowDef.code,
        });
      }
      block.columns.forEach((c, i) => {
        cells.push({ role: "data", text: "", colSpan: spanOf(i), rowSpan: 1, row: rowDef.code, col: c.code });
      });
      rows.push(cells);
    }
  }
  const grid: TableGrid = { table, width, rows, headerRows };
  gridCache.set(cacheKey, grid);
  return grid;
}
