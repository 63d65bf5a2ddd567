import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpusReports } from "../test/testdata.js";
import { checkCellValue, isCleanCellValue, normalizeCellValue } from "./cell-value.js";
import { fromCells } from "./cells.js";
import { TablesSchema } from "./report.js";
import { validateReport } from "./validate.js";
import { tablesAsParsed } from "./validate-tables.js";

/** Keys and values in order, deep; values compared with Object.is (-0 is not 0). */
function shape(x: unknown): unknown {
  if (typeof x !== "object" || x === null) return Object.is(x, -0) ? "-0" : x;
  return Reflect.ownKeys(x).map((k) => [String(k), shape((x as Record<string | symbol, unknown>)[k])]);
}

// Mostly well-formed tables, with now and then one thing zod rejects or copies differently.
const rare = <T, U>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ arbitrary: common, weight: 15 }, { arbitrary: odd, weight: 1 });
const key = rare(
  fc.constantFrom("received", "total", "1", "a.b", ""),
  fc.constantFrom("__proto__", "table3"),
);
const tableKey = rare(fc.constantFrom("table2", "table3", "table4"), fc.constantFrom("__proto__", "tabel3"));
const value = rare(
  fc.oneof(
    fc.integer(),
    fc.constant(null),
    fc.constant(-0),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  ),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, undefined, "5", true, {}),
);
const row = rare(fc.dictionary(key, value, { maxKeys: 4 }), fc.constantFrom(null, 3, [], "x", new Map()));
const table = rare(fc.dictionary(key, row, { maxKeys: 3 }), fc.constantFrom(null, undefined, [], "t"));
const tables = fc.dictionary(tableKey, table, { maxKeys: 3 });

describe("tablesAsParsed", () => {
  it("gives what TablesSchema gives, whenever it gives anything", () => {
    let taken = 0;
    fc.assert(
      fc.property(tables, (t) => {
        const fast = tablesAsParsed(t);
        const zod = TablesSchema.safeParse(t);
        if (fast === undefined) return;
        taken++;
        expect(zod.success).toBe(true);
        expect(shape(fast)).toEqual(shape(zod.data));
      }),
      { numRuns: 2000 },
    );
    // Most generated tables are well formed: the comparison above did happen.
    expect(taken).toBeGreaterThan(150);
  });

  it("takes the tables of a valid report, and leaves bad values, unknown tables and odd objects to zod", () => {
    expect(tablesAsParsed({ table3: { received: { total: 1, naturalPerson: null } } })).toEqual({
      table3: { received: { total: 1, naturalPerson: null } },
    });
    expect(Object.keys(tablesAsParsed({ table4: {}, table2: {} }) ?? {})).toEqual(["table2", "table4"]);
    expect(tablesAsParsed({ table3: { received: { total: Number.NaN } } })).toBeUndefined();
    expect(tablesAsParsed({ table3: { received: { total: "1" } } })).toBeUndefined();
    expect(tablesAsParsed({ tabel3: {} })).toBeUndefined();
    expect(tablesAsParsed({ table3: undefined })).toBeUndefined();
    expect(tablesAsParsed({ table3: new Map() })).toBeUndefined();
    expect(tablesAsParsed(JSON.parse('{"table3": {"__proto__": {"total": 1}}}'))).toBeUndefined();
  });

  it("gives validateReport on the corpus reports the tables zod gives", () => {
    for (const c of corpusReports()) {
      const { tables } = fromCells(c.cells, { format: c.format });
      const report = { agency: { name: c.agency, level: "county" }, year: c.year, format: c.format, tables };
      const res = validateReport(report);
      expect(res.ok, c.slug).toBe(true);
      expect(shape(res.ok && res.value.tables), c.slug).toEqual(shape(TablesSchema.parse(tables)));
    }
  });
});

describe("isCleanCellValue", () => {
  const unit = fc.constantFrom("count", "signedCount", "wan") as fc.Arbitrary<
    "count" | "signedCount" | "wan"
  >;
  const value = fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.double(),
    fc.constantFrom(null, -0, 0.12345, 1.2345, Number.NaN, Number.POSITIVE_INFINITY, 1e21, "5", true),
  );

  it("holds only for values that normalizeCellValue keeps and checkCellValue finds nothing about", () => {
    let clean = 0;
    fc.assert(
      fc.property(value, unit, (v, u) => {
        if (!isCleanCellValue(v, u)) return;
        clean++;
        const path = ["tables", "table3", "received", "total"];
        const n = normalizeCellValue(v, u, path);
        expect(n).toEqual({ value: v, issues: [] });
        expect(checkCellValue(v as number | null, u, path)).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    expect(clean).toBeGreaterThan(300);
  });

  it("leaves out what checkCellValue has something to say about", () => {
    expect(isCleanCellValue(-1, "count")).toBe(false);
    expect(isCleanCellValue(1.5, "signedCount")).toBe(false);
    expect(isCleanCellValue(0.12345, "wan")).toBe(false);
    expect(isCleanCellValue(Number.NaN, "wan")).toBe(false);
    expect(isCleanCellValue("5", "count")).toBe(false);
    expect(isCleanCellValue(-3, "signedCount")).toBe(true);
  });
});
