import { YANCHI_COUNTY, YANCHI_UNITS, syntheticCounty, yanchiReport2020 } from "@disclosure/samples";
import type { Report } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rollup } from "../rollup.js";
import { type CheckOptions, check } from "./index.js";
import { WORDING_SECTIONS, isEmptyWording } from "./text-sections.js";

const ON: CheckOptions = { rules: { enable: ["TEXT-SECTION-EMPTY"] } };
const empty = (r: Report) => check(r, ON).filter((f) => f.rule === "TEXT-SECTION-EMPTY");

describe("TEXT-SECTION-EMPTY", () => {
  const county = syntheticCounty({ seed: 2020, year: 2021 });
  const { report } = rollup(
    YANCHI_UNITS.map((unit) => ({ unit, records: county.unitRecords(unit) })),
    { year: 2021, own: { unit: YANCHI_COUNTY, records: county.ownRecords() } },
  );

  it("is off unless asked for: tables-only data has no wording by nature", () => {
    expect(check(report).filter((f) => f.rule === "TEXT-SECTION-EMPTY")).toEqual([]);
  });

  it("finds sections 一, 五 and 六 of the synthetic county's roll-up without wording", () => {
    const fs = empty(report);
    expect(fs.map((f) => f.section)).toEqual(["overview", "problems", "otherMatters"]);
    expect(fs.every((f) => f.severity === "warning")).toBe(true);
    expect(fs[0]?.message.zh).toBe("第一部分“总体情况”没有文字，发布前应写明");
    expect(fs[1]?.message.en).toBe(
      "section 五 “存在的主要问题及改进情况” has no wording; write it before publishing",
    );
  });

  it("takes 盐池县 2020's section 一 from its facts and 五, 六 from its text", () => {
    expect(empty(yanchiReport2020)).toEqual([]);
    const noFacts: Report = { ...yanchiReport2020, facts: undefined };
    expect(empty(noFacts).map((f) => f.section)).toEqual(["overview"]);
  });

  it("tells blank wording apart from missing wording, and leaves an empty 五 of a document to TXT-PROBLEMS-NONEMPTY", () => {
    const blank: Report = {
      ...yanchiReport2020,
      sections: { ...yanchiReport2020.sections, otherMatters: " 。\n" },
    };
    expect(empty(blank).map((f) => f.message.zh)).toEqual(["第六部分“其他需要报告的事项”为空，发布前应写明"]);
    const noProblems: Report = {
      ...yanchiReport2020,
      sections: { ...yanchiReport2020.sections, problems: "" },
    };
    const rules = check(noProblems, ON).map((f) => f.rule);
    expect(rules).toContain("TXT-PROBLEMS-NONEMPTY");
    expect(rules).not.toContain("TEXT-SECTION-EMPTY");
  });

  it("finds a section exactly when its wording is blank (property)", () => {
    const word = fc.constantFrom(
      "",
      " ",
      "。",
      "\n",
      "无",
      "2021年，本机关未收取信息处理费。",
      "一是公开不够及时。",
    );
    fc.assert(
      fc.property(fc.tuple(word, word, word), ([overview, problems, otherMatters]) => {
        const r: Report = { ...report, sections: { overview, problems, otherMatters } };
        const found = new Set(empty(r).map((f) => f.section));
        const texts = { overview, problems, otherMatters };
        const hasText = [overview, problems, otherMatters].some((t) => t.trim() !== "");
        for (const id of WORDING_SECTIONS) {
          const expected = isEmptyWording(texts[id as keyof typeof texts]) && !(id === "problems" && hasText);
          expect(found.has(id)).toBe(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
