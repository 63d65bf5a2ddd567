import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseChannels } from "./channel-cell.js";
import { describeDiff, diffCatalogs } from "./diff.js";
import type { CatalogItem } from "./item.js";
import { parseTimeLimit } from "./time-limit.js";

function mk(level1: string, level2: string, extra: Partial<CatalogItem> = {}): CatalogItem {
  return {
    area: "socialAssistance",
    item: { level1, level2 },
    content: `●${level2}`,
    basis: "《社会救助暂行办法》",
    timeLimit: parseTimeLimit("信息形成之日起20个工作日内"),
    publisher: "盐池县民政局",
    channels: parseChannels("■政府网站 □政府公报").channels,
    audience: ["public"],
    mode: ["proactive"],
    levels: ["county"],
    ...extra,
  };
}

const y2020 = [
  mk("政策法规", "社会救助政策文件"),
  mk("最低生活保障", "审核确认结果"),
  mk("最低生活保障", "救助资金发放"),
  mk("临时救助", "临时救助对象"),
  mk("特困人员救助供养", "供养标准"),
];

describe("diffCatalogs on a yearly revision of 盐池县民政局's 社会救助 items", () => {
  const y2021 = [
    mk("政策法规", "社会救助政策文件", { content: "●社会救助政策文件\n" }), // re-wrapped only
    mk("最低生活保障", "审核确认结果", {
      timeLimit: parseTimeLimit("制定或获取信息之日起10个工作日内，公示7个工作日"),
      channels: parseChannels("■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏)").channels,
    }),
    mk("最低生活保障", "救助资金发放", { audience: ["public", "specific"] }),
    mk("临时救助管理", "临时救助对象"), // 一级事项 renamed
    mk("政策法规", "办事指南"), // new
  ];
  const d = diffCatalogs({ version: "2020", items: y2020 }, { version: "2021", items: y2021 });

  it("finds what was added, removed and changed", () => {
    expect(d.added.map((a) => a.level2)).toEqual(["办事指南"]);
    expect(d.removed.map((r) => r.level2)).toEqual(["供养标准"]);
    expect(d.changed.map((c) => c.level2)).toEqual(["审核确认结果", "救助资金发放", "临时救助对象"]);
    expect(d.unchanged).toBe(1);
    expect(d.summary).toEqual({
      zh: "新增 1 项，删除 1 项，修改 3 项，未变 1 项",
      en: "1 added, 1 removed, 3 changed, 1 unchanged",
    });
  });
  it("says field by field what changed, as printed", () => {
    expect(d.changed[0]?.changes).toEqual([
      {
        field: "timeLimit",
        before: "信息形成之日起20个工作日内",
        after: "制定或获取信息之日起10个工作日内，公示7个工作日",
      },
      {
        field: "channels",
        before: "■政府网站 □政府公报",
        after: "■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏)",
      },
    ]);
    expect(d.changed[1]?.changes).toEqual([
      { field: "audience", before: "全社会", after: "全社会、特定群体" },
    ]);
    expect(d.changed[2]?.changes).toEqual([
      { field: "item.level1", before: "临时救助", after: "临时救助管理" },
    ]);
    expect(d.changed[2]?.before.level1).toBe("临时救助");
  });
  it("matches by 事项编码 when every item has one", () => {
    const withIds = (xs: CatalogItem[]) => xs.map((x, i) => ({ ...x, id: `YC-MZ-${i + 1}` }));
    const a = withIds(y2020);
    const b = withIds(y2020).map((x, i) => (i === 0 ? { ...x, item: { ...x.item, level2: "政策文件" } } : x));
    const byId = diffCatalogs(a, b);
    expect(byId.changed).toHaveLength(1);
    expect(byId.changed[0]).toMatchObject({ key: "YC-MZ-1", changes: [{ field: "item.level2" }] });
  });
  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
  it("reads as before → after under the catalog's column names, in Chinese or English", () => {
    expect(describeDiff(d)).toEqual([
      "+ 新增 盐池县民政局 社会救助 政策法规/办事指南",
      "- 删除 盐池县民政局 社会救助 特困人员救助供养/供养标准",
      "~ 修改 盐池县民政局 社会救助 最低生活保障/审核确认结果",
      "    公开时限：信息形成之日起20个工作日内 → 制定或获取信息之日起10个工作日内，公示7个工作日",
      "    公开渠道和载体：■政府网站 □政府公报 → ■政府网站 □政府公报 ■社区/企事业单位/村公示栏(电子屏)",
      "~ 修改 盐池县民政局 社会救助 最低生活保障/救助资金发放",
      "    公开对象：全社会 → 全社会、特定群体",
      "~ 修改 盐池县民政局 社会救助 临时救助管理/临时救助对象（原盐池县民政局 社会救助 临时救助/临时救助对象）",
      "    一级事项：临时救助 → 临时救助管理",
      "新增 1 项，删除 1 项，修改 3 项，未变 1 项",
    ]);
    expect(describeDiff(d, "en")[6]).toBe("    audience: 全社会 → 全社会、特定群体");
    const emptied = diffCatalogs([mk("政策法规", "办事指南")], [mk("政策法规", "办事指南", { basis: "" })]);
    expect(describeDiff(emptied)[1]).toBe("    公开依据：《社会救助暂行办法》 → （空）");
  });
});

const itemArb = fc
  .record({
    level1: fc.constantFrom("政策法规", "最低生活保障", "临时救助", "特困人员救助供养"),
    level2: fc.constantFrom("政策文件", "审核确认结果", "救助资金发放", "办事指南", "供养标准", "救助对象"),
    limit: fc.constantFrom("信息形成之日起20个工作日内", "实时公开", "每季度"),
    publisher: fc.constantFrom("盐池县民政局", "盐池县花马池镇人民政府"),
  })
  .map((r) => mk(r.level1, r.level2, { timeLimit: parseTimeLimit(r.limit), publisher: r.publisher }));

describe("diffCatalogs laws", () => {
  it("a catalog against itself: nothing added, removed or changed", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 12 }), (items) => {
        const d = diffCatalogs(items, items);
        expect([d.added, d.removed, d.changed]).toEqual([[], [], []]);
        expect(d.unchanged).toBe(items.length);
      }),
    );
  });
  it("counts balance and the reverse diff swaps added and removed", () => {
    fc.assert(
      fc.property(fc.array(itemArb, { maxLength: 12 }), fc.array(itemArb, { maxLength: 12 }), (a, b) => {
        const d = diffCatalogs(a, b);
        const r = diffCatalogs(b, a);
        expect(d.unchanged + d.changed.length + d.added.length).toBe(b.length);
        expect(d.unchanged + d.changed.length + d.removed.length).toBe(a.length);
        expect(r.added.length).toBe(d.removed.length);
        expect(r.removed.length).toBe(d.added.length);
        expect(r.unchanged).toBe(d.unchanged);
      }),
    );
  });
});
