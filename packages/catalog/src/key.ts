/**
 * Stable keys of catalog items: what publications point to (`Publication.item`) and what a
 * diff between two versions of a catalog matches on.
 */
import { areaKey } from "./area-match.js";
import type { CatalogItem } from "./item.js";
import { normalizeText } from "./normalize.js";

/**
 * The content key of an item: area, 公开主体, 一级/二级/三级事项 after normalisation (so a
 * Traditional-character or re-spaced copy has the same key).
 *
 * @example
 * contentKey({ area: "socialAssistance", publisher: "盐池县民政局",
 *   item: { level1: "最低生活保障", level2: "审核确认结果" }, … });
 * //=> "socialAssistance|盐池县民政局|最低生活保障|审核确认结果|"
 */
export function contentKey(item: Pick<CatalogItem, "area" | "publisher" | "item">): string {
  return [
    areaKey(item.area),
    normalizeText(item.publisher),
    normalizeText(item.item.level1 ?? ""),
    normalizeText(item.item.level2),
    normalizeText(item.item.level3 ?? ""),
  ].join("|");
}

/**
 * The key of one item: its `id` (事项编码) when it has one, else its content key.
 *
 * @example
 * itemKey({ id: "YC-MZ-001", … }); //=> "YC-MZ-001"
 */
export function itemKey(item: CatalogItem): string {
  return item.id ?? contentKey(item);
}

/**
 * The keys of all items in order; a key met again gets "#2", "#3" … so every item has its own.
 *
 * @example
 * catalogKeys([a, a]); //=> [itemKey(a), `${itemKey(a)}#2`]
 */
export function catalogKeys(
  items: readonly CatalogItem[],
  keyOf: (i: CatalogItem) => string = itemKey,
): string[] {
  const count = new Map<string, number>();
  return items.map((i) => {
    const k = keyOf(i);
    const n = (count.get(k) ?? 0) + 1;
    count.set(k, n);
    return n === 1 ? k : `${k}#${n}`;
  });
}
