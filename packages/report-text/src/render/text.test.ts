import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defined, itemAt } from "../../test/item-at.js";
import { fullReport, reportArb } from "../../test/sample.js";
import { renderReport } from "./report.js";
import { displayWidth, wrapText } from "./text.js";

/** The box-drawn tables of a text rendering, as arrays of lines. */
function tables(text: string): string[][] {
  const out: string[][] = [];
  let cur: string[] | undefined;
  for (const line of text.split("\n")) {
    if (/^[┌│├└]/.test(line)) {
      cur ??= [];
      cur.push(line);
    } else if (cur) {
      out.push(cur);
      cur = undefined;
    }
  }
  return out;
}

describe("displayWidth / wrapText", () => {
  it("counts 汉字 and full-width punctuation as two columns", () => {
    expect(displayWidth("1.属于国家秘密")).toBe(14);
    expect(displayWidth("（三）不予公开")).toBe(14);
    expect(displayWidth("9116.36")).toBe(7);
  });

  it("wraps within the width, never starting a line with closing punctuation, keeping numbers whole", () => {
    expect(wrapText("三、本年度办理结果", 8)).toEqual(["三、本年", "度办理结", "果"]);
    expect(wrapText("（三）不予公开", 8)).toEqual(["（三）不", "予公开"]);
    for (const l of wrapText("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", 20)) {
      expect(displayWidth(l)).toBeLessThanOrEqual(20);
      expect(l[0]).not.toMatch(/[、，。）]/);
    }
    expect(wrapText("统计期限自2021年1月1日起", 10)).toEqual(["统计期限自", "2021年1月1", "日起"]);
    expect(wrapText("", 8)).toEqual([""]);
  });

  it("loses no character (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."政府信息公开（一）、。123abc“”") }),
        fc.integer({ min: 4, max: 30 }),
        (s, w) => {
          expect(wrapText(s, w).join("")).toBe(s);
        },
      ),
    );
  });
});

describe("text tables", () => {
  it("are aligned boxes: every line of a table has the same width, within the width asked for", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, fc.integer({ min: 90, max: 160 }), async (r, width) => {
        const text = await renderReport(r, { to: "text", width });
        const ts = tables(text);
        expect(ts).toHaveLength(3);
        for (const t of ts) {
          const widths = new Set(t.map(displayWidth));
          expect(widths.size).toBe(1);
          // Values never wrap: a table is as wide as its labels allow, labels wrap down to 16 columns;
          // table 四's 15 value columns need at least the longest value plus padding and a border each.
          const longest = Math.max(
            0,
            ...Object.values(r.tables).flatMap((rows) =>
              Object.values(rows ?? {}).flatMap((cols) =>
                Object.values(cols).map((v) => String(v ?? "").length),
              ),
            ),
          );
          expect([...widths][0]).toBeLessThanOrEqual(Math.max(width, 140, 15 * (longest + 3) + 1));
        }
      }),
      { numRuns: 15 },
    );
  });

  it("prints values right-aligned on the first line of their row, blanks empty, zero as 0", async () => {
    const r = fullReport("2021", (_t, row, col) =>
      row === "received" ? (col === "commercial" ? null : 0) : 12,
    );
    const text = await renderReport(r, { to: "text" });
    const line = defined(
      text.split("\n").find((l) => l.includes("一、本年新收政府信息公开申请数量")),
      "the 一、本年新收 line",
    );
    expect(
      line
        .split("│")
        .slice(-8, -1)
        .map((f) => f.trim()),
    ).toEqual(["0", "", "0", "0", "0", "0", "0"]);
    expect(line).toMatch(/│ +0 │ {4,} │/);
    const wrapped = text.split("\n").findIndex((l) => l.includes("│ 1.申请人无正当理由逾期不补正"));
    expect(text.split("\n")[wrapped]?.split("│").at(-2)?.trim()).toBe("12");
    expect(text.split("\n")[wrapped + 1]?.split("│").at(-2)?.trim()).toBe("");
  });

  it("draws 三、本年度办理结果 as one box down the result rows (no rule crosses it)", async () => {
    const text = await renderReport(
      fullReport("2021", () => 0),
      { to: "text" },
    );
    const t3 = itemAt(tables(text), 1);
    const first = t3.findIndex((l) => l.includes("（一）予以公开"));
    const last = t3.findIndex((l) => l.includes("（七）总计"));
    for (const l of t3.slice(first, last + 1)) expect(l.startsWith("│")).toBe(true);
    expect(t3[first - 1]?.startsWith("├──────────┬")).toBe(true);
    expect(t3[last + 1]?.startsWith("├──────────┴")).toBe(true);
    const group = t3
      .slice(first, last + 1)
      .map((l) => l.split(/[│├┤┼┬┴]/)[1]?.trim())
      .join("");
    expect(group).toBe("三、本年度办理结果");
  });
});
