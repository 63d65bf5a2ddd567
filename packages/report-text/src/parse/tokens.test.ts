import { describe, expect, it } from "vitest";
import type { Line } from "./model.js";
import { isBlankText, lineTokens, valueRuns } from "./tokens.js";

const free = (text: string, line = 1): Line => ({
  pieces: [{ text, cell: false, loc: { kind: "text", line, column: 1 } }],
  loc: { kind: "text", line },
});
const kinds = (text: string) => lineTokens(free(text), 0).map((t) => `${t.kind[0]}:${t.text}`);

describe("lineTokens", () => {
  it("splits digits run into labels, keeping a label's numbering with the label", () => {
    expect(kinds("（三）不予公开1.属于国家秘密00000002.其他法律行政法规禁止公开0000000")).toEqual([
      "t:（三）不予公开1.属于国家秘密",
      "v:0000000",
      "t:2.其他法律行政法规禁止公开",
      "v:0000000",
    ]);
    expect(kinds("1.本机关不掌握相关政府信息 3700000372.没有现成信息需要另行制作")).toEqual([
      "t:1.本机关不掌握相关政府信息",
      "v:370000037",
      "t:2.没有现成信息需要另行制作",
    ]);
  });

  it("keeps decimals and money with their unit; quantities in sentences are text", () => {
    expect(kinds("行政事业性收费9116.36 三、")).toEqual(["t:行政事业性收费", "v:9116.36", "t:三、"]);
    expect(kinds("采购总金额251000元")).toEqual(["t:采购总金额", "v:251000元"]);
    expect(kinds("共收到70件申请")).toEqual(["t:共收到70件申请"]);
  });

  it("signs, blanks and a numbering printed alone", () => {
    expect(kinds("-18 — / 1.")).toEqual(["v:-18", "b:—", "b:/", "t:1."]);
  });

  it("a cell is one token, located at its text", () => {
    const line: Line = {
      pieces: [{ text: "  22  ", cell: true, loc: { kind: "text", line: 3, column: 10 } }],
      loc: { kind: "text", line: 3 },
    };
    expect(lineTokens(line, 0)[0]).toMatchObject({ kind: "value", text: "22", loc: { line: 3, column: 12 } });
  });
});

describe("isBlankText", () => {
  it("the CELL-BLANK tokens", () => {
    for (const t of ["", " ", "/", "—", "-", "——", "无", "\u00A0"]) expect(isBlankText(t)).toBe(true);
    expect(isBlankText("0")).toBe(false);
  });
});

describe("valueRuns", () => {
  it("one run per table row; a page copied one cell per line runs on over lines", () => {
    const lines = ["规章 0 0 0", "行政规范性文件 5 1 25", "行政许可", "0", "", "行政处罚", "3"].map((t, i) =>
      free(t, i + 1),
    );
    const runs = valueRuns(lines.map((l, i) => lineTokens(l, i)));
    expect(runs.map((r) => [r.sameLine, r.segment, r.tokens.map((t) => t.text).join(" ")])).toEqual([
      ["规章", "规章", "0 0 0"],
      ["行政规范性文件", "行政规范性文件", "5 1 25"],
      ["", "行政许可", "0"],
      ["", "行政处罚", "3"],
    ]);
  });
});
