/**
 * `twoRowHeader`: a table header of one row or two (a group label over sub-labels), as offices
 * print it in XLSX (the group merged across its columns, so every cell of the merge reads as the
 * label) and in CSV (the label only in the group's first column, empty cells after it). Shared by
 * the catalog and the documents register readers; what the labels mean is theirs to say.
 */
import { normalizeHeaderLabel } from "./normalize.js";

/** What a reader knows about its labels. */
export type HeaderVocabulary = {
  /** Is this top-row label a group label (公开事项, 日期)? */
  isGroup: (label: string) => boolean;
  /** Does this sub-label mean something under this group label? */
  isSub: (sub: string, group: string) => boolean;
  /** Is this top-row label a column of its own (序号, 文件名称)? */
  isColumn: (label: string) => boolean;
};

/** Each column's top label (a group spread over its columns) and sub-label ("" when none); `rows`: 1 or 2. */
export type HeaderRows = { tops: string[]; subs: string[]; rows: 1 | 2 };

const clean = (s: string | undefined) => (s ?? "").replace(/\s+/gu, "");

/**
 * Read a header that may span two rows. A group label is spread over the empty top cells after
 * it that have a sub-label (the CSV form of a merged cell). `next` is a sub-header row when some
 * column under a group label holds a sub-label the vocabulary knows, and no column of its own
 * has anything under it but its own label again (an XLSX cell merged down over both rows).
 * Whitespace inside labels is removed.
 *
 * @example
 * // 盐池县人民政府's register: 日期 over 印发日期 and 废止日期, as a CSV has it.
 * twoRowHeader(
 *   ["序号", "文件名称", "文号", "日期", "", "状态"],
 *   ["", "", "", "印发日期", "废止日期", ""],
 *   { isGroup: (l) => l === "日期", isSub: (s) => s.endsWith("日期"), isColumn: (l) => ["序号", "文件名称", "文号", "状态"].includes(l) },
 * );
 * //=> { tops: ["序号", "文件名称", "文号", "日期", "日期", "状态"],
 * //     subs: ["", "", "", "印发日期", "废止日期", ""], rows: 2 }
 */
export function twoRowHeader(
  top: readonly string[],
  next: readonly string[] | undefined,
  vocabulary: HeaderVocabulary,
): HeaderRows {
  const { isGroup, isSub, isColumn } = vocabulary;
  const width = Math.max(top.length, next?.length ?? 0);
  const tops: string[] = [];
  let lastGroup: string | undefined;
  for (let c = 0; c < width; c++) {
    const t = clean(top[c]);
    if (t !== "") {
      tops.push(t);
      lastGroup = isGroup(t) ? t : undefined;
    } else if (lastGroup && clean(next?.[c]) !== "") tops.push(lastGroup);
    else tops.push("");
  }
  const isSubRow =
    next !== undefined &&
    tops.some((t, c) => isGroup(t) && clean(next[c]) !== "" && isSub(clean(next[c]), t)) &&
    tops.every((t, c) => {
      if (!isColumn(t)) return true;
      const n = clean(next[c]);
      return n === "" || normalizeHeaderLabel(n) === normalizeHeaderLabel(t);
    });
  const subs = tops.map((_, c) => (isSubRow ? clean(next?.[c]) : ""));
  return { tops, subs, rows: isSubRow ? 2 : 1 };
}
