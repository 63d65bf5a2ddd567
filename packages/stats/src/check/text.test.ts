import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rules, table3, withCell, yanchi } from "../../test/check-helpers.js";
import type { Report } from "@disclosure/schema";
import { check, zeroClaims } from "./index.js";
import { NO_APPLICATIONS, NO_CASES } from "./text.js";

const FULL_OVERVIEW =
  "2021年，盐池县坚持以公开为常态。（一）主动公开。（二）依申请公开。（三）政府信息管理。（四）政府信息公开平台建设。（五）监督保障：政务公开工作纳入效能目标责任制考核。";
const sections = (over: Partial<Report["sections"]> = {}): Report["sections"] => ({
  overview: FULL_OVERVIEW,
  proactive: "",
  applications: "",
  reviewLitigation: "",
  problems: "一是创新亮点工作仍需挖掘。",
  otherMatters: "2021年，无收取信息处理费情况。",
  ...over,
});
const text = (r: Report) => rules(check(r)).filter((x) => x.startsWith("TXT-"));

describe("TXT-ZERO-CLAIMS", () => {
  it("finds the 盐池县 2020 claim of no 复议 and no 诉讼", () => {
    expect(zeroClaims("全县未发生因信息公开申请被行政复议提起行政诉讼情况。").map((c) => c.topic)).toEqual([
      "review",
      "litigation",
    ]);
    expect(zeroClaims("该行政复议件未被复议审查机关纠错。")).toEqual([]);
  });

  it("stays silent on a claim about a case's outcome, not its existence", () => {
    // No review ended in correction; there may well have been reviews.
    expect(zeroClaims("全年未发生因依申请公开被行政复议纠错的情况。")).toEqual([]);
    expect(zeroClaims("未发生行政诉讼败诉案件。")).toEqual([]);
    expect(zeroClaims("未发生行政复议，也未发生行政诉讼。").map((c) => c.topic)).toEqual([
      "review",
      "litigation",
    ]);
  });

  it("warns when the narrative says none and the table has some", () => {
    const r = yanchi("2021", 2021, {
      sections: sections({ reviewLitigation: "2021年，全县未发生因政府信息公开工作被申请行政复议的情况。" }),
    });
    expect(text(r)).toEqual([]);
    const f = check(
      withCell(withCell(r, "table4", "cases", "review.upheld", 1), "table4", "cases", "review.total", 1),
    ).find((x) => x.rule === "TXT-ZERO-CLAIMS");
    expect(f).toMatchObject({ severity: "warning", expected: 0, actual: 1 });
  });

  it("checks 未收到依申请公开事项 against 本年新收 (长春新区科技局 2023)", () => {
    const r = yanchi("2021", 2023, {
      sections: sections({ overview: `${FULL_OVERVIEW}2023年度未收到依申请公开事项。` }),
    });
    expect(rules(check(r))).toContain("TXT-ZERO-CLAIMS");
    const none = { ...r, tables: { ...r.tables, table3: table3("2021", {}) } };
    expect(rules(check(none))).not.toContain("TXT-ZERO-CLAIMS");
  });
});

describe("TXT-OVERVIEW-ASPECTS", () => {
  it("asks a government for the five aspects and 考核 / 评议 / 责任追究", () => {
    expect(text(yanchi("2021", 2021, { sections: sections() }))).toEqual([]);
    const f = check(
      yanchi("2021", 2021, { sections: sections({ overview: "2021年，主动公开、依申请公开工作平稳。" }) }),
    ).find((x) => x.rule === "TXT-OVERVIEW-ASPECTS");
    expect(f?.message.zh).toBe(
      "“一、总体情况”未提及：政府信息管理、政府信息公开平台建设、监督保障、考核、评议或责任追究",
    );
  });

  it("is off by default for the 2019 format and reads Traditional text", () => {
    const r2019 = yanchi("2019", 2020, { sections: sections({ overview: "2020年。" }) });
    expect(rules(check(r2019))).not.toContain("TXT-OVERVIEW-ASPECTS");
    expect(rules(check(r2019, { rules: { enable: ["TXT-OVERVIEW-ASPECTS"] } }))).toContain(
      "TXT-OVERVIEW-ASPECTS",
    );
    const hant = "主動公開、依申請公開、政府信息管理、平台建設、監督保障、考核";
    expect(text(yanchi("2021", 2021, { sections: sections({ overview: hant }) }))).toEqual([]);
  });
});

