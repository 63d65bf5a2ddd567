import { getFormat } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readTestdataBytes } from "../../test/corpus-texts.js";
import { linePdf } from "../../test/line-pdf.js";
import { readPdf } from "./pdf.js";
import { FLAT_KIDS, nestedPageTree } from "./pdf-page-tree.js";
import { dictEntries, latin1, objectOffsets } from "./pdf-syntax.js";

const f2021 = getFormat("2021");
const text = (i: number) => `Page ${i + 1} line`;

/** The lines of a PDF as text with their page and position. */
async function lines(data: Uint8Array) {
  const doc = await readPdf(data, { format: f2021, limits: { pdfPages: 4000 } });
  expect(doc.issues).toEqual([]);
  return doc.lines.map((l) => ({ text: l.pieces.map((p) => p.text).join(" "), loc: l.loc }));
}

/** The dictionary of object `num` as its last definition in the file gives it. */
function dictOf(data: Uint8Array, num: number) {
  const t = latin1(data);
  const at = objectOffsets(t).get(num);
  return at && dictEntries(t, at.body);
}

/**
 * The same pages in a tree of nodes of 20, which pdfjs-dist reads as written (its root has
 * at most FLAT_KIDS kids): what the nested file must read as.
 */
const reference = (pages: number) => linePdf(pages, { text, fanOut: 20 });

describe("nestedPageTree", () => {
  it("nests a flat tree of 1,100 pages two levels deep (nodes of 32), and every page reads the same", async () => {
    const flat = linePdf(1100, { text });
    const nested = nestedPageTree(flat);
    expect(nested).toBeDefined();
    if (!nested) return;
    const root = dictOf(nested, 2);
    // 1,100 pages: 35 nodes of at most 32 pages, under 2 nodes of at most 32 nodes, under the root.
    expect(root?.get("Kids")?.match(/ R/g)).toHaveLength(2);
    expect(root?.get("Count")).toBe("1100");
    expect(root?.get("Type")).toBe("/Pages");
    expect(await lines(nested)).toEqual(await lines(reference(1100)));
  });

  it("readPdf reads a flat tree of 1,100 pages as the same pages in nodes of 20", async () => {
    expect(await lines(linePdf(1100, { text }))).toEqual(await lines(reference(1100)));
  });

  it("reads the text of each page at its own page number", async () => {
    const nested = nestedPageTree(linePdf(200, { text }));
    expect(nested).toBeDefined();
    if (!nested) return;
    const got = await lines(nested);
    expect(got).toHaveLength(200);
    got.forEach((l, i) => {
      expect(l.text).toBe(`Page ${i + 1} line`);
      expect(l.loc).toMatchObject({ kind: "pdf", page: i + 1 });
    });
  });

  it(`leaves alone a root of at most ${FLAT_KIDS} kids, a tree already nested, and a nested result`, () => {
    expect(nestedPageTree(linePdf(FLAT_KIDS))).toBeUndefined();
    expect(nestedPageTree(linePdf(FLAT_KIDS + 1))).toBeDefined();
    expect(nestedPageTree(linePdf(500, { fanOut: 50 }))).toBeUndefined();
    const once = nestedPageTree(linePdf(500));
    expect(once && nestedPageTree(once)).toBeUndefined();
  });

  it("leaves alone the corpus PDF (5 pages)", () => {
    expect(nestedPageTree(readTestdataBytes("corpus/2024-hongze-district.pdf"))).toBeUndefined();
  });

  it("never throws: on any bytes, and on a flat PDF cut or damaged anywhere", () => {
    const pdf = linePdf(100);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        nestedPageTree(bytes);
      }),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: pdf.length }),
        fc.integer({ min: 0, max: pdf.length - 1 }),
        fc.integer({ min: 0, max: 255 }),
        (cut, at, byte) => {
          nestedPageTree(pdf.subarray(0, cut));
          const damaged = pdf.slice();
          damaged[at] = byte;
          nestedPageTree(damaged);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("reads what the flat tree reads, for any page count past the threshold", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: FLAT_KIDS + 1, max: 400 }), async (pages) => {
        const flat = linePdf(pages, { text });
        const nested = nestedPageTree(flat);
        expect(nested).toBeDefined();
        if (nested) expect(await lines(nested)).toEqual(await lines(reference(pages)));
      }),
      { numRuns: 4 },
    );
  });
});
