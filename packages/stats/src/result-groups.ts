// Table 三's results added up by group — （一）予以公开, （二）部分公开, （三）不予公开 (its eight
// rows), （四）无法提供, （五）不予处理, （六）其他处理 — for charts and summaries.
import { type Report, getFormat } from "@disclosure/schema";
import { resultSum } from "@disclosure/schema/internal";

export interface ResultGroupTotal {
  /** The group's code (withheld, unavailable, notProcessed, otherHandling) or the row's (granted, partlyGranted). */
  readonly code: string;
  /** The group's official label from the format (（三）不予公开 …). */
  readonly label: string;
  /** Sum of the group's rows in the column; blanks count as 0. */
  readonly value: number;
  /** The rows summed. */
  readonly rows: readonly string[];
}

/**
 * The results of table 三 by group, in one column (default 总计), in printed order; a
 * 2021 report that prints （六） as one row is summed like its three sub-rows.
 * @example resultGroupTotals(yanchiReport2020).map((g) => g.value) //=> [3, 1, 0, 1, 0, 0] (5 applications)
 */
export function resultGroupTotals(
  report: Pick<Report, "format" | "tables">,
  col = "total",
): ResultGroupTotal[] {
  const format = getFormat(report.format);
  const block = format.tables.table3.blocks[0];
  const results = new Set(resultSum(format).parts);
  const t3 = report.tables.table3 ?? {};
  const out: { code: string; label: string; value: number; rows: string[] }[] = [];
  const add = (code: string, label: string, row: string) => {
    const v = t3[row]?.[col];
    const value = typeof v === "number" ? v : 0;
    const hit = out.find((g) => g.code === code);
    if (hit) {
      hit.value += value;
      hit.rows.push(row);
    } else out.push({ code, label, value, rows: [row] });
  };
  for (const row of block.rows) {
    if (!results.has(row.code)) continue;
    const group = row.parent === "results" ? undefined : block.groups.find((g) => g.code === row.parent);
    if (group?.code === "otherHandling" && t3.otherHandling && !(row.code in t3)) continue;
    add(group?.code ?? row.code, group?.label ?? row.label, row.code);
  }
  // A 2021 report printing （六） as one row (corpus 2024-hongze-district).
  if (report.format === "2021" && t3.otherHandling) {
    const group = block.groups.find((g) => g.code === "otherHandling");
    if (group) add(group.code, group.label, "otherHandling");
  }
  return out;
}
