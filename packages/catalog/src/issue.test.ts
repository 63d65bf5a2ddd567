import { describeLocation, type Issue } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnLetters, csvRowAt, failed, gridLocator, issueAt } from "./issue.js";
import { SourceLocationSchema } from "./item.js";

/** "AA" → 26: the 0-based index of a column's letters. */
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;

describe("columnLetters", () => {
  it("names every column once, as a spreadsheet does", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
    fc.assert(fc.property(fc.nat(100_000), (n) => columnIndex(columnLetters(n)) === n));
  });
});

describe("gridLocator", () => {
  it("locates a cell as a sheet location in A1 style, at the row its source numbers", () => {
    const args = fc.record({
      rowNumbers: fc.array(fc.integer({ min: 1, max: 1_048_576 }), { minLength: 1, maxLength: 20 }),
      sheet: fc.option(fc.constantFrom("社会救助", "Sheet 1", "它's"), { nil: undefined }),
      column: fc.string({ minLength: 1, maxLength: 6 }),
      index: fc.nat(16_383),
    });
    fc.assert(
      fc.property(args, ({ rowNumbers, sheet, column, index }) => {
        const options = { file: "目录.xlsx", ...(sheet ? { sheet } : {}) };
        const { loc } = gridLocator({ rowNumbers }, options);
        const i = rowNumbers.length - 1;
        const row = rowNumbers[i];
        const at = loc(i, column, index);
        expect(at).toEqual({ kind: "sheet", ...options, row, cell: `${columnLetters(index)}${row}`, column });
        expect(describeLocation(at).zh).toContain(`${columnLetters(index)}${row}`);
      }),
    );
  });

  it("the grid as a whole: its sheet in a workbook, the file of a CSV", () => {
    expect(gridLocator({}, { file: "目录.xlsx", sheet: "社会救助" }).whole).toEqual({
      kind: "sheet",
      file: "目录.xlsx",
      sheet: "社会救助",
    });
    expect(gridLocator({}, { file: "民政局.csv" }).whole).toEqual({ kind: "file", file: "民政局.csv" });
    expect(gridLocator({}, {}).whole).toBeUndefined();
  });
});

describe("an item's source", () => {
  it("is a sheet location, also when JSON written before locations had kinds leaves kind out", () => {
    const old = SourceLocationSchema.parse({ file: "目录.xlsx", sheet: "社会救助", row: 9 });
    expect(old).toEqual({ kind: "sheet", file: "目录.xlsx", sheet: "社会救助", row: 9 });
    expect(describeLocation(old).zh).toBe("目录.xlsx 工作表“社会救助” 第9行");
    expect(SourceLocationSchema.safeParse({ kind: "text", line: 9 }).success).toBe(false);
  });
});

describe("csvRowAt and issueAt", () => {
  it("a CSV parser's 0-based row is the row a spreadsheet shows", () => {
    expect(csvRowAt("民政局.csv", 6)).toEqual({ kind: "sheet", file: "民政局.csv", row: 7 });
    expect(csvRowAt("民政局.csv", undefined)).toEqual({ kind: "file", file: "民政局.csv" });
    expect(csvRowAt(undefined, undefined)).toBeUndefined();
  });

  it("an issue without a place has no location; its message is kept as given", () => {
    const m = { zh: "未给出制发机关", en: "no agency given" };
    expect(issueAt("REG-AGENCY-UNKNOWN", "info", undefined, m)).toEqual({
      code: "REG-AGENCY-UNKNOWN",
      severity: "info",
      message: m,
    });
  });
});

describe("failed", () => {
  it("parts a failed read's issues into its errors and the rest, losing none", () => {
    const issue = fc.record({
      code: fc.constantFrom("CAT-READ-HEADER", "CAT-READ-HIDDEN-ROW", "CAT-READ-SHEET-SKIPPED"),
      severity: fc.constantFrom("error", "warning", "info") as fc.Arbitrary<Issue["severity"]>,
      message: fc.constant({ zh: "x", en: "x" }),
    });
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 30 }), (all) => {
        const r = failed(all);
        expect(r.ok).toBe(false);
        expect(r.issues.every((i) => i.severity === "error")).toBe(true);
        expect(r.warnings.every((i) => i.severity !== "error")).toBe(true);
        expect(r.issues.length + r.warnings.length).toBe(all.length);
      }),
    );
  });
});
