// Table 四 read from lines: one row of 15 cells under the 行政复议 / 行政诉讼 headers — the
// values after the table's header up to the first text that is not a header fragment; 15
// values, or fewer placed by x (PDF), or digits run together split so that each group's 总计
// adds up.
import type { FormatDef, TableId } from "@disclosure/schema";
import { isHeaderFragment, type LabelIndex, labelIndex } from "../labels.js";
import type { Line } from "../model.js";
import type { Token } from "../tokens.js";
import { headerCenters } from "./centers.js";
import { formatColumns } from "./columns.js";
import { fitRun } from "./fit.js";
import { readRow, warnBrokenTotals } from "./read-row.js";
import { headerTop, regionTokens } from "./region.js";
import { msg, readingResult, startReading, type TableRead, unreadRow } from "./result.js";
import { sumConstraint } from "./sums.js";

/** The values found under table 四's header, and the lines of the header and of the last value. */
interface CasesValues {
  readonly values: Token[];
  readonly header: boolean;
  readonly headerLine: number;
  readonly lastLine: number;
}

/** A line of empty cells as wide as the table (a blank form under the header). */
function isBlankRow(line: readonly Token[], width: number): boolean {
  return line.length >= width && line.every((t) => t.kind === "blank");
}

/**
 * Line by line: header lines (only header words, and the empty cells of merged headers) are
 * passed over; the numbers start on the first line with a number and run on over lines of
 * numbers and header words (a table split into its three groups) up to other text. A row of
 * empty cells under the header is taken when no number follows.
 */
function casesValues(tokens: readonly Token[][], index: LabelIndex, width: number): CasesValues {
  const values: Token[] = [];
  let header = false;
  let headerLine = -1;
  let lastLine = -1;
  let blankRow: readonly Token[] | undefined;
  for (const line of tokens) {
    const texts = line.filter((t) => t.kind === "text");
    if (texts.some((t) => !isHeaderFragment(t.norm, index))) {
      if (values.length) break;
      continue;
    }
    const firstText = texts[0];
    if (firstText && !header) {
      header = true;
      headerLine = firstText.line;
    }
    if (!header) continue;
    if (!texts.length && !blankRow && isBlankRow(line, width)) blankRow = line;
    const lastText = texts.at(-1);
    const lastTextAt = lastText ? line.lastIndexOf(lastText) : -1;
    const here = line.slice(lastTextAt + 1).filter((t) => t.kind !== "text");
    const hasValue = here.some((t) => t.kind === "value");
    if (!hasValue && (!values.length || texts.length)) continue;
    values.push(...here);
    lastLine = here.at(-1)?.line ?? lastLine;
  }
  if (!values.length && blankRow)
    return { values: [...blankRow], header, headerLine, lastLine: blankRow[0]?.line ?? lastLine };
  return { values, header, headerLine, lastLine };
}

/**
 * Reads table 四 (one row of 15 cells under the 行政复议 / 行政诉讼 headers) from the lines
 * [start, end): the values after the table's header, up to the first text that is not a
 * header fragment; 15 values, or fewer placed by x (PDF), or digits run together split so
 * that each group's 总计 adds up.
 */
export function readCasesTable(
  format: FormatDef,
  lines: readonly Line[],
  start: number,
  end: number,
): TableRead {
  const table: TableId = "table4";
  const reading = startReading(format, table);
  const index = labelIndex(format, table);
  const block = format.tables.table4.blocks[0];
  const row = block.rows[0];
  if (!row) throw new Error(`format ${format.id} has no row in table 四`);
  const columns = formatColumns(block);
  const tokens = regionTokens(lines, start, end);
  const { values, header, headerLine, lastLine } = casesValues(tokens, index, columns.length);
  const [first] = values;
  if (!first) {
    const reason = header
      ? msg("表头之后没有找到数字", "no numbers were found after the table's header")
      : msg("没有找到该表", "the table was not found");
    unreadRow(reading, row.code, columns, reason);
    return readingResult(reading, undefined, header);
  }
  const centers = values.every((v) => v.x !== undefined) ? headerCenters(tokens.flat(), columns) : undefined;
  const fit = fitRun(values, columns, centers, sumConstraint(table, block, columns));
  const loc = first.loc;
  if (!fit.ok) unreadRow(reading, row.code, columns, fit.reason, loc);
  else {
    const read = readRow(reading, row.code, "表四", columns, fit, loc);
    warnBrokenTotals(reading, block, columns, read, loc, (b) => {
      const group = block.columns.find((c) => c.code === b.sum.total)?.path.join("/");
      return msg(
        `表四 ${group}：四项之和 ${b.parts} 不等于总计 ${b.total}（按原样读取）`,
        `table 四 ${group}: the four columns add up to ${b.parts}, not to the printed total ${b.total} (read as printed)`,
      );
    });
  }
  const top = headerTop(tokens, start, headerLine >= 0 ? headerLine : first.line, index);
  return readingResult(reading, { start: top, end: lastLine + 1 });
}
