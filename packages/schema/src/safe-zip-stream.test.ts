// The zip limits checked on an archive as its bytes arrive (createZipStreamCheck): the same
// limits and messages as checkZip, entries read piece by piece bounded by their ratio only.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipBomb } from "../test/zip-bomb.js";
import { checkZip, createZipStreamCheck, isZipError, type ZipStreamCheckOptions } from "./safe-zip.js";

const MB = 1024 * 1024;
const template = new Uint8Array(
  readFileSync(fileURLToPath(new URL("../../../testdata/spec/template-2021.docx", import.meta.url))),
);
const SHEET = "xl/worksheets/sheet1.xml";
const sheets = (name: string) => name.startsWith("xl/worksheets/");

/** Pushes `zip` in pieces of `step` bytes; the ZipError thrown, or undefined. */
function streamed(zip: Uint8Array, step: number, options: ZipStreamCheckOptions = {}) {
  const check = createZipStreamCheck(options);
  try {
    for (let at = 0; at < zip.length; at += step) check.push(zip.subarray(at, at + step));
    check.push(new Uint8Array(0), true);
  } catch (e) {
    if (isZipError(e)) return e;
    throw e;
  }
  return undefined;
}

describe("createZipStreamCheck", () => {
  it("passes a real archive in pieces of any size, as checkZip does", () => {
    expect(() => checkZip(template)).not.toThrow();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200_000 }), (step) => streamed(template, step) === undefined),
      { numRuns: 25 },
    );
  });

  it("stops a bomb held whole while inflating, with checkZip's messages", () => {
    const e = streamed(zipBomb(SHEET, 300), 1 << 16);
    expect(e?.code).toBe("ZIP-RATIO");
    expect(e?.bilingual.zh).toBe(`文件解压后超过限制：${SHEET} 解压后超过压缩大小的 200 倍（疑似压缩炸弹）`);
    // Past the ratio allowed, the entry limit stops it too.
    const big = streamed(zipBomb(SHEET, 300), 1 << 16, { limits: { maxRatio: 10_000 } });
    expect(big?.bilingual.zh).toBe(`文件解压后超过限制：${SHEET} 已超过 100 MB`);
    expect(big?.bilingual.en).toBe(`archive entry ${SHEET} expands beyond 100 MB`);
  });

  it("stops a bomb read piece by piece at its ratio, the entry named", () => {
    const e = streamed(zipBomb(SHEET, 300), 1 << 16, { streamed: sheets });
    expect(e?.code).toBe("ZIP-RATIO");
    expect(e?.bilingual.zh).toContain(`${SHEET} 解压后超过压缩大小的 200 倍（疑似压缩炸弹）`);
    expect(e?.entry).toBe(SHEET);
  });

  it("lets a streamed entry pass 100 MB when its ratio is sound, up to its own limit", () => {
    // Text that compresses about 2:1 (random digits), 3 MB, against limits a hundred times smaller.
    let seed = 7;
    const text = new Uint8Array(3 * MB).map(() => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return 0x30 + ((seed >>> 16) % 10);
    });
    const zip = zipSync({ [SHEET]: text, "xl/workbook.xml": strToU8("<workbook/>") });
    const limits = { maxEntryBytes: MB, maxTotalBytes: MB };
    expect(streamed(zip, 1 << 16, { limits })?.code).toBe("ZIP-ENTRY-TOO-LARGE");
    expect(streamed(zip, 1 << 16, { limits, streamed: sheets })).toBeUndefined();
    const capped = streamed(zip, 1 << 16, { limits, streamed: sheets, maxStreamedEntryBytes: 2 * MB });
    expect(capped?.bilingual.en).toBe(`archive entry ${SHEET} expands beyond 2 MB`);
  });

  it("counts the entries as they come", () => {
    const files = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`f${i}.xml`, strToU8("<a/>")]));
    const e = streamed(zipSync(files), 1000, { limits: { maxEntries: 10 } });
    expect(e?.code).toBe("ZIP-TOO-MANY-ENTRIES");
    expect(streamed(zipSync(files), 1000, { limits: { maxEntries: 12 } })).toBeUndefined();
  });

  it("says a file that is not an archive cannot be read", () => {
    const e = streamed(strToU8("PK\u0003\u0004 not really a zip at all, just text".repeat(10)), 64);
    expect(e === undefined || e.code === "ZIP-UNREADABLE").toBe(true);
  });
});
