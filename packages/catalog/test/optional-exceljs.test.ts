// exceljs is an optional peer dependency: without it, every Excel call rejects with the
// message naming what to install. Here it is made unfindable as Node reports it.
import { readFileSync } from "node:fs";
import { isOptionalModuleError } from "@disclosure/schema";
import { describe, expect, it, vi } from "vitest";
import { readRegisterXlsx } from "../src/io/register.js";
import {
  EXCEL_WORKBOOKS,
  readCatalogXlsx,
  readWorkbookGrids,
  writeCatalogXlsx,
  writeGridXlsx,
} from "../src/io/xlsx.js";

vi.mock("exceljs", () => {
  throw Object.assign(new Error("Cannot find package 'exceljs' imported from /app/catalog.js"), {
    code: "ERR_MODULE_NOT_FOUND",
  });
});

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const MESSAGE =
  "读写 Excel 文件（.xlsx）需要安装 exceljs：npm i exceljs@4.4.0 / reading and writing Excel (.xlsx) needs exceljs: npm i exceljs@4.4.0";

describe("without exceljs", () => {
  const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
  it.each([
    ["readWorkbookGrids", () => readWorkbookGrids(bytes)],
    ["readCatalogXlsx", () => readCatalogXlsx(bytes)],
    ["readRegisterXlsx", () => readRegisterXlsx(bytes)],
    ["writeCatalogXlsx", () => writeCatalogXlsx({ items: [] })],
    ["writeGridXlsx", () => writeGridXlsx([{ name: "台账", rows: [["编号"]] }])],
  ])("%s rejects with the message naming exceljs", async (_name, call) => {
    const e = await (call as () => Promise<unknown>)().catch((x: unknown) => x);
    expect(isOptionalModuleError(e)).toBe(true);
    expect((e as Error).message).toBe(MESSAGE);
  });
});

describe("the version named to install is the one tested here", () => {
  it("exceljs: devDependency, optional peer with that floor, not a dependency", () => {
    const version = pkg.devDependencies.exceljs;
    expect(EXCEL_WORKBOOKS.install).toBe(`exceljs@${version}`);
    expect(pkg.peerDependencies.exceljs).toBe(`^${version}`);
    expect(pkg.peerDependenciesMeta.exceljs).toEqual({ optional: true });
    expect(pkg.dependencies.exceljs).toBeUndefined();
  });
});
