// The rendered HTML in a real browser (Debian Chromium through playwright-core):
// the merged cells of tables 二/三/四 must cover exactly the cells the official
// format merges, and every `headers` reference must resolve.
import { writeFileSync } from "node:fs";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { yanchiReport2020 } from "@disclosure/samples";
import { GBT9704_BLOCK, measurePdf } from "../scripts/docx-pdf-check.mjs";
import { renderReport } from "../src/render/report.js";
import { fullReport, yanchi2020 } from "./sample.js";
import { corpusReport } from "./corpus-report.js";
import { defined } from "./item-at.js";

const LAUNCH = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await chromium.launch(LAUNCH);
  page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
});

async function load(html: string): Promise<void> {
  await page.setContent(html, { waitUntil: "load" });
}

/** The bounding box of the first element matching a CSS selector inside a table. */
async function box(table: string, selector: string): Promise<Box> {
  const b = await page.locator(`table[data-table="${table}"] ${selector}`).first().boundingBox();
  if (!b) throw new Error(`no box for ${table} ${selector}`);
  return b;
}

async function boxOfText(table: string, text: string, nth = 0): Promise<Box> {
  const b = await page
    .locator(`table[data-table="${table}"]`)
    .locator(`th:text-is("${text}")`)
    .nth(nth)
    .boundingBox();
  if (!b) throw new Error(`no box for ${text}`);
  return b;
}

const right = (b: Box) => b.x + b.width;
const bottom = (b: Box) => b.y + b.height;
const near = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1.5);

describe("HTML in Chromium: table 三 (2021 format)", () => {
  beforeAll(async () => {
    await load(
      await renderReport(
        fullReport("2021", (_t, _r, _c, _u, i) => i % 7),
        { to: "html" },
      ),
    );
  });

  it("申请人情况 spans the seven applicant columns, 法人或其他组织 the five organisation columns", async () => {
    const applicant = await boxOfText("table3", "申请人情况");
    const person = await box("table3", 'th[data-col="naturalPerson"]');
    const total = await box("table3", 'th[data-col="total"]');
    near(applicant.x, person.x);
    near(right(applicant), right(total));
    const orgs = await boxOfText("table3", "法人或其他组织");
    near(orgs.x, (await box("table3", 'th[data-col="commercial"]')).x);
    near(right(orgs), right(await box("table3", 'th[data-col="otherOrganization"]')));
    // 自然人 and 总计 reach down through the two lower header rows.
    near(bottom(person), bottom(await box("table3", 'th[data-col="commercial"]')));
    near(person.y, orgs.y);
    // The value cells sit under their headers.
    const received = await box("table3", 'td[data-cell="table3|received|total"]');
    near(received.x, total.x);
    near(right(received), right(total));
  });

  it("三、本年度办理结果 spans the result rows; （三）不予公开 its eight sub-rows; the corner note the header", async () => {
    const results = await boxOfText("table3", "三、本年度办理结果");
    near(results.y, (await box("table3", 'th[data-row="granted"]')).y);
    near(bottom(results), bottom(await box("table3", 'th[data-row="resultTotal"]')));
    const withheld = await boxOfText("table3", "（三）不予公开");
    near(withheld.y, (await box("table3", 'th[data-row="withheld.stateSecret"]')).y);
    near(bottom(withheld), bottom(await box("table3", 'th[data-row="withheld.queryMatter"]')));
    const other = await boxOfText("table3", "（六）其他处理");
    near(bottom(other), bottom(await box("table3", 'th[data-row="otherHandling.other"]')));
    const corner = await box("table3", "td.corner");
    near(right(corner), (await box("table3", 'th[data-col="naturalPerson"]')).x);
    near(bottom(corner), bottom(await box("table3", 'th[data-col="commercial"]')));
    near(corner.x, results.x);
    // 一、本年新收… spans the three label columns.
    const received = await box("table3", 'th[data-row="received"]');
    near(received.x, results.x);
    near(right(received), right(corner));
  });

  it("table 四: 行政复议 over five columns, 行政诉讼 over ten, each group's 结果维持 above its value", async () => {
    const review = await boxOfText("table4", "行政复议");
    const litigation = await boxOfText("table4", "行政诉讼");
    const first = await box("table4", 'td[data-cell="table4|cases|review.upheld"]');
    const fifth = await box("table4", 'td[data-cell="table4|cases|review.total"]');
    const last = await box("table4", 'td[data-cell="table4|cases|litigationAfterReview.total"]');
    near(review.x, first.x);
    near(right(review), right(fifth));
    near(litigation.x, right(fifth));
    near(right(litigation), right(last));
    const direct = await boxOfText("table4", "未经复议直接起诉");
    near(direct.width * 2, litigation.width);
    // 行政复议's five column headers reach down through the two lower header rows.
    const upheld = await box("table4", 'th[data-col="review.upheld"]');
    near(bottom(upheld), bottom(await box("table4", 'th[data-col="litigationDirect.upheld"]')));
  });

  it("table 二: each block heading spans the table; 本年处理决定数量 spans the three value columns", async () => {
    const table = await box("table2", "th.block-heading");
    const rules = await box("table2", 'td[data-cell="table2|rules|inForce"]');
    near(right(table), right(rules));
    const decisions = await box("table2", 'td[data-cell="table2|licensing|decisions"]');
    near(decisions.x, (await box("table2", 'td[data-cell="table2|rules|issued"]')).x);
    near(right(decisions), right(rules));
  });

  it("every `headers` reference names a header cell of the same table", async () => {
    const broken = await page.evaluate(() => {
      const bad: string[] = [];
      for (const td of document.querySelectorAll("td[headers], th[headers]")) {
        for (const id of (td.getAttribute("headers") ?? "").split(/\s+/)) {
          const h = document.getElementById(id);
          if (h?.tagName !== "TH" || h.closest("table") !== td.closest("table")) bad.push(id);
        }
      }
      return bad;
    });
    expect(broken).toEqual([]);
    const counts = await page.evaluate(() =>
      [...document.querySelectorAll('td[data-cell^="table3|withheld.stateSecret|commercial"]')].map((td) =>
        td
          .getAttribute("headers")
          ?.split(" ")
          .map((id) => document.getElementById(id)?.textContent),
      ),
    );
    expect(counts).toEqual([
      ["申请人情况", "法人或其他组织", "商业企业", "三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"],
    ]);
  });
});

