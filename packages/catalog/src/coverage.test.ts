import { addWorkingDays, isWorkingDay, workingDaysBetween } from "@disclosure/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateOfDayNumber, dayCalendar, dayNumber } from "./calendar.js";
import { coverage } from "./coverage.js";
import type { CatalogItem, Publication } from "./item.js";
import { itemKey } from "./key.js";
import { parseTimeLimit } from "./time-limit.js";

const YEAR = { from: "2020-01-01", to: "2020-12-31" };

function mk(level2: string, timeLimit: string, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    area: "socialAssistance",
    item: { level1: "最低生活保障", level2 },
    content: "",
    basis: "《社会救助暂行办法》",
    timeLimit: parseTimeLimit(timeLimit),
    publisher: "盐池县民政局",
    channels: [{ code: "website", required: true }],
    audience: ["public"],
    mode: ["proactive"],
    ...extra,
  };
}

const pub = (
  item: CatalogItem,
  date: string,
  eventDate?: string,
  extra: Partial<Publication> = {},
): Publication => ({
  title: `${item.item.level2}（${date}）`,
  unit: item.publisher,
  date,
  ...(eventDate ? { eventDate } : {}),
  item: itemKey(item),
  ...extra,
});

describe("coverage on 2020 holidays", () => {
  const dibao = mk("审核确认结果", "制定或获取信息之日起10个工作日内，公示7个工作日");

  it("counts the 国庆·中秋 make-up days: formed 2020-09-25, due 2020-10-15", () => {
    const r = coverage(
      [dibao],
      [
        pub(dibao, "2020-10-15", "2020-09-25"),
        pub(dibao, "2020-10-16", "2020-09-25"),
        pub(dibao, "2020-10-17", "2020-09-25"),
      ],
      YEAR,
    );
    expect(r.totals).toMatchObject({ publications: 3, onTime: 1, late: 2, lateWorkingDays: 3 });
    expect(r.late.map((l) => [l.date, l.deadline, l.lateByWorkingDays, l.lateByDays])).toEqual([
      ["2020-10-16", "2020-10-15", 1, 1],
      // a Saturday counts as the next working day, Monday 19 October: 2 working days late
      ["2020-10-17", "2020-10-15", 2, 2],
    ]);
    expect(r.byItem[0]).toMatchObject({ status: "late", maxLateWorkingDays: 2 });
    expect(r.findings.map((f) => f.rule)).toEqual(["CAT-PUBLICATION-LATE"]);
    expect(r.findings[0]?.message.zh).toContain("最多逾期2个工作日");
  });

  it("rolls a calendar-day deadline off a holiday (预算 批准后20日内 → 2020-10-05 → 2020-10-09)", () => {
    const budget = mk("部门预算", "部门预算经本级财政部门批复后20日内公开", {
      area: "budget",
      publisher: "盐池县财政局",
    });
    const r = coverage(
      budget ? [budget] : [],
      [pub(budget, "2020-10-09", "2020-09-15"), pub(budget, "2020-10-10", "2020-09-15")],
      YEAR,
    );
    expect(r.late.map((l) => [l.deadline, l.lateByWorkingDays])).toEqual([["2020-10-09", 1]]);
  });

  it("due dates of 1 January fall on the extended 春节 2020: 1月31日 → 2020-02-03", () => {
    const report = mk("政府信息公开工作年度报告", "每年1月31日前公开上一年度公开年度报告", {
      area: { other: "政府信息公开年报" },
    });
    const r = coverage([report], [pub(report, "2020-02-03"), pub(report, "2020-02-04")], YEAR);
    expect(r.totals.onTime).toBe(1);
    expect(r.late[0]).toMatchObject({ deadline: "2020-02-03", lateByWorkingDays: 1 });
    expect(r.byItem[0]?.missingPeriods).toEqual([]);
    // The report due on 3 February 2020 is the one on 2019; the 2020 report is not due until 2021.
    const none = coverage([report], [], YEAR);
    expect(none.byItem[0]).toMatchObject({ status: "missing", missingPeriods: ["2019"] });
    expect(none.findings[0]).toMatchObject({ rule: "CAT-ITEM-MISSING", severity: "warning" });
  });

  it("checks 及时公开 against the 20 working days of 条例第二十六条", () => {
    const notice = mk("资格预审公告", "及时公开", { area: "publicResourceTrading" });
    const due = addWorkingDays("2020-04-20", 20);
    expect(due).toBe("2020-05-19"); // 劳动节 1–5 May off, Sunday 26 April and Saturday 9 May worked
    const r = coverage(
      [notice],
      [pub(notice, due, "2020-04-20"), pub(notice, "2020-05-20", "2020-04-20")],
      YEAR,
    );
    expect(r.totals).toMatchObject({ onTime: 1, late: 1 });
  });

  it("实时公开 is due the same day, or the next working day after a rest day", () => {
    const guide = mk("办事指南", "实时公开", { area: "majorProjects" });
    const r = coverage(
      [guide],
      [pub(guide, "2020-10-09", "2020-10-03"), pub(guide, "2020-10-12", "2020-10-09")],
      YEAR,
    );
    expect(r.totals).toMatchObject({ onTime: 1, late: 1 });
    expect(r.late[0]).toMatchObject({ deadline: "2020-10-09", lateByWorkingDays: 2 });
    // Saturday 10 October 2020 was a make-up working day: same day strictly, Monday with one day's grace.
    const made = pub(guide, "2020-10-12", "2020-10-10");
    expect(coverage([guide], [made], YEAR).late[0]).toMatchObject({
      deadline: "2020-10-10",
      lateByWorkingDays: 1,
    });
    expect(coverage([guide], [made], { ...YEAR, realtimeWorkingDays: 1 }).totals.onTime).toBe(1);
  });
});

