/**
 * `diffCatalogs`: what the yearly revision of a catalog added, removed and changed, field by field.
 */
import type { Message } from "@disclosure/schema";
import { areaKey, areaName } from "./area-match.js";
import { formatChannels } from "./channel-cell.js";
import type { ItemRef } from "./coverage-types.js";
import type { Catalog, CatalogItem } from "./item.js";
import { catalogKeys, contentKey } from "./key.js";
import { normalizeText } from "./normalize.js";
import { AUDIENCE_LABELS, LEVEL_LABELS, MODE_LABELS, STANDARD_HEADER as H } from "./standard/columns.js";

/** A compared field of a catalog item, by its path in `CatalogItem`. */
export type DiffField =
  | "area"
  | "publisher"
  | "item.level1"
  | "item.level2"
  | "item.level3"
  | "content"
  | "basis"
  | "timeLimit"
  | "channels"
  | "audience"
  | "mode"
  | "levels"
  | "responsibleOffice"
  | "displayPeriodText";

/** The column a field is printed in (the standard header's label) and its English name. */
export const DIFF_FIELD_LABELS: Record<DiffField, Message> = {
  area: { zh: H.area, en: "area" },
  publisher: { zh: H.publisher, en: "unit" },
  "item.level1": { zh: H.level1, en: "level-1 item" },
  "item.level2": { zh: H.level2, en: "level-2 item" },
  "item.level3": { zh: H.level3, en: "level-3 item" },
  content: { zh: H.content, en: "content" },
  basis: { zh: H.basis, en: "basis" },
  timeLimit: { zh: H.timeLimit, en: "time limit" },
  channels: { zh: H.channels, en: "channels" },
  audience: { zh: H.audience, en: "audience" },
  mode: { zh: H.mode, en: "mode" },
  levels: { zh: H.levels, en: "levels" },
  responsibleOffice: { zh: H.responsibleOffice, en: "responsible office" },
  displayPeriodText: { zh: H.displayPeriod, en: "display period" },
};

/** One field's value before and after, as printed in the catalog. */
export type FieldChange = { field: DiffField; before: string; after: string };

export type { ItemRef } from "./coverage-types.js";

/** The result of `diffCatalogs`: plain JSON. */
export type CatalogDiff = {
  added: ItemRef[];
  removed: ItemRef[];
  changed: (ItemRef & { before: ItemRef; changes: FieldChange[] })[];
  unchanged: number;
  summary: Message;
};

const FIELDS: readonly [DiffField, (i: CatalogItem) => string][] = [
  ["area", (i) => areaName(i.area)],
  ["publisher", (i) => i.publisher],
  ["item.level1", (i) => i.item.level1 ?? ""],
  ["item.level2", (i) => i.item.level2],
  ["item.level3", (i) => i.item.level3 ?? ""],
  ["content", (i) => i.content],
  ["basis", (i) => i.basis],
  ["timeLimit", (i) => i.timeLimit.raw],
  ["channels", (i) => formatChannels(i.channels)],
  ["audience", (i) => i.audience.map((a) => AUDIENCE_LABELS[a]).join("、")],
  ["mode", (i) => i.mode.map((m) => MODE_LABELS[m]).join("、")],
  ["levels", (i) => (i.levels ?? []).map((l) => LEVEL_LABELS[l]).join("、")],
  ["responsibleOffice", (i) => i.responsibleOffice ?? ""],
  ["displayPeriodText", (i) => i.displayPeriodText ?? ""],
];

function ref(item: CatalogItem, key: string): ItemRef {
  const r: ItemRef = {
    key,
    area: areaKey(item.area),
    areaName: areaName(item.area),
    unit: item.publisher,
    level2: item.item.level2,
  };
  if (item.item.level1 !== undefined) r.level1 = item.item.level1;
  if (item.item.level3 !== undefined) r.level3 = item.item.level3;
  return r;
}

function changesBetween(a: CatalogItem, b: CatalogItem): FieldChange[] {
  const out: FieldChange[] = [];
  for (const [field, get] of FIELDS) {
    const before = get(a);
    const after = get(b);
    // Re-spacing, line breaks, full-width digits and 繁/简 of the same text are not changes.
    if (normalizeText(before) !== normalizeText(after)) out.push({ field, before, after });
  }
  return out;
}

/**
 * Compare two versions of a catalog. Items are matched by 事项编码 when every item of both has
 * one, else by area + 公开主体 + 一级/二级/三级事项; an item whose name changed is still matched
 * when its area, unit and 二级事项 — or its area, unit and 公开内容 — stay the same. Text that
 * differs only in spacing, line breaks, full-width characters or 繁/简 is unchanged.
 *
 * @example
 * // 2020 → 2021 revision of 盐池县民政局's 社会救助 items
 * const d = diffCatalogs(catalog2020, catalog2021);
 * d.changed[0].changes; //=> [{ field: "timeLimit", before: "信息形成之日起20个工作日内",
 * //                             after: "制定或获取信息之日起10个工作日内" }]
 * d.summary.zh; //=> "新增 2 项，删除 1 项，修改 1 项，未变 34 项"
 */
