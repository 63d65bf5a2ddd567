/**
 * The standard two-row header (catalog.md §3.1) and item → cell texts, shared by the CSV and
 * XLSX writers. Labels come from standard/columns.ts.
 */
import { areaName } from "../area-match.js";
import { formatChannels } from "../channel-cell.js";
import type { CatalogItem } from "../item.js";
import {
  AUDIENCE_CODES,
  AUDIENCE_LABELS,
  LEVEL_CODES,
  LEVEL_LABELS,
  type LevelCode,
  MODE_CODES,
  MODE_LABELS,
  STANDARD_HEADER,
  TICK,
} from "../standard/columns.js";

/** One written column: its two header labels (a group label spans its sub-columns) and its cell. */
export type WrittenColumn = {
  top: string;
  sub: string;
  width: number;
  /** The cell text of `item`; `above` is the item written in the row above in the same table. */
  cell: (item: CatalogItem, above: CatalogItem | undefined) => string;
};

const sameRule = (a: CatalogItem, b: CatalogItem | undefined) =>
  b !== undefined && JSON.stringify(a.timeLimit.rule) === JSON.stringify(b.timeLimit.rule);

/**
 * The 公开时限 cell: the text as published, except a "同上" whose row above (as written now)
 * has another rule, which is written out as the text it referred to.
 */
function timeLimitCell(item: CatalogItem, above: CatalogItem | undefined): string {
  const t = item.timeLimit;
  if (t.resolvedFrom !== undefined && !sameRule(item, above)) return t.resolvedFrom;
  return t.raw;
}

/** Which optional columns a set of items needs. */
export type LayoutOptions = { areaColumn: boolean };

/**
 * The columns to write for these items: 序号, [事项编码], [领域], 公开事项 (一级/二级/[三级]),
 * 公开内容（要素）, 公开依据, 公开时限, 公开主体, [责任科室], 公开渠道和载体, 公开对象 (全社会/特定群体),
 * 公开方式 (主动/依申请), [公开层级 (the levels the items use; 县级/乡级 when none)], [公开时长], then
 * any extra columns the items were read with.
 */
export function catalogColumns(items: readonly CatalogItem[], options: LayoutOptions): WrittenColumn[] {
  const H = STANDARD_HEADER;
  const has = (f: (i: CatalogItem) => unknown) => items.some((i) => Boolean(f(i)));
  const cols: WrittenColumn[] = [
    { top: H.seq, sub: "", width: 6, cell: (i) => (i.seq === undefined ? "" : String(i.seq)) },
  ];
  if (has((i) => i.id)) cols.push({ top: H.id, sub: "", width: 12, cell: (i) => i.id ?? "" });
  if (options.areaColumn) cols.push({ top: H.area, sub: "", width: 14, cell: (i) => areaName(i.area) });
  cols.push(
    { top: H.item, sub: H.level1, width: 14, cell: (i) => i.item.level1 ?? "" },
    { top: H.item, sub: H.level2, width: 18, cell: (i) => i.item.level2 },
  );
  if (has((i) => i.item.level3))
    cols.push({ top: H.item, sub: H.level3, width: 18, cell: (i) => i.item.level3 ?? "" });
  cols.push(
    { top: H.content, sub: "", width: 36, cell: (i) => i.content },
    { top: H.basis, sub: "", width: 30, cell: (i) => i.basis },
    { top: H.timeLimit, sub: "", width: 22, cell: timeLimitCell },
    { top: H.publisher, sub: "", width: 16, cell: (i) => i.publisher },
  );
  if (has((i) => i.responsibleOffice)) {
    cols.push({ top: H.responsibleOffice, sub: "", width: 12, cell: (i) => i.responsibleOffice ?? "" });
  }
  cols.push({ top: H.channels, sub: "", width: 34, cell: (i) => formatChannels(i.channels) });
  for (const a of AUDIENCE_CODES) {
    cols.push({
      top: H.audience,
      sub: AUDIENCE_LABELS[a],
      width: 7,
      cell: (i) => {
        if (!i.audience.includes(a)) return "";
        return i.audienceNote && i.audience[0] === a ? i.audienceNote : TICK;
      },
    });
  }
  for (const m of MODE_CODES) {
    cols.push({ top: H.mode, sub: MODE_LABELS[m], width: 7, cell: (i) => (i.mode.includes(m) ? TICK : "") });
  }
  const used = new Set<LevelCode>(items.flatMap((i) => i.levels ?? []));
  const anyLevels = items.some((i) => i.levels !== undefined);
  const levels =
    used.size > 0
      ? LEVEL_CODES.filter((l) => used.has(l))
      : anyLevels
        ? (["county", "township"] as const)
        : [];
  for (const l of levels) {
    cols.push({
      top: H.levels,
      sub: LEVEL_LABELS[l],
      width: 6,
      cell: (i) => (i.levels?.includes(l) ? TICK : ""),
    });
  }
  if (has((i) => i.displayPeriodText)) {
    cols.push({ top: H.displayPeriod, sub: "", width: 12, cell: (i) => i.displayPeriodText ?? "" });
  }
  const extras = [...new Set(items.flatMap((i) => Object.keys(i.extra ?? {})))];
  for (const e of extras) cols.push({ top: e, sub: "", width: 14, cell: (i) => i.extra?.[e] ?? "" });
  return cols;
}

/** Characters XML 1.0 cannot hold (Excel and WPS refuse such files). */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/gu;

/** Remove characters that make a spreadsheet fail to open. */
export function cleanCellText(text: string): string {
  return text.replace(XML_INVALID, "");
}
