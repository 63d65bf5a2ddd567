import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Report } from "@disclosure/schema";
import { createContext, readCell } from "./context.js";

// Codes of real cells, codes that name properties every object has, and the one JSON keeps as
// an own key but an assignment turns into a prototype.
const code = fc.constantFrom(
  "received",
  "total",
  "naturalPerson",
  "toString",
  "__proto__",
  "constructor",
  "x",
);
const value = fc.oneof(fc.integer(), fc.constant(null), fc.constantFrom("5", true, [], {}));
const row = fc.oneof(fc.dictionary(code, value, { maxKeys: 4 }), fc.constantFrom(null, 3, [], "r"));
const table = fc.oneof(fc.dictionary(code, row, { maxKeys: 4 }), fc.constantFrom(null, [], "t"));
const tables = fc.record({ table2: table, table3: table, table4: table }, { requiredKeys: [] });

describe("the context's cell reads", () => {
  it("read every cell as readCell reads it, on tables parsed from any JSON", () => {
    fc.assert(
      fc.property(
        tables,
        fc.array(fc.tuple(fc.constantFrom("table2", "table3", "table4"), code, code)),
        (t, asked) => {
          // Through JSON, as a report arrives: "__proto__" stays an own key there.
          const report = JSON.parse(JSON.stringify({ format: "2021", year: 2024, tables: t })) as Report;
          const ctx = createContext(report, {});
          if (!ctx) throw new Error("a 2021 report has a context");
          for (const [tb, r, c] of asked) {
            expect(ctx.cell(tb, r, c)).toEqual(readCell(report, tb, r, c));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("reads the cells of the sample's rows and a row the report does not have", () => {
    const report = {
      format: "2021",
      year: 2024,
      tables: { table3: { received: { total: 5, research: null } } },
    };
    const ctx = createContext(report as unknown as Report, {});
    expect(ctx?.cell("table3", "received", "total")).toEqual({ kind: "value", value: 5 });
    expect(ctx?.cell("table3", "received", "research")).toEqual({ kind: "blank" });
    expect(ctx?.cell("table3", "carriedIn", "total")).toEqual({ kind: "absent" });
    expect(ctx?.rowPresent("table3", "received")).toBe(true);
    expect(ctx?.rowPresent("table3", "carriedIn")).toBe(false);
  });
});
