import { syntheticCounty, applicationRecords } from "@disclosure/samples";
import { ApplicantTypeSchema, type RawRecord, tableRows } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "./check/index.js";
import { explain } from "./explain";
import { tabulate } from "./tabulate";
import { pathOf } from "./testing/where";

const C3 = [...ApplicantTypeSchema.options, "total"];

function resultRows(format: "2019" | "2021"): string[] {
  return tableRows(format, "table3")
    .map((r) => r.code)
    .filter((c) => !["received", "carriedIn", "resultTotal", "carriedOut"].includes(c));
}

/** T3-BALANCE, T3-ROW-TOTAL and T3-COL-TOTAL, asserted on the numbers directly. */
function expectTable3Arithmetic(t3: Record<string, Record<string, number | null>>, format: "2019" | "2021") {
  for (const c of C3) {
    const v = (r: string) => t3[r]?.[c] as number;
    expect(v("received") + v("carriedIn")).toBe(v("resultTotal") + v("carriedOut"));
    expect(resultRows(format).reduce((s, r) => s + v(r), 0)).toBe(v("resultTotal"));
  }
  for (const [row, cols] of Object.entries(t3)) {
    const sum = ApplicantTypeSchema.options.reduce((s, c) => s + (cols[c] as number), 0);
    expect(cols.total, row).toBe(sum);
  }
}

const app = (over: Partial<Extract<RawRecord, { type: "application" }>> & { id: string }) => ({
  type: "application" as const,
  receivedDate: "2021-03-04",
  applicantType: "naturalPerson" as const,
  ...over,
});

describe("tabulate: which year an application counts in (APP-YEAR-BUCKET)", () => {
  const records = [
    // received in 2020, still open on 1 January 2021, completed in January → 上年结转 + result
    app({ id: "A", receivedDate: "2020-12-28", result: "granted", completedDate: "2021-01-12" }),
    // received and completed in 2021
    app({ id: "B", applicantType: "commercial", result: "unavailable.notHeld", completedDate: "2021-03-18" }),
    // received late in 2021, completed in 2022 → 本年新收 + 结转下年度
    app({ id: "C", receivedDate: "2021-12-27", result: "granted", completedDate: "2022-01-10" }),
    // received late in 2021 and still open (no completion) → 结转下年度
    app({ id: "D", receivedDate: "2021-12-30", applicantType: "legalService" }),
    // received in 2020, still open through 2021 → 上年结转 + 结转下年度
    app({ id: "E", receivedDate: "2020-11-02" }),
    // completed in 2020: nothing to do with 2021
    app({ id: "F", receivedDate: "2020-05-06", result: "granted", completedDate: "2020-05-20" }),
    // received in 2022
    app({ id: "G", receivedDate: "2022-01-04", result: "granted", completedDate: "2022-01-05" }),
    // partly disclosed: counted only in （二）
    app({ id: "H", receivedDate: "2021-06-01", result: "partlyGranted", completedDate: "2021-06-20" }),
  ];
  const r = tabulate(records, { year: 2021, explain: true });
  const t3 = r.tables.table3!;

  it("puts each application in exactly one intake row and one result-or-carry row", () => {
    expect(t3.received?.total).toBe(4); // B C D H
    expect(t3.carriedIn?.total).toBe(2); // A E
    expect(t3.resultTotal?.total).toBe(3); // A B H
    expect(t3.carriedOut?.total).toBe(3); // C D E
    expect(t3.granted?.total).toBe(1);
    expect(t3.partlyGranted?.total).toBe(1);
    expect(t3["unavailable.notHeld"]?.commercial).toBe(1);
    expect(t3.carriedOut?.legalService).toBe(1);
    expectTable3Arithmetic(t3, "2021");
  });

  it("counts records outside the year apart, and drops nothing", () => {
    expect(r.accepted).toBe(8);
    expect(r.counted).toBe(6);
    expect(r.outsideYear).toBe(2); // F G
    expect(r.rejected).toBe(0);
    expect(r.issues).toEqual([]);
  });

  it("explains every cell by the ids it counts; a total by its parts", () => {
    expect(explain(r, { table: "table3", row: "carriedIn", col: "total" })).toEqual(["A", "E"]);
    expect(explain(r, "table3/carriedOut/total")?.sort()).toEqual(["C", "D", "E"]);
    expect(explain(r, "table3/resultTotal/total")?.sort()).toEqual(["A", "B", "H"]);
    expect(explain(r, "table3/received/commercial")).toEqual(["B"]);
    expect(explain(r, "table3/nonsense/total")).toBeUndefined();
    // Every cell's explanation has as many ids as the cell's value.
    for (const c of r.cells) {
      if (c.table === "table2" && c.col === "amountWan") continue;
      expect(explain(r, c)?.length, `${c.table}/${c.row}/${c.col}`).toBe(c.value);
    }
  });

  it("explain without { explain: true } is a programmer error", () => {
    expect(() => explain(tabulate(records, { year: 2021 }), "table3/received/total")).toThrow(
      /explain: true/,
    );
  });

  it("the same records in the 2019 format: （六） as one row", () => {
    const withOther = [
      ...records,
      app({ id: "I", result: "otherHandling.noCorrection", completedDate: "2021-03-30" }),
      app({ id: "J", result: "otherHandling.other", completedDate: "2021-03-30" }),
    ];
    const r19 = tabulate(withOther, { year: 2021, format: "2019", explain: true });
    const t = r19.tables.table3!;
    expect(t.otherHandling?.total).toBe(2);
    expect(t["otherHandling.other"]).toBeUndefined();
    expect(explain(r19, "table3/otherHandling/total")?.sort()).toEqual(["I", "J"]);
    expectTable3Arithmetic(t, "2019");
  });
});

