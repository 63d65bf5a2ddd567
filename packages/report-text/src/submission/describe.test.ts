import { readFileSync } from "node:fs";
import { applicationRecords, yanchiReport2020 } from "@disclosure/samples";
import { toCells, writeCellsCsv } from "@disclosure/schema";
import { ledgerCsv } from "@disclosure/stats";
import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { testdataDir } from "../../test/testdata.js";
import { parseReport } from "../parse/index.js";
import { describeSubmission } from "./describe.js";
import { readSubmission } from "./read.js";

const enc = (s: string) => new TextEncoder().encode(s);
const corpusBytes = (name: string) => new Uint8Array(readFileSync(`${testdataDir}corpus/${name}`));
const sampleCsv = writeCellsCsv(toCells(yanchiReport2020), { labels: yanchiReport2020.format });

describe("readSubmission: the unit given for files that name none", () => {
  it("names cells and a ledger without a unit; a file that names its own keeps it", async () => {
    const cells = await readSubmission("乡镇.csv", enc(sampleCsv), {
      year: 2020,
      unit: " 花马池镇人民政府 ",
    });
    expect([cells.unit, cells.report?.agency.name]).toEqual([
      { name: "花马池镇人民政府", from: "option" },
      "花马池镇人民政府",
    ]);
    const own = await readSubmission("x.json", corpusBytes("2025-shuyang-county.cells.json"), {
      unit: "花马池镇人民政府",
    });
    expect([own.unit.name, own.unit.from]).toEqual(["沭阳县人民政府", "content"]);
    const records = [...applicationRecords({ seed: 3, year: 2024, count: 5, units: ["盐池县财政局"] })];
    const ledger = await readSubmission("l.csv", enc(ledgerCsv(records)), { year: 2024, unit: "别的单位" });
    expect([ledger.unit.name, ledger.unit.from]).toEqual(["盐池县财政局", "content"]);
    const blank = await readSubmission("乡镇.csv", enc(sampleCsv), { year: 2020, unit: "  " });
    expect(blank.unit).toEqual({ name: "乡镇", from: "file-name" });
  });
});

describe("describeSubmission", () => {
  it("a published report: its kind, whose and which year, the cells read and not read as parseReport counts them", async () => {
    const bytes = corpusBytes("2024-hongze-district.txt");
    const s = await readSubmission("洪泽.txt", bytes);
    const r = await parseReport(bytes);
    expect(s.document).toEqual({
      kind: "text",
      script: "hans",
      cellsRead: r.cells.length,
      cellsUnread: r.unread.length,
    });
    const d = describeSubmission(s);
    expect(d.zh).toBe(
      `洪泽.txt：已发布的报告（text）：${s.report?.agency.name} 2024 年，2021 年格式；读取 ${r.cells.length} 个单元格，未读取 ${r.unread.length} 个`,
    );
    expect(d.en).toContain(`${r.cells.length} cells read`);
    // Each cell not read is a warning placed where the parser looked for it.
    const unread = s.warnings.filter((w) => w.code === "PARSE-UNREAD");
    expect(unread).toHaveLength(r.unread.length);
    unread.forEach((w, i) => {
      expect((w as { location?: object }).location ?? {}).toMatchObject(r.unread[i]?.location ?? {});
    });
  });

  it("a Traditional published report says so", async () => {
    const s = await readSubmission("怀化.txt", corpusBytes("2022-huaihua-county-hant.txt"));
    expect(s.document?.script).toBe("hant");
    expect(describeSubmission(s).zh).toContain("已发布的报告（text，繁体）");
  });

  it("cells in GBK and a ledger: the counts of lines and records accepted and refused", async () => {
    const gbk = new Uint8Array(iconv.encode(sampleCsv.replace(/^\uFEFF/, ""), "gbk"));
    const cells = await readSubmission("乡镇.csv", gbk, { year: 2020, unit: "盐池县人民政府" });
    const c = cells.cellCounts;
    expect(describeSubmission(cells).zh).toBe(
      `乡镇.csv：单元格（gb18030）：共 ${c?.lines} 行，接受 ${c?.accepted} 行，拒绝 0 行；盐池县人民政府 2020 年，2019 年格式`,
    );
    const records = [...applicationRecords({ seed: 3, year: 2024, count: 12 })];
    const csv = `${ledgerCsv(records).trimEnd()}\r\n99,不是日期,自然人,予以公开,2024-05-01\r\n`;
    const ledger = await readSubmission("台账.csv", enc(csv), { year: 2024 });
    const n = ledger.recordCounts;
    expect(describeSubmission(ledger).zh).toBe(
      `台账.csv：原始记录（CSV）：接受 12 条，拒收 1 条；计入 2024 年 ${n?.counted} 条，不属于该年 ${n?.outsideYear} 条，表格不统计 ${n?.notTabulated} 条；${ledger.report?.agency.name} 2024 年，2021 年格式`,
    );
    const noYear = await readSubmission("台账.csv", enc(csv));
    expect(describeSubmission(noYear).zh).toBe(
      "台账.csv：原始记录（CSV）：接受 12 条，拒收 1 条；台账，未注明年度",
    );
  });

  it("a report JSON, and a file that cannot be read", async () => {
    const json = await readSubmission("r.json", enc(JSON.stringify(yanchiReport2020)));
    expect(describeSubmission(json)).toEqual({
      zh: "r.json：报告 JSON：盐池县人民政府 2020 年，2019 年格式",
      en: "r.json: report JSON: 盐池县人民政府, 2020, 2019 format",
    });
    const bad = await readSubmission("b.json", enc("{ not json"));
    expect(describeSubmission(bad)).toEqual({ zh: "b.json：无法读取", en: "b.json: could not be read" });
  });

  it("names the file first, in both languages, whatever the bytes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom("a.csv", "b.json", "c.jsonl", "d.txt", "e.html", "f"),
        fc.option(fc.integer({ min: 2019, max: 2026 }), { nil: undefined }),
        async (bytes, name, year) => {
          const s = await readSubmission(name, bytes, year === undefined ? {} : { year });
          const d = describeSubmission(s);
          expect(d.zh.startsWith(`${name}：`)).toBe(true);
          expect(d.en.startsWith(`${name}: `)).toBe(true);
          expect(d.zh.includes("undefined") || d.en.includes("undefined")).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });
});
