import { describe, expect, it } from "vitest";
import { parseCalendarYears } from "./calendar-data";
import { pathOf } from "./testing/where";

/** The issues of data that must be refused (fails the test when the data are accepted). */
function issuesOf(data: unknown) {
  const r = parseCalendarYears(data);
  if (r.ok) throw new Error("accepted");
  for (const i of r.issues) {
    expect(i.severity).toBe("error");
    expect(i.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(i.message.en).toMatch(/^[\x20-\x7e\u2026\u5143\u65e6]+$/); // English (the word 元旦 may be cited)
  }
  return r.issues.map((i) => ({ code: i.code, path: pathOf(i), zh: i.message.zh, en: i.message.en }));
}

/** MADE UP FOR THE TESTS: a year shaped like a notice (not the real 2027 arrangement). */
const year = (holidays: unknown[], workdays: unknown[] = []) => ({ "2027": { holidays, workdays } });

describe("parseCalendarYears accepts", () => {
  it("dates, ranges, make-up weekend days and a source", () => {
    const r = parseCalendarYears({
      "2027": {
        source: "虚构，仅供测试 / made up for the tests",
        holidays: ["2027-01-01", "2027-02-06..2027-02-12"],
        workdays: ["2027-02-14"],
      },
    });
    expect(r).toEqual({
      ok: true,
      value: {
        "2027": {
          source: "虚构，仅供测试 / made up for the tests",
          holidays: ["2027-01-01", "2027-02-06..2027-02-12"],
          workdays: ["2027-02-14"],
        },
      },
      warnings: [],
    });
  });

  it("a day listed twice, with a warning", () => {
    const r = parseCalendarYears(year(["2027-01-01", "2027-02-06..2027-02-12", "2027-02-12"]));
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual([
      {
        code: "calendar-duplicate-day",
        severity: "warning",
        location: { kind: "json", path: ["2027", "holidays", 2] },
        message: {
          zh: "2027-02-12 已在 holidays[1] 中列出",
          en: "2027-02-12 is already listed in holidays[1]",
        },
      },
    ]);
  });
});

describe("parseCalendarYears refuses, located and bilingual", () => {
  it("a date that does not exist", () => {
    expect(issuesOf(year(["2027-01-01", "2027-02-30"]))).toEqual([
      {
        code: "calendar-invalid-date",
        path: ["2027", "holidays", 1],
        zh: "没有这一天：2027-02-30",
        en: "no such day: 2027-02-30",
      },
    ]);
    expect(issuesOf(year(["2027-01-01", "2027-02-27..2027-02-29"]))[0]).toMatchObject({
      code: "calendar-invalid-date",
      zh: "没有这一天：2027-02-29",
    });
  });

  it("an entry that is not a date or a range", () => {
    for (const bad of ["2027/02/06", "2027-2-6", "2027-02-06 .. 2027-02-08", "2027-02-06~2027-02-08", ""]) {
      expect(issuesOf(year(["2027-01-01", bad])), bad).toEqual([
        expect.objectContaining({ code: "calendar-entry-format", path: ["2027", "holidays", 1] }),
      ]);
    }
  });

  it("a reversed range", () => {
    expect(issuesOf(year(["2027-01-01", "2027-02-12..2027-02-06"]))).toEqual([
      {
        code: "calendar-range-reversed",
        path: ["2027", "holidays", 1],
        zh: "范围的结束日期早于开始日期：2027-02-12..2027-02-06",
        en: "the range ends before it starts: 2027-02-12..2027-02-06",
      },
    ]);
  });

  it("a range crossing the year's end", () => {
    expect(issuesOf(year(["2026-12-31..2027-01-02"]))).toEqual([
      expect.objectContaining({ code: "calendar-range-crosses-year", path: ["2027", "holidays", 0] }),
    ]);
  });

  it("a holiday or a make-up day of another year than its key", () => {
    expect(issuesOf(year(["2027-01-01", "2026-10-01"], ["2026-12-26"]))).toEqual([
      {
        code: "calendar-other-year",
        path: ["2027", "holidays", 1],
        zh: '2026-10-01 不在 2027 年：每个日子写在它所在年份的键下（"2026"）',
        en: '2026-10-01 is not in 2027: list each day under the key of its own year ("2026")',
      },
      expect.objectContaining({ code: "calendar-other-year", path: ["2027", "workdays", 0] }),
    ]);
  });

  it("a day both holiday and make-up working day", () => {
    expect(issuesOf(year(["2027-01-01", "2027-02-06..2027-02-14"], ["2027-02-13"]))).toEqual([
      {
        code: "calendar-holiday-and-workday",
        path: ["2027", "workdays", 0],
        zh: "2027-02-13 同时列为放假日（holidays[1]：2027-02-06..2027-02-14）和调休上班日",
        en: "2027-02-13 is listed both as a day off (holidays[1]: 2027-02-06..2027-02-14) and as a make-up working day",
      },
    ]);
  });

  it("a make-up working day that is not a weekend, or given as a range", () => {
    expect(issuesOf(year(["2027-01-01"], ["2027-02-15", "2027-02-13..2027-02-14"]))).toEqual([
      {
        code: "calendar-workday-not-weekend",
        path: ["2027", "workdays", 0],
        zh: "2027-02-15 是星期一，调休上班日只能是星期六或星期日",
        en: "2027-02-15 is a Monday; a make-up working day is a Saturday or a Sunday",
      },
      expect.objectContaining({ code: "calendar-workday-format", path: ["2027", "workdays", 1] }),
    ]);
  });

  it("a year without 1 January: a year is given whole", () => {
    expect(issuesOf(year(["2027-10-01..2027-10-07"]))).toEqual([
      expect.objectContaining({
        code: "calendar-new-year-missing",
        path: ["2027", "holidays"],
        zh: expect.stringContaining("没有 1 月 1 日（元旦）"),
      }),
    ]);
  });

  it("a key that is not a year, an unknown key, a missing list", () => {
    expect(issuesOf({ "27": { holidays: ["2027-01-01"], workdays: [] } })).toEqual([
      expect.objectContaining({ code: "calendar-year-key", path: ["27"] }),
    ]);
    expect(issuesOf({ "2027": { holidays: ["2027-01-01"], workday: [] } })).toEqual(
      expect.arrayContaining([
        {
          code: "calendar-missing",
          path: ["2027", "workdays"],
          zh: "缺少 workdays",
          en: "workdays is missing",
        },
        expect.objectContaining({ code: "calendar-unknown-key", path: ["2027", "workday"] }),
      ]),
    );
  });

  it("values of the wrong type", () => {
    expect(issuesOf([])).toEqual([expect.objectContaining({ code: "calendar-type", path: [] })]);
    expect(issuesOf(null)).toEqual([expect.objectContaining({ code: "calendar-type", path: [] })]);
    expect(issuesOf({ "2027": null })).toEqual([
      expect.objectContaining({ code: "calendar-type", path: ["2027"] }),
    ]);
    expect(issuesOf({ "2027": "2027-01-01" })).toEqual([
      expect.objectContaining({ code: "calendar-type", path: ["2027"] }),
    ]);
    expect(issuesOf(year(["2027-01-01", 20270101]))).toEqual([
      {
        code: "calendar-type",
        path: ["2027", "holidays", 1],
        zh: "应为字符串：20270101",
        en: "expected a string: 20270101",
      },
    ]);
  });

  it("a calendar with no year", () => {
    expect(issuesOf({})).toEqual([expect.objectContaining({ code: "calendar-empty", path: [] })]);
  });

  it("every bad entry at once, each at its own path", () => {
    const issues = issuesOf({
      "2027": {
        holidays: ["2027-01-01", "2027-02-30", "2027-05-05..2027-05-01", 7, "2028-01-01"],
        workdays: ["2027-03-03", "2027-01-01"],
      },
      "2o28": { holidays: [], workdays: [] },
    });
    expect(issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ["calendar-invalid-date", ["2027", "holidays", 1]],
        ["calendar-range-reversed", ["2027", "holidays", 2]],
        ["calendar-type", ["2027", "holidays", 3]],
        ["calendar-other-year", ["2027", "holidays", 4]],
        ["calendar-workday-not-weekend", ["2027", "workdays", 0]],
        ["calendar-workday-not-weekend", ["2027", "workdays", 1]],
        ["calendar-holiday-and-workday", ["2027", "workdays", 1]],
        ["calendar-year-key", ["2o28"]],
      ]),
    );
    expect(issues).toHaveLength(8);
  });
});