describe("tabulate: bad records are reported, located and bilingual, never dropped", () => {
  const input: unknown[] = [
    app({ id: "ok-1" }),
    { type: "application", id: "bad-date", receivedDate: "2021-02-30", applicantType: "naturalPerson" },
    app({ id: "bad-order", receivedDate: "2021-05-10", result: "granted", completedDate: "2021-05-01" }),
    app({ id: "no-date", result: "granted" }),
    app({ id: "no-result", completedDate: "2021-03-10" }),
    { type: "memo", id: "x" },
    "not an object",
    { id: "untyped", title: "无类型" },
    { type: "decisions", id: "Q4-Q1", kind: "licensing", count: 40, from: "2021-10-01", to: "2022-03-31" },
    { type: "case", id: "pending-with-outcome", kind: "review", filedDate: "2021-03-01", outcome: "upheld" },
  ];
  const r = tabulate(input as RawRecord[], { year: 2021 });

  it("accepted + rejected = input, one rejection per bad record", () => {
    expect(r.accepted).toBe(1);
    expect(r.rejected).toBe(9);
    expect(r.accepted + r.rejected).toBe(input.length);
  });

  it("each issue says where (position, field) and why, in Chinese and English", () => {
    const byIndex = (i: number) => r.issues.filter((x) => pathOf(x)?.[0] === i);
    const date = byIndex(1)[0];
    expect(pathOf(date)).toEqual([1, "receivedDate"]);
    expect(date?.message.zh).toContain("receivedDate");
    expect(date?.message.zh).toContain("YYYY-MM-DD");
    expect(date?.message.en).toContain("receivedDate");
    expect(byIndex(2)[0]).toMatchObject({
      code: "RECORD-DATE-ORDER",
      location: { kind: "json", path: [2, "completedDate"] },
    });
    expect(byIndex(2)[0]?.message.zh).toBe("办结日期（2021-05-01）早于收到申请日期（2021-05-10）");
    expect(byIndex(3)[0]).toMatchObject({
      code: "APP-YEAR-BUCKET",
      location: { kind: "json", path: [3, "completedDate"] },
    });
    expect(byIndex(4)[0]).toMatchObject({
      code: "APP-RESULT-SINGLE",
      location: { kind: "json", path: [4, "result"] },
    });
    expect(byIndex(5)[0]).toMatchObject({
      code: "RECORD-TYPE-UNKNOWN",
      location: { kind: "json", path: [5, "type"] },
    });
    expect(byIndex(6)[0]).toMatchObject({ code: "RECORD-NOT-OBJECT", location: { kind: "json", path: [6] } });
    expect(byIndex(7)[0]).toMatchObject({
      code: "RECORD-TYPE-MISSING",
      location: { kind: "json", path: [7, "type"] },
    });
    expect(byIndex(8)[0]).toMatchObject({
      code: "RECORD-PERIOD-SPANS-YEAR",
      location: { kind: "json", path: [8, "from"] },
    });
    expect(byIndex(9)[0]).toMatchObject({
      code: "RECORD-CASE-OUTCOME",
      location: { kind: "json", path: [9, "decidedDate"] },
    });
    for (const issue of r.issues) {
      expect(issue.severity).toBe("error");
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).toMatch(/[a-z]/);
    }
  });

  it("lists at most maxIssues issues and says how many more there are", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ id: `bad-${i}`, receivedDate: "2021-13-01" }));
    const capped = tabulate(many, { year: 2021, maxIssues: 10 });
    expect(capped.rejected).toBe(50);
    expect(capped.issues).toHaveLength(11);
    expect(capped.issuesOmitted).toBeGreaterThanOrEqual(40);
    expect(capped.issues.at(-1)?.code).toBe("TAB-ISSUES-OMITTED");
  });
});

