// Text scraped from an HTML table, one cell a line, an empty line where a cell is blank (or
// every cell followed by an empty line, and a blank taking two): the blanks are read as blank
// (null, never 0) where the layout proves them, and nothing is ever read wrongly.
import { type Cell, cellDefs, getFormat, tableRows } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseReport } from "../src/parse/index.js";
import { corpusTexts } from "./corpus-texts.js";
import { defined } from "./item-at.js";

const key = (c: { table: string; row: string; col: string }) => `${c.table}|${c.row}|${c.col}`;
const full = corpusTexts().filter((r) => r.format === "2021" && r.complete.includes("table3"));

/** Table 三 of a report, one cell a line, the chosen cells blank, `gap` empty lines after each cell. */
function oneCellALine(cells: readonly Cell[], blanks: ReadonlySet<string>, gap: number): string {
  const format = getFormat("2021");
  const value = new Map(cells.map((c) => [key(c), c.value]));
  const out = [
    "某县人民政府2024年政府信息公开工作年度报告",
    "一、总体情况",
    "本年度工作情况。",
    "三、收到和处理政府信息公开申请情况",
  ];
  for (const row of tableRows(format, "table3")) {
    out.push(row.label);
    const defs = cellDefs(format, "table3").filter((d) => d.rowDef.code === row.code);
    const texts = defs.map((d) => {
      const k = `table3|${row.code}|${d.colDef.code}`;
      return blanks.has(k) ? "" : String(value.get(k) ?? 0);
    });
    if (texts.length) out.push(texts.join("\n".repeat(gap + 1)));
  }
  out.push("四、政府信息公开行政复议、行政诉讼情况", "无。");
  return out.join("\n");
}

describe("one cell a line, blank cells as empty lines", () => {
  for (const r of full) {
    it(`${r.slug}: blanks read as null where proven, no cell ever read wrongly`, async () => {
      const t3 = r.cells.filter((c) => c.table === "table3" && c.value !== null);
      const keys = t3.map(key);
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 6 }),
          fc.constantFrom(0, 1),
          async (blankKeys, gap) => {
            const blanks = new Set(blankKeys);
            const res = await parseReport(oneCellALine(t3, blanks, gap), { year: 2024, format: "2021" });
            const got = new Map(res.cells.filter((c) => c.table === "table3").map((c) => [key(c), c.value]));
            for (const c of t3) {
              const k = key(c);
              if (!got.has(k)) continue; // unread: allowed, never wrong
              expect(got.get(k), k).toBe(blanks.has(k) ? null : c.value);
            }
            // With at most 6 blanks among 28 rows, every row has complete rows around it: all is read.
            expect(res.unread.filter((u) => u.table === "table3")).toEqual([]);
          },
        ),
        { numRuns: 15 },
      );
    });
  }

  it("reads a row with a blank cell that was wholly unread before (沭阳县 2025, 二、上年结转 自然人 blank)", async () => {
    const r = defined(
      full.find((x) => x.slug === "2025-shuyang-county"),
      "2025-shuyang-county",
    );
    const t3 = r.cells.filter((c) => c.table === "table3");
    const res = await parseReport(oneCellALine(t3, new Set(["table3|carriedIn|naturalPerson"]), 0), {
      year: 2024,
      format: "2021",
    });
    const row = res.cells.filter((c) => c.table === "table3" && c.row === "carriedIn");
    expect(row).toHaveLength(7);
    expect(row.find((c) => c.col === "naturalPerson")?.value).toBeNull();
    expect(row.find((c) => c.col === "naturalPerson")?.source).toMatchObject({ kind: "text" });
  });
});
