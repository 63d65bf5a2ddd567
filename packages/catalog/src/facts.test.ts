import { describe, expect, it } from "vitest";
import { coverage } from "./coverage.js";
import { coverageFacts } from "./facts.js";
import type { CatalogItem, Publication } from "./item.js";
import { itemKey } from "./key.js";
import type { KeyAreaGroup } from "./standard/key-area-groups.js";
import { parseTimeLimit } from "./time-limit.js";

const item = (area: CatalogItem["area"], level1: string, level2: string, publisher: string): CatalogItem => ({
  area,
  item: { level1, level2 },
  content: "",
  basis: "",
  timeLimit: parseTimeLimit("信息形成之日起20个工作日内"),
  publisher,
  channels: [],
  audience: ["public"],
  mode: ["proactive"],
});

const items = [
  item("majorProjects", "批准结果", "审批结果", "盐池县发展和改革局"),
  item("majorProjects", "招标投标", "招标公告", "盐池县发展和改革局"),
  item("publicResourceTrading", "政府采购", "采购公告", "盐池县财政局"),
  item("affordableHousing", "住房保障", "分配结果", "盐池县住房和城乡建设局"),
  item({ other: "建议提案办理" }, "人大代表建议", "办理结果", "盐池县民政局"),
  item({ other: "建议提案办理" }, "政协提案", "办理结果", "盐池县民政局"),
] as const;
const times = (n: number, it: CatalogItem): Publication[] =>
  Array.from({ length: n }, (_, i) => ({
    title: `${it.item.level2}${i}`,
    unit: it.publisher,
    date: "2020-06-01",
    item: itemKey(it),
  }));
const pubs = [
  ...times(3, items[0]),
  ...times(2, items[1]),
  ...times(4, items[2]),
  ...times(1, items[3]),
  ...times(5, items[4]),
  ...times(6, items[5]),
  {
    title: "公共资源交易动态",
    unit: "盐池县财政局",
    date: "2020-06-02",
    area: "publicResourceTrading" as const,
  },
];
const result = coverage(items, pubs, { from: "2020-01-01", to: "2020-12-31" });

describe("coverageFacts", () => {
  it("default groups count the publications of their areas (area-only ones included)", () => {
    const facts = coverageFacts(result);
    const byGroup = Object.fromEntries(facts.map((f) => [f.fact, f.count]));
    expect(byGroup).toEqual({
      total: 22,
      budgetAudit: 0,
      majorProjects: 5,
      publicResources: 6,
      socialWelfare: 0,
    });
    expect(facts.find((f) => f.fact === "publicResources")).toMatchObject({
      groupLabel: { zhHans: "全面推进公共资源配置领域政府信息公开" },
      unit: "条",
      counts: "publications",
    });
  });
  it("a report's own groups: 一级事项 filters, and counts of units", () => {
    const groups: KeyAreaGroup[] = [
      {
        code: "proposals",
        label: { zhHans: "全面推进人大代表建议、政协提案办理结果公开" },
        source: "盐池县2020年政府信息公开工作年度报告",
        areas: [],
        facts: [
          {
            code: "npc",
            what: { zhHans: "人大代表议案建议" },
            filter: { areas: [{ other: "建议提案办理" }], level1: ["人大代表建议"] },
            unit: "件",
          },
          {
            code: "cppcc",
            what: { zhHans: "政协提案" },
            filter: { areas: [{ other: "建议提案办理" }], level1: ["政协提案"] },
            unit: "件",
          },
          {
            code: "units",
            what: { zhHans: "办理单位" },
            filter: { areas: [{ other: "建议提案办理" }] },
            count: "units",
            unit: "个",
          },
        ],
      },
    ];
    expect(coverageFacts(result, groups).map((f) => [f.fact, f.count, f.unit])).toEqual([
      ["npc", 5, "件"],
      ["cppcc", 6, "件"],
      ["units", 1, "个"],
    ]);
  });
});
