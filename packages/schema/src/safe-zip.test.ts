import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { present } from "../test/testdata.js";
import { zipBomb } from "../test/zip-bomb.js";
import { checkZip, DEFAULT_ZIP_LIMITS, isZipError, readZipEntries, type ZipError } from "./safe-zip.js";

const MB = 1024 * 1024;
const template = new Uint8Array(
  readFileSync(fileURLToPath(new URL("../../../testdata/spec/template-2021.docx", import.meta.url))),
);

/** `n` bytes of one repeated character. */
const run = (n: number) => new Uint8Array(n).fill(0x61);

/** The error `f` throws (a ZipError), or fails the test. */
function zipErrorOf(f: () => unknown): ZipError {
  try {
    f();
  } catch (e) {
    if (isZipError(e)) return e;
    throw e;
  }
  throw new Error("expected a ZipError");
}

/** Offsets of the central directory records of a zip. */
function centralRecords(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const out: number[] = [];
  for (let at = 0; at + 4 <= zip.length; at++) if (view.getUint32(at, true) === 0x02014b50) out.push(at);
  return out;
}

/** A copy of `zip` whose central directory says something else about its first entry. */
function lying(zip: Uint8Array, fields: { declaredSize?: number; compressedSize?: number }): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const at = present(centralRecords(out)[0], "the first central record");
  if (fields.compressedSize !== undefined) view.setUint32(at + 20, fields.compressedSize, true);
  if (fields.declaredSize !== undefined) view.setUint32(at + 24, fields.declaredSize, true);
  return out;
}

