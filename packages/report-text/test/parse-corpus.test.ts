// parseReport on the real reports of testdata/corpus: the text as recovered (page text,
// PDF text extraction, PDF→Markdown), the one real PDF, and the corpus cells rendered
// into every output form. Truth: the hand-transcribed .cells.json files.
import type { Cell, FormatId, Report } from "@disclosure/schema";
import { fromCells } from "@disclosure/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { type ParseResult, parseReport } from "../src/parse/index.js";
import { renderReport } from "../src/render/report.js";
import { type CorpusText, corpusTexts, readTestdataBytes } from "./corpus-texts.js";
import { defined } from "./item-at.js";
import { readTestdata } from "./testdata.js";

const key = (c: { table: string; row: string; col: string }) => `${c.table}/${c.row}/${c.col}`;

/** Truth cells compared with what was read: exact, unread (with a reason), or wrong. */
function compare(truth: readonly Cell[], res: ParseResult) {
  const got = new Map(res.cells.map((c) => [key(c), c.value]));
  const unread = new Set(res.unread.map(key));
  const exact: Cell[] = [];
  const missing: Cell[] = [];
  const wrong: string[] = [];
  for (const c of truth) {
    const k = key(c);
    if (got.has(k) && got.get(k) === c.value) exact.push(c);
    else if (!got.has(k) && unread.has(k)) missing.push(c);
    else wrong.push(`${k}: transcribed ${c.value}, read ${got.get(k)}`);
  }
  return { exact, missing, wrong };
}

const reports = corpusTexts();
const parsed = new Map<string, ParseResult>();

beforeAll(async () => {
  for (const r of reports) parsed.set(r.slug, await parseReport(r.text));
});

describe("corpus texts, as recovered", () => {
  for (const r of reports) {
    describe(r.slug, () => {
      it("reads every table 三 cell exactly", () => {
        const res = defined(parsed.get(r.slug), `the result of ${r.slug}`);
        const t3 = r.cells.filter((c) => c.table === "table3");
        const { exact, wrong } = compare(t3, res);
        expect(wrong).toEqual([]);
        expect(exact.length).toBe(t3.length);
      });

      it("never reads a cell wrongly: each transcribed cell is read exactly or listed as unread", () => {
        const { wrong } = compare(r.cells, defined(parsed.get(r.slug), `the result of ${r.slug}`));
        expect(wrong).toEqual([]);
      });

      it("detects the format and the year", () => {
        const res = defined(parsed.get(r.slug), `the result of ${r.slug}`);
        expect(res.ok).toBe(true);
        expect(res.report?.format).toBe(r.format);
        expect(res.report?.year).toBe(r.year);
      });

      it("locates every cell and every unread cell's reason is bilingual", () => {
        const res = defined(parsed.get(r.slug), `the result of ${r.slug}`);
        for (const c of res.cells) expect(c.source.kind).toBe("text");
        for (const u of res.unread) {
          expect(u.reason.zh).toMatch(/\p{Script=Han}/u);
          expect(u.reason.en).toMatch(/[a-z]/);
        }
      });
    });
  }
});

