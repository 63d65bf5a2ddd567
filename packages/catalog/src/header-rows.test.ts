import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type HeaderVocabulary, twoRowHeader } from "./header-rows.js";

const COLUMNS = ["序号", "文件名称", "文号", "状态"];
const vocabulary: HeaderVocabulary = {
  isGroup: (l) => l === "日期",
  isSub: (s) => ["印发日期", "废止日期"].includes(s),
  isColumn: (l) => COLUMNS.includes(l),
};

describe("twoRowHeader", () => {
  it("spreads a CSV group label over the empty cells that have a sub-label", () => {
    expect(
      twoRowHeader(
        ["序号", "文件名称", "文号", "日期", "", "状态"],
        ["", "", "", "印发日期", "废止日期", ""],
        vocabulary,
      ),
    ).toEqual({
      tops: ["序号", "文件名称", "文号", "日期", "日期", "状态"],
      subs: ["", "", "", "印发日期", "废止日期", ""],
      rows: 2,
    });
  });

  it("reads XLSX merges: the group in every cell, single columns repeated below", () => {
    const h = twoRowHeader(
      ["序号", "文件名称", "日期", "日期", "状态"],
      ["序号", "文件 名称", "印发日期", "废止日期", "状态"],
      vocabulary,
    );
    expect(h.rows).toBe(2);
    expect(h.subs).toEqual(["序号", "文件名称", "印发日期", "废止日期", "状态"]);
  });

  it("a data row under a column of its own is not a sub-header", () => {
    const h = twoRowHeader(
      ["文件名称", "日期", "", "状态"],
      ["盐池县物业管理实施规定", "印发日期", "", "现行有效"],
      vocabulary,
    );
    expect(h).toEqual({ tops: ["文件名称", "日期", "", "状态"], subs: ["", "", "", ""], rows: 1 });
  });

  it("a header without group labels is one row whatever follows it", () => {
    const label = fc.constantFrom(...COLUMNS, "备注", "");
    fc.assert(
      fc.property(fc.array(label, { maxLength: 8 }), fc.array(fc.string(), { maxLength: 8 }), (top, next) => {
        const h = twoRowHeader(top, next, vocabulary);
        expect(h.rows).toBe(1);
        expect(h.tops.slice(0, top.length)).toEqual(top);
        expect(h.subs.every((s) => s === "")).toBe(true);
      }),
    );
  });
});
