// Zip bombs through the built command, as a user runs it: a process with 512 MB of heap
// ends with exit 2 and the limit's message, never an internal error or a stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strToU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { zipBomb } from "../../schema/test/zip-bomb.js";

const CLI = fileURLToPath(new URL("../dist/cli.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "disclosure-limits-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the built CLI in a child process with a 512 MB heap. */
function disclosure(...args: string[]) {
  const r = spawnSync(process.execPath, ["--max-old-space-size=512", CLI, ...args], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** A copy of `zip` whose central directory claims `size` bytes for the entry `name`. */
function claiming(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength)) === name) {
      view.setUint32(at + 24, size, true);
    }
  }
  return out;
}

/** No internal error, no stack frame ("    at parse (file.js:1:2)"). */
function expectNoCrash(out: string): void {
  expect(out).not.toMatch(/internal error|内部错误/i);
  expect(out).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

const DOCUMENT = "word/document.xml";

describe("disclosure parse on a .docx of 1.2 GB in 1.2 MB", () => {
  const bomb = join(dir, "bomb.docx");
  writeFileSync(bomb, zipBomb(DOCUMENT, 1200, { "[Content_Types].xml": strToU8("<Types/>") }));
  const liar = join(dir, "liar.docx");
  writeFileSync(liar, claiming(zipBomb(DOCUMENT, 1200), DOCUMENT, 1024));

  it.each([
    ["its size declared", bomb],
    ["its size declared as 1 KB, stopped while inflating", liar],
  ])("%s: exit 2 with the message in Chinese, and in English with --lang en", (_what, file) => {
    const zh = disclosure("parse", file);
    expect(zh.code).toBe(2);
    expect(zh.out).toContain(`文件解压后超过限制：${DOCUMENT} 已超过 100 MB`);
    expect(zh.out).toContain("ZIP-ENTRY-TOO-LARGE");
    expectNoCrash(zh.out);
    const en = disclosure("parse", file, "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.out).toContain(`archive entry ${DOCUMENT} expands beyond 100 MB`);
    expectNoCrash(en.out);
  });
});

describe("disclosure tabulate on a ledger workbook whose sheet is a bomb", () => {
  it("exit 2 with the bilingual message naming the sheet", async () => {
    const { writeGridXlsx } = await import("@disclosure/catalog");
    const rows = [
      ["收到申请日期", "申请人类型"],
      ["2021-03-04", "自然人"],
    ];
    const { "xl/worksheets/sheet1.xml": _sheet, ...rest } = unzipSync(
      await writeGridXlsx([{ name: "2021年", rows }]),
    );
    const file = join(dir, "台账.xlsx");
    writeFileSync(file, zipBomb("xl/worksheets/sheet1.xml", 1200, rest));
    const r = disclosure("tabulate", file, "--year", "2021");
    expect(r.code).toBe(2);
    // The sheet is read row by row, never held: its expansion ratio stops it.
    expect(r.out).toContain(
      "文件解压后超过限制：xl/worksheets/sheet1.xml 解压后超过压缩大小的 200 倍（疑似压缩炸弹）",
    );
    expect(r.out).toContain(
      "archive entry xl/worksheets/sheet1.xml expands to more than 200 times its compressed size",
    );
    expectNoCrash(r.out);
  });
});
