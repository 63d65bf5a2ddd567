import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumber } from "./calendar.js";
import { type Every, periodEnd, periodInTitle, periodLabel, periodOfDay, periodStart } from "./period.js";

const named = (title: string, every: Every, date: string) => {
  const p = periodInTitle(title, every, dayNumber(date));
  return p === undefined ? undefined : periodLabel(p, every);
};

describe("periodInTitle", () => {
  it.each([
    ["盐池县2024年第一季度城乡低保资金发放情况", "quarter", "2024-04-10", "2024-Q1"],
    ["2024年一季度城乡低保资金发放情况", "quarter", "2024-04-10", "2024-Q1"],
    ["第1季度城乡低保资金发放情况", "quarter", "2024-04-10", "2024-Q1"],
    ["四季度城乡低保资金发放情况", "quarter", "2025-01-05", "2024-Q4"],
    ["2024年1-3月城乡低保资金发放情况", "quarter", "2024-04-10", "2024-Q1"],
    ["2024年1月至3月城乡低保资金发放情况", "quarter", "2024-04-10", "2024-Q1"],
    ["2024年1月城乡低保资金发放情况", "month", "2024-02-05", "2024-01"],
    ["12月城乡低保资金发放情况", "month", "2025-01-05", "2024-12"],
    ["（十二月）城乡低保资金发放情况", "month", "2025-01-05", "2024-12"],
    ["城乡低保资金发放情况（3月份）", "month", "2024-03-20", "2024-03"],
    ["2024年上半年城乡低保资金发放情况", "halfYear", "2024-07-10", "2024-H1"],
    ["下半年城乡低保资金发放情况", "halfYear", "2025-01-10", "2024-H2"],
    ["2024年1-6月城乡低保资金发放情况", "halfYear", "2024-07-10", "2024-H1"],
    ["盐池县民政局2019年政府信息公开工作年度报告", "year", "2020-01-20", "2019"],
    ["2024年度部门决算", "year", "2025-06-01", "2024"],
    ["2024年1-12月城乡低保资金发放情况", "year", "2025-01-10", "2024"],
    ["2024年城乡低保资金第一季度发放情况", "quarter", "2024-04-10", "2024-Q1"],
  ] as const)("%s (%s, published %s) → %s", (title, every, date, label) => {
    expect(named(title, every, date)).toBe(label);
  });

  it.each([
    ["3月15日低保公示", "month", "2024-03-15", "a date is a day, not a month"],
    ["2024年3月15日低保公示", "year", "2024-03-15", "nor is its year the year covered"],
    ["2023年第四季度及2024年第一季度", "quarter", "2024-04-10", "two periods"],
    ["2024年第一季度", "month", "2024-04-10", "a quarter for a monthly item"],
    ["2024年3月", "quarter", "2024-04-10", "a month for a quarterly item"],
    ["2024年2-4月", "quarter", "2024-05-10", "months that are no quarter"],
    ["统一季度报表", "quarter", "2024-04-10", "一季度 inside a word"],
    ["统一月报", "month", "2024-04-10", "一月 inside a word"],
    ["城乡低保资金发放情况（2020-03-20）", "quarter", "2020-03-20", "an ISO date"],
    ["2023年、2024年城乡低保", "year", "2024-04-10", "two years"],
    ["城乡低保资金发放情况", "month", "2024-04-10", "nothing"],
  ] as const)("%s (%s, published %s) → none: %s", (title, every, date, _why) => {
    expect(named(title, every, date)).toBeUndefined();
  });
});

describe("periods", () => {
  const day = fc.integer({ min: dayNumber("2000-01-01"), max: dayNumber("2040-12-31") });
  const every = fc.constantFrom<Every>("month", "quarter", "halfYear", "year");
  it("a day lies in its period, and periods follow one another without gap (property)", () => {
    fc.assert(
      fc.property(day, every, (d, e) => {
        const p = periodOfDay(d, e);
        expect(periodStart(p, e)).toBeLessThanOrEqual(d);
        expect(periodEnd(p, e)).toBeGreaterThanOrEqual(d);
        expect(periodStart(p + 1, e)).toBe(periodEnd(p, e) + 1);
        expect(periodOfDay(periodStart(p, e), e)).toBe(p);
      }),
    );
  });
  it("labels", () => {
    const d = dayNumber("2020-08-15");
    expect(
      ["month", "quarter", "halfYear", "year"].map((e) =>
        periodLabel(periodOfDay(d, e as Every), e as Every),
      ),
    ).toEqual(["2020-08", "2020-Q3", "2020-H2", "2020"]);
  });
});
