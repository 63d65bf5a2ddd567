import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cut } from "../testing/cut";
import { utf8Aligned, utf8Boundary } from "./utf8-aligned";

async function chunksOf(source: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const c of source) out.push(c);
  return out;
}

async function* from(chunks: Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

const strict = new TextDecoder("utf-8", { fatal: true });

describe("utf8Aligned: chunks cut at character boundaries", () => {
  it("utf8Boundary: the start of an unfinished character, or the end", () => {
    const b = new TextEncoder().encode("a申𠀀");
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => utf8Boundary(b.subarray(0, n)))).toEqual([
      1, 1, 1, 4, 4, 4, 4, 8,
    ]);
  });

  it("any text cut anywhere: every chunk but the last decodes on its own, and together they give the text back", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: "grapheme" }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (text, cuts) => {
          const bytes = new TextEncoder().encode(text);
          const chunks = await chunksOf(utf8Aligned(from(cut(bytes, cuts))));
          for (const c of chunks) expect(() => strict.decode(c)).not.toThrow();
          expect(chunks.map((c) => strict.decode(c)).join("")).toBe(text);
        },
      ),
    );
  });

  it("bytes that are not UTF-8 are passed on, none lost", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array(), fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const chunks = await chunksOf(utf8Aligned(from(cut(bytes, cuts))));
        expect(Buffer.concat(chunks)).toEqual(Buffer.from(bytes));
      }),
    );
  });
});
