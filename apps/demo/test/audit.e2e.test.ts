// The 审查 view in a real browser (Debian Chromium through playwright-core, against `vite
// preview` of the built app): 26 published reports given at once and audited in a Web Worker
// while the page keeps answering, the sortable table, the pairs of years, a report's findings
// beside its highlighted cells, the workbook and CSV, files dropped and a folder chosen.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, preview } from "./browser.js";

const reports = new URL("../reports/", import.meta.url);
mkdirSync(reports, { recursive: true });
const shot = (name: string) => new URL(name, reports).pathname;
const corpusDir = new URL("../../../testdata/corpus/", import.meta.url).pathname;

/** A corpus text as published: without the corpus's header block (source, agency, year …). */
function published(slug: string): string {
  const text = readFileSync(`${corpusDir}${slug}.txt`, "utf8");
  return text.replace(/^(?:(?:source|agency|year|format|script|complete|rendering):.*\n)+/, "");
}

const slugs = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.replace(/\.txt$/, ""));
const NOT_A_REPORT = "=1+1 会议通知.html";

/** Every corpus text twice (as .txt, and a copy as .md), the real PDF, a page that is no report, a photo. */
const files = [
  ...slugs.map((s) => ({ name: `${s}.txt`, mimeType: "text/plain", buffer: Buffer.from(published(s)) })),
  ...slugs.map((s) => ({
    name: `${s}（副本）.md`,
    mimeType: "text/markdown",
    buffer: Buffer.from(published(s)),
  })),
  {
    name: "2024-hongze-district.pdf",
    mimeType: "application/pdf",
    buffer: readFileSync(`${corpusDir}2024-hongze-district.pdf`),
  },
  { name: NOT_A_REPORT, mimeType: "text/html", buffer: Buffer.from("<p>明天上午九点开会。</p>") },
  { name: "照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) },
];
const AUDITED = files.length - 1;

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await preview(4175);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, acceptDownloads: true });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}#audit`);
  await page.locator("#audit-view[data-state]").waitFor();
  // The report view behind (the sample, its charts, the catalog coverage) has settled.
  await page.locator("#coverage-facts").waitFor({ state: "attached", timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const row = (file: string) => page.locator(`#audit-table tbody tr[data-file="${file}"]`);
/** The table's cells of one column (0 is the file, then 机关, 年度, 格式, 错误, 警告, 未能读出). */
const column = (i: number) =>
  page
    .locator("#audit-table tbody tr")
    .evaluateAll((trs, k) => trs.map((tr) => tr.children[k]?.textContent), i);
const numbers = (texts: (string | null | undefined)[]) =>
  texts.map((t) => (t === "—" ? undefined : Number(t)));

describe("the 审查 view", () => {
  it("is a tab of its own, opened by #audit", async () => {
    await expect(page.locator("#tab-audit").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("#view-report").isHidden()).resolves.toBe(true);
    await expect(page.locator("#audit-h").isVisible()).resolves.toBe(true);
  });

  it("audits 26 files given at once in a worker, the page answering while the results stream in", async () => {
    expect(AUDITED).toBeGreaterThanOrEqual(20);
    await page.locator("#audit-files").setInputFiles(files);
    const progress = page.locator("#audit-progress");
    const samples: { ms: number; value: number }[] = [];
    const started = Date.now();
    for (;;) {
      const t = performance.now();
      const { value, state } = await page.evaluate(() => ({
        value: (document.querySelector("#audit-progress") as HTMLProgressElement).value,
        state: (document.querySelector("#audit-view") as HTMLElement).dataset.state,
      }));
      if (state === "done") break;
      samples.push({ ms: performance.now() - t, value });
      expect(Date.now() - started, "the audit takes too long").toBeLessThan(120_000);
      await new Promise((r) => setTimeout(r, 25));
    }
    await expect(progress.getAttribute("max")).resolves.toBe(String(AUDITED));
    await expect(progress.evaluate((p: HTMLProgressElement) => p.value)).resolves.toBe(AUDITED);
    await expect(page.locator("#audit-table tbody tr").count()).resolves.toBe(AUDITED);
    // The reading and checking ran in the audit worker, not on the page's thread …
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      expect.stringMatching(/^\/assets\/audit\.worker-[\w-]+\.js$/),
    ]);
    // … results came one by one, and the page answered every round trip meanwhile (the
    // bound is loose: the machine running the tests may be busy with other work).
    const during = samples.filter((s) => s.value > 0 && s.value < AUDITED);
    expect(new Set(during.map((s) => s.value)).size).toBeGreaterThan(3);
    expect(during.length).toBeGreaterThan(10);
    expect(Math.max(...samples.map((s) => s.ms))).toBeLessThan(1000);
    await expect(page.locator("#audit-count .zh").textContent()).resolves.toMatch(
      new RegExp(`^审查完成：共 ${AUDITED} 个文件`),
    );
    await page.screenshot({ path: shot("audit.png"), fullPage: true });
  });

  it("shows errors for 上海市科委 2024 and none for the 洪泽区 PDF; the page that is no report is a row with the reason", async () => {
    const kewei = row("2024-shanghai-science-commission.txt");
    await expect(kewei.locator("td").nth(0).textContent()).resolves.toContain("上海市");
    await expect(kewei.locator("td").nth(1).textContent()).resolves.toBe("2024");
    expect(Number(await kewei.locator("td").nth(3).textContent())).toBeGreaterThan(0);
    const hongze = row("2024-hongze-district.pdf");
    await expect(hongze.locator("td").nth(0).textContent()).resolves.toBe("淮安市洪泽区人民政府");
    await expect(hongze.locator("td").nth(2).textContent()).resolves.toBe("2021");
    await expect(hongze.locator("td").nth(3).textContent()).resolves.toBe("0");
    const other = row(NOT_A_REPORT);
    await expect(other.getAttribute("data-read")).resolves.toBe("false");
    await expect(other.locator("td").nth(3).textContent()).resolves.toBe("—");
    expect((await other.locator(".reason .zh").textContent())?.length).toBeGreaterThan(2);
    // The photo is not audited, and said so.
    const left = page.locator("#audit-skipped li", { hasText: "照片.jpg" });
    await expect(left.locator(".zh").textContent()).resolves.toContain("不是年度报告的文件类型");
  });

  it("pairs 平潭 2021 → 2022 (once, though each year came twice), and never 2019 with 2021", async () => {
    const pair = page.locator('#audit-pairs tr[data-years="2021-2022"]');
    await expect(pair.count()).resolves.toBe(1);
    await expect(pair.getAttribute("data-agency")).resolves.toContain("平潭");
    await expect(pair.locator("td").nth(1).textContent()).resolves.toBe(
      "2021-pingtan-zone.txt → 2022-pingtan-zone.txt",
    );
    await expect(page.locator('#audit-pairs tr[data-years="2019-2020"]').count()).resolves.toBe(0);
    await expect(page.locator('#audit-pairs tr[data-years="2020-2021"]').count()).resolves.toBe(0);
  });

  it("sorts by errors when the header is clicked: most first, then fewest first, unread files last", async () => {
    const header = page.locator('#audit-table th[data-column="errors"]');
    await expect(header.getAttribute("aria-sort")).resolves.toBe("none");
    await header.locator("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("descending");
    const down = numbers(await column(4));
    const counted = down.filter((n) => n !== undefined);
    expect(counted).toEqual([...counted].sort((a, b) => b - a));
    expect(counted[0]).toBeGreaterThan(0);
    expect(down.at(-1)).toBeUndefined();
    await header.locator("button").click();
    await expect(header.getAttribute("aria-sort")).resolves.toBe("ascending");
    const up = numbers(await column(4));
    expect(up.filter((n) => n !== undefined)).toEqual([...counted].reverse());
    expect(up.at(-1)).toBeUndefined();
    await expect(page.locator('#audit-table th[data-column="file"]').getAttribute("aria-sort")).resolves.toBe(
      "none",
    );
  });

  it("opens a report: its findings with the line each was printed on, beside its tables with the cells highlighted", async () => {
    await row("2024-shanghai-science-commission.txt").locator("button.open-report").click();
    const detail = page.locator("#audit-detail");
    await detail.waitFor();
    await expect(page.locator("#audit-detail-h").textContent()).resolves.toBe(
      "2024-shanghai-science-commission.txt",
    );
    await expect(row("2024-shanghai-science-commission.txt").getAttribute("aria-current")).resolves.toBe(
      "true",
    );
    const balance = page.locator('#audit-findings li.finding[data-rule="T3-BALANCE"]');
    await expect(balance.locator(".loc").textContent()).resolves.toMatch(/^第\d+行$/);
    // Every cell a finding involves is marked; the first finding's cells are highlighted.
    const blank = page.locator('#audit-tables [data-cell="table3|carriedOut|total"]');
    await expect(blank.getAttribute("data-finding")).resolves.toBe("error");
    await expect(page.locator("#audit-tables td.hit").count()).resolves.toBeGreaterThan(0);
    await balance.locator("button.show-cells").click();
    const hits = await page
      .locator("#audit-tables td.hit")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    expect(hits).toContain("table3|carriedOut|total");
    expect(hits).toContain("table3|received|total");
    // Findings beside the tables, not above them.
    const [f, t] = await Promise.all([
      page.locator("#audit-findings").boundingBox(),
      page.locator("#audit-tables").boundingBox(),
    ]);
    expect(t!.x).toBeGreaterThan(f!.x + f!.width - 1);
    await detail.screenshot({ path: shot("audit-detail.png") });
  });

  it("opens the 洪泽区 PDF with the page of each finding, and the page that is no report with its reason", async () => {
    await row("2024-hongze-district.pdf").locator("button.open-report").click();
    await expect.poll(() => page.locator("#audit-detail-h").textContent()).toBe("2024-hongze-district.pdf");
    await expect(
      page.locator('#audit-tables [data-cell="table3|received|total"]').textContent(),
    ).resolves.toBe("95");
    const txt = page.locator('#audit-findings li.finding[data-rule="TXT-NUMBERS"] .loc');
    await expect(txt.first().textContent()).resolves.toMatch(/^第\d+页$/);
    await row(NOT_A_REPORT).locator("button.open-report").click();
    await expect.poll(() => page.locator("#audit-detail-h").textContent()).toBe(NOT_A_REPORT);
    await expect(page.locator("#audit-findings .not-read").count()).resolves.toBe(1);
    await expect(page.locator("#audit-tables table").count()).resolves.toBe(0);
  });

  it("downloads the workbook: 概览, 问题, 跨年, 规则, which exceljs opens; a formula-like name is text", async () => {
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-audit-download="xlsx"]').click(),
    ]);
    expect(dl.suggestedFilename()).toBe("审查结果.xlsx");
    const path = shot("审查结果.xlsx");
    await dl.saveAs(path);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["概览", "问题", "跨年", "规则"]);
    const overview = wb.getWorksheet("概览")!;
    expect(overview.rowCount).toBe(AUDITED + 1);
    expect(overview.getRow(1).getCell(1).value).toBe("文件");
    const names = overview.getColumn(1).values.slice(2);
    expect(names).toContain("2024-hongze-district.pdf");
    const formulaLike = overview.getColumn(1).values.indexOf(NOT_A_REPORT);
    expect(formulaLike).toBeGreaterThan(1);
    const cell = overview.getRow(formulaLike).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    const crossYear = wb.getWorksheet("跨年")!;
    const pingtan = crossYear.getRow(2).values as unknown[];
    expect(pingtan.slice(1, 5)).toEqual(["平潭综合实验区", "2021", "2021-pingtan-zone.txt", "2022"]);
    const problems = wb.getWorksheet("问题")!.getColumn(2).values;
    expect(problems).toContain("T3-BALANCE");
  });

  it("downloads 概览 as CSV: UTF-8 with a BOM, the formula-like name guarded with '", async () => {
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-audit-download="概览"]').click(),
    ]);
    expect(dl.suggestedFilename()).toBe("审查结果.概览.csv");
    const path = shot("审查结果.概览.csv");
    await dl.saveAs(path);
    const lines = readFileSync(path, "utf8").split("\r\n");
    expect(lines[0]).toMatch(/^\uFEFF文件,机关,层级,年度,格式,/);
    expect(lines.filter(Boolean)).toHaveLength(AUDITED + 1);
    // Quoted as papaparse quotes a guarded cell; never bare, where a spreadsheet would run it.
    expect(lines.filter((l) => l.startsWith(`"'${NOT_A_REPORT}",`))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(`${NOT_A_REPORT}`) && !l.includes(`'${NOT_A_REPORT}`))).toEqual([]);
  });

  it("adds files dropped on the page to the audit, and pairs them with those already there", async () => {
    const before = await page.locator("#audit-table tbody tr").count();
    const text = published("2020-songjianghe-town").replaceAll("2020", "2021").replaceAll("2019", "2020");
    const dropped = await page.evaluateHandle((t) => {
      const data = new DataTransfer();
      data.items.add(new File([t], "松江河镇2021.txt", { type: "text/plain" }));
      data.items.add(new File(["不是报告"], "说明.docx"));
      return data;
    }, text);
    await page.locator("#audit-drop").dispatchEvent("drop", { dataTransfer: dropped });
    await expect.poll(() => page.locator("#audit-table tbody tr").count()).toBe(before + 2);
    await page.locator("#audit-view[data-state=done]").waitFor();
    await expect(row("松江河镇2021.txt").locator("td").nth(1).textContent()).resolves.toBe("2021");
    const pair = page.locator('#audit-pairs tr[data-years="2020-2021"]');
    await expect(pair.locator("td").nth(1).textContent()).resolves.toBe(
      "2020-songjianghe-town.txt → 松江河镇2021.txt",
    );
  });

  it("reads a folder chosen with the folder input, files named by their path in it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-folder-"));
    mkdirSync(join(dir, "沭阳", "2025"), { recursive: true });
    writeFileSync(join(dir, "沭阳", "2025", "县政府.txt"), published("2025-shuyang-county"));
    writeFileSync(join(dir, "沭阳", "目录.xlsx"), "PK");
    const before = await page.locator("#audit-table tbody tr").count();
    await page.locator("#audit-folder").setInputFiles(dir);
    await expect.poll(() => page.locator("#audit-table tbody tr").count()).toBe(before + 1);
    await page.locator("#audit-view[data-state=done]").waitFor();
    const name = (await column(0)).find((n) => n?.endsWith("县政府.txt"));
    expect(name).toMatch(/^audit-folder-[^/]+\/沭阳\/2025\/县政府\.txt$/);
    await expect(page.locator("#audit-skipped li", { hasText: "目录.xlsx" }).count()).resolves.toBe(1);
  });

  it("clears the audit", async () => {
    await page.locator("#audit-clear").click();
    await expect(page.locator("#audit-table tbody tr").count()).resolves.toBe(0);
    await expect(page.locator("#audit-view").getAttribute("data-state")).resolves.toBe("empty");
    await expect(page.locator("#audit-detail").isHidden()).resolves.toBe(true);
    await expect(page.locator('button[data-audit-download="xlsx"]').isDisabled()).resolves.toBe(true);
  });

  it("goes back to the report view with the sample still there", async () => {
    await page.locator("#tab-report").click();
    await expect(page.locator("#view-audit").isHidden()).resolves.toBe(true);
    await expect(page.locator("#title").textContent()).resolves.toBe("盐池县2020年政府信息公开工作年度报告");
    await expect(
      page.locator('#tables-body [data-cell="table3|received|total"] input').inputValue(),
    ).resolves.toBe("5");
    expect(new URL(page.url()).hash).toBe("");
  });

  it("makes every file a row saying so when the worker cannot start", async () => {
    const broken = await browser.newPage();
    const errors: string[] = [];
    broken.on("pageerror", (e) => errors.push(e.message));
    await broken.route(/\/assets\/audit\.worker-[\w-]+\.js$/, (r) => r.fulfill({ status: 404, body: "" }));
    try {
      await broken.goto(`${server.url}#audit`);
      await broken.locator("#audit-view[data-state=empty]").waitFor({ timeout: 90_000 });
      await broken.locator("#audit-files").setInputFiles(files.slice(0, 3));
      await broken.locator("#audit-view[data-state=done]").waitFor({ timeout: 90_000 });
      const rows = broken.locator("#audit-table tbody tr");
      await expect(rows.count()).resolves.toBe(3);
      for (const reason of await rows.locator(".reason .zh").allTextContents())
        expect(reason).toMatch(/^审查中断/);
      await expect(broken.locator('#audit-table tbody tr[data-read="false"]').count()).resolves.toBe(3);
      expect(errors).toEqual([]);
    } finally {
      await broken.close();
    }
  });

  it("threw nothing in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
