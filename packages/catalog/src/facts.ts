/**
 * `coverageFacts`: the counts a report prints per key-area group ("…等8类信息171条"), taken from
 * a coverage result, as plain data a renderer formats.
 */
import { areaKey } from "./area-match.js";
import type { CoverageResult } from "./coverage-types.js";
import { normalizeText } from "./normalize.js";
import {
  DEFAULT_KEY_AREA_GROUPS,
  type FactCount,
  type FactDefinition,
  type KeyAreaGroup,
} from "./standard/key-area-groups.js";

/** One printable figure of a key-area group. */
export type GroupFact = {
  group: string;
  groupLabel: KeyAreaGroup["label"];
  fact: string;
  what: FactDefinition["what"];
  count: number;
  counts: FactCount;
  unit: FactDefinition["unit"];
};

/** The figures of a group: its own facts, or one figure over its areas. */
function factsOf(g: KeyAreaGroup): FactDefinition[] {
  if (g.facts) return g.facts;
  if (g.areas.length === 0) return [];
  return [{ code: g.code, what: g.label, filter: { areas: g.areas }, unit: "条" }];
}

/**
 * The figures of each key-area group over a coverage result: publications in the period (or
 * distinct units, or items published) of the catalog items the fact's filter selects.
 * Publications that name only their area count for area filters, not for 一级事项 filters.
 *
 * @example
 * // the sample county, 2020 (盐池县 seed report: "等8类信息171条", "6大领域的信息累计114条")
 * coverageFacts(result, yanchi2020KeyAreaGroups).find((f) => f.fact === "majorProjects")?.count; //=> 171
 */
export function coverageFacts(
  result: CoverageResult,
  groups: readonly KeyAreaGroup[] = DEFAULT_KEY_AREA_GROUPS,
): GroupFact[] {
  const out: GroupFact[] = [];
  for (const g of groups) {
    for (const f of factsOf(g)) {
      const counts = f.count ?? "publications";
      let count = 0;
      if (f.filter.all) {
        count =
          counts === "publications"
            ? result.totals.publications
            : counts === "items"
              ? result.totals.covered
              : result.byUnit.filter((u) => u.publications > 0).length;
      } else {
        const areas = new Set((f.filter.areas ?? []).map(areaKey));
        const level1 = f.filter.level1 ? new Set(f.filter.level1.map(normalizeText)) : undefined;
        const selected = result.byItem.filter(
          (r) =>
            (areas.size === 0 || areas.has(r.area)) && (!level1 || level1.has(normalizeText(r.level1 ?? ""))),
        );
        if (counts === "publications") {
          count = selected.reduce((s, r) => s + r.publications, 0);
          if (!level1) for (const a of result.byArea) if (areas.has(a.area)) count += a.areaOnly;
        } else if (counts === "items") count = selected.filter((r) => r.publications > 0).length;
        else count = new Set(selected.filter((r) => r.publications > 0).map((r) => r.unit)).size;
      }
      out.push({
        group: g.code,
        groupLabel: g.label,
        fact: f.code,
        what: f.what,
        count,
        counts,
        unit: f.unit,
      });
    }
  }
  return out;
}
