// Rule ids are a type: the `@ts-expect-error` lines below fail `tsc --noEmit` (the package's
// typecheck, which covers test files) the day a misspelt id compiles.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../finding.js";
import { type CheckOptions, check } from "./index.js";
import { RULES, type RuleId, isRuleId, ruleDef } from "./rules.js";
import { yanchi } from "../../test/check-helpers.js";

describe("RuleId", () => {
  it("does not take a misspelt id: ruleDef, Finding.rule, rule switches", () => {
    // @ts-expect-error "T3-BALANSE" is not a rule id
    expect(ruleDef("T3-BALANSE")).toBeUndefined();
    const misspelt: Finding = {
      // @ts-expect-error "CELL-BLANC" is not a rule id
      rule: "CELL-BLANC",
      severity: "warning",
      cells: [],
      message: { zh: "", en: "" },
    };
    expect(isRuleId(misspelt.rule)).toBe(false);
    // @ts-expect-error "CELL-BLANC" is not a rule id, nor a prefix ending in *
    const options: CheckOptions = { rules: { disable: ["CELL-BLANC"] } };
    expect(options.rules?.disable).toEqual(["CELL-BLANC"]);
  });

  it("takes every catalogued id and prefixes ending in *", () => {
    const id: RuleId = "T3-BALANCE";
    expect(ruleDef(id)?.family).toBe("table3");
    const options: CheckOptions = { rules: { disable: ["CELL-BLANK", "TXT-*"] } };
    const rules = new Set(check(yanchi("2021"), options).map((f) => f.rule));
    expect([...rules].filter((r) => r === "CELL-BLANK" || r.startsWith("TXT-"))).toEqual([]);
  });
});

describe("isRuleId", () => {
  it("is true for exactly the ids of RULES", () => {
    const ids = new Set<string>(RULES.map((r) => r.id));
    for (const r of RULES) expect(isRuleId(r.id)).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom(...ids).map((s) => `${s} `),
        ),
        (s) => {
          expect(isRuleId(s)).toBe(ids.has(s));
        },
      ),
    );
  });

  it("narrows a string from user input to an id ruleDef takes", () => {
    const input: string = "CROSS-YEAR-CARRY";
    expect(isRuleId(input) ? ruleDef(input)?.severity : undefined).toBe("error");
  });
});
