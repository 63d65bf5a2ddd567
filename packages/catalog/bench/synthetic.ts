/**
 * A synthetic catalog of 50,000 items (2,000 units × 25 items cycling the 35 real 公开时限
 * wordings of catalog.md §4.3) and 1,000,000 publications spread over 2020 with 信息形成日期
 * up to 6 weeks earlier, so deadlines cross 春节, 劳动节 and 国庆·中秋. Deterministic.
 */
import type { CatalogItem, Publication } from "../src/item";
import { TIME_LIMIT_EXAMPLES } from "../src/standard/time-limit-examples";
import { parseTimeLimit } from "../src/time-limit";

export const PERIOD = { from: "2020-01-01", to: "2020-12-31" };
export const PUBLICATIONS = 1_000_000;

const wordings = TIME_LIMIT_EXAMPLES.flatMap((e) => e.wordings).filter((w) => w !== "同上");
const limits = wordings.map((w) => parseTimeLimit(w));
const areas = ["socialAssistance", "budget", "majorProjects", "employment", "healthcare"] as const;

/** 2,000 units × 25 items. */
export function syntheticCatalog(units = 2_000, perUnit = 25): CatalogItem[] {
  const items: CatalogItem[] = [];
  for (let u = 0; u < units; u++) {
    for (let k = 0; k < perUnit; k++) {
      items.push({
        id: `U${u}-${k}`,
        area: areas[k % areas.length],
        item: { level1: `一级事项${k % 7}`, level2: `二级事项${k}` },
        content: "",
        basis: "《政府信息公开条例》",
        timeLimit: limits[(u + k) % limits.length],
        publisher: `单位${u}`,
        channels: [{ code: "website", required: true }],
        audience: ["public"],
        mode: ["proactive"],
      });
    }
  }
  return items;
}

/** mulberry32. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** 4,096 (date, eventDate) pairs shared by the publications, as strings in an export are. */
const pairs = (() => {
  const r = rng(2020);
  return Array.from({ length: 4096 }, () => {
    const d = Math.floor(r() * 366);
    return [day(d), day(d - Math.floor(r() * 42))] as const;
  });
})();

/** The publications, generated one by one (nothing kept in memory). */
export function* syntheticPublications(
  items: readonly CatalogItem[],
  n = PUBLICATIONS,
): Generator<Publication> {
  const g = rng(7);
  for (let i = 0; i < n; i++) {
    const it = items[Math.floor(g() * items.length)];
    const [date, eventDate] = pairs[i & 4095];
    yield { title: it.item.level2, unit: it.publisher, date, eventDate, item: it.id as string };
  }
}