describe("TXT-PROBLEMS-NONEMPTY", () => {
  it("warns on an empty section 五 or one that says only 无", () => {
    expect(text(yanchi("2021", 2021, { sections: sections({ problems: "无。" }) }))).toEqual([
      "TXT-PROBLEMS-NONEMPTY",
    ]);
    expect(text(yanchi("2021", 2021, { sections: sections({ problems: "" }) }))).toEqual([
      "TXT-PROBLEMS-NONEMPTY",
    ]);
  });
});

describe("TXT-OTHER-FEES (2021)", () => {
  it.each([
    "2021年，无收取信息处理费情况。",
    "未发生收费情况。",
    "未发生政府信息公开收费事项。",
    "全年收取政府信息公开信息处理费 0 元。",
    "县行政机关在办理2025年度信息公开申请中收取信息处理费共计380元。",
  ])("accepts “%s”", (otherMatters) => {
    expect(text(yanchi("2021", 2021, { sections: sections({ otherMatters }) }))).toEqual([]);
  });

  it("warns when section 六 is silent on the 信息处理费, not for a migrated 2019 report", () => {
    const r = yanchi("2021", 2021, { sections: sections({ otherMatters: "无其他需要报告的事项。" }) });
    expect(text(r)).toEqual(["TXT-OTHER-FEES"]);
    expect(text({ ...r, otherMatters: { feeNotices: 0 } })).toEqual([]);
    expect(text({ ...r, year: 2020, source: { format: "2019", migrated: true } })).toEqual([]);
  });
});

describe("TXT-OTHER-ITEMS (off by default)", () => {
  it("asks for 人大代表建议和政协提案 and 工作要点 when enabled", () => {
    const r = yanchi("2021", 2021, { sections: sections() });
    expect(text(r)).toEqual([]);
    expect(rules(check(r, { rules: { enable: ["TXT-*"] } }))).toContain("TXT-OTHER-ITEMS");
  });
});

describe("TXT-FEE-CONSISTENCY", () => {
  it("warns when 逾期未缴费 results meet “no fee notice” in section 六", () => {
    const r = yanchi("2021", 2021, {
      tables: {
        ...yanchi("2021").tables,
        table3: table3("2021", { granted: [3], "otherHandling.unpaidFee": [1] }),
      },
      sections: sections({ otherMatters: "本年度无发出收费通知，无收取信息处理费用。" }),
    });
    const f = check(r).find((x) => x.rule === "TXT-FEE-CONSISTENCY");
    expect(f?.message.zh).toContain("但正文称“无发出收费通知”");
    const fine = {
      ...r,
      sections: sections({ otherMatters: "发出收费通知1件，申请人逾期未缴费，未收取信息处理费。" }),
    };
    expect(rules(check(fine))).not.toContain("TXT-FEE-CONSISTENCY");
  });
});

describe("TXT-YEAR", () => {
  it("warns on figures of an earlier year in the narrative (松江河镇 2020)", () => {
    const r = yanchi("2019", 2020, {
      sections: sections({
        overview: "2020年,在县政府政数局直接指导下…。2019年,我镇通过抚松县政府网站公开信息94条。",
      }),
    });
    const f = check(r).find((x) => x.rule === "TXT-YEAR");
    expect(f).toMatchObject({ severity: "warning", expected: 2020, actual: 2019 });
    const fine = { ...r, sections: sections({ overview: "2020年,我镇公开信息94条，较2019年增加12条。" }) };
    expect(rules(check(fine))).not.toContain("TXT-YEAR");
  });
});

describe("the words a none-claim needs", () => {
  const pieces = [
    ..."未没有无收到接受理过任何的因被发生出现申请人政府信息公开依行政复议诉讼纠错，、",
    ...["未发生", "没有发生", "未收到", "未接到", "不存在", "行政复议", "行政诉讼", "信息公开", "依申请公开"],
  ];
  const sentence = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((xs) => xs.join(""));

  it("every match holds 申请 (applications) or 复议 / 诉讼 (cases)", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const m of s.matchAll(NO_APPLICATIONS)) expect(m[0]).toContain("申请");
        for (const m of s.matchAll(NO_CASES)) expect(m[0]).toMatch(/复议|诉讼/);
      }),
      { numRuns: 5000 },
    );
  });
});
