import { describe, expect, it } from "vitest";
import { isPageMarker, readText } from "./text.js";

const texts = (input: string) => readText(input).lines.map((l) => l.pieces.map((p) => p.text.trim()));

describe("readText", () => {
  it("cells between pipes; a trailing '| ' is one more, empty cell; '0 |' closes its cell", () => {
    expect(texts("（一）予以公开 | 258 | 12 |  |  | 1 | 1 | ")).toEqual([
      ["（一）予以公开", "258", "12", "", "", "1", "1", ""],
    ]);
    expect(texts("0 |\n||")).toEqual([["0"], [""]]);
    expect(texts("| 规章 | 0 | 0 | 0 |")).toEqual([["规章", "0", "0", "0"]]);
  });

  it("drops borders, Markdown rules and page markers; keeps dash cells", () => {
    expect(texts("|---|---|\n| - | - |\n┌──┬──┐\n│ 5│  │\n├──┼──┤\n- 3 -\n+-----+")).toEqual([
      ["-", "-"],
      ["5", ""],
    ]);
    expect(isPageMarker("第 3 页 共 5 页")).toBe(true);
    expect(isPageMarker("- 12 -")).toBe(true);
    expect(isPageMarker("3 0 0")).toBe(false);
  });

  it("tabs separate cells (a table copied from Word or a spreadsheet); an empty cell stays", () => {
    expect(texts("一、本年新收政府信息公开申请数量\t58\t7\t\t0\t1\t0\t66")).toEqual([
      ["一、本年新收政府信息公开申请数量", "58", "7", "", "0", "1", "0", "66"],
    ]);
  });

  it("locations are the file's line and column", () => {
    const doc = readText("\n\n  规章 0 0 0\n行政许可 | 9487");
    expect(doc.lines[0]?.pieces[0]?.loc).toEqual({ kind: "text", line: 3, column: 3 });
    expect(doc.lines[1]?.pieces[1]?.loc).toEqual({ kind: "text", line: 4, column: 7 });
  });
});
