// The single-report view as an editor, in Chromium against the built demo: a figure typed
// into table 三 that breaks its sums is found and marked at once, and fixing it clears the
// finding; a bad entry is refused at the cell; section 一 edited; the work survives a reload;
// undo, redo (button and keys) and 恢复原始数据; the .docx of the edited report downloaded
// after the error dialog and read back; the synthetic county's missing wording is a finding.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseReport } from "@disclosure/report-text";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, preview } from "./browser.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const reports = new URL("../reports/", import.meta.url);

let browser: Browser;
let context: BrowserContext;
let page: Page;
let server: { url: string; stop: () => void };
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await preview(4178);
  browser = await launch();
  // A context of its own: an empty IndexedDB, kept across the reloads of this file.
  context = await browser.newContext({ viewport: { width: 1280, height: 1200 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.locator("#report-body article").waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const NATURAL = "table3|received|naturalPerson";
const cell = (key: string) => page.locator(`#tables-body td[data-cell="${key}"]`);
const input = (key: string) => cell(key).locator("input");
const rulesFound = () =>
  page.locator("#findings-list li.finding").evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")));

/** The rule ids of serious and critical axe-core violations on the page as it is. */
async function seriousViolations(p: Page): Promise<string[]> {
  if (!(await p.evaluate(() => "axe" in window))) await p.addScriptTag({ path: AXE });
  const found: { id: string; impact: string; targets: string[] }[] = await p.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above
    const r = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return found
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.targets.join(", ")}`);
}

describe("the editor", () => {
  it("puts an input named by its official labels in every figure cell of tables 二, 三 and 四", async () => {
    const counts = await page
      .locator("#tables-body table.official")
      .evaluateAll((ts) =>
        ts.map((t) => [
          t.querySelectorAll("td[data-cell]").length,
          t.querySelectorAll("td[data-cell] input").length,
        ]),
      );
    expect(counts).toHaveLength(3);
    for (const [cells, inputs] of counts) expect(inputs).toBe(cells);
    await expect(input("table3|received|total").inputValue()).resolves.toBe("5");
    await expect(input(NATURAL).getAttribute("aria-label")).resolves.toBe(
      "申请人情况 自然人 一、本年新收政府信息公开申请数量",
    );
    await expect(rulesFound()).resolves.toEqual([]);
  });

  it("finds a figure that breaks table 三's sums at once, marks its cell, and clears when fixed", async () => {
    await input(NATURAL).fill("12");
    await expect.poll(rulesFound).toContain("T3-ROW-TOTAL");
    await expect(cell(NATURAL).getAttribute("data-finding")).resolves.toBe("error");
    const t3 = (await rulesFound()).filter((r) => r?.startsWith("T3-"));
    expect(t3.length).toBeGreaterThan(0);
    await input(NATURAL).fill("5");
    await expect.poll(async () => (await rulesFound()).filter((r) => r?.startsWith("T3-"))).toEqual([]);
    await expect(cell(NATURAL).getAttribute("data-finding")).resolves.toBeNull();
  });

  it("moves through the figures as a spreadsheet does: Enter and ↓ down a column, → at the end of the text", async () => {
    await input(NATURAL).focus();
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.key)).resolves.toBe(
      "table3|carriedIn|naturalPerson",
    );
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowRight");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.key)).resolves.toBe(
      "table3|received|commercial",
    );
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).dataset.key)).resolves.toBe(
      "table3|carriedIn|commercial",
    );
  });

  it("refuses a bad entry at the cell with a bilingual message, and never stores it", async () => {
    await input(NATURAL).fill("1.5");
    const error = cell(NATURAL).locator(".cell-error");
    await expect(error.locator(".zh").textContent()).resolves.toBe("须为 0 或正整数，“1.5”不可用");
    await expect(error.locator(".en").textContent()).resolves.toBe(
      "must be a whole number ≥ 0; “1.5” cannot be used",
    );
    await expect(input(NATURAL).getAttribute("aria-invalid")).resolves.toBe("");
    await expect(rulesFound()).resolves.toEqual([]);
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await input(NATURAL).fill("-3");
    await expect(error.locator(".zh").textContent()).resolves.toBe("须为 0 或正整数，“-3”不可用");
    await input(NATURAL).fill("5");
    await expect(cell(NATURAL).locator(".cell-error").count()).resolves.toBe(0);
    await expect(cell(NATURAL).getAttribute("data-invalid")).resolves.toBeNull();
  });

  it("edits section 一, and an emptied section 五 is a finding beside its text area", async () => {
    await page
      .locator("#edit-overview")
      .fill("2020年，盐池县扎实推进政务公开。（一）主动公开。（二）依申请公开。");
    await page.locator("#edit-problems").fill("");
    await expect.poll(rulesFound).toEqual(["TXT-PROBLEMS-NONEMPTY"]);
    await expect(page.locator('[data-section-box="problems"]').getAttribute("data-finding")).resolves.toBe(
      "",
    );
    // The text area is described by what was found about it.
    await expect(page.locator("#edit-problems-note .zh").textContent()).resolves.toContain("为空");
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.locator("#edit-problems").fill("一是公开内容还不够及时。");
    await expect.poll(rulesFound).toEqual([]);
    await expect(
      page.locator('[data-section-box="problems"]').getAttribute("data-finding"),
    ).resolves.toBeNull();
    await expect
      .poll(() => page.locator("#report-body").textContent(), { timeout: 10_000 })
      .toContain("盐池县扎实推进政务公开");
  });

  it("keeps the edits across a reload, and undoes and redoes them (buttons and keys)", async () => {
    await input(NATURAL).fill("9");
    await expect.poll(rulesFound).toContain("T3-ROW-TOTAL");
    await expect(cell(NATURAL).getAttribute("data-finding")).resolves.toBe("error");
    await expect(seriousViolations(page)).resolves.toEqual([]);
    await page.locator("#edit-saved .zh").filter({ hasText: "已保存在本浏览器" }).waitFor();
    await page.reload();
    await page.locator("#report-body article").waitFor();
    await expect(input(NATURAL).inputValue()).resolves.toBe("9");
    await expect(page.locator("#edit-overview").inputValue()).resolves.toContain("盐池县扎实推进政务公开");
    await expect(page.locator("#edit-problems").inputValue()).resolves.toBe("一是公开内容还不够及时。");
    await expect(rulesFound()).resolves.toContain("T3-ROW-TOTAL");

    await page.locator("#edit-undo").click();
    await expect(input(NATURAL).inputValue()).resolves.toBe("5");
    await expect.poll(rulesFound).not.toContain("T3-ROW-TOTAL");
    await page.locator("#edit-redo").click();
    await expect(input(NATURAL).inputValue()).resolves.toBe("9");
    // The keys, outside text fields.
    await page.locator("#findings-h").click();
    await page.keyboard.press("Control+z");
    await expect(input(NATURAL).inputValue()).resolves.toBe("5");
    await page.keyboard.press("Control+Shift+z");
    await expect(input(NATURAL).inputValue()).resolves.toBe("9");
    await expect.poll(rulesFound).toContain("T3-ROW-TOTAL");
  });

  it("asks before downloading a report with errors, then writes the edited figure into the .docx", async () => {
    await page.locator('button[data-download="docx"]').click();
    const dialog = page.locator("dialog#publish-dialog");
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(true);
    await expect(dialog.locator("#publish-dialog-text .zh").textContent()).resolves.toMatch(
      /检查发现 \d+ 个错误/,
    );
    await expect(seriousViolations(page)).resolves.toEqual([]);
    // 返回修改: nothing is downloaded.
    await dialog.locator('button[value="cancel"]').click();
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);

    await page.locator('button[data-download="docx"]').click();
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      dialog.locator('button[value="publish"]').click(),
    ]);
    const path = new URL("editor-edited.docx", reports).pathname;
    await docx.saveAs(path);
    const read = await parseReport(new Uint8Array(readFileSync(path)));
    expect(read.report?.tables.table3?.received?.naturalPerson).toBe(9);
    expect(read.report?.tables.table3?.received?.total).toBe(5);
    expect(read.report?.sections.overview).toContain("盐池县扎实推进政务公开");
  });

  it("has no sideways scroll at 390 px with an edited cell; the tables scroll inside their regions", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    await page.setViewportSize({ width: 1280, height: 1200 });
    expect(width).toBeLessThanOrEqual(390);
  });

  it("goes back to the report as opened with 恢复原始数据, itself undoable", async () => {
    await page.locator("#edit-discard").click();
    await expect(input(NATURAL).inputValue()).resolves.toBe("5");
    await expect(page.locator("#edit-overview").inputValue()).resolves.not.toContain(
      "盐池县扎实推进政务公开",
    );
    await expect.poll(rulesFound).toEqual([]);
    await expect(page.locator("#edit-discard").isDisabled()).resolves.toBe(true);
    await page.locator("#edit-undo").click();
    await expect(input(NATURAL).inputValue()).resolves.toBe("9");
    await page.locator("#edit-discard").click();
    await expect(input(NATURAL).inputValue()).resolves.toBe("5");
  });

  it("keeps the edits of a user's file across a reload, with the file it came from", async () => {
    const corpus = new URL("../../../testdata/corpus/2021-pingtan-zone.txt", import.meta.url).pathname;
    await page.locator("#file-input").setInputFiles(corpus);
    await expect
      .poll(() => page.locator("body").getAttribute("data-source"), { timeout: 60_000 })
      .toBe("file");
    await page.locator("#report-body article").waitFor();
    const before = Number(await input(NATURAL).inputValue());
    await input(NATURAL).fill(String(before + 1));
    await page.locator("#edit-otherMatters").fill("本年度未收取信息处理费。");
    await expect.poll(rulesFound).toContain("T3-ROW-TOTAL");
    await page.locator("#edit-saved .zh").filter({ hasText: "已保存在本浏览器" }).waitFor();
    await page.reload();
    await page.locator("#report-body article").waitFor();
    await expect(page.locator("body").getAttribute("data-source")).resolves.toBe("file");
    await expect(page.locator("#subtitle").textContent()).resolves.toContain("2021-pingtan-zone.txt");
    await expect(input(NATURAL).inputValue()).resolves.toBe(String(before + 1));
    await expect(page.locator("#edit-otherMatters").inputValue()).resolves.toBe("本年度未收取信息处理费。");
    await expect(rulesFound()).resolves.toContain("T3-ROW-TOTAL");
    await page.locator("#edit-discard").click();
    await expect(input(NATURAL).inputValue()).resolves.toBe(String(before));
  });

  it("finds the synthetic county's sections 一, 五 and 六 without wording", async () => {
    await page.locator('input[name="source"][value="synthetic"]').check();
    await expect
      .poll(() => page.locator("body").getAttribute("data-source"), { timeout: 60_000 })
      .toBe("synthetic");
    const empty = page.locator('#findings-list li.finding[data-rule="TEXT-SECTION-EMPTY"]');
    await expect.poll(() => empty.count(), { timeout: 30_000 }).toBe(3);
    await expect(empty.first().locator(".message .zh").textContent()).resolves.toBe(
      "第一部分“总体情况”没有文字，发布前应写明",
    );
    await expect(page.locator("#edit-overview").inputValue()).resolves.toBe("");
    // The 2021 format's fee amount takes 万元 with up to 4 decimals, not 5.
    const fee = "table2|fees|amountWan";
    await input(fee).fill("12.3456");
    await expect(cell(fee).locator(".cell-error").count()).resolves.toBe(0);
    await input(fee).fill("12.34567");
    await expect(cell(fee).locator(".cell-error .zh").textContent()).resolves.toBe(
      "须为不小于 0 的金额（万元），最多 4 位小数，“12.34567”不可用",
    );
    await page.locator("#edit-undo").click();
    await expect(input(fee).inputValue()).resolves.not.toBe("12.3456");
    await expect(cell(fee).locator(".cell-error").count()).resolves.toBe(0);
    // Opened, not yet edited: a reload opens the synthetic county again (seed and year kept).
    await page.locator("#edit-saved .zh").filter({ hasText: "已保存在本浏览器" }).waitFor();
    await page.reload();
    await page.locator("#report-body article").waitFor();
    await expect(page.locator("body").getAttribute("data-source")).resolves.toBe("synthetic");
    await expect(page.locator('input[name="source"][value="synthetic"]').isChecked()).resolves.toBe(true);
    await expect.poll(() => empty.count(), { timeout: 30_000 }).toBe(3);
  });

  it("threw no page error", () => {
    expect(pageErrors).toEqual([]);
  });
});
