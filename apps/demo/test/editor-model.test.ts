// The editor's pure parts: what a figure cell accepts, the report with one change, and the
// history of changes (undo, redo, discard), on the sample county and by property.
import { yanchiReport2020 } from "@disclosure/samples";
import type { Report } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellUnit, readCellInput } from "../src/editor/cell-input.js";
import { cellValue, withCell, withSection } from "../src/editor/edit-report.js";
import {
  canRedo,
  canUndo,
  discard,
  edit,
  isEdited,
  redo,
  seal,
  startHistory,
  undo,
} from "../src/editor/history.js";

describe("readCellInput", () => {
  it("reads counts, signed counts and 万元 amounts as their units ask; blank is null", () => {
    expect(readCellInput("７", "count")).toEqual({ ok: true, value: 7 });
    expect(readCellInput("  ", "count")).toEqual({ ok: true, value: null });
    expect(readCellInput("1,234", "count")).toEqual({ ok: true, value: 1234 });
    expect(readCellInput("-2", "signedCount")).toEqual({ ok: true, value: -2 });
    expect(readCellInput("12863.57", "wan")).toEqual({ ok: true, value: 12863.57 });
    expect(readCellInput("-0", "signedCount")).toEqual({ ok: true, value: 0 });
  });

  it("refuses what the unit does not allow, in Chinese and English", () => {
    for (const [typed, unit] of [
      ["1.5", "count"],
      ["-3", "count"],
      ["五", "count"],
      ["1e3", "count"],
      ["0.12345", "wan"],
      ["-1", "wan"],
      ["99999999999999999999", "count"],
    ] as const) {
      const r = readCellInput(typed, unit);
      expect(r.ok, `${typed} as ${unit}`).toBe(false);
      if (!r.ok) {
        expect(r.message.zh).toContain(`“${typed}”不可用`);
        expect(r.message.en).toContain(`“${typed}” cannot be used`);
      }
    }
  });

  it("knows the units of the formats' cells: 2019 本年增/减 signed, 采购总金额 in 万元", () => {
    expect(cellUnit("2019", "table2", "licensing", "itemsChange")).toBe("signedCount");
    expect(cellUnit("2019", "table2", "procurement", "amountWan")).toBe("wan");
    expect(cellUnit("2021", "table3", "received", "naturalPerson")).toBe("count");
  });

  it("accepts every whole number ≥ 0 as itself and refuses every negative count (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), (n) => {
        expect(readCellInput(String(n), "count")).toEqual({ ok: true, value: n });
        expect(readCellInput(String(-n - 1), "count").ok).toBe(false);
      }),
    );
  });
});

describe("history", () => {
  const base = yanchiReport2020;
  const set = (r: Report, v: number | null) => withCell(r, "table3", "received", "naturalPerson", v);

  it("changes one cell and shares the rest of the report", () => {
    const r = set(base, 9);
    expect(cellValue(r, "table3", "received", "naturalPerson")).toBe(9);
    expect(cellValue(base, "table3", "received", "naturalPerson")).toBe(5);
    expect(r.tables.table4).toBe(base.tables.table4);
    expect(withSection(base, "overview", "文字").sections.overview).toBe("文字");
  });

  it("makes the edits of one field one step until the field is left", () => {
    let h = startHistory(base);
    h = edit(h, set(h.current, 1), "a");
    h = edit(h, set(h.current, 12), "a");
    expect(h.past).toHaveLength(1);
    h = edit(seal(h), set(h.current, 3), "a");
    expect(h.past).toHaveLength(2);
    h = undo(h);
    expect(cellValue(h.current, "table3", "received", "naturalPerson")).toBe(12);
    h = undo(h);
    expect(h.current).toBe(base);
    expect(canUndo(h)).toBe(false);
    expect(isEdited(h)).toBe(false);
    h = redo(redo(h));
    expect(cellValue(h.current, "table3", "received", "naturalPerson")).toBe(3);
    expect(canRedo(h)).toBe(false);
    h = discard(h);
    expect(h.current).toBe(base);
    expect(cellValue(undo(h).current, "table3", "received", "naturalPerson")).toBe(3);
  });

  it("undoes every step back to the report as opened, and redoes them all (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(50), fc.constantFrom("a", "b", "c"), fc.boolean()), { maxLength: 30 }),
        (steps) => {
          let h = startHistory(base);
          const seen: Report[] = [];
          for (const [v, field, leave] of steps) {
            h = edit(h, set(h.current, v), field);
            if (leave) h = seal(h);
            seen.push(h.current);
          }
          const last = h.current;
          while (canUndo(h)) h = undo(h);
          expect(h.current).toBe(base);
          while (canRedo(h)) h = redo(h);
          expect(h.current).toBe(steps.length ? last : base);
          expect(seen.length).toBe(steps.length);
        },
      ),
    );
  });
});
