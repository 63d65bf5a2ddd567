// Cells that a spreadsheet would run as formulas (=HYPERLINK(…), =cmd|' /C calc'!A0, +SUM(1),
// @SUM(1), -2+3) are written so that Excel, WPS and LibreOffice show them as text, and read back
// as they were.
import { csvText } from "@disclosure/schema";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  type CatalogItem,
  parseTimeLimit,
  readCatalogCsv,
  readRegisterCsv,
  readWorkbookGrids,
  writeCatalogCsv,
  writeCatalogXlsx,
  writeGridXlsx,
} from "../src/index.js";

const FORMULAS = [
  '=HYPERLINK("http://evil.example","点击查看")',
  "=cmd|' /C calc'!A0",
  "+SUM(1)",
  "@SUM(1)",
  "-2+3",
  "'=1+1",
];

const formulaText = fc.oneof(
  fc.constantFrom(...FORMULAS),
  fc
    .tuple(
      fc.constantFrom("=", "+", "-", "@", "'=", "''-"),
      fc.stringMatching(/^[\u4e00-\u9fa5A-Za-z0-9()!|]{1,10}$/u),
    )
    .map(([a, b]) => a + b),
);

const item = (content: string, basis: string): CatalogItem => ({
  area: "socialAssistance",
  item: { level1: "低保", level2: "低保政策" },
  content,
  basis,
  timeLimit: parseTimeLimit("信息形成或变更之日起20个工作日内"),
  publisher: "盐池县民政局",
  channels: [{ code: "website", required: true }],
  audience: ["public"],
  mode: ["proactive"],
  levels: ["county"],
});

/** The cells of CSV text as a spreadsheet sees them: no guard taken off. */
const rawCells = (text: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/, "")).data.flat();

describe("catalog CSV with formula-like cells", () => {
  it("writes them guarded and reads them back as written, UTF-8 and GBK (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(formulaText, formulaText), { minLength: 1, maxLength: 5 }),
        async (pairs) => {
          const items = pairs.map(([c, b]) => item(c, b));
          for (const encoding of ["utf-8", "gbk"] as const) {
            const { bytes } = await writeCatalogCsv({ items }, { encoding });
            const back = await readCatalogCsv(bytes);
            expect(back.ok).toBe(true);
            if (back.ok) expect(back.value.items.map((i) => [i.content, i.basis])).toEqual(pairs);
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it("leaves no cell that opens with = + - @ unguarded", async () => {
    const { bytes } = await writeCatalogCsv({ items: FORMULAS.map((f) => item(f, f)) });
    const cells = rawCells(new TextDecoder().decode(bytes));
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain("'=cmd|' /C calc'!A0");
  });

  it("reads a register CSV's guarded cells as written", async () => {
    const csv = csvText([
      ["文件名称", "文号", "印发日期"],
      ['=HYPERLINK("http://x")关于印发的通知', "盐政规发〔2019〕2号", "2019-03-01"],
    ]);
    const r = await readRegisterCsv(csv, { file: "登记表.csv" });
    expect(r.ok && r.value.documents[0]?.title).toBe('=HYPERLINK("http://x")关于印发的通知');
  });
});

/** Every worksheet part of an .xlsx: its XML. */
function sheetXml(bytes: Uint8Array): string[] {
  const parts = unzipSync(bytes);
  return Object.entries(parts)
    .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map(([, data]) => strFromU8(data));
}

describe("XLSX with formula-like cells", () => {
  it("writeGridXlsx writes them as text, never as formulas, and reads them back", async () => {
    const rows = [["编号", "申请人"], ...FORMULAS.map((f, i) => [`L-${i}`, f])];
    const bytes = await writeGridXlsx([{ name: "台账", title: "=1+1", rows }]);
    for (const xml of sheetXml(bytes)) expect(xml).not.toMatch(/<f[ >]/);
    const [grid] = await readWorkbookGrids(bytes);
    expect(grid?.rows[0]?.[0]).toBe("=1+1");
    expect(grid?.rows.slice(1)).toEqual(rows);
  });

  it("writeCatalogXlsx writes them as text", async () => {
    const bytes = await writeCatalogXlsx({ items: FORMULAS.map((f) => item(f, f)) });
    for (const xml of sheetXml(bytes)) expect(xml).not.toMatch(/<f[ >]/);
  });
});
