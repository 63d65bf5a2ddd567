// PDFs printed from a browser or WPS carry Kangxi radicals (⼀ ⼈ ⼯ ⾏) and compatibility
// ideographs for ordinary characters. Property over the corpus: the same text with any of its
// characters so replaced reads the same cells, the same unread cells and the same findings.
import { foldIdeographVariants } from "@disclosure/schema/internal";
import { check } from "@disclosure/stats";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ParseResult, parseReport } from "../src/parse/index.js";
import { corpusTexts } from "./corpus-texts.js";

/** unified ideograph → a radical or compatibility ideograph that folds to it. */
function variantsOf(): Map<string, string> {
  const out = new Map<string, string>();
  const ranges: [from: number, to: number][] = [
    [0x2e80, 0x2fdf],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges)
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      const unified = foldIdeographVariants(ch);
      if (unified !== ch && !out.has(unified)) out.set(unified, ch);
    }
  return out;
}

const VARIANTS = variantsOf();

/** The text with the characters at the chosen positions (of those that have a variant) replaced. */
function withVariants(text: string, pick: (i: number) => boolean): string {
  let n = 0;
  return [...text]
    .map((ch) => {
      const variant = VARIANTS.get(ch);
      return variant !== undefined && pick(n++) ? variant : ch;
    })
    .join("");
}

const view = (r: ParseResult) => ({
  cells: r.cells.map((c) => `${c.table}/${c.row}/${c.col}=${c.value}`),
  unread: r.unread.map((c) => `${c.table}/${c.row}/${c.col}`),
  format: r.report?.format,
  year: r.report?.year,
  agency: r.report?.agency.name,
  findings: r.report ? check(r.report, { unread: r.unread }).map((f) => `${f.rule} ${f.message.zh}`) : [],
});

describe("Kangxi radicals and compatibility ideographs read as the unified ideographs", () => {
  it("has variants for the characters of the headings (一 人 工 行 民 户)", () => {
    for (const ch of "一人工行民户方文日") expect(VARIANTS.has(ch), ch).toBe(true);
  });

  for (const r of corpusTexts()) {
    it(`${r.slug}: any characters replaced by their variants read the same`, async () => {
      const plain = view(await parseReport(r.text));
      const all = withVariants(r.text, () => true);
      expect(all).not.toBe(r.text);
      expect(view(await parseReport(all))).toEqual(plain);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 2 ** 31 - 1 }), async (seed) => {
          const text = withVariants(r.text, (i) => ((seed >>> (i % 31)) + i) % 3 === 0);
          expect(view(await parseReport(text))).toEqual(plain);
        }),
        { numRuns: 3 },
      );
    });
  }
});