describe("what the corpus texts show", () => {
  const res = (slug: string) => defined(parsed.get(slug), `the result of ${slug}`);

  it("2019-pingtan-zone: cells run together are split by the row total (23 0 0 0 0 0 23)", () => {
    const r = res("2019-pingtan-zone");
    const received = r.cells.filter((c) => c.table === "table3" && c.row === "received").map((c) => c.value);
    expect(received).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(r.warnings.some((w) => w.code === "PARSE-SPLIT")).toBe(true);
    // The 2019 table 二 has multi-digit cells whose boundaries nothing decides: unread, with the reason.
    const licensing = r.unread.filter((u) => u.table === "table2" && u.row === "licensing");
    expect(licensing).toHaveLength(3);
    expect(licensing[0]?.reason.en).toContain("more than one way");
  });

  it("2021-pingtan-zone: rows the row total cannot decide are settled by the column totals, as transcribed", () => {
    const r = res("2021-pingtan-zone");
    const granted = r.cells.filter((c) => c.table === "table3" && c.row === "granted").map((c) => c.value);
    expect(granted).toEqual([27, 0, 0, 2, 0, 1, 30]);
    expect(r.warnings.some((w) => w.code === "PARSE-SPLIT" && w.message.en.includes("column totals"))).toBe(
      true,
    );
    // 24252.311082 has six decimals: two cells run together, not a fee to the 0.01 yuan.
    expect(r.unread.find((u) => u.row === "fees")?.reason.en).toContain("more than 4 decimals");
  });

  it("2022-pingtan-zone: the table 二 row 8855698 (88 / 55 / 698 only by the narrative) is unread, not guessed", () => {
    const r = res("2022-pingtan-zone");
    expect(r.cells.some((c) => c.table === "table2" && c.row === "normativeDocuments")).toBe(false);
    expect(r.unread.filter((u) => u.row === "normativeDocuments")).toHaveLength(3);
    expect(r.warnings.some((w) => w.code === "STRUCT-HEADING-WORDING")).toBe(true); // 行政法复议 typo
  });

  it("2019-shanghai-municipal-office: blank cells are null with a CELL-BLANK warning each, 251000元 is 25.1 万元", () => {
    const r = res("2019-shanghai-municipal-office");
    const blanks = r.cells.filter((c) => c.value === null);
    expect(blanks.length).toBeGreaterThan(100);
    expect(r.warnings.filter((w) => w.code === "CELL-BLANK")).toHaveLength(blanks.length);
    expect(r.cells.find((c) => c.row === "procurement" && c.col === "amountWan")).toMatchObject({
      value: 25.1,
      raw: "251000元",
    });
  });

  it("2023-shuyang-development-reform-bureau: 规范性文件 and 存在的主要问题及整改措施 are accepted", () => {
    const r = res("2023-shuyang-development-reform-bureau");
    expect(r.report?.tables.table2?.normativeDocuments).toEqual({ issued: 8, repealed: 0, inForce: 18 });
    expect(r.report?.sections.problems).toContain("存在的主要问题");
    expect(r.warnings.find((w) => w.code === "STRUCT-HEADING-WORDING")?.value).toContain("整改措施");
  });

  it("2024-hongze-district (pypdf text): （六）其他处理 as one row is kept as otherHandling", () => {
    const r = res("2024-hongze-district");
    expect(r.report?.tables.table3?.otherHandling).toEqual({
      naturalPerson: 0,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrganization: 0,
      total: 0,
    });
    expect(r.warnings.some((w) => w.code === "STRUCT-GROUP-COLLAPSED")).toBe(true);
    expect(r.unread.filter((u) => u.table === "table3")).toEqual([]);
  });

  it("2024-shanghai-science-commission: restarted numbering, scattered labels, a stray number", () => {
    const r = res("2024-shanghai-science-commission");
    expect(r.detected?.sections).toEqual([
      "overview",
      "proactive",
      "applications",
      "reviewLitigation",
      "otherMatters",
    ]);
    expect(r.warnings.some((w) => w.code === "STRUCT-SECTIONS" && w.message.en.includes("五"))).toBe(true);
    // Rows printed without their labels were placed by the order of rows, and say so.
    expect(r.warnings.filter((w) => w.code === "PARSE-POSITION").length).toBeGreaterThan(0);
    expect(r.warnings.some((w) => w.code === "PARSE-STRAY" && w.value === undefined)).toBe(true);
    expect(r.report?.tables.table3?.carriedOut?.total).toBeNull();
  });

  it("2025-shuyang-county (PDF→Markdown): placeholder headers and a spurious header row do not disturb the rows", () => {
    const r = res("2025-shuyang-county");
    expect(r.report?.tables.table4).toEqual({
      cases: expect.objectContaining({
        "review.total": 61,
        "litigationDirect.total": 3,
        "litigationAfterReview.total": 10,
      }),
    });
    expect(r.report?.agency).toEqual({ name: "沐阳县人民政府", level: "county" });
  });

  it("2024-longgang-district-department: a table cut off mid-row is reported, row by row, with where it ends", () => {
    const r = res("2024-longgang-district-department");
    const cut = r.unread.find((u) => u.row === "withheld.enforcementFile");
    expect(cut?.reason.en).toBe(
      "the row has 6 numbers for 7 columns; which column is missing cannot be told",
    );
    expect(cut?.location).toEqual({ kind: "text", line: 40, column: 14 }); // its first number
    const after = r.unread.filter((u) => u.row === "carriedOut");
    expect(after).toHaveLength(7);
    expect(after[0]?.reason.en).toMatch(/^the table ends before this row/);
    expect(r.unread.find((u) => u.table === "table4")?.reason.en).toBe("the table was not found");
  });

  it("2022-huaihua-county-hant: Traditional text is read in Simplified", () => {
    const r = res("2022-huaihua-county-hant");
    expect(r.detected?.script).toBe("hant");
    expect(r.warnings.some((w) => w.code === "PARSE-SCRIPT")).toBe(true);
    expect(r.report?.sections.overview).toContain("我县认真贯彻落实");
    expect(r.report?.year).toBe(2022);
  });

  it("reads agencies and titles", () => {
    expect(res("2024-hongze-district").report?.agency).toEqual({
      name: "淮安市洪泽区人民政府",
      level: "county",
    });
    expect(res("2019-shanghai-municipal-office").report?.title).toBe(
      "2019年上海市人民政府办公厅政府信息公开工作年度报告",
    );
    expect(res("2020-songjianghe-town").report?.agency).toEqual({
      name: "抚松县松江河镇人民政府",
      level: "township",
    });
    expect(res("2023-shuyang-development-reform-bureau").report?.agency.level).toBe("department");
  });
});

