/**
 * Per-unit results an office acts on: the missing items, the late publications (title,
 * deadline, working days late), the publications that match no item with the reason; the
 * 督查清单 as a workbook and as CSV.
 */
import { csvText, readCsvRows } from "@disclosure/schema";
import { describe, expect, it } from "vitest";
import {
  type CatalogItem,
  coverage,
  itemKey,
  parseTimeLimit,
  type Publication,
  readWorkbookGrids,
  unitWorklists,
  worklistSheets,
  writeGridXlsx,
} from "../src/index.js";

const item = (level1: string, level2: string, timeLimit: string, publisher: string): CatalogItem => ({
  area: "socialAssistance",
  item: { level1, level2 },
  content: "",
  basis: "",
  timeLimit: parseTimeLimit(timeLimit),
  publisher,
  channels: [{ code: "website", required: true }],
  audience: ["public"],
  mode: ["proactive"],
});
const MZ = "盐池县民政局";
const HMC = "花马池镇人民政府";
const ITEMS = [
  item("最低生活保障", "审核确认结果", "制定或获取信息之日起10个工作日内", MZ),
  item("最低生活保障", "救助资金发放", "每季度结束后15个工作日内", MZ),
  item("临时救助", "临时救助对象", "制定或获取信息之日起10个工作日内", MZ),
  item("最低生活保障", "审核确认结果", "制定或获取信息之日起10个工作日内", HMC),
] as const;
const PUBS: Publication[] = [
  {
    title: "9月低保审核信息公示",
    unit: MZ,
    date: "2020-10-16",
    eventDate: "2020-09-25",
    item: itemKey(ITEMS[0]),
  },
  { title: "一季度低保资金发放", unit: MZ, date: "2020-04-10", itemName: "救助资金发放" },
  { title: '=HYPERLINK("http://x")', unit: MZ, date: "2020-05-01", itemName: "医疗救助" },
  {
    title: "花马池镇低保审核公示",
    unit: HMC,
    date: "2020-06-01",
    eventDate: "2020-05-20",
    itemName: "审核确认结果",
  },
];
const result = coverage(ITEMS, PUBS, { from: "2020-01-01", to: "2020-12-31" });

describe("per unit", () => {
  it("lists what each unit has to act on, units with nothing left out", () => {
    const lists = unitWorklists(result);
    expect(lists.map((u) => [u.unit, u.counts])).toEqual([
      [MZ, { missing: 1, periods: 1, late: 1, unmatched: 1 }],
    ]);
    const [mz] = lists;
    expect(mz?.missing.map((i) => i.level2)).toEqual(["临时救助对象"]);
    expect(mz?.periods[0]?.missingPeriods).toEqual(["2019-Q4", "2020-Q2", "2020-Q3"]);
    expect(mz?.late[0]).toMatchObject({
      title: "9月低保审核信息公示",
      deadline: "2020-10-15",
      lateByWorkingDays: 1,
    });
    expect(mz?.unmatched[0]?.why.zh).toBe(
      '所属事项“医疗救助”未对应盐池县民政局目录中的事项；标题“=HYPERLINK("http://x")”未对应盐池县民政局目录中的事项',
    );
    expect(mz?.notListed).toEqual({ late: 0, unmatched: 0 });
  });

  it("counts what a per-unit limit leaves unlisted", () => {
    const [first] = PUBS;
    if (first === undefined) throw new Error("no publication to repeat");
    const many = Array.from({ length: 5 }, (_, k) => ({ ...first, title: `第${k + 1}条` }));
    const r = coverage(ITEMS, many, { from: "2020-01-01", to: "2020-12-31", maxListedPerUnit: 2 });
    const [mz] = unitWorklists(r);
    expect(mz?.late.map((l) => l.title)).toEqual(["第1条", "第2条"]);
    expect(mz?.notListed.late).toBe(3);
    expect(r.truncated).toBe(true);
  });
});

describe("the 督查清单", () => {
  const sheets = worklistSheets(result);

  it("a summary a unit a row, and the list a problem a row", () => {
    expect(sheets.map((s) => s.name)).toEqual(["汇总", "督查清单"]);
    expect(sheets[0].rows).toEqual([
      [
        "单位",
        "目录事项（项）",
        "缺失事项（项）",
        "有期间未公开的事项（项）",
        "公开信息（条）",
        "逾期公开（条）",
        "未对应目录（条）",
      ],
      [MZ, "3", "1", "1", "3", "1", "1"],
    ]);
    expect(sheets[1].rows.map((r) => r.slice(0, 4).concat(r.slice(7, 10)))).toEqual([
      ["单位", "问题", "领域", "目录事项", "公开期限", "逾期工作日", "说明"],
      [MZ, "缺失事项", "社会救助", "临时救助/临时救助对象", "", "", ""],
      [MZ, "期间未公开", "社会救助", "最低生活保障/救助资金发放", "", "", "2019-Q4、2020-Q2、2020-Q3"],
      [MZ, "逾期公开", "", "最低生活保障/审核确认结果", "2020-10-15", "1", ""],
      [MZ, "未对应目录", "", "", "", "", sheets[1].rows[4]?.[9]],
    ]);
    expect(worklistSheets(result, "en")[1].rows[0]?.[1]).toBe("problem");
  });

  it("as a workbook that reads back, and as CSV with formula-like titles guarded", async () => {
    const grids = await readWorkbookGrids(await writeGridXlsx(sheets));
    expect(grids.map((g) => g.sheet)).toEqual(["汇总", "督查清单"]);
    expect(grids[1]?.rows.slice(1)).toEqual(sheets[1].rows);
    const csv = csvText(sheets[1].rows);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
    expect(readCsvRows(csv, { skipEmptyLines: true }).rows).toEqual(sheets[1].rows);
  });
});
