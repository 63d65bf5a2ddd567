import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CountFactSchema,
  ItemFactSchema,
  KeyAreaGroupSchema,
  OverviewFactsSchema,
  type OverviewFactsInput,
  WanAmountSchema,
} from "./facts.js";
import { ReportSchema } from "./report.js";
import { validateReport } from "./validate.js";

/** An abridged 盐池县 2020 overview (figures as published in the seed report). */
const yanchi: OverviewFactsInput = {
  year: 2020,
  office: "盐池县政务公开办",
  proactive: {
    total: { value: 40000, approx: true, form: "wan", unit: "条" },
    groups: [
      {
        code: "majorProjects",
        name: "全面推进重大建设项目批准和实施领域政府信息公开",
        items: [
          {
            verb: "重点公开",
            categories: [
              "批准服务",
              "批准结果",
              "招标投标",
              "征收土地",
              "重大设计变更",
              "施工",
              "质量安全监督",
              "竣工",
            ],
            categoryCount: { value: 8, unit: "类" },
            subject: "信息",
            count: { value: 171, unit: "条" },
          },
        ],
      },
    ],
  },
  applications: { received: { value: 5, unit: "件" }, allAnswered: true, reviews: 0, lawsuits: 0 },
  management: { staff: { total: { value: 4, unit: "名" } } },
  platforms: { gazette: { title: "《盐池县人民政府公报》", issues: { value: 4, unit: "期" } } },
  supervision: {
    assessment: { scheme: "效能目标责任制考核", weight: 2 },
    accountabilityCases: 0,
    funding: { totalWan: "120", breakdown: [{ recipient: "县政务公开办", wan: "20" }] },
  },
};

describe("CountFactSchema", () => {
  it("keeps the approximation and the written form of 4万余条 and 12000余人次", () => {
    expect(CountFactSchema.parse({ value: 40000, approx: true, form: "wan", unit: "条" })).toEqual({
      value: 40000,
      approx: true,
      form: "wan",
      unit: "条",
    });
    expect(CountFactSchema.parse({ value: 12000, approx: true, form: "plain", unit: "人次" }).form).toBe(
      "plain",
    );
  });

  it("rejects negative, fractional and textual counts", () => {
    expect(CountFactSchema.safeParse({ value: -1 }).success).toBe(false);
    expect(CountFactSchema.safeParse({ value: 4.5 }).success).toBe(false);
    expect(CountFactSchema.safeParse({ value: "4万" }).success).toBe(false);
    expect(CountFactSchema.safeParse({ value: 4, form: "thousands" }).success).toBe(false);
  });

  it("accepts every non-negative integer and nothing below zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(CountFactSchema.safeParse({ value: n }).success).toBe(true);
        expect(CountFactSchema.safeParse({ value: -n - 1 }).success).toBe(false);
      }),
    );
  });
});

describe("WanAmountSchema", () => {
  it("accepts exact 万元 decimal strings (专项经费120万元, 各3万元)", () => {
    for (const ok of ["120", "3", "0", "0.35", "8655.3216"])
      expect(WanAmountSchema.safeParse(ok).success).toBe(true);
  });

  it("rejects floats, leading zeros, more than 4 decimals and units", () => {
    for (const bad of [120, "120万元", "012", "1.23456", "-3", "1.", ".5", ""]) {
      expect(WanAmountSchema.safeParse(bad).success).toBe(false);
    }
  });

  it("accepts any integer yuan written as 万元 with 4 decimals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (yuan) => {
        const wan = `${yuan / 10000n}.${(yuan % 10000n).toString().padStart(4, "0")}`;
        expect(WanAmountSchema.safeParse(wan).success).toBe(true);
      }),
    );
  });
});

describe("ItemFactSchema", () => {
  it("needs a count or a number of kinds", () => {
    expect(ItemFactSchema.safeParse({ verb: "公开", subject: "信息" }).success).toBe(false);
    expect(ItemFactSchema.safeParse({ subject: "信息", count: { value: 228, unit: "条" } }).success).toBe(
      true,
    );
    expect(
      ItemFactSchema.safeParse({
        verb: "进一步完善了",
        categories: ["政府信息主动公开", "依申请公开"],
        categoryCount: { value: 20, approx: true, unit: "项" },
        subject: "制度",
      }).success,
    ).toBe(true);
  });

  it("rejects an exception without names", () => {
    const r = ItemFactSchema.safeParse({ except: { names: [] }, count: { value: 18, unit: "个" } });
    expect(r.success).toBe(false);
  });
});

describe("KeyAreaGroupSchema", () => {
  it("takes any group the report defines (not a fixed list)", () => {
    const group = KeyAreaGroupSchema.parse({
      code: "emergencyPlans",
      name: "加强突发事件应对信息公开",
      items: [{ subject: "应急预案", count: { value: 34, unit: "个" } }],
    });
    expect(group.code).toBe("emergencyPlans");
  });
});

describe("OverviewFactsSchema", () => {
  it("parses the 盐池县 2020 facts; groups, like every aspect's facts, may be absent", () => {
    const facts = OverviewFactsSchema.parse(yanchi);
    expect(facts.proactive.groups?.[0]?.items[0]?.count).toEqual({ value: 171, unit: "条" });
    expect(OverviewFactsSchema.parse({ ...yanchi, proactive: {} }).proactive).toEqual({});
  });

  it("requires the five aspects", () => {
    const { supervision: _, ...withoutSupervision } = yanchi;
    const r = OverviewFactsSchema.safeParse(withoutSupervision);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues[0]?.path).toEqual(["supervision"]);
  });
});

describe("Report.facts", () => {
  const report = {
    agency: { name: "盐池县人民政府", level: "county", regionCode: "640323" },
    year: 2020,
    format: "2019",
  };

  it("is typed by OverviewFactsSchema", () => {
    const parsed = ReportSchema.parse({ ...report, facts: yanchi });
    expect(parsed.facts?.supervision.assessment?.weight).toBe(2);
  });

  it("reports a bad fact with its JSON path, in Chinese and English", () => {
    const bad = structuredClone(yanchi);
    bad.supervision.funding = { totalWan: "120万元" };
    bad.applications.received = { value: -5, unit: "件" };
    const r = validateReport({ ...report, facts: bad });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => (i.location?.kind === "json" ? i.location.path.join(".") : undefined));
    expect(paths).toContain("facts.supervision.funding.totalWan");
    expect(paths).toContain("facts.applications.received.value");
    for (const issue of r.issues) {
      expect(issue.message.zh).toMatch(/\p{Script=Han}/u);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });
});
