import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { csvDelimiter, csvText, guardCsvCell, readCsvRows, unguardCsvCell } from "./csv.js";

/** CSV text read as the readers of the packages read it. */
function readBack(text: string): string[][] {
  const { rows, errors } = readCsvRows(text);
  expect(errors).toEqual([]);
  return rows.slice(0, -1); // the row after the last line end
}

const FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "'", "'=", "''+", "'-", "'\t", " =", "\n="];

/** Text that a spreadsheet could take for a formula, or that looks like the guard itself. */
const cellText = fc.oneof(
  fc.string({ unit: "binary" }),
  fc.tuple(fc.constantFrom(...FORMULA_STARTS), fc.string({ unit: "binary" })).map(([a, b]) => a + b),
  fc
    .tuple(fc.constantFrom("", "+", "-"), fc.nat(), fc.option(fc.nat()))
    .map(([s, i, d]) => `${s}${i}${d === null ? "" : `.${d}`}`),
  fc.constantFrom('=HYPERLINK("http://evil","点击")', "=cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "'=1", ","),
);

/** A row: any cells, but not one empty cell alone (that is an empty line, which no reader keeps as a row). */
const row = fc.array(cellText, { minLength: 1, maxLength: 6 }).filter((r) => r.length > 1 || r[0] !== "");

describe("csvText", () => {
  it("writing then reading gives back the same strings, formulas and apostrophes included (property)", () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.boolean(), (rows, bom) => {
        expect(readBack(csvText(rows, { bom }))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it("guards every cell a spreadsheet would run as a formula, OWASP's list", () => {
    const text = csvText(
      [['=HYPERLINK("http://evil","x")', "=cmd|' /C calc'!A0", "+SUM(1)", "@SUM(1)", "-2+3", "\tx", "\rx"]],
      { bom: false },
    );
    const [cells = []] = Papa.parse<string[]>(text).data;
    expect(cells).toHaveLength(7);
    for (const cell of cells) expect(cell.startsWith("'")).toBe(true);
    expect(text).toBe(
      `"'=HYPERLINK(""http://evil"",""x"")","'=cmd|' /C calc'!A0","'+SUM(1)","'@SUM(1)","'-2+3","'\tx","'\rx"\r\n`,
    );
  });

  it("leaves genuine numbers alone: -18 in a 本年增/减 column is a number", () => {
    expect(csvText([["-18", "+1036", "3.5", -2, "0"]], { bom: false })).toBe("-18,+1036,3.5,-2,0\r\n");
    expect(guardCsvCell("-18.")).toBe("'-18.");
    expect(guardCsvCell("-1e5")).toBe("'-1e5");
  });

  it("escapes a value that already starts with the guard, so that it reads back exact", () => {
    expect(guardCsvCell("'=x")).toBe("''=x");
    expect(unguardCsvCell(guardCsvCell("'=x"))).toBe("'=x");
    expect(guardCsvCell("'x")).toBe("'x");
    expect(unguardCsvCell("'x")).toBe("'x");
  });

  it("opens with a BOM unless asked not to, ends every row with CRLF, quotes as RFC 4180 says", () => {
    expect(csvText([["a,b", 'say "hi"', "line\nbreak", null, 1]])).toBe(
      '\uFEFF"a,b","say ""hi""","line\nbreak",,1\r\n',
    );
    expect(csvText([], { bom: false })).toBe("");
  });
});

describe("readCsvRows", () => {
  it("tells the delimiter from the first line with one, never from a quoted cell", () => {
    expect(csvDelimiter("标题\n序号\t事项\n1\t婚姻登记")).toBe("\t");
    expect(csvDelimiter('"a|b|c",d\n')).toBe(",");
    expect(csvDelimiter("a;b;c\n")).toBe(";");
    expect(csvDelimiter("一列\n")).toBe(",");
    expect(readCsvRows('\uFEFF"x;y|z",\'=1\r\n', { skipEmptyLines: true }).rows).toEqual([["x;y|z", "=1"]]);
  });
});
