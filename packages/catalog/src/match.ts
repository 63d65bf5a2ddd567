/**
 * Placing a publication on its catalog item the way offices file it: by the item's key when
 * the log carries it, else among the items of its unit (and area, when given) by the 所属事项
 * the content system files it under, then by its 栏目 (path), then by an item's name in its
 * title. What cannot be placed says why, in Chinese and English.
 */
import { areaKey, areaName, matchArea } from "./area-match";
import type { CatalogItem, Message, Publication } from "./item";
import { normalizeText } from "./normalize";
import { PATH_SEPARATORS } from "./standard/publication-columns";

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

/** A text cache: the same unit names and 所属事项 come back on line after line. */
function memo(f: (s: string) => string, max = 50_000): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = f(s);
      if (cache.size < max) cache.set(s, v);
    }
    return v;
  };
}
const norm = memo(normalizeText);

/** The items a name picks out among candidates: the most specific level that matches. */
function byName(cands: readonly Named[], raw: string): Named[] {
  const n = norm(raw);
  if (n === "") return [];
  for (const level of ["l3", "l2", "l1"] as const) {
    const hit = cands.filter((c) => c[level] === n);
    if (hit.length > 0) return hit;
  }
  const parts = raw.split(PATH_SEPARATORS).map(norm).filter(Boolean);
  if (parts.length < 2) return [];
  const [up, last] = parts.slice(-2);
  return cands.filter((c) => (c.l3 === last && c.l2 === up) || (c.l2 === last && c.l1 === up));
}

/** Narrow by a 栏目 path: its deepest segment naming items decides; an area segment narrows. */
function bySection(cands: readonly Named[], section: string): Named[] {
  const parts = section.split(PATH_SEPARATORS).filter((s) => s.trim() !== "");
  let pool = cands;
  for (const part of parts) {
    const area = matchArea(part);
    if (area) {
      const inArea = pool.filter((c) => c.area === areaKey(area));
      if (inArea.length > 0 && inArea.length < pool.length) pool = inArea;
    }
  }
  for (let k = parts.length - 1; k >= 0; k--) {
    const hit = byName(pool, parts[k]);
    if (hit.length > 0) return hit;
  }
  return pool === cands ? [] : [...pool];
}

/** The item whose name (三级, 二级 or 一级事项) stands longest in the title; ties are all returned. */
function byTitle(cands: readonly Named[], title: string): Named[] {
  const t = norm(title);
  let best: Named[] = [];
  let bestLen = 0;
  for (const c of cands) {
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
  const byKey = new Map<string, number>();
  keys.forEach((k, i) => {
    byKey.set(k, i);
  });
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
  return (p) => {
    if (p.item !== undefined) {
      const index = byKey.get(p.item);
      if (index !== undefined) return { index, by: "key" };
      return {
        reason: "unknownItem",
        why: { zh: `事项编码“${p.item}”不在目录中`, en: `item key "${p.item}" is not in the catalog` },
      };
    }
    return placeByNames(p, byUnit.get(norm(p.unit)) ?? []);
  };
}

/** Place a publication without a key among its unit's items. */
function placeByNames(p: Publication, unitItems: readonly Named[]): Placement {
  const unit = p.unit.trim();
  const area = p.area === undefined ? undefined : areaKey(p.area);
  const cands = area === undefined ? unitItems : unitItems.filter((c) => c.area === area);
  const areaOnly = (why: Message): Placement =>
    p.area === undefined
      ? { reason: "unknownUnit", why }
      : {
          reason: "areaOnly",
          why: {
            zh: `${why.zh}；只能计入“${areaName(p.area)}”领域`,
            en: `${why.en}; counted for the area ${areaName(p.area)} only`,
          },
        };
  if (cands.length === 0) {
    return areaOnly(
      unitItems.length === 0
        ? { zh: `发布机构“${unit}”在目录中没有事项`, en: `the unit "${unit}" has no items in the catalog` }
        : {
            zh: `发布机构“${unit}”在该领域没有目录事项`,
            en: `the unit "${unit}" has no catalog items in this area`,
          },
    );
  }
  const tried: Message[] = [];
  let first: UnmatchedReason | undefined;
  const note = (reason: UnmatchedReason, why: Message) => {
    first ??= reason;
    tried.push(why);
  };
  const sources = [
    {
      by: "itemName" as const,
      text: p.itemName,
      find: byName,
      what: { zh: "所属事项", en: "item name (所属事项)" },
    },
    { by: "section" as const, text: p.section, find: bySection, what: { zh: "栏目", en: "section (栏目)" } },
    { by: "title" as const, text: p.title, find: byTitle, what: { zh: "标题", en: "title" } },
  ];
  for (const s of sources) {
    if (s.text === undefined || s.text.trim() === "") continue;
    const hit = s.find(cands, s.text);
    if (hit.length === 1) return { index: hit[0].index, by: s.by };
    if (hit.length > 1) {
      note("ambiguous", {
        zh: `${s.what.zh}“${s.text}”对应${unit}目录中的多个事项（${names(hit)}）`,
        en: `${s.what.en} "${s.text}" fits several of ${unit}'s catalog items (${names(hit)})`,
      });
    } else {
      const reason =
        s.by === "itemName" ? "itemNameUnknown" : s.by === "section" ? "sectionUnknown" : "titleUnmatched";
      note(reason, {
        zh: `${s.what.zh}“${s.text}”未对应${unit}目录中的事项`,
        en: `${s.what.en} "${s.text}" names none of ${unit}'s catalog items`,
      });
    }
  }
  const why = { zh: tried.map((m) => m.zh).join("；"), en: tried.map((m) => m.en).join("; ") };
  return p.area === undefined ? { reason: first ?? "titleUnmatched", why } : areaOnly(why);
}
