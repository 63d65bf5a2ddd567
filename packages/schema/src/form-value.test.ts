import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellUnit } from "./formats/types.js";
import { type FormRead, formContent, readFormLevel, readFormNumber, readFormYear } from "./form-value.js";

const place = { at: "表三!D7", code: "table3/received/naturalPerson", file: "花马池镇.xlsx" };

/** The value read, or "refused" with the issue's place checked. */
function outcome<T>(r: FormRead<T>): T | "refused" {
  if ("issue" in r) {
    expect(r.issue).toMatchObject({
      code: "FORM-CELL-VALUE",
      severity: "error",
      location: { kind: "sheet", file: "花马池镇.xlsx", sheet: "表三", row: 7, cell: "D7" },
    });
    expect(r.issue.message.zh.startsWith("表三!D7（table3/received/naturalPerson）")).toBe(true);
    expect(r.issue.message.en.startsWith("表三!D7 (table3/received/naturalPerson): ")).toBe(true);
    return "refused";
  }
  return r.value;
}

const read = (value: unknown, unit: CellUnit) => outcome(readFormNumber(formContent(value), unit, place));

describe("readFormNumber: a table cell of the form read exactly or refused with its place", () => {
  it("reads an empty cell as blank, never 0", () => {
    for (const v of [null, undefined, "", "   "]) expect(read(v, "count")).toBeNull();
    expect(read(0, "count")).toBe(0);
    expect(Object.is(read(-0, "count"), 0)).toBe(true);
  });

  it("refuses what is not a plain value: formulas (whatever their cached result), dates, logicals, error values", () => {
    expect(read({ formula: "SUM(D5:D6)", result: 3 }, "count")).toBe("refused");
    expect(read({ sharedFormula: "D5", result: 3 }, "count")).toBe("refused");
    expect(read(new Date(Date.UTC(2021, 2, 4)), "count")).toBe("refused");
    expect(read(true, "count")).toBe("refused");
    expect(read({ error: "#DIV/0!" }, "count")).toBe("refused");
    const r = readFormNumber(formContent({ formula: "SUM(D5:D6)", result: 3 }), "count", place);
    expect("issue" in r && r.issue.message.zh).toContain("=SUM(D5:D6)");
  });

  it("counts: whole numbers ≥ 0; a negative count and 1.5 refused", () => {
    expect([read(12, "count"), read(-3, "count"), read(1.5, "count"), read(2 ** 53, "count")]).toEqual([
      12,
      "refused",
      "refused",
      "refused",
    ]);
  });

  it("the 2019 本年增/减: whole numbers of either sign", () => {
    expect([read(-3, "signedCount"), read("-3", "signedCount"), read(1.5, "signedCount")]).toEqual([
      -3,
      -3,
      "refused",
    ]);
  });

  it("万元: ≥ 0 with at most 4 decimals; 5 decimals, a negative amount, Infinity refused", () => {
    expect([
      read(1.2345, "wan"),
      read(1.23456, "wan"),
      read(-1, "wan"),
      read(Number.POSITIVE_INFINITY, "wan"),
    ]).toEqual([1.2345, "refused", "refused", "refused"]);
  });

  it("reads a plain numeral typed as text, with a warning; any other text is refused", () => {
    const r = readFormNumber(formContent({ richText: [{ text: " 1" }, { text: "2 " }] }), "count", place);
    expect(r).toMatchObject({
      value: 12,
      warning: {
        code: "FORM-CELL-TEXT-NUMBER",
        severity: "warning",
        location: { kind: "sheet", cell: "D7" },
      },
    });
    expect(read("0.5", "wan")).toBe(0.5);
    for (const text of ["十二", "1,234", "1e3", "１２", "12件", "/", "0x1F", "-3", "1.5", "+3"]) {
      expect(read(text, "count")).toBe("refused");
    }
    expect(read("1.23456", "wan")).toBe("refused");
  });

  it("reads every count and every change as typed, and refuses every count below 0 (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (n) => read(n, "count") === n && read(String(n), "count") === n,
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), (n) => read(n, "signedCount") === n + 0),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: Number.MIN_SAFE_INTEGER, max: -1 }),
        (n) => read(n, "count") === "refused",
      ),
    );
    fc.assert(
      fc.property(
        fc.double({ noNaN: true }).filter((x) => !Number.isInteger(x)),
        (x) => read(x, "count") === "refused",
      ),
    );
  });

  it("reads every amount of at most 4 decimals exactly, and refuses a fifth decimal (property)", () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.integer({ min: 0, max: 4 }).chain(digits),
        (int, frac) => {
          const text = frac ? `${int}.${frac}` : `${int}`;
          return read(Number(text), "wan") === Number(text) && read(text, "wan") === Number(text);
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        digits(4),
        fc.constantFrom(..."123456789"),
        (int, frac, last) => {
          const text = `${int}.${frac}${last}`;
          return read(Number(text), "wan") === "refused" && read(text, "wan") === "refused";
        },
      ),
    );
  });
});

describe("the unit's fields", () => {
  it("reads the level by its name in the list or its code; refuses any other word", () => {
    const level = (v: unknown) => outcome(readFormLevel(formContent(v), place));
    expect([level("乡镇"), level("township"), level(null), level("镇")]).toEqual([
      "township",
      "township",
      undefined,
      "refused",
    ]);
  });

  it("reads the year as a whole number from 2008 to 2100, also typed as text", () => {
    const year = (v: unknown) => outcome(readFormYear(formContent(v), place));
    expect([year(2021), year(" 2021 "), year(null)]).toEqual([2021, 2021, undefined]);
    for (const v of [2007, 2101, 2021.5, "0x7E5", "2021年", { formula: "YEAR(TODAY())", result: 2024 }]) {
      expect(year(v)).toBe("refused");
    }
  });
});
