import { type CatalogItem, itemKey, parseTimeLimit } from "@disclosure/catalog";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers.js";

/**
 * MADE UP FOR THE TESTS — not the State Council's notice on the 2027 holidays (not
 * published when these tests were written). 1 January and 14–15 January off, Saturday
 * 16 January worked, so that each entry moves the deadlines below.
 */
const MADE_UP_2027 = JSON.stringify({
  "2027": {
    source: "虚构，仅供测试 / made up for the tests",
    holidays: ["2027-01-01", "2027-01-14..2027-01-15"],
    workdays: ["2027-01-16"],
  },
});

// Received Sunday 2026-12-20. With the calendar above, the 20th working day is 2027-01-19:
// 21–25 and 28–31 December (9), 4–8 January (14), 11–13 (17), Saturday 16 (18), 18, 19 (20).
// On plain weekends it would be 2027-01-15, and both replies would be late.
const records = [
  { id: "YC-2026-301", completedDate: "2027-01-19" },
  { id: "YC-2026-302", completedDate: "2027-01-20" },
]
  .map((r) =>
    JSON.stringify({
      type: "application",
      ...r,
      receivedDate: "2026-12-20",
      applicantType: "naturalPerson",
      result: "granted",
    }),
  )
  .join("\n");

const files = { "apps.jsonl": records, "2027.json": MADE_UP_2027 };

describe("disclosure tabulate --overdue --calendar", () => {
  it("counts a reply in January 2027 with a 2027 calendar", async () => {
    const r = await cli(
      ["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--calendar", "2027.json"],
      files,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("逾期答复（条例第三十三条）1 件：YC-2026-302；无法计算期限 0 件");
    const j = await cli(
      ["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--calendar", "2027.json", "--json"],
      files,
    );
    expect(JSON.parse(j.stdout).overdue).toEqual({ count: 1, unknown: 0, ids: ["YC-2026-302"] });
  });

  it("without it, refuses the deadline in 2027 with a message naming 2027 and how to supply it", async () => {
    const r = await cli(["tabulate", "apps.jsonl", "--year", "2027", "--overdue"], files);
    expect(r.stdout).toContain("无法计算期限 2 件");
    expect(r.stdout).toContain("节假日日历不覆盖 2027 年");
    expect(r.stdout).toContain("--calendar <文件>");
    expect(r.stdout).toContain("[calendar-range]");
    const en = await cli(["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--lang", "en"], files);
    expect(en.stdout).toContain("the holiday calendar does not cover 2027");
    expect(en.stdout).toContain("--calendar <file>");
    const j = await cli(["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--json"], files);
    expect(JSON.parse(j.stdout).overdue).toEqual({ count: 0, unknown: 2, ids: [] });
  });

  it("refuses a bad calendar file with exit 2 and every bad entry located, in Chinese or English", async () => {
    const bad = JSON.stringify({
      "2027": { holidays: ["2027-01-01", "2027-02-30", "2027-05-05..2027-05-01"], workdays: ["2027-02-15"] },
    });
    const args = ["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--calendar", "bad.json"];
    const r = await cli(args, { ...files, "bad.json": bad });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("日历文件 bad.json 有 3 处错误，未使用");
    expect(r.stderr).toContain("2027.holidays[1] — 没有这一天：2027-02-30 [calendar-invalid-date]");
    expect(r.stderr).toContain("2027.holidays[2] — 范围的结束日期早于开始日期：2027-05-05..2027-05-01");
    expect(r.stderr).toContain("2027.workdays[0] — 2027-02-15 是星期一");
    const en = await cli([...args, "--lang", "en"], { ...files, "bad.json": bad });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("the calendar file bad.json has 3 errors and was not used");
    expect(en.stderr).toContain("2027.holidays[1] — no such day: 2027-02-30");
  });

  it("reads a calendar file saved as UTF-16 with a byte-order mark (Windows Notepad's Unicode)", async () => {
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...MADE_UP_2027].map((c) => c.charCodeAt(0))).buffer),
    ]);
    const r = await cli(
      ["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--calendar", "u16.json", "--json"],
      {
        ...files,
        "u16.json": utf16,
      },
    );
    expect(JSON.parse(r.stdout).overdue).toEqual({ count: 1, unknown: 0, ids: ["YC-2026-302"] });
  });

  it("refuses a calendar file that is not JSON, saying where", async () => {
    const r = await cli(["tabulate", "apps.jsonl", "--year", "2027", "--overdue", "--calendar", "bad.json"], {
      ...files,
      "bad.json": '{"2027": {\n  "holidays": ["2027-01-01",]\n}}',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("日历文件 bad.json 不是有效的 JSON");
  });
});

describe("disclosure catalog coverage --calendar", () => {
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
  // formed Monday 2027-01-04: 5–8, 11–13 January, Saturday 16, 18, 19 → due 2027-01-19
  const pub = {
    title: "审核确认结果",
    unit: "盐池县民政局",
    date: "2027-01-19",
    eventDate: "2027-01-04",
    item: itemKey(item),
  };
  const inputs = { "c.json": JSON.stringify({ items: [item] }), "p.jsonl": JSON.stringify(pub), ...files };
  const args = [
    "catalog",
    "coverage",
    "c.json",
    "p.jsonl",
    "--from",
    "2027-01-01",
    "--to",
    "2027-12-31",
    "--json",
  ];

  it("judges a 2027 deadline with the calendar, and leaves it unknown without", async () => {
    const r = await cli([...args, "--calendar", "2027.json"], inputs);
    expect(JSON.parse(r.stdout).totals).toMatchObject({ publications: 1, onTime: 1, late: 0, unknown: 0 });
    const without = JSON.parse((await cli(args, inputs)).stdout);
    expect(without.totals).toMatchObject({ onTime: 0, unknown: 1 });
    expect(without.findings.map((f: { rule: string }) => f.rule)).toContain("CAT-CALENDAR-RANGE");
  });

  it("refuses a bad calendar file with exit 2", async () => {
    const r = await cli([...args, "--calendar", "bad.json"], {
      ...inputs,
      "bad.json": '{"2027": {"holidays": []}}',
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2027.workdays — 缺少 workdays [calendar-missing]");
  });
});
