import fc from "fast-check";
import { zlibSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readTestdataBytes } from "../../test/corpus-texts.js";
import { fontProgramStreams } from "../../test/font-program-streams.js";
import { inflatedHead, nodeSyncInflate, streamInflatedHead, syncInflatedHead } from "./pdf-inflate.js";

const corpusPdf = readTestdataBytes("corpus/2024-hongze-district.pdf");

/** Whether two byte arrays are equal (faster than toEqual on 64 KB). */
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]);

const KEEP = 12 + 16 * 4096;
const programs = fontProgramStreams(corpusPdf);
const zlib = nodeSyncInflate();

describe("inflatedHead", () => {
  it("takes node:zlib's inflateSync in Node, and gives the head of each corpus font program", async () => {
    expect(zlib).toBeDefined();
    expect(programs).toHaveLength(6);
    for (const raw of programs) {
      const head = await inflatedHead(raw, KEEP);
      // TrueType files: 00 01 00 00, then the table count.
      expect(head && [...head.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
      expect(head).toEqual(await streamInflatedHead(raw, KEEP));
    }
  });

  it("accepts and rejects the same streams as DecompressionStream, with the same bytes: cut, damaged, extended, or any bytes", async () => {
    if (!zlib) throw new Error("node:zlib is not there");
    const small = zlibSync(new TextEncoder().encode("0 0 1 rg BT /F1 12 Tf (text) Tj ET ".repeat(40)));
    const sources = [small, ...programs.slice(0, 2)];
    const damaged = fc.oneof(
      // Cut anywhere (an empty stream included).
      fc.record({ src: fc.nat(sources.length - 1), cut: fc.nat(), kind: fc.constant("cut" as const) }),
      // A byte set to any value anywhere (header, data, the Adler-32 checksum).
      fc.record({
        src: fc.nat(sources.length - 1),
        at: fc.nat(),
        byte: fc.integer({ min: 0, max: 255 }),
        kind: fc.constant("byte" as const),
      }),
      // Bytes after the end of the zlib stream.
      fc.record({
        src: fc.nat(sources.length - 1),
        tail: fc.uint8Array({ minLength: 1, maxLength: 40 }),
        kind: fc.constant("tail" as const),
      }),
      fc.record({ bytes: fc.uint8Array({ maxLength: 300 }), kind: fc.constant("any" as const) }),
    );
    await fc.assert(
      fc.asyncProperty(damaged, async (d) => {
        let raw: Uint8Array;
        if (d.kind === "any") raw = d.bytes;
        else {
          const src = sources[d.src] ?? small;
          if (d.kind === "cut") raw = src.subarray(0, d.cut % (src.length + 1));
          else if (d.kind === "tail") raw = Uint8Array.from([...src, ...d.tail]);
          else {
            raw = Uint8Array.from(src);
            raw[d.at % raw.length] = d.byte;
          }
        }
        const sync = syncInflatedHead(zlib, raw, KEEP);
        const stream = await streamInflatedHead(raw, KEEP);
        expect(sync === undefined).toBe(stream === undefined);
        if (sync && stream) expect(sameBytes(sync, stream)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
