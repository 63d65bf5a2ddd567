import { describe, expect, it } from "vitest";
import { readTestdataBytes } from "../../test/corpus-texts.js";
import { linePdf } from "../../test/line-pdf.js";
import { readPdf } from "./pdf.js";
import { getFormat } from "@disclosure/schema";

const f2021 = getFormat("2021");
const texts = async (data: Uint8Array) =>
  (await readPdf(data, { format: f2021 })).lines.map((l) => l.pieces.map((p) => p.text).join(" "));

describe("loading pdfjs-dist", () => {
  it("leaves Array.prototype.push, JSON.parse and JSON.stringify as they were, and reads the same after", async () => {
    const before = [Array.prototype.push, JSON.parse, JSON.stringify];
    const first = await texts(readTestdataBytes("corpus/2024-hongze-district.pdf"));
    expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(before);
    expect(first.length).toBeGreaterThan(100);
    expect(await texts(readTestdataBytes("corpus/2024-hongze-district.pdf"))).toEqual(first);
    expect(await texts(linePdf(3, { text: (i) => `line ${i + 1}` }))).toEqual(["line 1", "line 2", "line 3"]);
  });

  it("the restored methods behave as the engine's own", () => {
    const list: number[] = [];
    expect(list.push(1, 2, 3)).toBe(3);
    expect(JSON.parse(JSON.stringify({ 规章: 5, list }))).toEqual({ 规章: 5, list: [1, 2, 3] });
  });
});