describe("tabulate: tables 二 and 四", () => {
  const records: RawRecord[] = [
    // 规范性文件: issued in 2021; issued earlier and repealed in 2021; issued earlier and still in force;
    // expired during 2021 (有效期 ended) without repeal; issued in 2022.
    { type: "document", id: "D1", kind: "normativeDocuments", title: "甲", issuedDate: "2021-04-06" },
    {
      type: "document",
      id: "D2",
      kind: "normativeDocuments",
      title: "乙",
      issuedDate: "2018-03-01",
      repealedDate: "2021-09-30",
    },
    { type: "document", id: "D3", kind: "normativeDocuments", title: "丙", issuedDate: "2019-07-01" },
    {
      type: "document",
      id: "D4",
      kind: "normativeDocuments",
      title: "丁",
      issuedDate: "2016-06-01",
      expiresDate: "2021-05-31",
    },
    { type: "document", id: "D5", kind: "normativeDocuments", title: "戊", issuedDate: "2022-01-04" },
    // valid through 31 December: still in force that day
    {
      type: "document",
      id: "D6",
      kind: "normativeDocuments",
      title: "己",
      issuedDate: "2016-12-31",
      expiresDate: "2021-12-31",
    },
    {
      type: "decisions",
      id: "L-2021-01",
      kind: "licensing",
      count: 312,
      from: "2021-01-01",
      to: "2021-01-31",
    },
    {
      type: "decisions",
      id: "L-2021-02",
      kind: "licensing",
      count: 280,
      from: "2021-02-01",
      to: "2021-02-28",
    },
    { type: "decisions", id: "P-2021", kind: "penalty", count: 17, from: "2021-01-01", to: "2021-12-31" },
    {
      type: "decisions",
      id: "L-2020-12",
      kind: "licensing",
      count: 99,
      from: "2020-12-01",
      to: "2020-12-31",
    },
    // fees: exact, even where floats would not be (0.1 + 0.2 万元)
    { type: "fee", id: "F1", amountYuan: 1000, date: "2021-03-31" },
    { type: "fee", id: "F2", amountYuan: 2000, date: "2021-04-30" },
    { type: "fee", id: "F3", amountYuan: 3, date: "2021-05-31" },
    { type: "fee", id: "F4", amountYuan: 50_000, date: "2020-12-31" },
    // cases: decided in the year, pending at its end, decided in the year after being filed the year before
    {
      type: "case",
      id: "R1",
      kind: "review",
      filedDate: "2021-03-01",
      outcome: "upheld",
      decidedDate: "2021-05-01",
    },
    { type: "case", id: "R2", kind: "review", filedDate: "2021-12-01" },
    {
      type: "case",
      id: "R3",
      kind: "review",
      filedDate: "2020-11-20",
      outcome: "corrected",
      decidedDate: "2021-01-15",
    },
    {
      type: "case",
      id: "S1",
      kind: "litigationAfterReview",
      filedDate: "2021-02-01",
      outcome: "other",
      decidedDate: "2022-03-01",
    },
    {
      type: "case",
      id: "X",
      kind: "litigationDirect",
      filedDate: "2019-01-01",
      outcome: "upheld",
      decidedDate: "2020-06-01",
    },
    { type: "proactive", id: "P1", title: "2021年政务公开工作要点", date: "2021-03-01" },
  ];
  const r = tabulate(records, { year: 2021, explain: true });

  it("table 二: issued / repealed / in force on 31 December, decisions of the year, fees exact in 万元", () => {
    const t2 = r.tables.table2!;
    expect(t2.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 3 }); // D1 D3 D6
    expect(explain(r, "table2/normativeDocuments/inForce")?.sort()).toEqual(["D1", "D3", "D6"]);
    expect(t2.rules).toEqual({ issued: 0, repealed: 0, inForce: 0 });
    expect(t2.licensing?.decisions).toBe(592);
    expect(t2.penalty?.decisions).toBe(17);
    expect(t2.enforcement?.decisions).toBe(0);
    expect(t2.fees?.amountWan).toBe(0.3003);
    expect(String(t2.fees?.amountWan)).toBe("0.3003");
  });

  it("table 四: cases decided or pending in the year, pending = open on 31 December", () => {
    const t4 = r.tables.table4!.cases;
    expect(t4?.["review.upheld"]).toBe(1);
    expect(t4?.["review.corrected"]).toBe(1);
    expect(t4?.["review.pending"]).toBe(1);
    expect(t4?.["review.total"]).toBe(3);
    expect(t4?.["litigationAfterReview.pending"]).toBe(1); // decided only in 2022
    expect(t4?.["litigationDirect.total"]).toBe(0);
  });

  it("every record is accounted for", () => {
    expect(r.rejected).toBe(0);
    expect(r.notTabulated).toBe(1); // the proactive item
    // D5, L-2020-12, F4, X; D2 counts (repealed in 2021); D4 expired in 2021 and counts nowhere
    expect(r.outsideYear).toBe(5);
    expect(r.accepted).toBe(records.length);
    expect(r.counted + r.outsideYear + r.notTabulated).toBe(r.accepted);
  });

  it("2019 format: 本年新制作数量 and 处理决定数量; fees have no cell", () => {
    const r19 = tabulate(records, { year: 2021, format: "2019" });
    expect(r19.tables.table2!.normativeDocuments).toEqual({ newlyMade: 1 });
    expect(r19.tables.table2!.licensing).toEqual({ decisions: 592 });
    expect(r19.tables.table2!.fees).toBeUndefined();
    expect(r19.notTabulated).toBe(5); // 4 fees + the proactive item
  });
});

