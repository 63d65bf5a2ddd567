// The synthetic county both coverage benchmarks read (coverage.bench.ts through synthetic.ts,
// cli-coverage.mjs through the built package): 2,000 units × 25 items cycling the real 公开时限
// wordings, and publications spread over 2020 with 信息形成日期 up to 6 weeks earlier, so
// deadlines cross 春节, 劳动节 and 国庆·中秋. Deterministic; plain JavaScript, so that a Node
// script runs it as it is.

/** mulberry32: a seeded PRNG, the same sequence on every platform. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The ISO date `n` days after 1 January 2020. */
export const day = (n) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/** The real 公开时限 wordings of the examples, "同上" left out. */
export const timeLimitWordings = (examples) =>
  examples.flatMap((e) => e.wordings).filter((w) => w !== "同上");

const AREAS = ["socialAssistance", "budget", "majorProjects", "employment", "healthcare"];

/** `units` × `perUnit` items, each unit's items cycling the parsed time limits. */
export function syntheticItems(limits, units = 2_000, perUnit = 25) {
  const items = [];
  for (let u = 0; u < units; u++) {
    for (let k = 0; k < perUnit; k++) {
      items.push({
        id: `U${u}-${k}`,
        area: AREAS[k % AREAS.length],
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

/** 4,096 (date, eventDate) pairs shared by the publications, as strings in an export are. */
function datePairs() {
  const r = rng(2020);
  return Array.from({ length: 4096 }, () => {
    const d = Math.floor(r() * 366);
    return [day(d), day(d - Math.floor(r() * 42))];
  });
}

/** `n` publications, one by one (nothing kept): a drawn item, its title, unit and key, and a date pair. */
export function* syntheticPublicationsOf(items, n) {
  const pairs = datePairs();
  const g = rng(7);
  for (let i = 0; i < n; i++) {
    const it = items[Math.floor(g() * items.length)];
    const [date, eventDate] = pairs[i & 4095];
    yield { title: it.item.level2, unit: it.publisher, date, eventDate, item: it.id };
  }
}
