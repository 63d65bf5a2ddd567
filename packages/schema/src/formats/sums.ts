// Which cells of the official tables add up to which: a 总计 column adds up the other columns
// of its group (table 三's six applicant columns, table 四's four results of each group); a row
// group printed with a subtotal adds up its rows; table 三's （七）总计 adds up the results; and
// table 三's corner note (勾稽关系): 第一项加第二项之和，等于第三项加第四项之和.
// The arithmetic over these is @disclosure/stats'.
import type { BlockDef, FormatDef } from "./types.js";

/** An identity of a table: `total` is the sum of `parts` (codes of columns of one row, or of rows in one column). */
export interface SumOf {
  readonly total: string;
  readonly parts: readonly string[];
}

/** An identity of two sums of rows, in every column: `left` adds up to what `right` adds up to. */
export interface Balance {
  readonly left: readonly string[];
  readonly right: readonly string[];
}

const TOTAL = "total";
const RESULTS = "results";
const RESULT_TOTAL = "resultTotal";
const OTHER_HANDLING = "otherHandling";

// The sums of a block are asked for every report checked or read: worked out once per block
// (format definitions never change) and frozen, so that no caller can change them for the next.
const columnSumsOf = new WeakMap<BlockDef, readonly SumOf[]>();
const groupSumsOf = new WeakMap<BlockDef, readonly SumOf[]>();

function remembered(
  cache: WeakMap<BlockDef, readonly SumOf[]>,
  block: BlockDef,
  work: () => readonly SumOf[],
) {
  let sums = cache.get(block);
  if (!sums) {
    sums = Object.freeze(
      work().map((s) => Object.freeze({ total: s.total, parts: Object.freeze([...s.parts]) })),
    );
    cache.set(block, sums);
  }
  return sums;
}

/** The group of a column code: `review` of `review.total`, "" of `total`. */
function columnGroup(code: string): string {
  const at = code.lastIndexOf(".");
  return at < 0 ? "" : code.slice(0, at);
}

function isTotalColumn(code: string): boolean {
  return code === TOTAL || code.endsWith(`.${TOTAL}`);
}

/**
 * The 总计 columns of a block and the columns each adds up: the other columns of its group
 * (`total` of all columns without a group, `review.total` of the `review.*` columns).
 * @example columnSums(getFormat("2021").tables.table3.blocks[0])
 * //=> [{ total: "total", parts: ["naturalPerson", "commercial", "research", "publicInterest", "legalService", "otherOrganization"] }]
 * @example columnSums(getFormat("2021").tables.table4.blocks[0])[0]
 * //=> { total: "review.total", parts: ["review.upheld", "review.corrected", "review.other", "review.pending"] }
 */
export function columnSums(block: BlockDef): readonly SumOf[] {
  return remembered(columnSumsOf, block, () => findColumnSums(block));
}

function findColumnSums(block: BlockDef): readonly SumOf[] {
  return block.columns
    .filter((c) => isTotalColumn(c.code))
    .map((t) => ({
      total: t.code,
      parts: block.columns
        .filter((c) => c.code !== t.code && columnGroup(c.code) === columnGroup(t.code))
        .map((c) => c.code),
    }));
}

/**
 * The row groups a printed subtotal row adds up, with their rows: the groups under another
 * group (table 三's （三）不予公开, （四）无法提供, （五）不予处理, and （六）其他处理 in the
 * 2021 format), in printed order.
 * @example groupSums(getFormat("2019").tables.table3.blocks[0]).map((s) => `${s.total}:${s.parts.length}`)
 * //=> ["withheld:8", "unavailable:3", "notProcessed:5"]
 */
export function groupSums(block: BlockDef): readonly SumOf[] {
  return remembered(groupSumsOf, block, () => findGroupSums(block));
}

function findGroupSums(block: BlockDef): readonly SumOf[] {
  return block.groups
    .filter((g) => g.parent !== undefined)
    .map((g) => ({ total: g.code, parts: block.rows.filter((r) => r.parent === g.code).map((r) => r.code) }))
    .filter((s) => s.parts.length > 0);
}

/**
 * Table 三's （七）总计 and the result rows it adds up (R3results of rules.md): 21 rows in the
 * 2021 format; 19 in the 2019 format, and in a 2021 report that prints （六）其他处理 as one row
 * (`collapsedOtherHandling`: its row `otherHandling` instead of its three sub-rows).
 * @example resultSum(getFormat("2021")).parts.length //=> 21
 */
export function resultSum(format: FormatDef, opts: { collapsedOtherHandling?: boolean } = {}): SumOf {
  const collapsed = !!opts.collapsedOtherHandling;
  const byShape = resultSumsOf.get(format) ?? new Map<boolean, SumOf>();
  resultSumsOf.set(format, byShape);
  let sum = byShape.get(collapsed);
  if (!sum) {
    const found = findResultSum(format, collapsed);
    sum = Object.freeze({ total: found.total, parts: Object.freeze([...found.parts]) });
    byShape.set(collapsed, sum);
  }
  return sum;
}

const resultSumsOf = new WeakMap<FormatDef, Map<boolean, SumOf>>();

function findResultSum(format: FormatDef, collapsedOtherHandling: boolean): SumOf {
  const block = format.tables.table3.blocks[0];
  const parentOf = new Map(block.groups.map((g) => [g.code, g.parent]));
  const inResults = (parent: string | undefined): boolean =>
    parent === RESULTS || (parent !== undefined && parentOf.get(parent) === RESULTS);
  const parts: string[] = [];
  for (const r of block.rows) {
    if (r.code === RESULT_TOTAL || !inResults(r.parent)) continue;
    if (collapsedOtherHandling && r.parent === OTHER_HANDLING) {
      if (!parts.includes(OTHER_HANDLING)) parts.push(OTHER_HANDLING);
      continue;
    }
    parts.push(r.code);
  }
  return { total: RESULT_TOTAL, parts };
}

/**
 * Table 三's 勾稽关系, printed in its corner (第一项加第二项之和，等于第三项加第四项之和):
 * 一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理, in every column. The same
 * in both formats.
 * @example table3Balance() //=> { left: ["received", "carriedIn"], right: ["resultTotal", "carriedOut"] }
 */
export function table3Balance(): Balance {
  return { left: ["received", "carriedIn"], right: [RESULT_TOTAL, "carriedOut"] };
}
