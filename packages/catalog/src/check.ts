/**
 * `checkCatalog`: the checks catalog.md §6 lists for a catalog's own rows (not yet its
 * publications): areas outside the 26, unreadable or over-long time limits, rows with nothing
 * ticked, duplicate items.
 */
import { areaName, isStandardArea } from "./area-match.js";
import type { CoverageFinding } from "./coverage-types.js";
import type { Catalog, CatalogItem, SimpleRule } from "./item.js";
import { catalogKeys, itemKey } from "./key.js";
import { DEFAULT_WORKING_DAYS } from "./standard/time-limit-words.js";

/** A finding about one catalog row, located where the row was read. */
export type CatalogFinding = CoverageFinding & { location?: CatalogItem["source"] };

function simpleRules(item: CatalogItem): SimpleRule[] {
  const r = item.timeLimit.rule;
  return r.kind === "composite" ? r.parts.map((p) => p.rule) : [r];
}

/**
 * Check a catalog's rows. Rule ids: CAT-AREA-ADDITIONAL (info), CAT-TIME-LIMIT-UNPARSED,
 * CAT-TIME-LIMIT-LONG (a clock from 信息形成 longer than 条例第二十六条's 20 working days, unless
 * the row says a law provides otherwise), CAT-NO-AUDIENCE, CAT-NO-MODE, CAT-NO-CHANNEL,
 * CAT-NO-PUBLISHER, CAT-DUPLICATE-ITEM (warnings).
 *
 * @example
 * checkCatalog({ items: [{ …, timeLimit: parseTimeLimit("信息形成之日起30个工作日内") }] })[0].rule;
 * //=> "CAT-TIME-LIMIT-LONG"
 */
export function checkCatalog(catalog: Catalog | readonly CatalogItem[]): CatalogFinding[] {
  const items: readonly CatalogItem[] = "items" in catalog ? catalog.items : catalog;
  const keys = catalogKeys(items);
  const out: CatalogFinding[] = [];
  const additional = new Set<string>();
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const name = `“${item.item.level2}”（${item.publisher || "未填公开主体"}，${areaName(item.area)}）`;
    const nameEn = `"${item.item.level2}" (${item.publisher || "no unit"}, ${areaName(item.area)})`;
    const base = {
      cells: [],
      // catalogKeys gives one key per item, in order: the fallback is never taken.
      item: keys[i] ?? itemKey(item),
      ...(item.publisher ? { unit: item.publisher } : {}),
      ...(item.source ? { location: item.source } : {}),
    };
    const push = (rule: string, severity: CatalogFinding["severity"], zh: string, en: string) =>
      out.push({ rule, severity, ...base, message: { zh: `${name}${zh}`, en: `${nameEn}: ${en}` } });
    if (!isStandardArea(item.area) && !additional.has(item.area.other)) {
      additional.add(item.area.other);
      push(
        "CAT-AREA-ADDITIONAL",
        "info",
        "属于26个标准领域之外的附加领域",
        "belongs to an area outside the 26 standard areas",
      );
    }
    for (const rule of simpleRules(item)) {
      if (rule.kind === "unparsed") {
        push(
          "CAT-TIME-LIMIT-UNPARSED",
          "warning",
          `的公开时限“${item.timeLimit.raw}”无法识别`,
          `time limit "${item.timeLimit.raw}" not recognised`,
        );
      } else if (
        rule.kind === "within" &&
        (rule.start === "formedOrChanged" || rule.start === "formed") &&
        rule.limit.unit === "workingDay" &&
        rule.limit.amount > DEFAULT_WORKING_DAYS &&
        !item.timeLimit.lawOverrides
      ) {
        push(
          "CAT-TIME-LIMIT-LONG",
          "warning",
          `的公开时限${rule.limit.amount}个工作日长于条例第二十六条规定的20个工作日`,
          `time limit of ${rule.limit.amount} working days exceeds the 20 of article 26 of the Regulations`,
        );
      }
    }
    if (item.audience.length === 0)
      push("CAT-NO-AUDIENCE", "warning", "未勾选公开对象", "no 公开对象 (audience) ticked");
    if (item.mode.length === 0) push("CAT-NO-MODE", "warning", "未勾选公开方式", "no 公开方式 (mode) ticked");
    if (!item.channels.some((c) => c.required)) {
      push("CAT-NO-CHANNEL", "warning", "没有标为必选（■）的公开渠道", "no channel marked required (■)");
    }
    if (item.publisher.trim() === "")
      push("CAT-NO-PUBLISHER", "warning", "未填写公开主体", "no 公开主体 (unit)");
    const k = itemKey(item);
    if (seen.has(k)) push("CAT-DUPLICATE-ITEM", "warning", "在目录中重复出现", "appears more than once");
    seen.add(k);
  });
  return out;
}
