import { getFormat } from "@disclosure/schema";
import fc from "fast-check";
import { assert, describe, expect, it } from "vitest";
import { normalizeLabel } from "./labels.js";
import type { Line } from "./model.js";
import {
  findSections,
  headingOf,
  normalizedFirst,
  shortestPrefixNormalizedTo,
  splitAtHeadings,
  stripHeading,
} from "./sections.js";

const f = getFormat("2021");
const free = (text: string, line: number): Line => ({
  pieces: [{ text, cell: false, loc: { kind: "text", line, column: 1 } }],
  loc: { kind: "text", line },
});

describe("headingOf", () => {
  it("the format's headings and the variants of real reports, numerals ignored", () => {
    const id = (t: string) => headingOf(t, f)?.section.id;
    expect(id("一、 总体情况")).toBe("overview");
    expect(id("## 二、主动公开政府信息的情况")).toBe("proactive");
    expect(id("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况")).toBe("reviewLitigation");
    expect(id("四、政府信息公开行政法复议、行政诉讼情况")).toBe("reviewLitigation");
    expect(id("五、存在的主要问题及整改措施")).toBe("problems");
    expect(id("五、政府信息公开工作存在的主要问题及改进情况")).toBe("problems");
    expect(id("三、政府信息公开行政复议、行政诉讼情况")).toBe("reviewLitigation"); // numbering restarted
    expect(id("六、其他需要报告的事项 无其他需要报告的事项")).toBe("otherMatters");
    expect(headingOf("五、存在的主要问题及整改措施", f)?.official).toBe(false);
  });

  it("is not fooled by row labels or narrative", () => {
    expect(headingOf("三、本年度办理结果", f)).toBeUndefined();
    expect(headingOf("四、结转下年度继续办理", f)).toBeUndefined();
    expect(headingOf("四、政府信息公开申请情况", f)).toBeUndefined();
    expect(headingOf("总体情况良好，群众满意。", f)).toBeUndefined();
  });
});

describe("splitAtHeadings and findSections", () => {
  it("a page scraped onto one line is split at its numbered headings", () => {
    const text =
      "…编制完成了本报告。一、总体情况2019年，…二、主动公开政府信息情况 第二十条第（一）项…四、结转下年度继续办理 0 0 四、政府信息公开行政复议、行政诉讼情况行政复议…";
    const lines = splitAtHeadings([free(text, 7)], f);
    expect(lines.map((l) => l.pieces.map((p) => p.text).join(""))).toEqual([
      "…编制完成了本报告。",
      "一、总体情况2019年，…",
      "二、主动公开政府信息情况 第二十条第（一）项…四、结转下年度继续办理 0 0 ",
      "四、政府信息公开行政复议、行政诉讼情况行政复议…",
    ]);
    expect(lines[3]?.pieces[0]?.loc).toEqual({ kind: "text", line: 7, column: text.indexOf("四、政府") + 1 });
    const layout = findSections(lines, f);
    expect(layout.ranges).toEqual({
      overview: { start: 1, end: 2 },
      proactive: { start: 2, end: 3 },
      reviewLitigation: { start: 3, end: 4 },
    });
    const fourth = lines[3];
    assert.isDefined(fourth);
    expect(stripHeading(fourth, f).pieces[0]?.text).toBe("行政复议…");
  });

  it("does not split at a heading's words without a numeral (a preamble listing the parts)", () => {
    const lines = splitAtHeadings(
      [free("全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况", 1)],
      f,
    );
    expect(lines).toHaveLength(1);
  });
});

describe("the shortcuts of heading search", () => {
  /** Texts of heading parts, spaces, full-width forms, Traditional characters, numbering and anything. */
  const text = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "一、",
          "四，",
          "十.",
          "总体情况",
          "總體情況",
          "　",
          " ",
          "＃",
          "#",
          "1、",
          "（",
          "、",
          "“",
          "\uFEFF",
          "🀄",
        ),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join(""));

  it("normalizedFirst is the first unit of normalizeLabel (property)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(normalizedFirst(t)).toBe(normalizeLabel(t).charAt(0));
      }),
      { numRuns: 2000 },
    );
  });

  it("shortestPrefixNormalizedTo finds what a walk over every prefix finds (property)", () => {
    const linear = (t: string, want: number) => {
      for (let i = 1; i <= t.length; i++) if (normalizeLabel(t.slice(0, i)).length >= want) return i;
      return t.length;
    };
    fc.assert(
      fc.property(text, fc.nat({ max: 30 }), (t, want) => {
        expect(shortestPrefixNormalizedTo(t, want)).toBe(linear(t, want));
      }),
      { numRuns: 1000 },
    );
  });
});