describe("readZipEntries", () => {
  it("reads the named entries of a real .docx, and only those", () => {
    const got = readZipEntries(template, ["word/document.xml", "no/such/entry"]);
    expect([...got.keys()]).toEqual(["word/document.xml"]);
    expect(got.get("word/document.xml")).toEqual(unzipSync(template)["word/document.xml"]);
  });

  it("gives back what was zipped, stored or deflated (property)", () => {
    const name = fc.stringMatching(/^[a-z]{1,8}(\/[a-z]{1,8})?\.xml$/);
    fc.assert(
      fc.property(
        fc.dictionary(name, fc.uint8Array({ maxLength: 3000 }), { minKeys: 1, maxKeys: 6 }),
        fc.constantFrom(0 as const, 6 as const, 9 as const),
        (files, level) => {
          const zip = zipSync(files, { level });
          const got = readZipEntries(zip, Object.keys(files));
          for (const [n, bytes] of Object.entries(files)) expect(got.get(n)).toEqual(bytes);
          expect(() => checkZip(zip)).not.toThrow();
        },
      ),
      { numRuns: 60 },
    );
  });

  it("leaves an entry that is not asked for uninflated, bomb or not", () => {
    const zip = zipBomb("bomb.bin", 20, { "word/document.xml": strToU8("<w:document/>") });
    expect(
      new TextDecoder().decode(readZipEntries(zip, ["word/document.xml"]).get("word/document.xml")),
    ).toBe("<w:document/>");
    expect(zipErrorOf(() => checkZip(zip)).code).toBe("ZIP-RATIO");
  });

  it("stops an entry at its limit, with a bilingual message naming it", () => {
    const zip = zipBomb("word/document.xml", 3);
    const e = zipErrorOf(() => readZipEntries(zip, ["word/document.xml"], { maxEntryBytes: MB }));
    expect(e.code).toBe("ZIP-ENTRY-TOO-LARGE");
    expect(e.entry).toBe("word/document.xml");
    expect(e.bilingual).toEqual({
      zh: "文件解压后超过限制：word/document.xml 已超过 1 MB",
      en: "archive entry word/document.xml expands beyond 1 MB",
    });
    expect(e.message).toBe(`${e.bilingual.zh} / ${e.bilingual.en}`);
  });

  it("checks while inflating: an entry that lies about its size is stopped before its data ends", () => {
    // 40 MB in about 40 KB; the central directory claims 1,000 bytes and half the compressed
    // data. Inflating the whole entry first would meet the cut (unreadable) before any limit.
    const zip = zipBomb("word/document.xml", 40);
    const compressed = zip.length - 200;
    const cut = lying(zip, { declaredSize: 1000, compressedSize: Math.floor(compressed / 2) });
    const e = zipErrorOf(() => readZipEntries(cut, ["word/document.xml"], { maxEntryBytes: MB }));
    expect(e.code).toBe("ZIP-ENTRY-TOO-LARGE");
    // Without a limit the cut is what is found.
    const unlimited = { maxEntryBytes: Infinity, maxTotalBytes: Infinity, maxRatio: Infinity };
    expect(zipErrorOf(() => readZipEntries(cut, ["word/document.xml"], unlimited)).code).toBe(
      "ZIP-UNREADABLE",
    );
  });

  it("stops at the default limits an entry of 1.2 GB (1.2 MB compressed) whose header claims 1 KB", () => {
    const bomb = zipBomb("word/document.xml", 1200);
    expect(bomb.length).toBeLessThan(2 * MB);
    const liar = lying(bomb, { declaredSize: 1024 });
    const e = zipErrorOf(() => readZipEntries(liar, ["word/document.xml"]));
    expect(e.code).toBe("ZIP-ENTRY-TOO-LARGE");
    expect(e.bilingual.zh).toBe("文件解压后超过限制：word/document.xml 已超过 100 MB");
    // Its honest header is refused before anything is inflated.
    expect(zipErrorOf(() => readZipEntries(bomb, ["word/document.xml"])).code).toBe("ZIP-ENTRY-TOO-LARGE");
  });

  it("limits the ratio of expanded to compressed size once past 1 MB", () => {
    const zip = zipBomb("xl/worksheets/sheet1.xml", 8);
    const liar = lying(zip, { declaredSize: 10 });
    const e = zipErrorOf(() => readZipEntries(liar, ["xl/worksheets/sheet1.xml"]));
    expect(e.code).toBe("ZIP-RATIO");
    expect(e.bilingual.en).toBe(
      "archive entry xl/worksheets/sheet1.xml expands to more than 200 times its compressed size (a zip bomb?)",
    );
    // Small entries compress as they like.
    expect(readZipEntries(zipSync({ a: run(MB) }, { level: 9 }), ["a"]).get("a")?.length).toBe(MB);
  });

  it("limits the bytes of all entries read together", () => {
    const zip = zipSync({ a: run(600 * 1024), b: run(600 * 1024) }, { level: 0 });
    expect(readZipEntries(zip, ["a"], { maxTotalBytes: MB }).get("a")?.length).toBe(600 * 1024);
    const e = zipErrorOf(() => readZipEntries(zip, ["a", "b"], { maxTotalBytes: MB }));
    expect(e.code).toBe("ZIP-TOO-LARGE");
    expect(e.entry).toBe("b");
  });

  it("limits the number of entries, from the archive's end record", () => {
    const many = (n: number) =>
      zipSync(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, run(1)])), { level: 0 });
    expect(zipErrorOf(() => checkZip(many(11), { maxEntries: 10 })).code).toBe("ZIP-TOO-MANY-ENTRIES");
    expect(() => checkZip(many(10), { maxEntries: 10 })).not.toThrow();
    const e = zipErrorOf(() => readZipEntries(many(DEFAULT_ZIP_LIMITS.maxEntries + 1), ["f0"]));
    expect(e.bilingual).toEqual({
      zh: "压缩包中的文件数超过限制：共 10001 个，最多 10000 个",
      en: "the archive holds 10001 entries, more than the limit of 10000",
    });
  });

  it("reports what is not a zip, or is cut off, as unreadable", () => {
    expect(zipErrorOf(() => readZipEntries(strToU8("not a zip at all"), ["a"])).code).toBe("ZIP-UNREADABLE");
    const cut = template.subarray(0, template.length - 30_000);
    const e = zipErrorOf(() => checkZip(cut));
    expect(e.code).toBe("ZIP-UNREADABLE");
    expect(e.bilingual.zh).toMatch(/^无法读取压缩包/);
  });
});
