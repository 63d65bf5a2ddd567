// Every workbook is checked against the archive limits of @disclosure/schema before exceljs
// (which inflates every part whole) reads it: a zip bomb is stopped while inflating.
import { isZipError, type ZipError } from "@disclosure/schema";
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { zipBomb } from "../../schema/test/zip-bomb.js";
import { readRegisterXlsx } from "../src/io/register.js";
import { readCatalogXlsx, readWorkbookGrids, writeGridXlsx } from "../src/io/xlsx.js";
import { located } from "./locations.js";

const MB = 1024 * 1024;
const SHEET = "xl/worksheets/sheet1.xml";

/** A ledger workbook as writeGridXlsx writes it, its parts by name. */
async function ledgerParts(): Promise<Record<string, Uint8Array>> {
  const rows = [
    ["编号", "收到申请日期"],
    ["YC-1", "2021年3月4日"],
  ];
  return unzipSync(await writeGridXlsx([{ name: "2021年", rows }]));
}

/** The workbook with its first sheet replaced by `mb` MB of one repeated byte. */
async function bombWorkbook(mb: number): Promise<Uint8Array> {
  const { [SHEET]: _sheet, ...rest } = await ledgerParts();
  return zipBomb(SHEET, mb, rest);
}

async function rejection(p: Promise<unknown>): Promise<ZipError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!isZipError(e)) throw new Error(`expected a ZipError, got ${String(e)}`);
  return e;
}

describe("readWorkbookGrids within the archive limits", () => {
  it("reads a workbook within them", async () => {
    const grids = await readWorkbookGrids(zipSync(await ledgerParts()));
    expect(grids[0]?.rows).toEqual([
      ["编号", "收到申请日期"],
      ["YC-1", "2021年3月4日"],
    ]);
  });

  it("rejects a sheet that inflates past the limit, naming it, before exceljs reads it", async () => {
    const e = await rejection(readWorkbookGrids(await bombWorkbook(4), { limits: { maxEntryBytes: MB } }));
    expect(e.code).toBe("ZIP-ENTRY-TOO-LARGE");
    expect(e.bilingual).toEqual({
      zh: `文件解压后超过限制：${SHEET} 已超过 1 MB`,
      en: `archive entry ${SHEET} expands beyond 1 MB`,
    });
  });

  it("at the default limits: a sheet of 1.2 GB in about 1.2 MB", async () => {
    const bomb = await bombWorkbook(1200);
    expect(bomb.length).toBeLessThan(2 * MB);
    const e = await rejection(readWorkbookGrids(bomb));
    expect(e.code).toBe("ZIP-ENTRY-TOO-LARGE");
    expect(e.message).toBe(
      `文件解压后超过限制：${SHEET} 已超过 100 MB / archive entry ${SHEET} expands beyond 100 MB`,
    );
  });

  it("rejects a workbook of more than 10,000 parts", async () => {
    const parts = await ledgerParts();
    for (let i = 0; i < 10_000; i++) parts[`xl/media/image${i}.png`] = strToU8("x");
    const e = await rejection(readWorkbookGrids(zipSync(parts, { level: 0 })));
    expect(e.code).toBe("ZIP-TOO-MANY-ENTRIES");
    expect(e.bilingual.en).toBe(
      `the archive holds ${Object.keys(parts).length} entries, more than the limit of 10000`,
    );
  });
});

describe("catalog and register workbooks within the archive limits", () => {
  it("a bomb is a located file issue with the limit's bilingual message, not a throw", async () => {
    const bomb = await bombWorkbook(300);
    const catalog = await readCatalogXlsx(bomb, { file: "目录.xlsx" });
    expect(catalog.ok).toBe(false);
    expect(!catalog.ok && catalog.issues).toEqual([
      {
        code: "CAT-READ-FILE",
        severity: "error",
        location: { kind: "file", file: "目录.xlsx" },
        message: {
          zh: `无法打开 XLSX 文件（文件解压后超过限制：${SHEET} 已超过 100 MB）`,
          en: `cannot open the XLSX file (archive entry ${SHEET} expands beyond 100 MB)`,
        },
      },
    ]);
    const register = await readRegisterXlsx(bomb, { file: "登记表.xlsx" });
    expect(!register.ok && register.issues.map((i) => [i.code, located(i, "en")])).toEqual([
      [
        "REG-READ-FILE",
        `登记表.xlsx: cannot open the XLSX file (archive entry ${SHEET} expands beyond 100 MB)`,
      ],
    ]);
  });
});
