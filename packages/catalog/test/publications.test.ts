/**
 * A site's publication log as its content system exports it, read as it comes (Chinese headers,
 * dates in every form, areas by name, a title line above the header, GBK), and placed on the
 * catalog's items the way offices file them: by 所属事项 and 栏目 first, the title second.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CatalogItem,
  coverageAsync,
  encodeGbk,
  itemKey,
  type Publication,
  type PublicationRead,
  parseTimeLimit,
  readPublications,
} from "../src/index.js";
import { lineOf, located, sheetOf } from "./locations.js";

const item = (
  level1: string,
  level2: string,
  timeLimit: string,
  publisher = "盐池县民政局",
): CatalogItem => ({
  area: "socialAssistance",
  item: { level1, level2 },
  content: "",
  basis: "《社会救助暂行办法》",
  timeLimit: parseTimeLimit(timeLimit),
  publisher,
  channels: [{ code: "website", required: true }],
  audience: ["public"],
  mode: ["proactive"],
});

/** 盐池县民政局's 社会救助 items, one of 卫健局's. */
const ITEMS = [
  item("政策法规", "办事指南", "信息形成或变更之日起20个工作日内"),
  item("最低生活保障", "审核确认结果", "制定或获取信息之日起10个工作日内"),
  item("最低生活保障", "救助资金发放", "制定或获取信息之日起10个工作日内"),
  item("特困人员救助供养", "审核确认结果", "制定或获取信息之日起10个工作日内"),
  item("临时救助", "临时救助对象", "制定或获取信息之日起10个工作日内"),
  {
    ...item("政策文件", "政策解读", "信息形成之日起20个工作日内", "盐池县卫生健康局"),
    area: "healthcare" as const,
  },
] as const;

/** The export: a title line, the header a CMS writes, one line per article. */
const CMS_EXPORT = [
  "盐池县人民政府网站 信息公开目录导出（2020年）,,,,,,",
  "标题,发布日期,成文日期,发布机构,栏目,所属事项,链接,领域,浏览次数",
  "盐池县社会救助办事指南,2020-03-05,2020-03-02,盐池县民政局,法定主动公开内容>社会救助>政策法规,办事指南,http://www.yanchi.gov.cn/a/1.html,社会救助,12",
  "2020年9月城乡低保审核信息公示,2020/10/15,2020/9/25,盐池县民政局,社会救助,最低生活保障-审核确认结果,http://www.yanchi.gov.cn/a/2.html,社会救助,40",
  "2020年10月特困供养人员审核结果,2020年11月13日,2020年10月26日,盐池县民政局,社会救助>特困人员救助供养,审核确认结果,http://www.yanchi.gov.cn/a/3.html,社会救助,8",
  "10月低保资金发放情况,2020年11月2日 10:32,2020-10-28,盐池县民政局,法定主动公开内容>社会救助>最低生活保障>救助资金发放,,http://www.yanchi.gov.cn/a/4.html,社会救助,3",
  "临时救助对象名单（第三批）,2020-08-20,,盐池县民政局,通知公告,,http://www.yanchi.gov.cn/a/5.html,,5",
  "卫生健康政策解读,2020-06-01,2020-05-20,盐池县卫生健康局,政策解读,政策解读,http://www.yanchi.gov.cn/a/6.html,卫生健康,9",
  "民政局召开党史学习教育会议,2020-04-01,,盐池县民政局,工作动态,,http://www.yanchi.gov.cn/a/7.html,,2",
  "低保审核公示,2020-05-11,2020-05-06,盐池县民政局,社会救助,审核确认结果,http://www.yanchi.gov.cn/a/8.html,社会救助,1",
  "残疾人两项补贴发放,2020-07-01,,盐池县残联,社会救助,,http://www.yanchi.gov.cn/a/9.html,,1",
  "坏日期,2020-02-30,,盐池县民政局,社会救助,办事指南,,,",
  "没有机构,2020-03-01,,,社会救助,办事指南,,,",
].join("\r\n");

async function collect(reads: AsyncIterable<PublicationRead>) {
  const publications: Publication[] = [];
  const issues: Extract<PublicationRead, { kind: "issue" }>[] = [];
  for await (const r of reads) {
    if (r.kind === "publication") publications.push(r.publication);
    else issues.push(r);
  }
  return { publications, issues };
}

