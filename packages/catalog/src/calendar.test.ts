import { calendarFromYears, isWorkingDay, useCalendar, type WorkingCalendar } from "@disclosure/stats";
import { afterEach, describe, expect, it } from "vitest";
import { dateOfDayNumber, dayCalendar, dayNumber } from "./calendar.js";
import { coverage } from "./coverage.js";
import type { CatalogItem } from "./item.js";
import { itemKey } from "./key.js";
import { parseTimeLimit } from "./time-limit.js";

/**
 * MADE UP FOR THE TESTS — not the State Council's notice on the 2027 holidays: 1 January
 * and 14–15 January off, Saturday 16 January worked.
 */
const MADE_UP_2027 = {
  "2027": {
    source: "虚构，仅供测试 / made up for the tests",
    holidays: ["2027-01-01", "2027-01-14..2027-01-15"],
    workdays: ["2027-01-16"],
  },
};

function build(data: unknown): WorkingCalendar {
  const r = calendarFromYears(data);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const item: CatalogItem = {
  area: "socialAssistance",
  item: { level1: "最低生活保障", level2: "审核确认结果" },
  content: "",
  basis: "《社会救助暂行办法》",
  timeLimit: parseTimeLimit("制定或获取信息之日起10个工作日内"),
  publisher: "盐池县民政局",
  channels: [{ code: "website", required: true }],
  audience: ["public"],
  mode: ["proactive"],
};

// formed Monday 2027-01-04: 5–8, 11–13 January, Saturday 16 (worked), 18, 19 → due 2027-01-19
const published = [
  {
    title: "审核确认结果",
    unit: item.publisher,
    date: "2027-01-19",
    eventDate: "2027-01-04",
    item: itemKey(item),
  },
];
const PERIOD = { from: "2027-01-01", to: "2027-12-31" };

afterEach(() => {
  useCalendar();
});

describe("coverage with a supplied year", () => {
  it("judges 2027 deadlines with the calendar option", () => {
    const r = coverage([item], published, { ...PERIOD, calendar: build(MADE_UP_2027) });
    expect(r.totals).toMatchObject({ publications: 1, onTime: 1, late: 0, unknown: 0 });
    // with 14–15 January as ordinary working days the same publication would be one day late
    const plain = build({ "2027": { holidays: ["2027-01-01"], workdays: [] } });
    expect(coverage([item], published, { ...PERIOD, calendar: plain }).totals).toMatchObject({ late: 1 });
  });

  it("uses the registered calendar by default", () => {
    useCalendar(build(MADE_UP_2027));
    expect(coverage([item], published, PERIOD).totals).toMatchObject({ onTime: 1, unknown: 0 });
  });

  it("without the year, leaves timeliness unknown and says how to supply it", () => {
    const r = coverage([item], published, PERIOD);
    expect(r.totals).toMatchObject({ onTime: 0, late: 0, unknown: 1 });
    const finding = r.findings.find((f) => f.rule === "CAT-CALENDAR-RANGE");
    expect(finding?.message.zh).toContain("--calendar <文件>");
    expect(finding?.message.en).toContain("--calendar <file>");
  });
});

describe("dayCalendar over a calendar with a gap", () => {
  // MADE UP: 2028 with 元旦 only; 2027 is covered by nothing
  const gap = build({ "2028": { holidays: ["2028-01-01"], workdays: [] } });

  it("agrees with @disclosure/stats on the covered years and knows nothing of the gap", () => {
    const cal = dayCalendar("2028-01-01", "2028-12-31", 400, gap);
    for (let d = dayNumber("2026-06-01"); d <= dayNumber("2028-12-31"); d++) {
      const date = dateOfDayNumber(d);
      const expected = date.startsWith("2027") ? undefined : isWorkingDay(date, { calendar: gap });
      expect(cal.isWorking(d), date).toBe(expected);
    }
    expect(cal.addWorking(dayNumber("2026-12-30"), 5)).toBeUndefined();
    expect(dateOfDayNumber(cal.addWorking(dayNumber("2027-12-31"), 1)!)).toBe("2028-01-03");
  });

  it("is built once per holiday calendar", () => {
    expect(dayCalendar("2028-01-01", "2028-12-31", 400, gap)).toBe(
      dayCalendar("2028-01-01", "2028-12-31", 400, gap),
    );
    expect(dayCalendar("2028-01-01", "2028-12-31", 400, gap)).not.toBe(
      dayCalendar("2028-01-01", "2028-12-31", 400, build(MADE_UP_2027)),
    );
  });
});
