/**
 * Placing a publication on its catalog item the way offices file it: by the item's key when
 * the log carries it, else among the items of its unit (and area, when given) by the 所属事项
 * the content system files it under, then by its 栏目 (path), then by an item's name in its
 * title. What cannot be placed says why, in Chinese and English.
 */
import type { Message } from "@disclosure/schema";
import { areaKey, areaName, matchArea } from "./area-match.js";
import type { CatalogItem, Publication } from "./item.js";
import { normalizeText } from "./normalize.js";
import { PATH_SEPARATORS } from "./standard/publication-columns.js";

/** Why a publication was not placed on an item. */
export type UnmatchedReason =
  | "unknownItem"
  | "unknownUnit"
  | "itemNameUnknown"
  | "sectionUnknown"
  | "ambiguous"
  | "titleUnmatched"
  | "areaOnly";

/** Where a publication goes: an item's index, or why not (with the area it names, if any). */
export type Placement =
  | { index: number; by: "key" | "itemName" | "section" | "title" }
  | { reason: UnmatchedReason; why: Message };

type Named = { index: number; l1: string; l2: string; l3: string; area: string; label: string };

/** Items to choose among, and their names (三级, 二级, 一级事项) → items, for lookups without a scan. */
type Pool = {
  items: readonly Named[];
  l3: Map<string, Named[]>;
  l2: Map<string, Named[]>;
  l1: Map<string, Named[]>;
};

/** A text cache: the same unit names and 所属事项 come back on line after line. */
function memo(f: (s: string) => string, max = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size >= max) cache.clear();
      cache.set(s, v);
    }
    return v;
  };
}
const norm = memo(normalizeText);

function poolOf(items: readonly Named[]): Pool {
  const pool: Pool = { items, l3: new Map(), l2: new Map(), l1: new Map() };
  for (const c of items) {
    for (const level of ["l3", "l2", "l1"] as const) {
      if (c[level] === "") continue;
      const list = pool[level].get(c[level]);
      if (list) list.push(c);
      else pool[level].set(c[level], [c]);
    }
  }
  return pool;
}

const NONE: readonly Named[] = [];

/** The items a name picks out: the most specific level that matches, else a "上级-下级" path. */
function byName(pool: Pool, raw: string): readonly Named[] {
  const n = norm(raw);
  if (n === "") return NONE;
  const exact = pool.l3.get(n) ?? pool.l2.get(n) ?? pool.l1.get(n);
  if (exact) return exact;
  const parts = raw.split(PATH_SEPARATORS).map(norm).filter(Boolean);
  if (parts.length < 2) return NONE;
  const [up, last] = parts.slice(-2);
  return pool.items.filter((c) => (c.l3 === last && c.l2 === up) || (c.l2 === last && c.l1 === up));
}

/** Narrow by a 栏目 path: its deepest segment naming items decides; an area segment narrows. */
function bySection(pool: Pool, section: string): readonly Named[] {
  const parts = section.split(PATH_SEPARATORS).filter((s) => s.trim() !== "");
  let narrowed = pool;
  for (const part of parts) {
    const area = matchArea(part);
    if (!area) continue;
    const inArea = narrowed.items.filter((c) => c.area === areaKey(area));
    if (inArea.length > 0 && inArea.length < narrowed.items.length) narrowed = poolOf(inArea);
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    const part = parts[k];
    if (part === undefined) continue;
    const hit = byName(narrowed, part);
    if (hit.length > 0) return hit;
  }
  return narrowed === pool ? NONE : narrowed.items;
}

/** The item whose name (三级, 二级 or 一级事项) stands longest in the title; ties are all returned. */
function byTitle(pool: Pool, title: string): readonly Named[] {
  const t = norm(title);
  let best: Named[] = [];
  let bestLen = 0;
  for (const c of pool.items) {
    const len = Math.max(...[c.l3, c.l2, c.l1].map((name) => (name && t.includes(name) ? name.length : 0)));
    if (len === 0 || len < bestLen) continue;
    if (len > bestLen) best = [];
    bestLen = len;
    best.push(c);
  }
  return best;
}

const names = (hit: readonly Named[]) =>
  hit
    .slice(0, 3)
    .map((c) => c.label)
    .join("、") + (hit.length > 3 ? "等" : "");

/** Each unit's items with their names normalised for matching. */
function namesByUnit(items: readonly CatalogItem[]): Map<string, Named[]> {
  const byUnit = new Map<string, Named[]>();
  items.forEach((item, index) => {
    const unit = norm(item.publisher);
    const named: Named = {
      index,
      l1: norm(item.item.level1 ?? ""),
      l2: norm(item.item.level2),
      l3: norm(item.item.level3 ?? ""),
      area: areaKey(item.area),
      label: [item.item.level1, item.item.level2, item.item.level3].filter(Boolean).join("/"),
    };
    const list = byUnit.get(unit);
    if (list) list.push(named);
    else byUnit.set(unit, [named]);
  });
  return byUnit;
}

