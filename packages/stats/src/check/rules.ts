// The checker's rule catalogue (data in rule-catalogue.ts) with its defaults filled in, and
// the look-ups by id.
import { RULE_ENTRIES } from "./rule-catalogue.js";
import type { RuleId } from "./rule-id.js";
import type { RuleDef, RuleEntry } from "./rule-types.js";

export { isRuleId, type RuleId, type RulePattern } from "./rule-id.js";
export type { RuleDef, RuleFamily, RuleNeed, RuleOrigin, RuleSource, Severity } from "./rule-types.js";

function withDefaults(entry: RuleEntry & { readonly id: RuleId }): RuleDef {
  return {
    ...entry,
    enabledByDefault: entry.enabledByDefault ?? true,
    source: entry.source ?? "rules.md",
  };
}

/**
 * Every rule of spec/rules.md, plus the few `check` adds (source `check`), in the order of
 * rules.md. The APP-* rules apply to raw application records (source `records`): they are
 * listed for completeness and run by the reply-deadline functions, not by `check`.
 *
 * @example
 * RULES.find((r) => r.id === "T3-BALANCE")
 * //=> { id: "T3-BALANCE", severity: "error", family: "table3", formats: ["2021", "2019"], origin: ["F"],
 * //     enabledByDefault: true, source: "rules.md", title: { zh: "表三勾稽关系：一加二等于三（七）加四", en: "table 三 balance: …" } }
 */
export const RULES: readonly RuleDef[] = RULE_ENTRIES.map(withDefaults);

const BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));
const INDEX: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]));

/**
 * The catalogue entry of a rule id; undefined only for an id that escaped the type (a finding
 * read from a file), so that such input shows without its title rather than fails. An id from
 * input is checked first with `isRuleId`.
 * @example ruleDef("CROSS-YEAR-CARRY")?.severity //=> "error"
 */
export function ruleDef(id: RuleId): RuleDef | undefined {
  return BY_ID.get(id);
}

/** Position of a rule in the catalogue (for a stable order of findings without cells). */
export function ruleIndex(id: RuleId): number {
  return INDEX.get(id) ?? RULES.length;
}