describe("coverage of item kinds", () => {
  it("composite rules: 行政处罚 within 7 working days, the rest within 20", () => {
    const law = mk(
      "执法信息",
      "信息形成20个工作日内公开；其中行政许可、行政处罚事项应自作出行政决定之日起7个工作日内公示",
      {
        area: "urbanLawEnforcement",
      },
    );
    const e = "2020-06-01";
    const r = coverage(
      [law],
      [
        pub(law, addWorkingDays(e, 8), e, { category: "行政处罚" }),
        pub(law, addWorkingDays(e, 8), e),
        pub(law, addWorkingDays(e, 7), e, { category: "行政许可" }),
      ],
      YEAR,
    );
    expect(r.totals).toMatchObject({ onTime: 2, late: 1 });
    expect(r.late[0]?.lateByWorkingDays).toBe(1);
  });

  it("periodic items need one publication per period", () => {
    const q = mk("救助资金发放", "每季度");
    const r = coverage(
      [q],
      ["2020-03-20", "2020-06-20", "2020-12-20", "2020-12-25"].map((d) => pub(q, d)),
      YEAR,
    );
    expect(r.byItem[0]).toMatchObject({ status: "partial", missingPeriods: ["2020-Q3"], onTime: 4 });
    expect(r.findings.map((f) => f.rule)).toEqual(["CAT-PERIOD-MISSING"]);
    const half = coverage([q], [], { from: "2020-01-01", to: "2020-05-15" });
    expect(half.byItem[0]?.missingPeriods).toEqual(["2020-Q1"]);
  });

  it("ongoing items are present when published before the period", () => {
    const list = mk("权责清单", "长期公开（动态调整）", { area: "urbanLawEnforcement" });
    expect(coverage([list], [pub(list, "2019-06-01")], YEAR).byItem[0]?.status).toBe("onTime");
    expect(coverage([list], [], YEAR).byItem[0]?.status).toBe("missing");
  });

  it("依申请 items are not missing; event items without publications are (as info)", () => {
    const risk = mk("社会稳定风险评估", "自收到申请之日起20个工作日内公开", {
      mode: ["onRequest"],
      area: "stateLandHouseExpropriation",
    });
    const dibao = mk("审核确认结果", "制定或获取信息之日起10个工作日内");
    const r = coverage([risk, dibao], [], YEAR);
    expect(r.byItem.map((i) => i.status)).toEqual(["notExpected", "missing"]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ rule: "CAT-ITEM-MISSING", severity: "info", unit: "盐池县民政局" });
    expect(r.totals).toMatchObject({ items: 2, expected: 1, missing: 1 });
  });

  it("unparsed time limits and missing 信息形成日期 leave timeliness unknown", () => {
    const odd = mk("救助资金发放", "看情况再定");
    const ok = mk("审核确认结果", "制定或获取信息之日起10个工作日内");
    const r = coverage([odd, ok], [pub(odd, "2020-05-06", "2020-05-01"), pub(ok, "2020-05-06")], YEAR);
    expect(r.totals).toMatchObject({ publications: 2, unknown: 2, onTime: 0 });
    expect(r.byItem.map((i) => i.status)).toEqual(["published", "published"]);
    expect(r.findings.map((f) => f.rule)).toEqual(["CAT-TIMELINESS-UNKNOWN"]);
  });

  it("years the holiday calendar does not cover give unknown timeliness, not a guess", () => {
    const ok = mk("审核确认结果", "制定或获取信息之日起10个工作日内");
    const r = coverage([ok], [pub(ok, "2030-05-06", "2030-05-01")], { from: "2030-01-01", to: "2030-12-31" });
    expect(r.totals.unknown).toBe(1);
    expect(r.findings.map((f) => f.rule)).toContain("CAT-CALENDAR-RANGE");
  });
});