/**
 * A matcher over a catalog's items (with the keys coverage gives them).
 *
 * @example
 * const place = publicationMatcher(items, keys);
 * place({ title: "9月低保审核信息公示", unit: "盐池县民政局", date: "2020-10-15", itemName: "审核确认结果" });
 * //=> { index: 3, by: "itemName" }
 */
export function publicationMatcher(
  items: readonly CatalogItem[],
  keys: readonly string[],
): (p: Publication) => Placement {
  // One placement per item for the key path, shared (a log of millions names its items by key).
  const byKey = new Map<string, Placement>();
  keys.forEach((k, index) => {
    byKey.set(k, { index, by: "key" });
  });
  // Each unit's (and area's) pool of items, made when a publication without a key first needs it.
  let byUnit: Map<string, Named[]> | undefined;
  const pools = new Map<string, { unit: readonly Named[]; pool: Pool }>();
  const poolFor = (unit: string, area: string | undefined) => {
    const key = area === undefined ? unit : `${unit}\u0000${area}`;
    let known = pools.get(key);
    if (!known) {
      byUnit ??= namesByUnit(items);
      const all = byUnit.get(norm(unit)) ?? [];
      known = { unit: all, pool: poolOf(area === undefined ? all : all.filter((c) => c.area === area)) };
      if (pools.size >= 20_000) pools.clear();
      pools.set(key, known);
    }
    return known;
  };
  return (p) => {
    if (p.item !== undefined) {
      const placed = byKey.get(p.item);
      if (placed !== undefined) return placed;
      return {
        reason: "unknownItem",
        why: { zh: `事项编码“${p.item}”不在目录中`, en: `item key "${p.item}" is not in the catalog` },
      };
    }
    const { unit, pool } = poolFor(p.unit, p.area === undefined ? undefined : areaKey(p.area));
    return placeByNames(p, unit, pool);
  };
}

/** The first of 所属事项, 栏目, title that names exactly one item; else why none did. */
function placeByNames(p: Publication, unitItems: readonly Named[], pool: Pool): Placement {
  const unit = p.unit.trim();
  const tried: Message[] = [];
  let first: UnmatchedReason | undefined;
  const attempt = (
    by: "itemName" | "section" | "title",
    text: string | undefined,
    find: (pool: Pool, text: string) => readonly Named[],
  ): Placement | undefined => {
    if (text === undefined || text.trim() === "") return undefined;
    const hit = find(pool, text);
    const [only] = hit;
    if (only !== undefined && hit.length === 1) return { index: only.index, by };
    const what = WHAT[by];
    const reason = hit.length > 1 ? "ambiguous" : UNKNOWN[by];
    first ??= reason;
    tried.push(
      hit.length > 1
        ? {
            zh: `${what.zh}“${text}”对应${unit}目录中的多个事项（${names(hit)}）`,
            en: `${what.en} "${text}" fits several of ${unit}'s catalog items (${names(hit)})`,
          }
        : {
            zh: `${what.zh}“${text}”未对应${unit}目录中的事项`,
            en: `${what.en} "${text}" names none of ${unit}'s catalog items`,
          },
    );
    return undefined;
  };
  if (pool.items.length === 0) return noItems(p, unitItems.length > 0);
  const placed =
    attempt("itemName", p.itemName, byName) ??
    attempt("section", p.section, bySection) ??
    attempt("title", p.title, byTitle);
  if (placed) return placed;
  const why = { zh: tried.map((m) => m.zh).join("；"), en: tried.map((m) => m.en).join("; ") };
  return p.area === undefined ? { reason: first ?? "titleUnmatched", why } : areaOnly(p, why);
}

const WHAT = {
  itemName: { zh: "所属事项", en: "item name (所属事项)" },
  section: { zh: "栏目", en: "section (栏目)" },
  title: { zh: "标题", en: "title" },
} as const;
const UNKNOWN = { itemName: "itemNameUnknown", section: "sectionUnknown", title: "titleUnmatched" } as const;

/** A publication with an area that names no item: counted for its area only. */
function areaOnly(p: Publication, why: Message): Placement {
  const area = p.area === undefined ? "" : areaName(p.area);
  return {
    reason: "areaOnly",
    why: { zh: `${why.zh}；只能计入“${area}”领域`, en: `${why.en}; counted for the area ${area} only` },
  };
}

/** A publication whose unit has no items (in its area). */
function noItems(p: Publication, unitHasItems: boolean): Placement {
  const unit = p.unit.trim();
  const why = unitHasItems
    ? {
        zh: `发布机构“${unit}”在该领域没有目录事项`,
        en: `the unit "${unit}" has no catalog items in this area`,
      }
    : { zh: `发布机构“${unit}”在目录中没有事项`, en: `the unit "${unit}" has no items in the catalog` };
  return p.area === undefined ? { reason: "unknownUnit", why } : areaOnly(p, why);
}
