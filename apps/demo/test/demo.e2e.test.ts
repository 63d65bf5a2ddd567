// The demo in a real browser: the sample county's table 三 drawn from the format data.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, preview } from "./browser.js";

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };

beforeAll(async () => {
  server = await preview(4174);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

describe("demo", () => {
  it("shows the sample county's report title", async () => {
    await expect(page.locator("h1").textContent()).resolves.toContain("盐池县2020年政府信息公开工作年度报告");
  });

  it("draws table 三 with the official merged header cells", async () => {
    const table = page.locator('table[data-table="table3"]').first();
    const applicant = table.locator("th", { hasText: "申请人情况" });
    const natural = table.locator("th", { hasText: "自然人" });
    const total = table.locator("th", { hasText: /^总计$/ }).first();
    const a = await applicant.boundingBox();
    const n = await natural.boundingBox();
    const t = await total.boundingBox();
    expect(a && n && t).toBeTruthy();
    // 申请人情况 spans from 自然人's left edge to 总计's right edge.
    expect(Math.abs(a!.x - n!.x)).toBeLessThan(2);
    expect(Math.abs(a!.x + a!.width - (t!.x + t!.width))).toBeLessThan(2);
    await page.screenshot({ path: "reports/demo-table3.png", fullPage: true });
  });

  it("shows the sample's 5 applications received in the 总计 column", async () => {
    await expect(page.locator('[data-cell="received/total"]').first().textContent()).resolves.toBe("5");
  });
});
