import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placesOf } from "./read-and-check.js";

type Cells = Parameters<typeof placesOf>[0];
const at = (line: number) => ({ kind: "text", line }) as const;

/** What the places were before: a map keyed by `table|row|col`, the last reading winning. */
function byKeys(cells: Cells) {
  const key = (c: { table: string; row: string; col: string }) => `${c.table}|${c.row}|${c.col}`;
  const places = new Map(cells.map((c) => [key(c), c.source]));
  return (c: { table: string; row: string; col: string }) => places.get(key(c));
}

describe("placesOf", () => {
  it("finds where a cell was printed, the last reading winning", () => {
    const cells = [
      { table: "table3", row: "received", col: "total", value: 1, source: at(3) },
      { table: "table3", row: "received", col: "total", value: 2, source: at(5) },
      { table: "table2", row: "rules", col: "issued", value: 0, source: at(9) },
    ] as unknown as Cells;
    const placeOf = placesOf(cells);
    expect(placeOf({ table: "table3", row: "received", col: "total" })).toEqual(at(5));
    expect(placeOf({ table: "table2", row: "rules", col: "issued" })).toEqual(at(9));
    expect(placeOf({ table: "table2", row: "rules", col: "total" })).toBeUndefined();
  });

  it("answers as keys joined by | did, for any codes", () => {
    const code = fc.constantFrom("table3", "received", "a", "a|b", "b", "|", "");
    const cell = fc.record({ table: code, row: code, col: code });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), fc.array(cell, { maxLength: 6 }), (read, asked) => {
        const cells = read.map((c, i) => ({ ...c, value: i, source: at(i) })) as unknown as Cells;
        const placeOf = placesOf(cells);
        const reference = byKeys(cells);
        for (const c of [...read, ...asked]) expect(placeOf(c)).toEqual(reference(c));
      }),
      { numRuns: 2000 },
    );
  });
});