describe("placing publications", () => {
  const a = mk("审核确认结果", "制定或获取信息之日起10个工作日内");
  const b = mk("临时救助对象", "制定或获取信息之日起10个工作日内", {
    item: { level1: "临时救助", level2: "临时救助对象" },
  });

  it("by item key, by area and title, or not at all", () => {
    const pubs: Publication[] = [
      {
        title: "花马池镇临时救助对象公示",
        unit: "盐池县民政局",
        date: "2020-03-02",
        area: "socialAssistance",
      },
      { title: "民政工作动态", unit: "盐池县民政局", date: "2020-03-02", area: "socialAssistance" },
      { title: "民政工作动态", unit: "盐池县民政局", date: "2020-03-03" },
      { title: "旧事项", unit: "盐池县民政局", date: "2020-03-03", item: "no-such-item" },
      { title: "坏日期", unit: "盐池县民政局", date: "2020-02-30" },
      { title: "上年", unit: "盐池县民政局", date: "2019-12-30", item: itemKey(a) },
    ];
    const r = coverage([a, b], pubs, YEAR);
    expect(r.byItem.map((i) => i.publications)).toEqual([0, 1]);
    expect(r.totals).toMatchObject({
      publications: 4,
      areaOnly: 1,
      unmatched: 2,
      invalid: 1,
      outOfPeriod: 1,
    });
    expect(r.unmatched.map((u) => [u.index, u.reason, u.why.zh])).toEqual([
      [1, "areaOnly", "标题“民政工作动态”未对应盐池县民政局目录中的事项；只能计入“社会救助”领域"],
      [2, "titleUnmatched", "标题“民政工作动态”未对应盐池县民政局目录中的事项"],
      [3, "unknownItem", "事项编码“no-such-item”不在目录中"],
    ]);
    expect(r.findings.find((f) => f.rule === "CAT-PUBLICATION-INVALID")).toMatchObject({
      severity: "error",
      publication: 4,
    });
    expect(r.findings.find((f) => f.rule === "CAT-PUBLICATION-UNMATCHED")?.message.zh).toBe(
      "盐池县民政局有2条公开信息未对应目录事项",
    );
    const area = r.byArea.find((x) => x.area === "socialAssistance");
    expect(area).toMatchObject({ items: 2, publications: 2, areaOnly: 1 });
    expect(r.byUnit).toEqual([
      expect.objectContaining({ unit: "盐池县民政局", publications: 4, unmatched: 2, items: 2 }),
    ]);
  });

  it("gives at most maxFindings findings one by one and counts them all", () => {
    const pubs: Publication[] = [{ title: "x", unit: "盐池县民政局", date: "2020-02-30" }];
    const all = coverage([a, b], pubs, YEAR);
    const some = coverage([a, b], pubs, { ...YEAR, maxFindings: 1 });
    expect(all.findings.map((f) => f.rule)).toEqual([
      "CAT-PUBLICATION-INVALID",
      "CAT-ITEM-MISSING",
      "CAT-ITEM-MISSING",
    ]);
    expect(some.findings).toEqual(all.findings.slice(0, 1));
    expect(some.findingCounts).toEqual({ "CAT-PUBLICATION-INVALID": 1, "CAT-ITEM-MISSING": 2 });
    expect(all.findingCounts).toEqual(some.findingCounts);
  });

  it("reads publications from a generator and returns plain JSON", () => {
    function* stream() {
      for (let d = 1; d <= 28; d++) yield pub(a, `2020-02-${String(d).padStart(2, "0")}`, "2020-02-01");
    }
    const r = coverage({ items: [a] }, stream(), YEAR);
    expect(r.totals.publications).toBe(28);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    expect(r.summary.zh).toMatch(
      /^2020-01-01至2020-12-31：目录事项1项，已公开1项，缺失0项；公开信息28条，按时\d+条，逾期\d+条/,
    );
    expect(r.summary.en).toContain("28 publications");
  });

  it("caps the listed late publications but never the counts", () => {
    const pubs = Array.from({ length: 30 }, () => pub(a, "2020-12-30", "2020-01-02"));
    const r = coverage([a], pubs, { ...YEAR, maxListed: 5 });
    expect(r.late).toHaveLength(5);
    expect(r.truncated).toBe(true);
    expect(r.totals.late).toBe(30);
  });
});