describe("the real PDF: 2024-hongze-district.pdf", () => {
  let res: ParseResult;
  const truth = defined(
    reports.find((r) => r.slug === "2024-hongze-district"),
    "2024-hongze-district",
  );
  beforeAll(async () => {
    res = await parseReport(readTestdataBytes("corpus/2024-hongze-district.pdf"));
  });

  it("reads every transcribed cell exactly from the PDF's text layer", () => {
    const { exact, wrong } = compare(truth.cells, res);
    expect(wrong).toEqual([]);
    expect(exact).toHaveLength(truth.cells.length);
    expect(res.unread).toEqual([]);
  });

  it("locates cells by page and position, over the page break inside table 三", () => {
    const at = (row: string, col: string) =>
      res.cells.find((c) => c.table === "table3" && c.row === row && c.col === col);
    expect(at("received", "total")?.source).toEqual({ kind: "pdf", page: 3, x: 492.4, y: 328.7 });
    expect(at("unavailable.needsCreation", "naturalPerson")?.source).toMatchObject({ kind: "pdf", page: 4 });
  });

  it("detects agency, year, format and the six sections", () => {
    expect(res.detected).toMatchObject({
      kind: "pdf",
      format: "2021",
      year: 2024,
      agency: "淮安市洪泽区人民政府",
    });
    expect(res.detected?.sections).toHaveLength(6);
    expect(res.report?.sections.otherMatters).toBe(
      "2024 年，区政府严格落实《政府信息公开信息处理费管理办法》，全年收取政府信息公开信息处理费 0 元。",
    );
  });

  it("reads the vertical label, the two-line headers and the labels set on two lines without positional guesses", () => {
    expect(res.warnings.map((w) => w.code)).toEqual(["STRUCT-GROUP-COLLAPSED"]);
  });
});

/** A corpus report's cells as a report to render. */
function reportOf(r: CorpusText): Report {
  const { tables, raw } = fromCells(r.cells, { format: r.format as FormatId });
  return {
    agency: { name: r.agency, level: "county" },
    year: r.year,
    format: r.format,
    sections: {},
    tables,
    ...(raw ? { raw } : {}),
  };
}

describe("corpus cells rendered into every form and read back", () => {
  const withCells = reports.filter((r) => r.cells.length > 0);
  for (const to of ["html", "markdown", "text", "docx"] as const) {
    for (const script of ["hans", "hant"] as const) {
      it(`${to}, ${script}`, async () => {
        for (const r of withCells) {
          const out = await renderReport(reportOf(r), { to, script });
          const res = await parseReport(out);
          const { exact, wrong } = compare(r.cells, res);
          expect(wrong, r.slug).toEqual([]);
          expect(exact.length, r.slug).toBe(r.cells.length);
        }
      });
    }
  }
});

describe("the seed report (盐池县 2020, 繁体 with Taiwan phrasing, tables missing)", () => {
  it("reads the narrative in Simplified with mainland terms, and says what is missing", async () => {
    const r = await parseReport(readTestdata("seed/yanchi-2020-annual-report.txt"));
    expect(r.ok).toBe(true);
    expect(r.detected).toMatchObject({
      script: "hant",
      year: 2020,
      format: "2019",
      formatBy: "year",
      agency: "盐池县",
    });
    expect(r.detected?.sections).toEqual(["overview", "problems"]);
    const overview = r.report?.sections.overview ?? "";
    expect(overview).toContain("在政府门户网站设立“规范性文件”专栏"); // 規範性檔案, 入口網站 repaired
    expect(overview).toContain("加强互联网政府信息公开平台建设"); // 網際網路
    expect(overview).toContain("服务“五公开”"); // 服2務: a page number inside a word
    const missing = r.warnings.filter((w) => w.code === "STRUCT-SECTIONS").map((w) => w.message.zh);
    expect(missing).toHaveLength(4);
    expect(r.unread).toHaveLength(22 + 161 + 15);
    expect(new Set(r.unread.map((u) => u.reason.en))).toEqual(new Set(["the table was not found"]));
  });
});
