import { getFormat } from "@disclosure/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allSplits, splitDigits } from "./split.js";
import { formatColumns } from "./table/columns.js";
import { sumConstraint } from "./table/sums.js";

const t3 = getFormat("2021").tables.table3.blocks[0];
const t4 = getFormat("2021").tables.table4.blocks[0];
/** A table 三 row: its 总计 adds up the six applicant columns. */
const ROW_TOTAL = sumConstraint("table3", t3, formatColumns(t3))!;
/** Table 四's row: each group's 总计 adds up its four results. */
const GROUP_TOTALS = sumConstraint("table4", t4, formatColumns(t4))!;

describe("splitDigits", () => {
  it("splits a run-together row where the row total leaves one way (平潭 2021, 2022)", () => {
    expect(splitDigits(["640020470"], 7, ROW_TOTAL)).toEqual({
      ok: true,
      parts: ["64", "0", "0", "2", "0", "4", "70"],
    });
    expect(splitDigits(["713000074"], 7, ROW_TOTAL)).toEqual({
      ok: true,
      parts: ["71", "3", "0", "0", "0", "0", "74"],
    });
    // 平潭 2019: "230 000023" — the space is not a cell boundary to trust, the total is.
    expect(splitDigits(["230", "000023"], 7, ROW_TOTAL)).toEqual({
      ok: true,
      parts: ["23", "0", "0", "0", "0", "0", "23"],
    });
  });

  it("refuses when several splits add up, or none", () => {
    expect(splitDigits(["270020130"], 7, ROW_TOTAL)).toEqual({ ok: false, count: 2 });
    expect(splitDigits(["693665"], 3)).toEqual({ ok: false, count: 2 });
    expect(splitDigits(["1234567"], 7, ROW_TOTAL)).toEqual({ ok: false, count: 0 });
    expect(splitDigits(["12"], 3)).toEqual({ ok: false, count: 0 });
  });

  it("never makes a number with a leading zero", () => {
    expect(allSplits(["1000"], 2).splits).toEqual([["100", "0"]]);
  });

  it("table 四: each group of five ends with its total", () => {
    expect(splitDigits(["10203120001200000"], 15, GROUP_TOTALS)).toEqual({
      ok: true,
      parts: ["1", "0", "2", "0", "3", "12", "0", "0", "0", "12", "0", "0", "0", "0", "0"],
    });
  });

  it("law: a row's own digits always split back into a set of candidates that holds the row", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 120 }), { minLength: 6, maxLength: 6 }), (six) => {
        const row = [...six, six.reduce((a, b) => a + b, 0)].map(String);
        const { splits, complete } = allSplits([row.join("")], 7, ROW_TOTAL, 10_000);
        if (complete) expect(splits).toContainEqual(row);
        for (const s of splits) expect(ROW_TOTAL(s.map(Number))).toBe(true);
      }),
    );
  });
});
