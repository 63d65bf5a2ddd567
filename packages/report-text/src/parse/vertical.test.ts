import { describe, expect, it } from "vitest";
import { verticalRows } from "./vertical.js";

const label = (t: string) => !/^\s*$/.test(t) && !/^\s*[\d/—-]/.test(t);
const rows = (lines: string[]) =>
  verticalRows(lines, (i) => label(lines[i]!)).map((r) => [
    r.label.text,
    ...r.cells.map((c) => ("blank" in c ? null : c.text)),
  ]);

describe("verticalRows", () => {
  it("reads an empty line between one-cell lines as a blank cell, when the rows around have that many cells", () => {
    const lines = ["一、新收", "5", "3", "8", "二、结转", "1", "", "1", "三、办理", "6", "3", "9"];
    expect(rows(lines)).toEqual([["二、结转", "1", null, "1"]]);
  });

  it("reads blanks where every cell is followed by an empty line", () => {
    const lines = [
      "一、新收",
      "5",
      "",
      "3",
      "",
      "8",
      "二、结转",
      "",
      "",
      "1",
      "",
      "1",
      "三、办理",
      "6",
      "",
      "3",
      "",
      "9",
    ];
    expect(rows(lines)).toEqual([["二、结转", null, "1", "1"]]);
  });

  it("reads a blank last cell from the empty lines before the next label", () => {
    const lines = ["一、新收", "5", "3", "8", "二、结转", "1", "1", "", "三、办理", "6", "3", "9"];
    expect(rows(lines)).toEqual([["二、结转", "1", "1", null]]);
  });

  it("leaves a row alone when the layout does not prove its blanks", () => {
    // Two empty lines where the rows around have one cell missing: not a whole number of cells.
    expect(rows(["一", "5", "3", "8", "二", "1", "", "", "1", "三", "6", "3", "9"])).toEqual([]);
    // The rows around disagree on the number of cells.
    expect(rows(["一", "5", "3", "二", "1", "", "1", "三", "6", "3", "9"])).toEqual([]);
    // No complete row to compare with.
    expect(rows(["一", "5", "", "8", "二", "1", "", "1"])).toEqual([]);
  });

  it("leaves complete rows alone", () => {
    expect(rows(["一", "5", "3", "8", "二", "1", "0", "1"])).toEqual([]);
  });

  it("takes a huge input without overflowing the stack (linear passes, no spread of arrays)", () => {
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`行${i}`, "1", i % 2 ? "" : "2", "3");
    const out = rows(lines);
    expect(out.length).toBe(50_000);
    expect(out[0]).toEqual(["行1", "1", null, "3"]);
  });
});