describe("tabulate: the synthetic county", () => {
  it("balances table 三 for any seed and year (T3-BALANCE, T3-ROW-TOTAL, T3-COL-TOTAL)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 2019, max: 2026 }),
        (seed, year) => {
          const county = syntheticCounty({ seed, year });
          const r = tabulate(county.records(), { year });
          expect(r.rejected).toBe(0);
          expectTable3Arithmetic(r.tables.table3!, r.format);
          const report = { agency: county.county, year, format: r.format, sections: {}, tables: r.tables };
          // Table 二 of the 2019 format has cells no record gives (absent, STRUCT-MISSING): only 三 and 四 here.
          const errors = check(report).filter((f) => f.severity === "error" && /^T[34]-/.test(f.rule));
          expect(errors).toEqual([]);
        },
      ),
      { numRuns: 15 },
    );
  });

  it("last year's 结转下年度 is this year's 上年结转, column by column (CROSS-YEAR-CARRY)", () => {
    for (const year of [2021, 2022, 2023]) {
      const prev = tabulate(syntheticCounty({ seed: 2020, year: year - 1 }).records(), {
        year: year - 1,
        format: "2021",
      });
      const cur = tabulate(syntheticCounty({ seed: 2020, year }).records(), { year, format: "2021" });
      expect(cur.tables.table3!.carriedIn).toEqual(prev.tables.table3!.carriedOut);
      // and cases pending at the end of last year are counted again this year
      for (const g of ["review", "litigationDirect", "litigationAfterReview"]) {
        expect(cur.tables.table4!.cases?.[`${g}.total`]).toBeGreaterThanOrEqual(
          prev.tables.table4!.cases?.[`${g}.pending`] as number,
        );
      }
    }
  });

  it("200 000 streamed application records: only totals held (explain off), table 三 balances", () => {
    const r = tabulate(applicationRecords({ seed: 9, year: 2021, count: 200_000 }), { year: 2021 });
    expect(r.accepted).toBe(200_000);
    expect(r.tables.table3!.received?.total).toBe(200_000 - 3_000);
    expect(r.tables.table3!.carriedIn?.total).toBe(3_000);
    expect(r.tables.table3!.carriedOut?.total).toBe(3_000);
    expect(r.explain).toBeUndefined();
    expectTable3Arithmetic(r.tables.table3!, "2021");
  });

  it("counts overdue replies among the applications completed in the year", () => {
    const r = tabulate(
      [
        // received Friday 2024-09-27, deadline 2024-10-30 (国庆 in between)
        app({ id: "late", receivedDate: "2024-09-27", result: "granted", completedDate: "2024-10-31" }),
        app({ id: "in-time", receivedDate: "2024-09-27", result: "granted", completedDate: "2024-10-30" }),
        app({ id: "open", receivedDate: "2024-12-30" }),
      ],
      { year: 2024, overdue: true },
    );
    expect(r.overdue).toEqual({ count: 1, unknown: 0, ids: ["late"] });
  });
});