async function* only(reads: AsyncIterable<PublicationRead>) {
  for await (const r of reads) if (r.kind === "publication") yield r.publication;
}

describe("a CMS export with Chinese headers", async () => {
  const { publications, issues } = await collect(readPublications([CMS_EXPORT], { file: "发布记录.csv" }));

  it("reads every usable line: dates in every form, the 成文日期 as the event date, areas by name", () => {
    expect(publications).toHaveLength(9);
    expect(publications[0]).toEqual({
      title: "盐池县社会救助办事指南",
      unit: "盐池县民政局",
      date: "2020-03-05",
      eventDate: "2020-03-02",
      area: "socialAssistance",
      itemName: "办事指南",
      section: "法定主动公开内容>社会救助>政策法规",
      link: "http://www.yanchi.gov.cn/a/1.html",
    });
    expect(publications.map((p) => [p.date, p.eventDate])).toEqual([
      ["2020-03-05", "2020-03-02"],
      ["2020-10-15", "2020-09-25"],
      ["2020-11-13", "2020-10-26"],
      ["2020-11-02", "2020-10-28"],
      ["2020-08-20", undefined],
      ["2020-06-01", "2020-05-20"],
      ["2020-04-01", undefined],
      ["2020-05-11", "2020-05-06"],
      ["2020-07-01", undefined],
    ]);
    expect(publications[5]?.area).toBe("healthcare");
  });

  it("reports the lines it cannot use with row and cell, the columns it does not read once", () => {
    expect(
      issues.map((i) => [
        i.issue.code,
        sheetOf(i.issue.location).cell ?? sheetOf(i.issue.location).row,
        i.rejected ?? false,
      ]),
    ).toEqual([
      ["CAT-PUB-COLUMN-IGNORED", 2, false],
      ["CAT-PUB-ROW", "B12", true],
      ["CAT-PUB-ROW", "D13", true],
    ]);
    expect(located(issues[0]?.issue)).toBe("发布记录.csv 第2行: 以下列不是发布记录的字段，未读取：浏览次数");
    expect(located(issues[1]?.issue)).toBe(
      "发布记录.csv B12 “发布日期”列: 发布日期“2020-02-30”无法识别（可写作2020-03-05、2020/3/5或2020年3月5日），该条未计入",
    );
    expect(located(issues[2]?.issue, "en")).toBe(
      "发布记录.csv D13 column 发布机构: no 发布机构; the line is not counted",
    );
  });
});

describe("placing the export's publications on the catalog's items", async () => {
  const r = await coverageAsync(ITEMS, only(readPublications([CMS_EXPORT], { file: "发布记录.csv" })), {
    from: "2020-01-01",
    to: "2020-12-31",
  });
  const status = (level1: string, level2: string) =>
    r.byItem.find((i) => i.level1 === level1 && i.level2 === level2);

  it("counts the items published under their 所属事项 or 栏目 as published, and judges them on time or late", () => {
    expect(r.byItem.map((i) => [i.level1, i.level2, i.publications])).toEqual([
      ["政策法规", "办事指南", 1], // 所属事项 办事指南
      ["最低生活保障", "审核确认结果", 1], // 所属事项 最低生活保障-审核确认结果 (the 二级事项 alone is ambiguous)
      ["最低生活保障", "救助资金发放", 1], // no 所属事项: the 栏目 path's last level
      ["特困人员救助供养", "审核确认结果", 1], // 所属事项 ambiguous, 栏目 特困人员救助供养 narrows to one
      ["临时救助", "临时救助对象", 1], // neither: the title names the item
      ["政策文件", "政策解读", 1], // another unit's item, by its own 所属事项
    ]);
    expect(status("最低生活保障", "审核确认结果")?.status).toBe("onTime");
    expect(status("特困人员救助供养", "审核确认结果")?.status).toBe("late");
    expect(r.late[0]).toMatchObject({
      title: "2020年10月特困供养人员审核结果",
      deadline: "2020-11-09",
      lateByWorkingDays: 4,
      link: "http://www.yanchi.gov.cn/a/3.html",
    });
    expect(r.totals.missing).toBe(0);
  });

  it("lists each unmatched publication with the reason", () => {
    expect(r.unmatched.map((u) => [u.title, u.reason, u.why.zh])).toEqual([
      [
        "民政局召开党史学习教育会议",
        "sectionUnknown",
        "栏目“工作动态”未对应盐池县民政局目录中的事项；标题“民政局召开党史学习教育会议”未对应盐池县民政局目录中的事项",
      ],
      [
        "低保审核公示",
        "areaOnly",
        "所属事项“审核确认结果”对应盐池县民政局目录中的多个事项（最低生活保障/审核确认结果、特困人员救助供养/审核确认结果）；栏目“社会救助”未对应盐池县民政局目录中的事项；标题“低保审核公示”未对应盐池县民政局目录中的事项；只能计入“社会救助”领域",
      ],
      ["残疾人两项补贴发放", "unknownUnit", "发布机构“盐池县残联”在目录中没有事项"],
    ]);
    expect(r.totals).toMatchObject({ unmatched: 2, areaOnly: 1 });
    expect(r.byUnit.find((u) => u.unit === "盐池县残联")).toMatchObject({
      items: 0,
      publications: 1,
      unmatched: 1,
    });
  });
});

