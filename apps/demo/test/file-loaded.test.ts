// The single-report view's loading path in Node: a user's file read by report-text's
// readSubmission, with the year, format and agency of the fields beside the file input.
import { readFileSync } from "node:fs";
import { yanchiReport2020 } from "@disclosure/samples";
import { toCells, writeCellsCsv } from "@disclosure/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadFile } from "../src/file-loaded.js";
import type { CellsContext } from "../src/sources.js";

const corpus = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../testdata/corpus/${name}`, import.meta.url)));
const enc = (s: string) => new TextEncoder().encode(s);
const none: CellsContext = { format: "auto", agency: "" };
const sampleCsv = enc(writeCellsCsv(toCells(yanchiReport2020), { labels: yanchiReport2020.format }));

describe("loadFile", () => {
  it("a cells file with no year given: refused, asking for the year, borrowing nothing of the sample", async () => {
    const l = await loadFile("乡镇.csv", sampleCsv, none);
    expect(l.report).toBeUndefined();
    expect(l.issues.map((i) => i.code)).toEqual(["CELLS-NEEDS-YEAR"]);
    expect(l.description.zh).toBe("乡镇.csv：无法读取");
  });

  it("the same cells with a year and an agency beside the file: the report of that agency and year", async () => {
    const l = await loadFile("乡镇.csv", sampleCsv, {
      year: 2020,
      format: "auto",
      agency: "花马池镇人民政府",
    });
    expect([l.report?.agency.name, l.report?.year, l.report?.format]).toEqual([
      "花马池镇人民政府",
      2020,
      "2019",
    ]);
    expect(l.report?.tables).toEqual(yanchiReport2020.tables);
    expect(l.description.zh).toMatch(
      /^乡镇\.csv：单元格（utf-8）：共 \d+ 行，接受 \d+ 行，拒绝 0 行；花马池镇人民政府 2020 年/,
    );
    expect(l.issues).toEqual([]);
  });

  it("a corpus cells file keeps its own agency and year over the fields", async () => {
    const l = await loadFile("x.json", corpus("2022-pingtan-zone.cells.json"), {
      year: 2020,
      format: "auto",
      agency: "盐池县人民政府",
    });
    expect([l.report?.agency.name, l.report?.year]).toEqual(["平潭综合实验区", 2022]);
  });

  it("a published text: its tables found, for the checks", async () => {
    const l = await loadFile("洪泽.txt", corpus("2024-hongze-district.txt"), none);
    expect(l.report?.year).toBe(2024);
    expect(l.checkTables).toEqual(["table2", "table3", "table4"]);
    expect(l.description.zh).toContain("洪泽.txt：已发布的报告（text）");
  });

  it("records as JSON Lines: the line scanner named", async () => {
    const records = [
      '{"type":"application","id":"A","receivedDate":"2020-03-04","applicantType":"naturalPerson","result":"granted","completedDate":"2020-03-18"}',
      '{"type":"application","id":"B","receivedDate":"2020-02-30","applicantType":"naturalPerson"}',
    ].join("\n");
    const l = await loadFile("r.jsonl", enc(records), { year: 2020, format: "auto", agency: "盐池县财政局" });
    expect(l.description.zh).toMatch(
      /^r\.jsonl：原始记录（JSON Lines）：接受 1 条，拒收 1 条；.*；逐行扫描：(webassembly|javascript)$/,
    );
    expect(l.report?.tables.table3?.received?.total).toBe(1);
    expect(l.issues).toHaveLength(1);
  });

  it("never throws and always says what the file was, whatever its bytes (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom("a.csv", "b.json", "c.jsonl", "d.txt", "e.html", "f"),
        fc.option(fc.integer({ min: 2019, max: 2025 }), { nil: undefined }),
        async (bytes, name, year) => {
          const l = await loadFile(name, bytes, { ...(year ? { year } : {}), format: "auto", agency: "" });
          expect(l.description.zh.startsWith(`${name}：`)).toBe(true);
          if (!l.report) expect(l.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 40 },
    );
  });
});
