import { describe, expect, it } from "vitest";
import { corpusReports } from "../../test/testdata.js";
import { getFormat } from "./lookup.js";
import { columnSums, groupSums, resultSum, table3Balance } from "./sums.js";

const f2021 = getFormat("2021");
const f2019 = getFormat("2019");

describe("columnSums", () => {
  it("table 三: 总计 adds up the six applicant columns", () => {
    for (const f of [f2021, f2019]) {
      expect(columnSums(f.tables.table3.blocks[0])).toEqual([
        {
          total: "total",
          parts: [
            "naturalPerson",
            "commercial",
            "research",
            "publicInterest",
            "legalService",
            "otherOrganization",
          ],
        },
      ]);
    }
  });

  it("table 四: each group's 总计 adds up its four results", () => {
    const sums = columnSums(f2021.tables.table4.blocks[0]);
    expect(sums.map((s) => s.total)).toEqual([
      "review.total",
      "litigationDirect.total",
      "litigationAfterReview.total",
    ]);
    expect(sums[1]?.parts).toEqual([
      "litigationDirect.upheld",
      "litigationDirect.corrected",
      "litigationDirect.other",
      "litigationDirect.pending",
    ]);
  });

  it("table 二 has no 总计 column (对外公开总数量 is a count of its own)", () => {
    for (const f of [f2021, f2019]) {
      expect(f.tables.table2.blocks.flatMap((b) => columnSums(b))).toEqual([]);
    }
  });
});

describe("groupSums and resultSum", () => {
  it("the groups under 三、本年度办理结果 with their rows, in printed order", () => {
    const sums2021 = groupSums(f2021.tables.table3.blocks[0]);
    expect(sums2021.map((s) => `${s.total}:${s.parts.length}`)).toEqual([
      "withheld:8",
      "unavailable:3",
      "notProcessed:5",
      "otherHandling:3",
    ]);
    expect(sums2021[3]?.parts).toEqual([
      "otherHandling.noCorrection",
      "otherHandling.unpaidFee",
      "otherHandling.other",
    ]);
    expect(groupSums(f2019.tables.table3.blocks[0]).map((s) => s.total)).toEqual([
      "withheld",
      "unavailable",
      "notProcessed",
    ]);
  });

  it("（七）总计 adds up 21 result rows (2021), 19 (2019, and 2021 with （六） as one row)", () => {
    expect(resultSum(f2021).parts).toHaveLength(21);
    expect(resultSum(f2019).parts).toHaveLength(19);
    const collapsed = resultSum(f2021, { collapsedOtherHandling: true }).parts;
    expect(collapsed).toHaveLength(19);
    expect(collapsed.slice(-1)).toEqual(["otherHandling"]);
    expect(resultSum(f2019).parts).toContain("otherHandling");
    expect(resultSum(f2021).parts).not.toContain("resultTotal");
  });
});

describe("every identity holds on the corpus reports published without arithmetic errors", () => {
  type Cells = ReturnType<typeof corpusReports>[number]["cells"];
  /** Blank = 0 (rules.md); undefined when the transcription lacks the cell. */
  const value = (cells: Cells, table: string, row: string, col: string) => {
    const c = cells.find((x) => x.table === table && x.row === row && x.col === col);
    return c ? (c.value ?? 0) : undefined;
  };
  const sum = (xs: (number | undefined)[]) =>
    xs.some((x) => x === undefined) ? undefined : xs.reduce((a: number, b) => a + (b ?? 0), 0);
  let checked = 0;
  /** Compares two sides where the transcription has every operand. */
  const same = (left: number | undefined, right: number | undefined, what: string) => {
    if (left === undefined || right === undefined) return;
    expect(left, what).toBe(right);
    checked++;
  };

  for (const r of corpusReports().filter((x) => !x.knownErrors.length)) {
    it(r.slug, () => {
      const f = getFormat(r.format);
      const t3 = f.tables.table3.blocks[0];
      const rows = [...new Set(r.cells.filter((c) => c.table === "table3").map((c) => c.row))];
      const collapsed = r.format === "2021" && rows.includes("otherHandling");
      for (const s of columnSums(t3)) {
        for (const row of rows) {
          const v = (col: string) => value(r.cells, "table3", row, col);
          same(sum(s.parts.map(v)), v(s.total), `${row} ${s.total}`);
        }
      }
      for (const s of columnSums(f.tables.table4.blocks[0])) {
        const v = (col: string) => value(r.cells, "table4", "cases", col);
        same(sum(s.parts.map(v)), v(s.total), s.total);
      }
      const results = resultSum(f, { collapsedOtherHandling: collapsed });
      const balance = table3Balance();
      for (const c of t3.columns) {
        const v = (row: string) => value(r.cells, "table3", row, c.code);
        same(sum(results.parts.map(v)), v(results.total), `${results.total} ${c.code}`);
        same(sum(balance.left.map(v)), sum(balance.right.map(v)), `balance ${c.code}`);
        for (const g of groupSums(t3)) {
          const subtotal = v(g.total);
          if (subtotal !== undefined) same(sum(g.parts.map(v)), subtotal, `${g.total} ${c.code}`);
        }
      }
    });
  }

  it("compared more than 150 sums", () => {
    expect(checked).toBeGreaterThan(150);
  });
});
