import type { DocumentRecord, Report } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RegisterDocument, registerTable2 } from "./register.js";
import { parseRegisterTable } from "./register-table.js";
import { located } from "../test/locations.js";

// A county government's register of 行政规范性文件, shaped on 盐池县人民政府 2019–2021 (the
// titles are policies the county's 2020 report names; numbers and dates are illustrative).
const doc = (
  no: string,
  title: string,
  issuedDate: string,
  end: { repealedDate?: string; expiresDate?: string } = {},
): DocumentRecord => ({
  type: "document",
  id: `盐政规发${no}`,
  unit: "盐池县人民政府",
  kind: "normativeDocuments",
  title,
  docNumber: `盐政规发${no}`,
  issuedDate,
  ...end,
});

const YANCHI: DocumentRecord[] = [
  doc("〔2019〕2号", "盐池县城乡居民基本医疗保险实施办法", "2019-03-12", { repealedDate: "2021-06-30" }),
  doc("〔2019〕5号", "盐池县农村集体经济组织财务管理办法", "2019-08-20", { expiresDate: "2024-08-19" }),
  doc("〔2020〕1号", "盐池县应对新冠肺炎疫情支持中小微企业共渡难关若干措施", "2020-02-12", {
    expiresDate: "2020-08-11",
  }),
  doc("〔2020〕2号", "盐池县农业保险保费补贴实施方案", "2020-03-05", { expiresDate: "2022-03-04" }),
  doc("〔2020〕3号", "盐池县抗震宜居农房改造建设实施方案", "2020-04-10", { repealedDate: "2020-12-15" }),
  doc("〔2020〕4号", "盐池县物业管理实施规定", "2020-06-18"),
  doc("〔2020〕5号", "盐池县城市建设用地容积率管理办法", "2020-09-01", { repealedDate: "2021-11-30" }),
  doc("〔2020〕6号", "盐池县政府投资项目管理办法", "2020-11-20"),
  doc("〔2021〕1号", "盐池县滩羊产业高质量发展扶持办法", "2021-04-08"),
  doc("〔2021〕2号", "盐池县城乡居民基本医疗保险实施办法", "2021-06-30"),
  doc("〔2021〕3号", "盐池县人才引进和培养暂行办法", "2021-07-15", { expiresDate: "2023-07-14" }),
  doc("〔2021〕4号", "盐池县农村人居环境整治村庄清洁行动奖补办法", "2021-09-26"),
  doc("〔2021〕5号", "盐池县城镇老旧小区改造实施方案", "2021-11-30"),
];
const COUNTY = { name: "盐池县人民政府", level: "county" as const };

/** The county's own 2020 figures in the 2021 layout (as its data office keeps them). */
const report2020 = (inForce: number): Report => ({
  agency: COUNTY,
  year: 2020,
  format: "2021",
  sections: {},
  tables: {
    table2: {
      rules: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: 6, repealed: 1, inForce },
    },
  },
});

const rulesOf = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule);

