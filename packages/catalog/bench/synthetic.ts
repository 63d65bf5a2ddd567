/**
 * A synthetic catalog of 50,000 items (2,000 units × 25 items cycling the 35 real 公开时限
 * wordings of catalog.md §4.3) and 1,000,000 publications spread over 2020 with 信息形成日期
 * up to 6 weeks earlier, so deadlines cross 春节, 劳动节 and 国庆·中秋. Deterministic; the data
 * itself is synthetic-data.mjs, which bench/cli-coverage.mjs reads too.
 */
import type { CatalogItem, Publication } from "../src/item.js";
import { TIME_LIMIT_EXAMPLES } from "../src/standard/time-limit-examples.js";
import { parseTimeLimit } from "../src/time-limit.js";
import { syntheticItems, syntheticPublicationsOf, timeLimitWordings } from "./synthetic-data.mjs";

export const PERIOD = { from: "2020-01-01", to: "2020-12-31" };
export const PUBLICATIONS = 1_000_000;

const limits = timeLimitWordings(TIME_LIMIT_EXAMPLES).map((w) => parseTimeLimit(w));

/** 2,000 units × 25 items. */
export function syntheticCatalog(units = 2_000, perUnit = 25): CatalogItem[] {
  return syntheticItems(limits, units, perUnit);
}

/** The publications, generated one by one (nothing kept in memory). */
export function syntheticPublications(
  items: readonly CatalogItem[],
  n = PUBLICATIONS,
): Generator<Publication> {
  return syntheticPublicationsOf(items, n);
}
