// parseReport reads a report the same whatever its encoding: GBK, GB18030 and UTF-16 (with or
// without BOM) copies of corpus reports give the cells of the UTF-8 original; an HTML page is
// read in the charset its <meta> declares; a NUL inside the text changes nothing it detects.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { type ParseResult, parseReport } from "../src/parse/index.js";
import { renderReport } from "../src/render/report.js";
import { corpusTexts } from "./corpus-texts.js";

const encode = (text: string, encoding: string, bom = false) =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM: bom }));

const COPIES = [
  ["gbk", false],
  ["gb18030", false],
  ["utf-16le", false],
  ["utf-16le", true],
  ["utf-16be", false],
  ["utf-16be", true],
] as const;

/** What a reading found: cells, unread cells and what was detected. */
const found = (r: ParseResult) => ({
  cells: r.cells,
  unread: r.unread,
  detected: r.detected,
  report: r.report,
});

const reports = corpusTexts().filter((r) =>
  ["2021-pingtan-zone", "2024-hongze-district", "2025-shuyang-county"].includes(r.slug),
);

const shuyang = reports.find((r) => r.slug === "2025-shuyang-county") as (typeof reports)[number];

describe("parseReport in every encoding a report is saved in", () => {
  for (const r of reports) {
    it(`${r.slug}: GBK, GB18030, UTF-16 LE and BE copies give the cells of the UTF-8 original`, async () => {
      const original = await parseReport(new TextEncoder().encode(r.text));
      expect(original.cells.length).toBeGreaterThan(50);
      for (const [encoding, bom] of COPIES) {
        const copy = await parseReport(encode(r.text, encoding, bom));
        expect(found(copy), `${encoding}${bom ? " BOM" : ""}`).toEqual(found(original));
      }
    });
  }

  it("reads an HTML page in the charset its <meta> declares (GBK)", async () => {
    const text = shuyang.text;
    const report = (await parseReport(text)).report;
    if (!report) throw new Error("the corpus report did not parse");
    const html = String(await renderReport(report, { to: "html" })).replace(
      /<head>/i,
      '<head><meta http-equiv="Content-Type" content="text/html; charset=gbk">',
    );
    expect(html).toContain("charset=gbk");
    const fromString = await parseReport(html);
    const fromGbk = await parseReport(encode(html, "gbk"));
    expect(fromGbk.detected?.kind).toBe("html");
    expect(found(fromGbk)).toEqual(found(fromString));
    expect(fromGbk.warnings.map((w) => w.code)).not.toContain("ENCODING-DECLARED");
  });

  it("a NUL inside the title does not change the agency, its level or any cell; it is reported where it is", async () => {
    const r = shuyang;
    const original = await parseReport(r.text);
    // The converter spells the county 沐阳; the title line is the first to name it.
    const line = r.text.split("\n").findIndex((l) => l.includes("沐阳县人民政府"));
    const damaged = r.text.replace("沐阳县人民政府", "沐阳县\u0000人民政府\u0000");
    for (const input of [damaged, new TextEncoder().encode(damaged)]) {
      const read = await parseReport(input);
      expect(read.report?.agency).toEqual(original.report?.agency);
      expect(read.report?.agency.level).toBe("county");
      expect(found(read)).toEqual(found(original));
      expect(read.warnings.find((w) => w.code === "TEXT-NUL")).toMatchObject({
        location: { line: line + 1, column: 6 },
      });
    }
  });
});
