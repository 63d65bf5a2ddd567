import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PROPOSED_TIME_LIMIT_WORDINGS, TIME_LIMIT_EXAMPLES } from "./standard/time-limit-examples";
import { parseTimeLimit, resolveSameAsAbove } from "./time-limit";

describe("parseTimeLimit on the wordings of real catalogs (catalog.md §4.3)", () => {
  const cases = TIME_LIMIT_EXAMPLES.flatMap((ex) => ex.wordings.map((w) => [ex.n, w, ex] as const));
  it("covers the 35 rows", () => {
    expect(TIME_LIMIT_EXAMPLES.map((e) => e.n)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1));
  });
  it.each(cases)("row %i: %s", (_n, wording, ex) => {
    const parsed = parseTimeLimit(wording);
    expect(parsed.raw).toBe(wording);
    expect(parsed.rule).toEqual(ex.rule);
    expect(parsed.displayPeriod).toEqual(ex.displayPeriod);
    expect(parsed.consultationPeriod).toEqual(ex.consultationPeriod);
    expect(parsed.lawOverrides).toEqual(ex.lawOverrides);
    expect(parsed.warning).toBeUndefined();
  });
  it.each(PROPOSED_TIME_LIMIT_WORDINGS.map((p) => [p.wording, p.rule] as const))(
    "proposed: %s",
    (w, rule) => {
      expect(parseTimeLimit(w).rule).toEqual(rule);
    },
  );
});

describe("parseTimeLimit normalisation", () => {
  const within20 = { kind: "within", start: "formedOrChanged", limit: { amount: 20, unit: "workingDay" } };
  it("reads Traditional characters as mirrors serve them", () => {
    expect(parseTimeLimit("信息形成或變更之日起20個工作日內").rule).toEqual(within20);
  });
  it("reads a phrase broken over six lines (锡林浩特市)", () => {
    expect(parseTimeLimit("自信息形\n成或者变\n更之日起\n20个工作\n日内予以\n公开").rule).toEqual(within20);
  });
  it("reads full-width digits and Chinese numerals", () => {
    expect(parseTimeLimit("信息形成或变更之日起２０个工作日内").rule).toEqual(within20);
    expect(parseTimeLimit("信息形成或变更之日起二十个工作日内").rule).toEqual(within20);
    expect(parseTimeLimit("自作出行政决定之日起七个工作日内").rule).toEqual({
      kind: "within",
      start: "decisionMade",
      limit: { amount: 7, unit: "workingDay" },
    });
  });
  it("reads hours, but not a clock whose start the phrase does not name (义务教育 舆情)", () => {
    expect(parseTimeLimit("5小时内").rule).toEqual({
      kind: "within",
      start: "formedOrChanged",
      limit: { amount: 5, unit: "hour" },
    });
    expect(parseTimeLimit("最迟要在5小时内发布权威信息").rule.kind).toBe("unparsed");
  });
  it("keeps the note of 荣昌区's 公开要求", () => {
    expect(parseTimeLimit(TIME_LIMIT_EXAMPLES[31].wordings[0]).note).toContain("保持数据同源");
  });
});

describe("parseTimeLimit never guesses", () => {
  it.each(["看情况", "尽快", "公告期限为5个", "信息形成后适时", "20个"])(
    "%s → unparsed with a warning",
    (w) => {
      const parsed = parseTimeLimit(w);
      expect(parsed.rule).toEqual({ kind: "unparsed", text: w });
      expect(parsed.warning?.zh).toContain(w);
      expect(parsed.warning?.en).toContain("unrecognised");
    },
  );
  it("an empty cell is unparsed", () => {
    expect(parseTimeLimit("  ").rule.kind).toBe("unparsed");
    expect(parseTimeLimit("").warning?.en).toBe("the time limit is empty");
  });
  it("never throws and always keeps the raw text (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (s) => {
        const parsed = parseTimeLimit(s);
        expect(parsed.raw).toBe(s);
        if (parsed.rule.kind === "unparsed") expect(parsed.warning).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });
  it("reads any number of working days after the 条例 wording (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 365 }), (n) => {
        expect(parseTimeLimit(`自该政府信息形成或者变更之日起${n}个工作日内`).rule).toEqual({
          kind: "within",
          start: "formedOrChanged",
          limit: { amount: n, unit: "workingDay" },
        });
      }),
    );
  });
});

describe("resolveSameAsAbove", () => {
  it("takes the rule of the row above and keeps 同上 as printed", () => {
    const above = parseTimeLimit("制定或获取信息之日起10个工作日内，公示7个工作日");
    const resolved = resolveSameAsAbove(parseTimeLimit("同上"), above);
    expect(resolved.raw).toBe("同上");
    expect(resolved.rule).toEqual(above.rule);
    expect(resolved.displayPeriod).toEqual({ amount: 7, unit: "workingDay" });
  });
  it("warns when there is no row above", () => {
    expect(resolveSameAsAbove(parseTimeLimit("同上"), undefined).warning?.zh).toContain("同上");
  });
});
