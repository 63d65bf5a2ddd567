import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinTexts, listOf } from "./lists.js";

const texts = fc.array(fc.option(fc.record({ text: fc.string() }), { nil: null }), { maxLength: 12 });

describe("joinTexts", () => {
  it("joins texts as map and join do, a missing item as the empty string", () => {
    fc.assert(
      fc.property(texts, fc.string({ maxLength: 3 }), (items, separator) => {
        expect(joinTexts(items, separator)).toBe(items.map((x) => x?.text).join(separator));
      }),
    );
  });

  it("joins the pieces of a line", () => {
    expect(joinTexts([{ text: "一、" }, null, { text: "总体情况" }], " ")).toBe("一、  总体情况");
    expect(joinTexts([], " ")).toBe("");
  });
});

describe("listOf", () => {
  it("gives what map gives, with each item's index", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (items) => {
        expect(listOf(items, (n, i) => [n * 2, i])).toEqual(items.map((n, i) => [n * 2, i]));
      }),
    );
  });
});