const day2020 = fc.integer({ min: 0, max: 365 }).map((d) => dateOfDayNumber(dayNumber("2020-01-01") + d));

describe("laws", () => {
  it("a publication on the last allowed working day is on time; k working days later it is late by k", () => {
    fc.assert(
      fc.property(
        day2020,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 15 }),
        (event, n, k) => {
          const item = mk("审核确认结果", `自该政府信息形成或者变更之日起${n}个工作日内`);
          const last = addWorkingDays(event, n);
          const later = addWorkingDays(last, k);
          const r = coverage([item], [pub(item, last, event), pub(item, later, event)], {
            from: "2019-06-01",
            to: "2021-12-31",
          });
          expect(r.totals.onTime).toBe(1);
          expect(r.totals.late).toBe(1);
          expect(r.late[0]).toMatchObject({ deadline: last, lateByWorkingDays: k });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("one calendar day after the deadline is always late, any day up to it on time", () => {
    fc.assert(
      fc.property(
        day2020,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 60 }),
        (event, n, back) => {
          const item = mk("审核确认结果", `信息形成或变更之日起${n}个工作日内`);
          const last = addWorkingDays(event, n);
          const next = dateOfDayNumber(dayNumber(last) + 1);
          const earlier = dateOfDayNumber(Math.max(dayNumber(event), dayNumber(last) - back));
          const r = coverage([item], [pub(item, next, event), pub(item, earlier, event)], {
            from: "2019-06-01",
            to: "2021-12-31",
          });
          expect(r.totals.late).toBe(1);
          expect(r.late[0]?.date).toBe(next);
          expect(r.late[0]?.lateByWorkingDays).toBeGreaterThanOrEqual(1);
          expect(r.totals.onTime).toBe(1);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("the cached calendar agrees with @disclosure/stats", () => {
    const cal = dayCalendar("2020-01-01", "2020-12-31");
    fc.assert(
      fc.property(day2020, day2020, fc.integer({ min: 0, max: 40 }), (a, b, n) => {
        const [x, y] = a <= b ? [a, b] : [b, a];
        expect(cal.isWorking(dayNumber(a))).toBe(isWorkingDay(a));
        expect(dateOfDayNumber(cal.addWorking(dayNumber(a), n) as number)).toBe(addWorkingDays(a, n));
        expect(cal.between(dayNumber(x), dayNumber(y))).toBe(workingDaysBetween(x, y));
      }),
      { numRuns: 500 },
    );
  });

  it("unit and area totals add up to the total", () => {
    const units = ["盐池县民政局", "盐池县花马池镇人民政府", "盐池县财政局"];
    const itemArb = fc.record({
      n: fc.integer({ min: 1, max: 25 }),
      unit: fc.constantFrom(...units),
      area: fc.constantFrom("socialAssistance", "budget", "employment" as const),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { minLength: 1, maxLength: 6, selector: (x) => `${x.unit}${x.area}${x.n}` }),
        fc.array(fc.tuple(fc.nat(), day2020, fc.integer({ min: 0, max: 40 }), fc.boolean()), {
          maxLength: 40,
        }),
        (defs, raw) => {
          const items = defs.map((d) =>
            mk(`事项${d.n}`, `信息形成之日起${d.n}个工作日内`, { publisher: d.unit, area: d.area }),
          );
          const pubs = raw.map(([i, date, lag, byArea]) => {
            const it = items[i % items.length];
            if (it === undefined) throw new Error("defs is non-empty");
            const event = dateOfDayNumber(dayNumber(date) - lag);
            return byArea ? { title: "动态", unit: it.publisher, date, area: it.area } : pub(it, date, event);
          });
          const r = coverage(items, pubs, YEAR);
          const sum = (xs: { publications: number }[]) => xs.reduce((s, x) => s + x.publications, 0);
          expect(sum(r.byArea)).toBe(r.totals.publications);
          expect(sum(r.byUnit)).toBe(r.totals.publications);
          expect(r.totals.onTime + r.totals.late + r.totals.unknown).toBe(r.totals.publications);
          expect(r.totals.publications + r.totals.outOfPeriod + r.totals.invalid).toBe(pubs.length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("periodic items by the period they cover", () => {
  const Y2024 = { from: "2024-01-01", to: "2024-12-31" };
  const titled = (item: CatalogItem, date: string, title: string) => pub(item, date, undefined, { title });

  it("a first-quarter report published in April fills Q1, for 每季度 and for a due date alike", () => {
    const plain = mk("城乡低保资金发放", "每季度");
    const dated = mk("特困供养资金发放", "每季度结束后15个工作日内");
    const april = (item: CatalogItem) => titled(item, "2024-04-10", "2024年第一季度城乡低保资金发放情况");
    const r = coverage([plain, dated], [april(plain), april(dated)], {
      from: "2024-01-01",
      to: "2024-06-30",
    });
    expect(r.byItem.map((i) => i.missingPeriods)).toEqual([["2024-Q2"], ["2023-Q4"]]);
    // 每季度 sets no due date: after its quarter, timeliness is unknown, never guessed.
    expect(r.byItem.map((i) => [i.onTime, i.late, i.unknown])).toEqual([
      [0, 0, 1],
      [1, 0, 0],
    ]);
  });

  it("judges each quarter against its own due date, across 清明 and 国庆 2024", () => {
    const q = mk("特困供养资金发放", "每季度结束后15个工作日内");
    const r = coverage(
      [q],
      [
        titled(q, "2024-01-22", "2023年第四季度特困供养资金发放情况"),
        // due 2024-04-22: 清明 4–6 April off, Sunday 7 April worked
        titled(q, "2024-04-23", "一季度特困供养资金发放情况"),
        titled(q, "2024-07-19", "2024年4-6月特困供养资金发放情况"),
        // due 2024-10-25: 国庆 1–7 October off, Sunday 29 September and Saturday 12 October worked
        titled(q, "2024-10-25", "2024年第三季度特困供养资金发放情况"),
      ],
      Y2024,
    );
    expect(r.totals).toMatchObject({ onTime: 3, late: 1 });
    expect(r.late).toEqual([
      expect.objectContaining({ period: "2024-Q1", deadline: "2024-04-22", lateByWorkingDays: 1 }),
    ]);
    // 2024-Q4 is due on 2025-01-22, after the range: not missing yet.
    expect(r.byItem[0]).toMatchObject({ status: "late", missingPeriods: [] });
  });

  it("a calendar-day due date in 国庆 2020 moves to the next working day", () => {
    const q = mk("临时救助资金发放", "各季度结束后7日内");
    const r = coverage(
      [q],
      [titled(q, "2020-10-09", "2020年第三季度临时救助"), titled(q, "2020-10-10", "2020年第三季度临时救助")],
      YEAR,
    );
    // 30 September + 7 days = 7 October, a holiday (1–8 October): due Friday 9 October.
    expect(r.totals).toMatchObject({ onTime: 1, late: 1 });
    expect(r.late[0]).toMatchObject({ deadline: "2020-10-09", lateByWorkingDays: 1, period: "2020-Q3" });
  });

  it("a working-day due date runs over 国庆 2023 (29 September – 6 October off, 7 and 8 October worked)", () => {
    const q = mk("临时救助资金发放", "每季度结束后3个工作日内");
    const r = coverage(
      [q],
      [titled(q, "2023-10-09", "2023年第三季度临时救助"), titled(q, "2023-10-10", "三季度临时救助（补发）")],
      { from: "2023-01-01", to: "2023-12-31" },
    );
    expect(r.late.map((l) => [l.period, l.deadline, l.lateByWorkingDays])).toEqual([
      ["2023-Q3", "2023-10-09", 1],
    ]);
  });

  it("每月15日前: January 2024 is due on 18 February (春节 10–17 February off, Sunday 18 worked)", () => {
    const m = mk("城乡低保资金发放", "每月15日前公开上月城乡低保资金发放情况");
    const r = coverage(
      [m],
      [
        titled(m, "2024-01-12", "2023年12月城乡低保资金发放情况"),
        titled(m, "2024-02-18", "1月城乡低保资金发放情况"),
        titled(m, "2024-02-19", "2024年1月城乡低保资金发放情况（更正）"),
      ],
      { from: "2024-01-01", to: "2024-03-31" },
    );
    expect(r.totals).toMatchObject({ onTime: 2, late: 1 });
    expect(r.late[0]).toMatchObject({ period: "2024-01", deadline: "2024-02-18", lateByWorkingDays: 1 });
    // February is due on 15 March and has nothing; March is due in April, after the range.
    expect(r.byItem[0]?.missingPeriods).toEqual(["2024-02"]);
    expect(r.findings.map((f) => f.rule)).toEqual(["CAT-PUBLICATION-LATE", "CAT-PERIOD-MISSING"]);
  });

  it("without a period in the title: the due window holding the day, else the quarter that ended last", () => {
    const q = mk("临时救助资金发放", "各季度结束后15日内");
    const r = coverage([q], [pub(q, "2020-04-10"), pub(q, "2020-07-20"), pub(q, "2020-12-20")], YEAR);
    // 10 April: Q1's window (1–15 April). 20 July: after Q2's due date (15 July), so a late Q2.
    // 20 December: no window holds it and Q3 ended last: a late Q3.
    expect(r.late.map((l) => [l.period, l.deadline, l.lateByWorkingDays])).toEqual([
      ["2020-Q2", "2020-07-15", 3],
      ["2020-Q3", "2020-10-15", 47],
    ]);
    expect(r.byItem[0]?.missingPeriods).toEqual(["2019-Q4"]);
  });

  it("takes the latest window not yet filled when windows overlap", () => {
    const m = mk("城乡低保资金发放", "每月结束后45日内");
    const r = coverage([m], [pub(m, "2020-03-05"), pub(m, "2020-03-10")], {
      from: "2020-03-01",
      to: "2020-03-31",
    });
    // 5 March lies in January's window (to 16 March) and February's (to 14 April): February first, then January.
    expect(r.totals).toMatchObject({ onTime: 2, late: 0 });
    expect(r.byItem[0]?.missingPeriods).toEqual([]);
  });

  it("asOf: a period due after the day of the check is not missing yet", () => {
    const q = mk("特困供养资金发放", "每季度结束后15个工作日内");
    expect(coverage([q], [], { ...Y2024, asOf: "2024-05-01" }).byItem[0]?.missingPeriods).toEqual([
      "2023-Q4",
      "2024-Q1",
    ]);
    expect(coverage([q], [], Y2024).byItem[0]).toMatchObject({
      status: "missing",
      missingPeriods: ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"],
    });
    expect(coverage([q], [], { from: "2024-01-01", to: "2024-01-10" }).byItem[0]?.status).toBe("notExpected");
    expect(() => coverage([q], [], { ...Y2024, asOf: "2024-13-01" })).toThrow(RangeError);
  });

  it("a period filled before the range is not missing in it", () => {
    const q = mk("特困供养资金发放", "每季度结束后15个工作日内");
    const r = coverage([q], [titled(q, "2023-12-29", "2023年第四季度特困供养资金发放情况")], {
      from: "2024-01-01",
      to: "2024-01-31",
    });
    expect(r.byItem[0]).toMatchObject({ status: "onTime", missingPeriods: [], publications: 0 });
    expect(r.totals.outOfPeriod).toBe(1);
  });

  it("a titled quarterly report is on time exactly up to its quarter's due date (property)", () => {
    const ordinal = ["一", "二", "三", "四"];
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2024 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 1, max: 60 }),
        fc.boolean(),
        (year, k, offset, withYear) => {
          const q = mk("特困供养资金发放", "每季度结束后15个工作日内");
          const end = dateOfDayNumber(Date.UTC(year, 3 * k + 3, 1) / 86_400_000 - 1);
          const due = addWorkingDays(end, 15);
          const date = dateOfDayNumber(dayNumber(end) + offset);
          const title = `${withYear ? `${year}年` : ""}第${ordinal[k]}季度特困供养资金发放情况`;
          const r = coverage([q], [titled(q, date, title)], { from: "2020-01-01", to: "2025-12-31" });
          expect(r.totals.late).toBe(date > due ? 1 : 0);
          if (date > due) expect(r.late[0]).toMatchObject({ period: `${year}-Q${k + 1}`, deadline: due });
          expect(r.byItem[0]?.missingPeriods).not.toContain(`${year}-Q${k + 1}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
