import { getFormat } from "@disclosure/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatColumns } from "./columns.js";
import { columnSums } from "@disclosure/schema/internal";
import { brokenColumnSums, type ReadValue, sumConstraint, sumOf, type ValueLookup } from "./sums.js";

const blocks = (["2019", "2021"] as const).flatMap((id) =>
  (["table3", "table4"] as const).flatMap((table) =>
    getFormat(id).tables[table].blocks.map((block) => ({ table, block, columns: formatColumns(block) })),
  ),
);

/** A value as read: small numbers (so that sums often hold), blank or not read. */
const readValue: fc.Arbitrary<ReadValue> = fc.oneof(
  { weight: 6, arbitrary: fc.nat({ max: 4 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

describe("brokenColumnSums", () => {
  it("finds the 总计 columns stats' sumWith finds broken (property)", () => {
    for (const { table, block, columns } of blocks) {
      fc.assert(
        fc.property(
          fc.array(readValue, { minLength: columns.length, maxLength: columns.length }),
          (values) => {
            const lookup: ValueLookup = (_row, col) => values[columns.findIndex((c) => c.code === col)];
            const expected = columnSums(block).flatMap((sum) => {
              const parts = sumOf(
                table,
                lookup,
                sum.parts.map((col) => ({ row: "", col })),
              );
              const total = sumOf(table, lookup, [{ row: "", col: sum.total }]);
              if (!parts || !total || parts.blanks.length || total.blanks.length) return [];
              return parts.value !== total.value ? [{ sum, parts: parts.value, total: total.value }] : [];
            });
            expect(brokenColumnSums(table, block, columns, values)).toEqual(expected);
          },
        ),
      );
    }
  });
});

describe("sumConstraint", () => {
  it("passes a row exactly when brokenColumnSums finds no broken 总计 (property)", () => {
    const withSums = blocks.filter((b) => sumConstraint(b.table, b.block, b.columns));
    expect(withSums.length).toBeGreaterThan(0);
    for (const { table, block, columns } of withSums) {
      const check = sumConstraint(table, block, columns);
      fc.assert(
        fc.property(
          fc.array(readValue, { minLength: columns.length, maxLength: columns.length }),
          (values) => {
            const holds = brokenColumnSums(table, block, columns, values).length === 0;
            expect(check?.(values as number[])).toBe(holds);
          },
        ),
      );
    }
  });

  it("fails a table 三 row whose 总计 is not the sum of its columns", () => {
    const { table, block, columns } = blocks.find((b) => b.table === "table3") ?? {};
    if (!table || !block || !columns) throw new Error("no table 三 block");
    const check = sumConstraint(table, block, columns);
    const values = columns.map((c) => (c.code === "total" ? 5 : 1));
    expect(check?.(values)).toBe(false);
    expect(check?.(columns.map((c) => (c.code === "total" ? columns.length - 1 : 1)))).toBe(true);
  });
});
