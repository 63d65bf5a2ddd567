import type { CountFact, KeyAreaGroup, OverviewFacts } from "@disclosure/schema";
import { OverviewFactsSchema } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
// The sample county: 盐池县 2020 of @disclosure/samples (a development dependency).
import { yanchiFactSources, yanchiOverviewFacts2020 as yanchi } from "@disclosure/samples";
import { defined } from "../../test/item-at.js";
import { formatCount } from "./numbers.js";
import { itemClause, OVERVIEW_HEADINGS, overviewBlocks, renderOverview } from "./overview.js";

const text = renderOverview(yanchi);

/** Occurrences of `needle` in `hay` that do not continue a number ("2期" is not found in "12期"). */
function occurrences(hay: string, needle: string): number {
  let n = 0;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
    if (!/[\d.]/.test(hay[i - 1] ?? "")) n++;
  }
  return n;
}

/** A structured clone of the sample facts, to vary. */
function sample(): OverviewFacts {
  return structuredClone(yanchi);
}

const minimal: OverviewFacts = OverviewFactsSchema.parse({
  year: 2021,
  proactive: {},
  applications: {},
  management: {},
  platforms: {},
  supervision: {},
});

describe("renderOverview on the 盐池县 2020 sample", () => {
  it("states every figure of the seed that the sample holds, as often as the seed states it", () => {
    const figures = yanchiFactSources.filter((s) => s.text !== undefined);
    expect(figures.length).toBeGreaterThanOrEqual(70);
    const wanted = new Map<string, number>();
    for (const s of figures) wanted.set(s.text ?? "", (wanted.get(s.text ?? "") ?? 0) + 1);
    for (const [figure, times] of wanted) {
      expect(occurrences(text, figure), `${figure} ×${times}`).toBeGreaterThanOrEqual(times);
    }
  });

  it("loses a figure when its fact is dropped (the check above can fail)", () => {
    const facts = sample();
    facts.supervision.funding = undefined;
    facts.proactive.groups = facts.proactive.groups?.filter((g) => g.code !== "majorProjects");
    const out = renderOverview(facts);
    expect(occurrences(out, "120万元")).toBe(0);
    expect(occurrences(out, "1174条")).toBe(0);
    expect(occurrences(out, "8类")).toBe(0);
  });

  it("keeps approximate figures in their form and money exact", () => {
    expect(text).toContain("主动公开各类信息4万余条");
    expect(text).toContain("累计接待查询12000余人次");
    expect(text).toContain("免费发放2000余册");
    expect(text).toContain("400余名领导干部");
    expect(text).toContain("重要信息2万余条");
    expect(text).not.toMatch(/40000|20000|1\.2万/);
    expect(text).toContain("统筹安排专项经费120万元（县政务公开办20万元，乡镇及部门各3万元）");
  });

  it("writes the five sub-headings of the notice, in order, one a line", () => {
    const lines = text.split("\n");
    const headings = Object.values(OVERVIEW_HEADINGS);
    expect(headings).toEqual([
      "（一）主动公开",
      "（二）依申请公开",
      "（三）政府信息管理",
      "（四）政府信息公开平台建设",
      "（五）监督保障",
    ]);
    const at = headings.map((h) => lines.indexOf(h));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("passes TXT-OVERVIEW-ASPECTS: the five aspects, and 考核 and 责任追究 for a government", () => {
    for (const keyword of [
      "主动公开",
      "依申请公开",
      "政府信息管理",
      "平台建设",
      "监督保障",
      "考核",
      "责任追究",
    ]) {
      expect(text, keyword).toContain(keyword);
    }
    expect(text).toContain("全年未发生政府信息公开工作责任追究情况");
    expect(text).toContain("赋分权重达到2%");
  });

  it("writes the register of the seed report", () => {
    expect(text).toContain(
      "重点公开批准服务、批准结果、招标投标、征收土地、重大设计变更、施工、质量安全监督、竣工等8类信息171条；",
    );
    expect(text).toContain(
      "除公安局、司法局、住建局、农业农村局、退役军人事务局、审计局6个单位“三定”规定涉密外，集中梳理其余18个",
    );
    expect(text).toContain(
      "累计公开住房保障、国有土地使用权出让、矿业权出让、政府采购、国有产权交易、工程建设项目招标投标等6大领域信息114条",
    );
    expect(text).toContain("公开惠农资金、重大惠农工程项目、城乡建设、征地拆迁信息243条");
    expect(text).toContain(
      "2020年依法依规办理公民、法人和其他组织提交的政府信息公开申请5件，主要涉及扶贫政策、征地拆迁等内容。",
    );
    expect(text).toContain("未发生因政府信息公开申请被申请行政复议、提起行政诉讼、收到投诉举报的情况。");
    expect(text).toContain("办复率均达到100%");
    expect(text).toContain("涵盖24个政府部门、9个乡镇（街道）");
    expect(text).toMatch(/一是扎实做好会议公开。2020年召开政府常务会17次/);
  });

  it("uses mainland terms only, in Simplified, with full-width punctuation", () => {
    for (const word of ["入口网站", "档案", "最佳化", "网路", "程式", "民众"])
      expect(text, word).not.toContain(word);
    expect(text).not.toMatch(/[,;()]/);
    expect(text).toContain("政府门户网站");
  });
});

describe("renderOverview in Traditional characters", () => {
  it("converts with mainland terms kept (規範性文件, 門戶網站, not 檔案, 入口網站)", async () => {
    const hant = await renderOverview(yanchi, { script: "hant" });
    expect(hant).toContain("（一）主動公開");
    expect(hant).toContain("主動公開各類信息4萬餘條");
    expect(hant).toContain("“規範性文件”專欄");
    expect(hant).toContain("門戶網站");
    expect(hant).not.toContain("檔案");
    expect(hant).not.toContain("入口網站");
    expect(hant.split("\n")).toHaveLength(text.split("\n").length);
  });
});

describe("renderOverview on sparse or other facts", () => {
  it("keeps all five headings and says so where an aspect has no facts", () => {
    const blocks = overviewBlocks(minimal);
    expect(blocks.filter((b) => b.kind === "heading")).toHaveLength(5);
    expect(blocks.filter((b) => b.text === "本年度无需要专门说明的情况。")).toHaveLength(5);
    expect(blocks[0]?.text.startsWith("2021年，全面贯彻落实《中华人民共和国政府信息公开条例》")).toBe(true);
  });

  it("states 复议 and 诉讼 counts when there were any, and no zero claim for them", () => {
    const facts = sample();
    facts.applications.reviews = 1;
    facts.applications.lawsuits = 2;
    const out = renderOverview(facts);
    expect(out).toContain("因政府信息公开工作被申请行政复议1件");
    expect(out).toContain("因政府信息公开工作被提起行政诉讼2件");
    expect(out).toContain("未发生因政府信息公开申请收到投诉举报的情况");
    expect(out).not.toMatch(/未发生[^。]*行政复议/);
  });

  it("says when no application was received, and names 责任追究 cases", () => {
    const facts = sample();
    facts.applications.received = { value: 0, unit: "件" };
    facts.supervision.accountabilityCases = 1;
    const out = renderOverview(facts);
    expect(out).toContain("2020年未收到政府信息公开申请");
    expect(out).toContain("全年政府信息公开工作责任追究1起");
  });

  it("words money in exact 万元 and rates below 100%", () => {
    const facts = sample();
    facts.supervision.funding = {
      totalWan: "12.3456",
      breakdown: [{ recipient: "县政务公开办", wan: "0.35" }],
    };
    facts.platforms.openDays = { units: { value: 9, unit: "家" }, coverageRate: 87.5 };
    const out = renderOverview(facts);
    expect(out).toContain("统筹安排专项经费12.3456万元（县政务公开办0.35万元）");
    expect(out).toContain("活动覆盖率87.5%");
  });

  it("takes key-area groups as data: every group named, every count stated", () => {
    const countArb: fc.Arbitrary<CountFact> = fc.record(
      {
        value: fc.integer({ min: 0, max: 5_000_000 }),
        approx: fc.boolean(),
        form: fc.constantFrom<"wan" | "plain">("wan", "plain"),
        unit: fc.constantFrom("条", "件", "个", "人次"),
      },
      { requiredKeys: ["value", "unit"] },
    );
    const groupArb: fc.Arbitrary<KeyAreaGroup> = fc.record({
      code: fc.constantFrom("budget", "projects", "welfare", "housing"),
      name: fc.constantFrom("全面推进财政预决算信息公开", "加强保障性住房信息公开", "推进涉农补贴信息公开"),
      items: fc.array(
        fc.record({
          verb: fc.constantFrom("公开", "集中发布"),
          categories: fc.array(fc.constantFrom("低保", "特困", "救灾"), { minLength: 1, maxLength: 3 }),
          subject: fc.constant("信息"),
          count: countArb,
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(fc.array(groupArb, { maxLength: 5 }), (groups) => {
        const facts = structuredClone(minimal);
        facts.proactive.groups = groups;
        const out = renderOverview(facts);
        for (const g of groups) {
          expect(out).toContain(`${g.name}。`);
          for (const item of g.items) {
            const c = item.count as CountFact;
            expect(out).toContain(
              formatCount(c.value, { approx: c.approx ?? false, form: c.form, unit: c.unit }),
            );
          }
        }
      }),
    );
  });
});

describe("itemClause", () => {
  it("lists kinds with 等 and a number of kinds (8类信息171条)", () => {
    expect(
      itemClause({
        verb: "重点公开",
        categories: ["批准服务", "批准结果"],
        categoryCount: { value: 8, unit: "类" },
        subject: "信息",
        count: { value: 171, unit: "条" },
      }),
    ).toBe("重点公开批准服务、批准结果等8类信息171条");
  });

  it("leaves 等 out of a complete list, and runs titles together", () => {
    expect(
      itemClause({
        categories: ["惠农资金", "征地拆迁"],
        listComplete: true,
        count: { value: 243, unit: "条" },
      }),
    ).toBe("公开惠农资金、征地拆迁信息243条");
    expect(
      itemClause({
        verb: "健全完善了",
        categories: ["《盐池县网络安全应急预案》"],
        subject: "预案",
        count: { value: 3, unit: "个" },
      }),
    ).toBe("健全完善了《盐池县网络安全应急预案》等预案3个");
  });

  it("puts the count first when asked, with the exception and the remark", () => {
    const [item] = yanchi.proactive.groups?.[0]?.items ?? [];
    expect(itemClause(defined(item, "the first item of the first group"))).toBe(
      "除公安局、司法局、住建局、农业农村局、退役军人事务局、审计局6个单位“三定”规定涉密外，集中梳理其余18个县政府本级行政机关的机构职能、机构设置等信息，编制完成政府行政机关机构职能目录并通过政府门户网站向社会公开",
    );
  });

  it("writes an approximate number of kinds (20余项制度)", () => {
    expect(
      itemClause({
        verb: "完善了",
        categories: ["主动公开", "保密审查"],
        categoryCount: { value: 20, approx: true, unit: "项" },
        subject: "制度",
      }),
    ).toBe("完善了主动公开、保密审查等20余项制度");
  });
});
