// The first screen, the examples' own checks in every offered year, accessibility (axe-core),
// phones (390 px) and the parser's limits, in Chromium against the built demo.
import { createRequire } from "node:module";
import { strToU8 } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipBomb } from "../../../packages/schema/test/zip-bomb.js";
import { linePdf } from "../../../packages/report-text/test/line-pdf.js";
import { launch, preview } from "./browser.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const corpus = (name: string) => new URL(`../../../testdata/corpus/${name}`, import.meta.url).pathname;

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await preview(4176);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, acceptDownloads: true });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.locator("#report-body article").waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

/** The rule ids of serious and critical axe-core violations on the page as it is. */
async function seriousViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => "axe" in window))) await p.addScriptTag({ path: AXE });
  const found = await p.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above
    const r = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  const serious = found.filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical");
  if (serious.length) console.log(JSON.stringify(serious));
  return found
    .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
    .map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.join(", ")}`);
}

/** The page's width at 390 px, the viewport set back afterwards. */
async function widthOnPhone(p: Page): Promise<number> {
  await p.setViewportSize({ width: 390, height: 844 });
  await p.waitForTimeout(300);
  const w = await p.evaluate(() => document.documentElement.scrollWidth);
  if (w > 390)
    console.log(
      await p.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > 392 && e.getClientRects().length)
          .filter((e) => !e.closest(".scroll, .table-scroll, .report-body"))
          .slice(0, 8)
          .map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      ),
    );
  await p.setViewportSize({ width: 1280, height: 1200 });
  return w;
}

async function errorFindings(p: Page): Promise<string[]> {
  return p.locator('#findings-list [data-severity="error"] li').allTextContents();
}

describe("the first screen", () => {
  it("says what this is and the three steps, with the forms to download", async () => {
    const steps = await page.locator("#start .steps > li h3").allTextContents();
    expect(steps.map((s) => s.replace(/[A-Za-z' ]+$/, "").trim())).toEqual([
      "下载模板",
      "收集各单位填报",
      "检查并生成报告",
    ]);
    const labels = await page.locator("#template-buttons button").allTextContents();
    expect(labels.join(" ")).toMatch(/Word.*Excel.*CSV/);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('#template-buttons button[data-template="csv"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("2021年格式-填报模板.csv");
    expect(await page.locator('h1:not([aria-level]), [role="heading"][aria-level="1"]').count()).toBe(1);
  });

  it("has no serious or critical axe violation and fits 390 px", async () => {
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
  });
});

describe("an uploaded file is read with what it says itself", () => {
  it("the blank 2021 CSV form, no year given: the page asks for the year, borrowing nothing", async () => {
    const csv = await page.evaluate(() => "");
    expect(csv).toBe("");
    const form = await (await import("@disclosure/report-text")).renderTemplate("2021", { to: "csv" });
    await page.locator("#file-input").setInputFiles({
      name: "blank-2021.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(form),
    });
    await page.locator('#issues [data-code="CELLS-NEEDS-YEAR"]').waitFor();
    await expect(page.locator("#subtitle").textContent()).resolves.not.toContain("盐池县");
  });

  it("given the year 2020, the 2021 form's rows are all read in the 2021 format", async () => {
    await page.locator("#cells-year").fill("2020");
    const form = await (await import("@disclosure/report-text")).renderTemplate("2021", { to: "csv" });
    await page.locator("#file-input").setInputFiles({
      name: "blank-2021.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(form),
    });
    await page.waitForFunction(() => document.querySelector("#subtitle")?.textContent?.includes("拒绝"));
    const subtitle = (await page.locator("#subtitle").textContent()) ?? "";
    expect(subtitle).toMatch(/拒绝 0 行/);
    expect(subtitle).toMatch(/2021 年格式/);
    expect(subtitle).not.toContain("盐池县");
    await page.locator("#cells-year").fill("");
  });

  it("a year beyond the field's range is refused with a message", async () => {
    await page.locator('input[name="source"][value="synthetic"]').check();
    await page.locator("#syn-year").fill("2030");
    await page.locator("#syn-year").dispatchEvent("change");
    await expect(page.locator("#syn-year-error").textContent()).resolves.toContain("2019–2025");
    await expect(page.locator("#syn-year").getAttribute("aria-invalid")).resolves.toBe("true");
  });
});

describe("the examples pass their own checks", () => {
  it("the sample county (2020): no error finding, accessible, 390 px", async () => {
    await page.locator('input[name="source"][value="sample"]').check();
    await page.waitForFunction(() => document.body.dataset.source === "sample");
    await page.locator("#report-body article").waitFor();
    expect(await errorFindings(page)).toEqual([]);
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
  });

  it("the charts say what they show, without NaN", async () => {
    await page.locator("#chart-results canvas").waitFor();
    const label = (await page.locator("#chart-results").getAttribute("aria-label")) ?? "";
    expect(label).toContain("本年度办理结果");
    expect(label).toMatch(/\d/);
    expect(label).not.toContain("NaN");
  });

  const years = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
  it.each(years)("the synthetic county in %i: no error finding", async (year) => {
    const offered = await page
      .locator("#syn-year")
      .evaluate((e: HTMLInputElement) => [Number(e.min), Number(e.max)]);
    expect(offered).toEqual([2019, 2025]);
    await page.locator('input[name="source"][value="synthetic"]').check();
    await page.locator("#syn-year").fill(String(year));
    await page.locator("#syn-year").dispatchEvent("change");
    await page.waitForFunction(
      (y) =>
        document.querySelector("#title")?.textContent?.includes(String(y)) &&
        document.body.dataset.source === "synthetic",
      year,
    );
    await page.waitForFunction(() => !document.querySelector("#status")?.hasAttribute("data-busy"));
    expect(await errorFindings(page)).toEqual([]);
  });

  it("the synthetic county with a finding opened: accessible, 390 px", async () => {
    const show = page.locator("#findings-list button").first();
    if (await show.count()) await show.click();
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
  });

  it("a report with findings, one opened: accessible, 390 px", async () => {
    await page.locator("#file-input").setInputFiles(corpus("2024-shanghai-science-commission.cells.json"));
    await page.locator("#findings-list button").first().waitFor();
    await page.locator("#findings-list button").first().click();
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
  });
});

describe("the 审查 tab", () => {
  it("with results and a report opened: accessible, 390 px", async () => {
    await page.locator("#tab-audit").click();
    await page
      .locator("#audit-files")
      .setInputFiles([
        corpus("2024-shanghai-science-commission.cells.json").replace(/\.cells\.json$/, ".txt"),
      ]);
    // The worker loads the reader on first use: slow on a busy machine.
    await page.locator("#audit-table tbody tr").first().waitFor({ timeout: 90_000 });
    await page.waitForFunction(
      () => document.querySelector("#audit-view")?.getAttribute("data-state") === "done",
      undefined,
      { timeout: 90_000 },
    );
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
    await page.locator("#audit-table tbody tr button, #audit-table tbody tr a").first().click();
    await page.locator("#audit-detail").waitFor();
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
  });
});

describe("limits in the browser", () => {
  beforeAll(async () => {
    await page.locator("#tab-report").click();
  });
  const responsive = async () => {
    const t = Date.now();
    await page.evaluate(() => 1);
    return Date.now() - t;
  };

  it("a zip bomb .docx is refused with a message, the tab responsive", async () => {
    const bomb = zipBomb("word/document.xml", 300, { "[Content_Types].xml": strToU8("<Types/>") });
    await page
      .locator("#file-input")
      .setInputFiles({ name: "bomb.docx", mimeType: "application/octet-stream", buffer: Buffer.from(bomb) });
    await page.locator('#issues [data-code="ZIP-ENTRY-TOO-LARGE"]').waitFor({ timeout: 60_000 });
    await expect(page.locator("#issues").textContent()).resolves.toContain("文件解压后超过限制");
    expect(await responsive()).toBeLessThan(1000);
  });

  it("a PDF of 2,500 pages is refused with a message, the tab responsive", async () => {
    await page
      .locator("#file-input")
      .setInputFiles({ name: "long.pdf", mimeType: "application/pdf", buffer: Buffer.from(linePdf(2500)) });
    await page.locator("#issues").getByText("PDF 页数超过限制").waitFor({ timeout: 60_000 });
    expect(await responsive()).toBeLessThan(1000);
    expect(pageErrors).toEqual([]);
  });
});
