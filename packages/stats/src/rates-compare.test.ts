import { type Cell, fromCells, type Report } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusEntries } from "../test/corpus-reports";
import { compare } from "./compare";
import { percentOf } from "./percent";
import { rates } from "./rates";

function corpus(slug: string): Report {
  const e = corpusEntries().find((x) => x.slug === slug)!;
  const { tables } = fromCells(e.cells as Cell[], { format: e.format });
  return {
    agency: { name: e.agency, level: "county" },
    year: e.year,
    format: e.format,
    sections: {},
    tables,
  };
}

describe("percentOf", () => {
  it("rounds half away from zero on exact integers", () => {
    expect(percentOf(2, 3)).toBe("66.67%");
    expect(percentOf(1, 3)).toBe("33.33%");
    expect(percentOf(1, 8)).toBe("12.50%");
    expect(percentOf(1, 200_000)).toBe("0.00%");
    expect(percentOf(1, 20_000)).toBe("0.01%"); // 0.005 % rounds up
    expect(percentOf(-1, 20_000, { signed: true })).toBe("-0.01%");
    expect(percentOf(5, 5)).toBe("100.00%");
    expect(percentOf(47, 23, { signed: true })).toBe("+204.35%");
    expect(percentOf(0, 7, { signed: true })).toBe("0.00%");
    expect(percentOf(3, 0)).toBeNull();
    expect(percentOf(2, 3, { places: 0 })).toBe("67%");
    expect(percentOf(10n ** 20n, 3n * 10n ** 20n)).toBe("33.33%");
  });

  it("agrees with a rational reference for any counts (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), (n, d) => {
        const p = percentOf(n, d)!;
        const hundredths = BigInt(p.replace("%", "").replace(".", ""));
        // |p − 100·n/d| ≤ 0.005, i.e. |hundredths·d − 10000·n| ≤ d/2
        const diff = hundredths * BigInt(d) - 10000n * BigInt(n);
        expect(2n * (diff < 0n ? -diff : diff) <= BigInt(d)).toBe(true);
      }),
    );
  });
});

describe("rates", () => {
  // 沭阳县人民政府 2025: 718 applications completed, 294 予以公开, 101 部分公开; 复议 27 维持, 10 纠正, 9 其他.
  const shuyang = corpus("2025-shuyang-county");
  const r = rates(shuyang);

  it("shares of the results over the applications completed in the year", () => {
    expect(r.completed).toBe(718);
    expect(r.granted).toEqual({ numerator: 294, denominator: 718, percent: "40.95%" });
    expect(r.disclosed).toEqual({ numerator: 395, denominator: 718, percent: "55.01%" });
    expect(r.denied).toEqual({ numerator: 32, denominator: 718, percent: "4.46%" });
    expect(r.unavailable.numerator).toBe(113);
    expect(r.notProcessed.numerator).toBe(19);
    expect(r.otherHandling.numerator).toBe(159);
    expect(
      r.granted.numerator +
        r.partlyGranted.numerator +
        r.denied.numerator +
        r.unavailable.numerator +
        r.notProcessed.numerator +
        r.otherHandling.numerator,
    ).toBe(r.completed);
    expect(r.carriedOut).toEqual({ numerator: 31, denominator: 749, percent: "4.14%" });
  });

  it("per applicant type, and the 纠错率 of 复议 and 诉讼", () => {
    expect(r.byApplicant.total.received.percent).toBe("100.00%");
    const sumReceived = Object.entries(r.byApplicant)
      .filter(([k]) => k !== "total")
      .reduce((s, [, v]) => s + v.received.numerator, 0);
    expect(sumReceived).toBe(713);
    expect(r.corrected.review).toEqual({ numerator: 10, denominator: 46, percent: "21.74%" });
    expect(r.corrected.litigationDirect).toEqual({ numerator: 0, denominator: 3, percent: "0.00%" });
  });

  it("the overdue share, when the count of late replies is given", () => {
    expect(rates(shuyang, { overdue: 7 }).overdue).toEqual({
      numerator: 7,
      denominator: 718,
      percent: "0.97%",
    });
    expect(r.overdue).toBeUndefined();
  });

  it("2019 format: （六） is one row", () => {
    const p = rates(corpus("2019-pingtan-zone"));
    expect(p.completed).toBe(23);
    expect(p.granted.percent).toBe("30.43%");
    expect(p.unavailable.numerator).toBe(12);
    expect(p.otherHandling.numerator).toBe(0);
  });

  it("an empty report has no shares, not NaN", () => {
    const e = rates({ format: "2021", tables: {} });
    expect(e.granted).toEqual({ numerator: 0, denominator: 0, percent: null });
  });
});

describe("compare", () => {
  it("year over year across the format change: the 2019 report is migrated first", () => {
    const c = compare(corpus("2019-pingtan-zone"), corpus("2021-pingtan-zone"));
    expect(c.format).toBe("2021");
    expect(c.notes.map((n) => n.code)).toContain("MIGRATE-APPROX");
    const received = c.cells.find((x) => x.table === "table3" && x.row === "received" && x.col === "total");
    expect(received).toEqual({
      table: "table3",
      row: "received",
      col: "total",
      from: 23,
      to: 70,
      change: 47,
      percent: "+204.35%",
    });
    const notHeld = c.cells.find((x) => x.row === "unavailable.notHeld" && x.col === "total");
    expect(notHeld).toMatchObject({ from: 7, to: 25, change: 18, percent: "+257.14%" });
    // cells blank or absent on one side have no change
    const noCorrection = c.cells.find((x) => x.row === "otherHandling.noCorrection" && x.col === "total");
    expect(noCorrection).toMatchObject({ from: null, to: 0, change: null, percent: null });
  });

  it("money exactly, and no percent from a zero base", () => {
    const a: Report = {
      agency: { name: "盐池县财政局", level: "department" },
      year: 2021,
      format: "2021",
      sections: {},
      tables: { table2: { fees: { amountWan: 0.1 }, licensing: { decisions: 0 } } },
    };
    const b: Report = {
      ...a,
      year: 2022,
      tables: { table2: { fees: { amountWan: 0.3 }, licensing: { decisions: 5 } } },
    };
    const c = compare(a, b);
    expect(c.cells.find((x) => x.row === "fees")).toMatchObject({ change: 0.2, percent: "+200.00%" });
    expect(c.cells.find((x) => x.row === "licensing")).toMatchObject({ change: 5, percent: null });
    expect(compare(b, a).cells.find((x) => x.row === "fees")).toMatchObject({
      change: -0.2,
      percent: "-66.67%",
    });
  });

  it("a report compared with itself changes nothing (property over the corpus)", () => {
    for (const e of corpusEntries()) {
      const r = corpus(e.slug);
      for (const cell of compare(r, r).cells) {
        if (cell.from === null) continue;
        expect(cell.change).toBe(0);
        expect(cell.percent === null || cell.percent === "0.00%").toBe(true);
      }
    }
  });
});