describe("the same log in other forms", () => {
  it("GBK bytes, cut anywhere into chunks, read the same (property)", async () => {
    const bytes = encodeGbk(CMS_EXPORT).bytes;
    const whole = await collect(readPublications([bytes], { file: "发布记录.csv" }));
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        async (cuts) => {
          const at = [0, ...cuts.sort((a, b) => a - b), bytes.length];
          const chunks = at.slice(1).map((end, k) => bytes.subarray(at[k], end));
          const again = await collect(readPublications(chunks, { file: "发布记录.csv" }));
          expect(again).toEqual(whole);
        },
      ),
      { numRuns: 60 },
    );
    expect(whole.publications).toHaveLength(9);
  });

  it("JSON Lines with Chinese or English keys", async () => {
    const jsonl = [
      JSON.stringify({
        标题: "9月低保审核信息公示",
        发布日期: "2020年10月15日",
        成文日期: "2020/9/25",
        发布机构: "盐池县民政局",
        所属事项: "审核确认结果",
      }),
      JSON.stringify({
        title: "x",
        unit: "盐池县民政局",
        date: "2020-03-02",
        item: itemKey(ITEMS[0]),
        views: 3,
      }),
      "{not json",
      JSON.stringify({ title: "y", unit: "盐池县民政局", date: "2020-3-2", area: "社保" }),
    ].join("\n");
    const { publications, issues } = await collect(readPublications([jsonl], { file: "发布记录.jsonl" }));
    expect(publications).toEqual([
      {
        title: "9月低保审核信息公示",
        unit: "盐池县民政局",
        date: "2020-10-15",
        eventDate: "2020-09-25",
        itemName: "审核确认结果",
      },
      { title: "x", unit: "盐池县民政局", date: "2020-03-02", item: itemKey(ITEMS[0]) },
      { title: "y", unit: "盐池县民政局", date: "2020-03-02" },
    ]);
    // JSON Lines are located by line, the key as the field.
    expect(
      issues.map((i) => [i.issue.code, lineOf(i.issue.location).line, lineOf(i.issue.location).field]),
    ).toEqual([
      ["CAT-PUB-COLUMN-IGNORED", 2, undefined],
      ["CAT-PUB-ROW", 3, undefined],
      ["CAT-PUB-AREA", 4, "area"],
    ]);
  });

  it("a header without the columns a publication needs: one message naming them, nothing read", async () => {
    const csv = "名称,日期,网址\n社会救助办事指南,2020-03-05,http://x\n";
    const { publications, issues } = await collect(readPublications([csv], { file: "导出.csv" }));
    expect(publications).toEqual([]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ fatal: true, issue: { code: "CAT-PUB-HEADER", severity: "error" } });
    expect(located(issues[0]?.issue)).toBe(
      "导出.csv 第1行: 发布记录的表头缺少“发布机构”“发布日期”列（可用列名：发布机构/unit/publisher；发布日期/date/publishDate）；读到的表头为：名称、日期、网址",
    );
    const none = await collect(readPublications(["a,b\n1,2\n"], { file: "x.csv" }));
    expect(none.issues.map((i) => [i.issue.code, i.fatal])).toEqual([["CAT-PUB-HEADER", true]]);
  });
});