describe("HTML in Chromium: the sample county, printed", () => {
  it("draws the 2019 format's single （六）其他处理 row, prints on A4, and looks like the official table", async () => {
    const html = await renderReport(await yanchi2020(), { to: "html" });
    await load(html);
    const results = await boxOfText("table3", "三、本年度办理结果");
    near(bottom(results), bottom(await box("table3", 'th[data-row="resultTotal"]')));
    const other = await box("table3", 'th[data-row="otherHandling"]');
    near(other.x, (await box("table3", 'th[data-row="granted"]')).x);
    expect(await page.locator('td[data-cell="table3|received|total"]').textContent()).toBe("5");
    await page.screenshot({ path: "/tmp/render-yanchi-2020.png", fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    writeFileSync("/tmp/render-yanchi-2020.pdf", pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("draws 洪泽区 2024's collapsed （六）其他处理 in place of the sub-rows, in Traditional too", async () => {
    const r = corpusReport("2024-hongze-district");
    await load(await renderReport(r, { to: "html", script: "hant" }));
    const results = await boxOfText("table3", "三、本年度辦理結果");
    const granted = await box("table3", 'th[data-row="granted"]');
    near(results.y, granted.y);
    near(bottom(results), bottom(await box("table3", 'th[data-row="resultTotal"]')));
    const collapsed = await box("table3", 'th[data-row="otherHandling"]');
    near(collapsed.x, granted.x);
    near(collapsed.width, granted.width);
    expect(await page.locator('td[data-cell="table3|otherHandling|total"]').textContent()).toBe(
      String(r.tables.table3?.otherHandling?.total),
    );
    await page.screenshot({ path: "/tmp/render-hongze-2024-hant.png", fullPage: true });
  });
});

describe("HTML in Chromium: printed like the .docx (GB/T 9704)", () => {
  it("prints A4 pages with the text block of 156 × 225 mm, 22 lines a full page, tables inside it, page numbers right on odd pages and left on even ones", async () => {
    await load(await renderReport({ ...yanchiReport2020, publishedDate: "2021-01-29" }, { to: "html" }));
    const pdf = new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    writeFileSync("/tmp/render-yanchi-2020-print.pdf", pdf);
    const pages = await measurePdf(pdf);
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) {
      expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
      expect(p.bodyLines).toBeLessThanOrEqual(22);
      for (const e of [p.paths, p.tableTextExtent]) {
        if (!e) continue;
        expect(e.minX).toBeGreaterThan(GBT9704_BLOCK.left - 1);
        expect(e.maxX).toBeLessThan(GBT9704_BLOCK.right + 1);
      }
    }
    expect(pages.filter((p) => p.bodyLines === 22).length).toBeGreaterThan(1);
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: pdf.slice(), verbosity: 0 }).promise;
    for (const n of [1, 2]) {
      const { items } = await (await doc.getPage(n)).getTextContent();
      const texts = (
        items.filter((i) => "str" in i && i.str.trim()) as {
          str: string;
          transform: number[];
          width: number;
        }[]
      ).map((i) => ({
        str: i.str,
        x: i.transform[4] ?? Number.NaN,
        y: i.transform[5] ?? Number.NaN,
        width: i.width,
      }));
      const number = defined(
        texts.find((i) => i.y < GBT9704_BLOCK.bottom && i.str.includes(String(n))),
        `the page number of page ${n}`,
      );
      expect(number.str.replace(/\s/g, "")).toMatch(new RegExp(`^—?${n}—?$`));
      // odd pages: one character (14 pt) from the right edge of the text block; even: from the left
      if (n % 2 === 1) expect(number.x + number.width).toBeCloseTo(GBT9704_BLOCK.right - 14, -1);
      else expect(number.x).toBeCloseTo(GBT9704_BLOCK.left + 14, -1);
      const top = Math.max(...texts.map((i) => i.y));
      expect(top).toBeLessThan(GBT9704_BLOCK.top);
    }
    await doc.destroy();
  });
});
