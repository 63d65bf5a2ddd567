// Step 7: the tables — each table the format has read from its section, or from around the
// first line that prints its own header: 二 and 三 row by row, 四 as its one row.
import type { FormatDef, TableId } from "@disclosure/schema";
import { normalizeLabel } from "../labels.js";
import { listOf } from "../lists.js";
import { lineText } from "../model.js";
import { readCasesTable, readRowsTable, type TableRead } from "../table/index.js";
import type { LaidOut } from "./layout.js";

const TABLES: readonly TableId[] = ["table2", "table3", "table4"];

/** Lines [start, end) where a table is read: its section, else around the first line with its header. */
export function tableRegion(
  format: FormatDef,
  table: TableId,
  laid: LaidOut,
): { start: number; end: number } | undefined {
  const { layout, lines } = laid;
  const own = layout.ranges[format.tables[table].section];
  if (own) return own;
  // The table's own header (第二十条第（一）项, the corner note, its first column label), not a
  // row label, which narrative text may mention too.
  const block = format.tables[table].blocks[0];
  const markers = listOf(
    [block.heading, block.cornerNote, block.columns[0]?.label].filter((x): x is string => !!x),
    normalizeLabel,
  );
  for (const [i, line] of lines.entries()) {
    const n = normalizeLabel(lineText(line));
    if (!markers.some((m) => n.includes(m))) continue;
    // From a little above (column headers) to the next section heading.
    const start = Math.max(0, i - 3, ...layout.headings.filter((h) => h.line <= i).map((h) => h.line + 1));
    const next = layout.headings.find((h) => h.line > i);
    return { start, end: next ? next.line : lines.length };
  }
  return undefined;
}

/** Reads every table the format has (a table without blocks is not expected). */
export function readTables(format: FormatDef, laid: LaidOut): TableRead[] {
  return listOf(
    TABLES.filter((t) => format.tables[t].blocks.length > 0),
    (table) => {
      const region = tableRegion(format, table, laid);
      const start = region?.start ?? 0;
      const end = region?.end ?? 0;
      return table === "table4"
        ? readCasesTable(format, laid.lines, start, end)
        : readRowsTable(format, table, laid.lines, start, end);
    },
  );
}