export function diffCatalogs(
  a: Catalog | readonly CatalogItem[],
  b: Catalog | readonly CatalogItem[],
  options: { by?: "id" | "content" } = {},
): CatalogDiff {
  const itemsA: readonly CatalogItem[] = "items" in a ? a.items : a;
  const itemsB: readonly CatalogItem[] = "items" in b ? b.items : b;
  const byId = options.by === "id" || (options.by === undefined && [...itemsA, ...itemsB].every((i) => i.id));
  const keyOf = byId ? (i: CatalogItem) => i.id ?? contentKey(i) : contentKey;
  const keysA = catalogKeys(itemsA, keyOf);
  const keysB = catalogKeys(itemsB, keyOf);
  const indexA = new Map(keysA.map((k, i) => [k, i]));
  const matchedA = new Set<number>();
  const pairs: [number, number][] = [];
  const unmatchedB: number[] = [];
  keysB.forEach((k, j) => {
    const i = indexA.get(k);
    if (i === undefined) unmatchedB.push(j);
    else {
      matchedA.add(i);
      pairs.push([i, j]);
    }
  });
  // Renamed items: same area, unit and 二级事项, or same area, unit and 公开内容.
  const secondary: ((i: CatalogItem) => string | undefined)[] = [
    (i) => `${areaKey(i.area)}|${normalizeText(i.publisher)}|${normalizeText(i.item.level2)}`,
    (i) =>
      i.content.trim() === ""
        ? undefined
        : `${areaKey(i.area)}|${normalizeText(i.publisher)}|${normalizeText(i.content)}`,
  ];
  let remainingB = unmatchedB;
  for (const k of secondary) {
    const pool = new Map<string, number[]>();
    itemsA.forEach((item, i) => {
      if (matchedA.has(i)) return;
      const key = k(item);
      if (key === undefined) return;
      const list = pool.get(key);
      if (list) list.push(i);
      else pool.set(key, [i]);
    });
    const next: number[] = [];
    for (const j of remainingB) {
      const b = itemsB[j];
      const key = b === undefined ? undefined : k(b);
      const i = key === undefined ? undefined : pool.get(key)?.shift();
      if (i === undefined) next.push(j);
      else {
        matchedA.add(i);
        pairs.push([i, j]);
      }
    }
    remainingB = next;
  }
  const changed: CatalogDiff["changed"] = [];
  let unchanged = 0;
  for (const [i, j] of pairs.sort((x, y) => x[1] - y[1])) {
    const a = itemsA[i];
    const b = itemsB[j];
    if (a === undefined || b === undefined) continue;
    const changes = changesBetween(a, b);
    if (changes.length === 0) unchanged++;
    else changed.push({ ...ref(b, keysB[j] ?? keyOf(b)), before: ref(a, keysA[i] ?? keyOf(a)), changes });
  }
  // catalogKeys gives one key per item, in order: the `?? keyOf` fallbacks are never taken.
  const added = remainingB.flatMap((j) => {
    const b = itemsB[j];
    return b === undefined ? [] : [ref(b, keysB[j] ?? keyOf(b))];
  });
  const removed = itemsA.flatMap((item, i) => (matchedA.has(i) ? [] : [ref(item, keysA[i] ?? keyOf(item))]));
  return {
    added,
    removed,
    changed,
    unchanged,
    summary: {
      zh: `新增 ${added.length} 项，删除 ${removed.length} 项，修改 ${changed.length} 项，未变 ${unchanged} 项`,
      en: `${added.length} added, ${removed.length} removed, ${changed.length} changed, ${unchanged} unchanged`,
    },
  };
}

/** An item as a line names it: unit, area, 一级/二级/三级事项. */
const refText = (r: ItemRef) =>
  `${r.unit} ${r.areaName} ${[r.level1, r.level2, r.level3].filter(Boolean).join("/")}`;
/** A value on one line: line breaks as spaces, nothing as （空）. */
const valueText = (v: string, lang: "zh" | "en") => {
  const t = v.replace(/\s*\n\s*/gu, " ").trim();
  return t === "" ? (lang === "zh" ? "（空）" : "(empty)") : t;
};

/**
 * A diff as lines to read: items added (+), removed (−) and changed (~), each change as
 * "column: before → after" under the column's name in the catalog (Chinese) or the field's
 * English name, then the summary.
 *
 * @example
 * describeDiff(diffCatalogs(catalog2020, catalog2021), "zh");
 * //=> ["~ 修改 盐池县民政局 社会救助 最低生活保障/审核确认结果",
 * //    "    公开时限：信息形成之日起20个工作日内 → 制定或获取信息之日起10个工作日内",
 * //    "新增 0 项，删除 0 项，修改 1 项，未变 34 项"]
 */
export function describeDiff(d: CatalogDiff, lang: "zh" | "en" = "zh"): string[] {
  const zh = lang === "zh";
  const lines: string[] = [];
  for (const x of d.added) lines.push(`+ ${zh ? "新增" : "added"} ${refText(x)}`);
  for (const x of d.removed) lines.push(`- ${zh ? "删除" : "removed"} ${refText(x)}`);
  for (const x of d.changed) {
    const was = refText(x.before);
    const renamed = was === refText(x) ? "" : zh ? `（原${was}）` : ` (was ${was})`;
    lines.push(`~ ${zh ? "修改" : "changed"} ${refText(x)}${renamed}`);
    for (const c of x.changes) {
      const name = DIFF_FIELD_LABELS[c.field][lang];
      lines.push(`    ${name}${zh ? "：" : ": "}${valueText(c.before, lang)} → ${valueText(c.after, lang)}`);
    }
  }
  lines.push(d.summary[lang]);
  return lines;
}
