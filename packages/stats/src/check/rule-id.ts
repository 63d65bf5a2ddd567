// Rule ids as a type: a misspelt id does not compile.
import { RULE_ENTRIES } from "./rule-catalogue.js";

/** The id of a rule of the catalogue, e.g. `"T3-BALANCE"`. */
export type RuleId = (typeof RULE_ENTRIES)[number]["id"];

/** A rule id, or a prefix of ids ending in `*` (`"TXT-*"`), as rule switches take them. */
export type RulePattern = RuleId | `${string}*`;

const IDS: ReadonlySet<string> = new Set(RULE_ENTRIES.map((r) => r.id));

/**
 * Whether a string (from user input) is the id of a catalogued rule.
 * @example isRuleId("T3-BALANCE") //=> true
 * @example isRuleId("T3-BALANSE") //=> false
 */
export function isRuleId(id: string): id is RuleId {
  return IDS.has(id);
}