describe("registerTable2", () => {
  it("counts table 二's first block of 2021 and names the documents behind each cell", () => {
    const r = registerTable2(YANCHI, { year: 2021, agency: COUNTY });
    expect(r.tables).toEqual({
      table2: {
        rules: { issued: 0, repealed: 0, inForce: 0 },
        normativeDocuments: { issued: 5, repealed: 2, inForce: 9 },
      },
    });
    expect(r.explain["table2/normativeDocuments/repealed"]).toEqual([
      "盐政规发〔2019〕2号",
      "盐政规发〔2020〕5号",
    ]);
    expect(r.explain["table2/normativeDocuments/issued"]).toHaveLength(5);
    expect(r.explain["table2/rules/inForce"]).toEqual([]);
    expect(Object.keys(r.explain)).toHaveLength(6);
    expect(r.explain["table2/normativeDocuments/inForce"]).not.toContain("盐政规发〔2020〕1号"); // lapsed 2020-08-11
    expect(r.findings).toEqual([]);
    // 〔2020〕1号 (lapsed) and 〔2020〕3号 (repealed) ended in 2020: nothing to count in 2021.
    expect(r.counts).toEqual({ accepted: 13, rejected: 0, counted: 11, outsideYear: 2 });
    expect(r.report).toMatchObject({ agency: COUNTY, year: 2021, format: "2021" });
  });

  it("the JSDoc examples", () => {
    const r = registerTable2(
      [
        {
          type: "document",
          id: "盐政规发〔2020〕5号",
          kind: "normativeDocuments",
          title: "盐池县城市建设用地容积率管理办法",
          issuedDate: "2020-09-01",
          repealedDate: "2021-11-30",
        },
        {
          type: "document",
          id: "盐政规发〔2021〕1号",
          kind: "normativeDocuments",
          title: "盐池县城乡居民基本医疗保险实施办法",
          issuedDate: "2021-06-30",
        },
      ],
      { year: 2021, agency: { name: "盐池县人民政府", level: "county" } },
    );
    expect(r.tables.table2?.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 1 });
    expect(r.explain["table2/normativeDocuments/repealed"]).toEqual(["盐政规发〔2020〕5号"]);
    const { documents } = parseRegisterTable(
      {
        rows: [
          ["盐池县人民政府行政规范性文件登记表", "", "", ""],
          ["文件名称", "文号", "印发日期", "状态"],
          ["盐池县物业管理实施规定", "盐政规发〔2020〕3号", "2020/6/18", "现行有效"],
        ],
      },
      { unit: "盐池县人民政府" },
    ).register;
    expect(documents[0]).toEqual({
      type: "document",
      id: "盐政规发〔2020〕3号",
      kind: "normativeDocuments",
      title: "盐池县物业管理实施规定",
      docNumber: "盐政规发〔2020〕3号",
      issuedDate: "2020-06-18",
      unit: "盐池县人民政府",
      source: { kind: "sheet", row: 3 },
    });
  });

  it("continuity with the 2020 figures holds", () => {
    const y2020 = registerTable2(YANCHI, { year: 2020, agency: COUNTY });
    expect(y2020.tables.table2?.normativeDocuments).toEqual({ issued: 6, repealed: 1, inForce: 6 });
    for (const previous of [report2020(6), y2020.report]) {
      const r = registerTable2(YANCHI, { year: 2021, previous });
      expect(r.findings).toEqual([]);
      expect(r.issues).toEqual([]);
    }
  });

  it("fires T2-INFORCE-CONTINUITY when a repeal is missing from the register", () => {
    // 〔2020〕3号 was repealed on 2020-12-15 (out of 2020's 6 in force) but the register lost it.
    const lost = YANCHI.map((d) =>
      d.docNumber === "盐政规发〔2020〕3号" ? { ...d, repealedDate: undefined } : d,
    );
    const r = registerTable2(lost, { year: 2021, previous: report2020(6) });
    expect(r.tables.table2?.normativeDocuments).toEqual({ issued: 5, repealed: 2, inForce: 10 });
    const f = r.findings.filter((x) => x.rule === "T2-INFORCE-CONTINUITY");
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "warning", expected: 9, actual: 10 });
    expect(f[0]?.message.zh).toContain("2020年“现行有效件数”6");
    expect(f[0]?.cells).toContainEqual({
      table: "table2",
      row: "normativeDocuments",
      col: "inForce",
      year: 2020,
    });
  });

  it("a repeal known without its date: continuity holds, the document is named", () => {
    const undated: RegisterDocument[] = YANCHI.map((d) =>
      d.docNumber === "盐政规发〔2020〕3号" ? { ...d, repealedDate: undefined, undatedEnd: "repealed" } : d,
    );
    const r = registerTable2(undated, { year: 2021, previous: report2020(6) });
    expect(r.tables.table2?.normativeDocuments).toEqual({ issued: 5, repealed: 2, inForce: 9 });
    expect(r.findings).toEqual([]);
    expect(r.issues.map((i) => i.code)).toEqual(["REG-END-UNDATED"]);
    expect(r.issues[0]?.message.zh).toContain("盐政规发〔2020〕3号");
    // In 2020 it is issued but neither repealed nor in force: 2019's 2 + 6 − 0 ≠ 6.
    const y2020 = registerTable2(undated, { year: 2020, agency: COUNTY });
    expect(y2020.tables.table2?.normativeDocuments).toEqual({ issued: 6, repealed: 0, inForce: 6 });
  });

  it("2020 against 2019: a document that lapsed with its 有效期 breaks continuity (a warning, as rules.md says)", () => {
    const y2019 = registerTable2(YANCHI, { year: 2019, agency: COUNTY });
    expect(y2019.tables.table2?.normativeDocuments).toEqual({ issued: 2, repealed: 0, inForce: 2 });
    const r = registerTable2(YANCHI, { year: 2020, previous: y2019.report });
    expect(r.findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([["T2-INFORCE-CONTINUITY", 7, 6]]);
  });

  it("T2-INFORCE-MIN: a document issued and lapsed in the same year", () => {
    const r = registerTable2(
      [doc("〔2021〕9号", "盐池县秋冬季疫情防控临时措施", "2021-03-01", { expiresDate: "2021-09-30" })],
      { year: 2021, agency: COUNTY },
    );
    expect(r.tables.table2?.normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 0 });
    expect(rulesOf(r)).toEqual(["T2-INFORCE-MIN"]);
  });

  it("T2-REPEAL-BOUND: more repealed than last year's in force plus this year's issued", () => {
    const old = YANCHI.slice(0, 1).concat(
      doc("〔2019〕3号", "盐池县城区停车管理暂行办法", "2019-05-06", { repealedDate: "2021-03-01" }),
    );
    const r = registerTable2(old, { year: 2021, previous: { ...report2020(1) } });
    expect(r.tables.table2?.normativeDocuments).toEqual({ issued: 0, repealed: 2, inForce: 0 });
    expect(rulesOf(r).sort()).toEqual(["T2-INFORCE-CONTINUITY", "T2-REPEAL-BOUND"]);
  });

  it("T2-RULES-LEVEL: a county cannot make 规章, a 设区的市 can", () => {
    const withRule: DocumentRecord[] = [
      ...YANCHI,
      { ...doc("〔2021〕6号", "盐池县城市绿化管理办法", "2021-05-10"), kind: "rules" },
    ];
    const county = registerTable2(withRule, { year: 2021, agency: COUNTY });
    expect(county.tables.table2?.rules).toEqual({ issued: 1, repealed: 0, inForce: 1 });
    expect(rulesOf(county)).toEqual(["T2-RULES-LEVEL"]);
    expect(county.findings[0]?.message.zh).toContain("盐池县人民政府");
    const city = registerTable2(withRule, { year: 2021, agency: { name: "吴忠市人民政府", level: "city" } });
    expect(city.findings).toEqual([]);
    // No agency: the rule cannot run, and says so.
    const unknown = registerTable2(withRule, { year: 2021 });
    expect(unknown.findings).toEqual([]);
    expect(unknown.issues.map((i) => i.code)).toEqual(["REG-AGENCY-UNKNOWN"]);
    expect(unknown.report.agency.name).toBe("盐池县人民政府");
  });

  it("last year's report in the 2019 format, or of another agency: continuity not checked, and said so", () => {
    const r2019: Report = {
      agency: COUNTY,
      year: 2020,
      format: "2019",
      sections: {},
      tables: { table2: { normativeDocuments: { newlyMade: 6, newlyPublished: 6, publishedTotal: 52 } } },
    };
    const a = registerTable2(YANCHI, { year: 2021, previous: r2019 });
    expect(a.findings).toEqual([]);
    expect(a.issues.map((i) => i.code)).toEqual(["REG-PREVIOUS-FORMAT"]);
    expect(a.issues[0]?.message.zh).toContain("现行有效件数");
    const b = registerTable2(YANCHI, {
      year: 2021,
      agency: COUNTY,
      previous: { ...report2020(99), agency: { name: "盐池县花马池镇人民政府", level: "township" } },
    });
    expect(b.findings).toEqual([]);
    expect(b.issues.map((i) => i.code)).toEqual(["REG-PREVIOUS"]);
    expect(b.issues[0]?.message.zh).toContain("花马池镇");
  });

  it("a document that cannot be counted is an issue at the row it came from", () => {
    const bad: RegisterDocument = {
      ...doc("〔2021〕7号", "盐池县城乡环境卫生管理办法", "2021-08-01", { repealedDate: "2021-07-01" }),
      source: { kind: "sheet", file: "登记表.xlsx", sheet: "2021年", row: 14 },
    };
    const r = registerTable2([...YANCHI, bad, { ...doc("〔2021〕8号", "x", "2021-02-30") }], {
      year: 2021,
      agency: COUNTY,
    });
    expect(r.counts.rejected).toBe(2);
    expect(r.tables.table2?.normativeDocuments).toEqual({ issued: 5, repealed: 2, inForce: 9 });
    const [a, b] = r.issues;
    expect(a?.location).toEqual({
      kind: "sheet",
      file: "登记表.xlsx",
      sheet: "2021年",
      row: 14,
      column: "repealedDate",
    });
    expect(located(a)).toMatch(
      /^登记表\.xlsx 工作表“2021年” 第14行 “repealedDate”列: “盐政规发〔2021〕7号”废止日期/,
    );
    // Without a source, the 15th document of the input: its place in the list.
    expect(b?.location).toEqual({ kind: "json", path: [14, "issuedDate"] });
    expect(b?.message.zh).toMatch(/^“盐政规发〔2021〕8号”/);
  });

  it("law: inForce(y) = inForce(y−1) + issued(y) − repealed(y) when no document expires", () => {
    const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const docArb = fc.record({
      issued: fc.integer({ min: 0, max: 8 * 365 }),
      repealAfter: fc.option(fc.integer({ min: 0, max: 6 * 365 }), { nil: undefined }),
      rules: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(docArb, { maxLength: 40 }), fc.integer({ min: 2016, max: 2023 }), (specs, y) => {
        const docs: DocumentRecord[] = specs.map((s, i) => ({
          type: "document",
          id: `D${i}`,
          kind: s.rules ? "rules" : "normativeDocuments",
          title: `文件${i}`,
          issuedDate: day(s.issued),
          ...(s.repealAfter === undefined ? {} : { repealedDate: day(s.issued + s.repealAfter) }),
        }));
        const agency = { name: "吴忠市人民政府", level: "city" as const };
        const before = registerTable2(docs, { year: y - 1, agency });
        const now = registerTable2(docs, { year: y, agency, previous: before.report });
        for (const row of ["rules", "normativeDocuments"]) {
          const p = before.tables.table2?.[row];
          const c = now.tables.table2?.[row];
          expect(c?.inForce).toBe((p?.inForce ?? 0) + (c?.issued ?? 0) - (c?.repealed ?? 0));
        }
        expect(now.findings).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
