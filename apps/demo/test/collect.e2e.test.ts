// The 汇总 view in a real browser (Debian Chromium through playwright-core, against `vite
// preview` of the built app): the Excel form downloaded from step 1, filled with exceljs, given
// at once with a cells CSV, a ledger, the same form again and a broken file; the units table
// against an expected list, the roll-up's totals, the duplicate reported, a unit opened, the
// county report handed to the single-report view; axe-core and 390 px.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticCounty } from "@disclosure/samples";
import { type Report, type Tables, toCells, writeCellsCsv } from "@disclosure/schema";
import { ledgerCsv, rollup, tabulate } from "@disclosure/stats";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, preview } from "./browser.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const YEAR = 2024;
const county = syntheticCounty({ seed: 5, year: YEAR });
const applications = (records: Iterable<unknown>) =>
  [...records].filter((r) => (r as { type?: string }).type === "application") as Record<string, unknown>[];
/** The value, or a failed test when the synthetic county lacks it. */
function present<T>(x: T | undefined, what: string): T {
  if (x === undefined) throw new Error(`the synthetic county has no ${what}`);
  return x;
}
/** The ledger is the one of the unit with the most applications (a few units have none in a year). */
const ledgerUnit = present(
  [...county.units].sort(
    (a, b) => applications(county.unitRecords(b)).length - applications(county.unitRecords(a)).length,
  )[0],
  "unit",
);
const otherUnits = county.units.filter((u) => u !== ledgerUnit);
const formUnit = present(otherUnits[0], "second unit");
const cellsUnit = present(otherUnits[1], "third unit");
const missingUnit = present(otherUnits[2], "fourth unit");
const lateUnit = present(otherUnits[3], "fifth unit");
const droppedUnit = present(otherUnits[4], "sixth unit");

function unitTables(records: Iterable<unknown>): Tables {
  return tabulate(records as Iterable<Record<string, unknown>>, { year: YEAR }).tables;
}
const formTables = unitTables(county.unitRecords(formUnit));
const cellsTables = unitTables(county.unitRecords(cellsUnit));
const ledgerRecords = applications(county.unitRecords(ledgerUnit));
const ledgerTables = unitTables(ledgerRecords);

/** Tables with （六）其他处理 as one row (as some units fill it), its three rows summed. */
function collapsed(tables: Tables): Tables {
  const t3 = { ...tables.table3 };
  const row: Record<string, number> = {};
  for (const p of ["otherHandling.noCorrection", "otherHandling.unpaidFee", "otherHandling.other"]) {
    for (const [col, v] of Object.entries(t3[p] ?? {}))
      row[col] = (row[col] ?? 0) + (typeof v === "number" ? v : 0);
    delete t3[p];
  }
  return { ...tables, table3: { ...t3, otherHandling: row } };
}

/** The form as a clerk fills it: every input cell found through the very hidden _codes sheet. */
async function fillForm(bytes: Buffer, agency: string, tables: Tables): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const codes = wb.getWorksheet("_codes");
  if (!codes) throw new Error("the downloaded form has no _codes sheet");
  codes.eachRow((row, n) => {
    if (n <= 2) return;
    const [sheet = "", address = "", code = ""] = [1, 2, 3].map((c) => String(row.getCell(c).value ?? ""));
    const cell = wb.getWorksheet(sheet)?.getCell(address);
    if (!cell) return;
    if (code === "agency.name") cell.value = agency;
    else if (code === "agency.level") cell.value = "乡镇";
    else if (code === "year") cell.value = YEAR;
    else {
      const [t, r = "", c = ""] = code.split("/");
      const v = tables[t as keyof Tables]?.[r]?.[c];
      if (typeof v === "number") cell.value = v;
    }
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await preview(4179);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, acceptDownloads: true });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.locator("#report-body article").waitFor({ timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

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
  return found
    .filter((v: { impact: string }) => v.impact === "serious" || v.impact === "critical")
    .map((v: { id: string; targets: string[] }) => `${v.id}: ${v.targets.join(", ")}`);
}

async function widthOnPhone(p: Page): Promise<number> {
  await p.setViewportSize({ width: 390, height: 844 });
  await p.waitForTimeout(300);
  const w = await p.evaluate(() => document.documentElement.scrollWidth);
  if (w > 390)
    console.log(
      await p.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > 392 && e.getClientRects().length)
          .filter((e) => !e.closest(".scroll, .table-wrap"))
          .slice(0, 8)
          .map((e) => `${e.tagName}#${e.id}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      ),
    );
  await p.setViewportSize({ width: 1280, height: 1400 });
  return w;
}

const row = (unit: string) => page.locator(`#collect-units tbody tr[data-unit="${unit}"]`);
const cellText = (unit: string, i: number) => row(unit).locator("th, td").nth(i).textContent();
/** A value cell of the county's tables, addressed `table3/received/total` or `table3|received|total`. */
const countyCell = (key: string) =>
  page
    .locator(
      `#collect-tables td[data-cell="${key}"], #collect-tables td[data-cell="${key.replaceAll("/", "|")}"]`,
    )
    .first();

describe("the 汇总 view", () => {
  let form: Buffer;

  it("step 1 offers the Excel form, and the form downloads", async () => {
    await page.locator("#template-format").selectOption("2021");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('#template-buttons button[data-template="xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe("2021年格式-填报模板.xlsx");
    const path = await download.path();
    form = await fillForm(readFileSync(path), formUnit.name, formTables);
  });

  it("is a tab of its own, its code loaded when first shown, reached from step 2", async () => {
    await page.locator("#go-collect").click();
    await page.locator("#collect-drop").waitFor();
    await expect(page.locator("#tab-collect").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("#view-report").isHidden()).resolves.toBe(true);
    expect(new URL(page.url()).hash).toBe("#collect");
  });

  it("reads many files at once into one row a unit, against the expected units", async () => {
    const expected = [formUnit, cellsUnit, ledgerUnit, missingUnit].map((u) => u.name).join("\n");
    await page.locator("#collect-expected").fill(expected);
    await page.locator("#collect-expected").dispatchEvent("change");
    const cellsCsv = writeCellsCsv(
      toCells({ agency: cellsUnit, year: YEAR, format: "2021", sections: {}, tables: cellsTables } as Report),
    );
    const ledger = `${ledgerCsv(ledgerRecords).trimEnd()}\r\n999,不是日期,自然人,予以公开,${YEAR}-05-01\r\n`;
    await page.locator("#collect-files").setInputFiles([
      {
        name: "unit-a.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: form,
      },
      { name: `${cellsUnit.name}.csv`, mimeType: "text/csv", buffer: Buffer.from(cellsCsv) },
      { name: `${ledgerUnit.name}申请办理台账.csv`, mimeType: "text/csv", buffer: Buffer.from(ledger) },
      { name: "copy/unit-a（副本）.xlsx", mimeType: "application/octet-stream", buffer: form },
      { name: "损坏.json", mimeType: "application/json", buffer: Buffer.from('{"agency": ') },
    ]);
    await page.locator(`#collect-units tbody tr[data-unit="损坏"]`).waitFor({ timeout: 60_000 });

    // The form's unit comes from its own unit cell, not from its file name.
    await expect(row(formUnit.name).getAttribute("data-status")).resolves.toBe("received");
    expect(await cellText(formUnit.name, 2)).toBe("Excel");
    expect(await cellText(formUnit.name, 3)).toBe(String(YEAR));
    expect(await cellText(formUnit.name, 1)).toContain("重复文件");
    expect(await cellText(cellsUnit.name, 2)).toBe("CSV");
    expect(await cellText(cellsUnit.name, 3)).toBe(String(YEAR));
    // The ledger: its lines accepted and the one rejected.
    expect(ledgerRecords.length).toBeGreaterThan(5);
    expect(await cellText(ledgerUnit.name, 6)).toBe(`${ledgerRecords.length} / 1`);
    await expect(row(missingUnit.name).getAttribute("data-status")).resolves.toBe("missing");
    expect(await cellText(missingUnit.name, 1)).toContain("未收到");
    await expect(row("损坏").getAttribute("data-status")).resolves.toBe("unreadable");
    // The row says why.
    await expect(row("损坏").locator(".reason .zh").textContent()).resolves.toMatch(/JSON/);
    expect(Number(await cellText("损坏", 7))).toBeGreaterThan(0);
    expect(await page.locator("#collect-units tbody tr").count()).toBe(5);
  });

  it("rolls the units up once each: totals are the sums, the duplicate and the missing unit reported", async () => {
    for (const key of ["table3/received/total", "table3/resultTotal/total", "table4/cases/review.total"]) {
      const [t, r = "", c = ""] = key.split("/");
      const sum = [formTables, cellsTables, ledgerTables].reduce(
        (s, tables) => s + ((tables[t as keyof Tables]?.[r]?.[c] as number | undefined) ?? 0),
        0,
      );
      const shown = await page
        .locator(`#collect-tables td[data-cell]`)
        .evaluateAll(
          (tds, k) =>
            tds.find((td) => [k, k.replaceAll("/", "|")].includes(td.getAttribute("data-cell") ?? ""))
              ?.textContent,
          key,
        );
      expect([key, Number(shown)]).toEqual([key, sum]);
    }
    const rules = await page
      .locator("#collect-findings li.finding")
      .evaluateAll((lis) =>
        lis.map((li) => `${li.getAttribute("data-rule")} ${li.querySelector(".unit")?.textContent ?? ""}`),
      );
    expect(rules).toContain(`ROLLUP-DUPLICATE-UNIT ［${formUnit.name}］`);
    expect(rules).toContain(`ROLLUP-UNIT-MISSING ［${missingUnit.name}］`);
    expect(rules.some((r) => r.startsWith("ROLLUP-RECORDS-REJECTED"))).toBe(true);
    expect(rules.filter((r) => r.startsWith("ROLLUP-SUM"))).toEqual([]);
  });

  it("opens a unit: its files, its tables and findings", async () => {
    await row(cellsUnit.name).locator("button[data-open-unit]").click();
    await page.locator("#collect-detail:not([hidden])").waitFor();
    await expect(page.locator("#collect-detail-h").textContent()).resolves.toBe(cellsUnit.name);
    const shown = await page
      .locator("#collect-detail-tables td[data-cell]")
      .evaluateAll(
        (tds) =>
          tds.find((td) =>
            ["table3/received/total", "table3|received|total"].includes(td.getAttribute("data-cell") ?? ""),
          )?.textContent,
      );
    expect(Number(shown)).toBe(cellsTables.table3?.received?.total);
    await expect(page.locator("#collect-detail-desc").textContent()).resolves.toContain(
      `${cellsUnit.name}.csv`,
    );
    await expect(page.locator("#collect-detail-findings .summary").count()).resolves.toBe(1);
  });

  it("adds files dropped on the view; a unit of another year is flagged and left out", async () => {
    const json = (unit: typeof lateUnit, year: number, tables = unitTables(county.unitRecords(unit))) =>
      JSON.stringify({ agency: unit, year, format: "2021", sections: {}, tables });
    const before = Number(await countyCell("table3/received/total").textContent());
    const dropped = await page.evaluateHandle(
      ([late, other]) => {
        const data = new DataTransfer();
        data.items.add(new File([late], "上年的.json", { type: "application/json" }));
        data.items.add(new File([other], "dropped.json", { type: "application/json" }));
        return data;
      },
      // The dropped unit fills （六）其他处理 as one row.
      [
        json(lateUnit, YEAR - 1),
        json(droppedUnit, YEAR, collapsed(unitTables(county.unitRecords(droppedUnit)))),
      ] as const,
    );
    await page.locator("#collect-drop").dispatchEvent("drop", { dataTransfer: dropped });
    await row(droppedUnit.name).waitFor({ timeout: 30_000 });
    expect(await cellText(lateUnit.name, 3)).toBe(String(YEAR - 1));
    expect(await cellText(lateUnit.name, 1)).toContain("年度不符");
    expect(await cellText(lateUnit.name, 1)).toContain("未计入");
    const rules = await page
      .locator("#collect-findings li.finding")
      .evaluateAll((lis) =>
        lis.map((li) => `${li.getAttribute("data-rule")} ${li.querySelector(".unit")?.textContent ?? ""}`),
      );
    expect(rules).toContain(`ROLLUP-UNIT-YEAR ［${lateUnit.name}］`);
    const added = unitTables(county.unitRecords(droppedUnit)).table3?.received?.total ?? 0;
    await expect
      .poll(async () => Number(await countyCell("table3/received/total").textContent()))
      .toBe(before + added);
  });

  it("reads a folder chosen with the folder input, files named by their path in it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "collect-folder-"));
    mkdirSync(join(dir, "乡镇"), { recursive: true });
    writeFileSync(join(dir, "乡镇", "说明.txt"), "请各单位于一月底前报送。");
    // A published report as PDF (pdfjs-dist loaded for it), its unit and year from its title.
    const pdf = new URL("../../../testdata/corpus/2024-hongze-district.pdf", import.meta.url).pathname;
    writeFileSync(join(dir, "洪泽区.pdf"), readFileSync(pdf));
    await page.locator("#collect-folder").setInputFiles(dir);
    const hongze = page.locator("#collect-units tbody tr", { hasText: "洪泽区.pdf" });
    await hongze.waitFor({ timeout: 60_000 });
    await expect(hongze.getAttribute("data-status")).resolves.toBe("received");
    await expect(hongze.locator("td").nth(1).textContent()).resolves.toBe("PDF");
    await expect(hongze.locator("td").nth(2).textContent()).resolves.toBe("2024");
    await expect
      .poll(() => page.locator("#collect-units .file", { hasText: "说明.txt" }).textContent(), {
        timeout: 30_000,
      })
      .toMatch(/^collect-folder-[^/]+\/乡镇\/说明\.txt/);
  });

  it("draws a unit's （六）其他处理 filled as one row, and says it was summed into 3.其他", async () => {
    const tables = unitTables(county.unitRecords(droppedUnit));
    await row(droppedUnit.name).locator("button[data-open-unit]").click();
    await page.locator("#collect-detail-h", { hasText: droppedUnit.name }).waitFor();
    const collapsedRow = page.locator('#collect-detail-tables table[data-table="table3-collapsed"] td');
    const sub = (r: string) => (tables.table3?.[`otherHandling.${r}`]?.total as number | undefined) ?? 0;
    expect(Number(await collapsedRow.last().textContent())).toBe(
      sub("noCorrection") + sub("unpaidFee") + sub("other"),
    );
    const rules = await page
      .locator("#collect-detail-findings li.finding")
      .evaluateAll((lis) => lis.map((li) => li.getAttribute("data-rule")));
    expect(rules).toContain("ROLLUP-FORMAT-MIX");
  });

  it("has no serious or critical axe violation and fits 390 px", async () => {
    expect.soft(await seriousViolations(page)).toEqual([]);
    expect.soft(await widthOnPhone(page)).toBeLessThanOrEqual(390);
  });

  it("fills the expected units with the synthetic county's 33, each one not sent listed as 未收到", async () => {
    await page.locator("#collect-fill-synthetic").click();
    await expect
      .poll(async () => (await page.locator("#collect-expected").inputValue()).split("\n").length)
      .toBe(33);
    const received = [formUnit, cellsUnit, ledgerUnit, lateUnit, droppedUnit].length;
    await expect
      .poll(() => page.locator('#collect-units tbody tr[data-status="missing"]').count(), { timeout: 30_000 })
      .toBe(33 - received);
  });

  it("hands the county report to the single-report view", async () => {
    await page.locator("#collect-agency").fill(county.county.name);
    await page.locator("#collect-agency").dispatchEvent("change");
    await page.locator("#collect-county-desc", { hasText: county.county.name }).waitFor();
    await page.locator("#collect-open").click();
    await expect(page.locator("#tab-report").getAttribute("aria-selected")).resolves.toBe("true");
    await page.locator("#title", { hasText: county.county.name }).waitFor({ timeout: 30_000 });
    expect(pageErrors).toEqual([]);
  });
});

describe("the single-report view opens the filled Excel form", () => {
  it("reads the form's unit and year from its cells, and checks it", async () => {
    const empty = readFileSync(
      await (
        await Promise.all([
          page.waitForEvent("download"),
          page.locator('#template-buttons button[data-template="xlsx"]').click(),
        ])
      )[0].path(),
    );
    const form = await fillForm(empty, formUnit.name, formTables);
    await page.locator("#file-input").setInputFiles({
      name: "填报表.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: form,
    });
    await page.locator("#title", { hasText: formUnit.name }).waitFor({ timeout: 30_000 });
    await expect(page.locator("#title").textContent()).resolves.toContain(String(YEAR));
    await expect(page.locator("#subtitle").textContent()).resolves.toContain("Excel 填报表");
    // The single-report view's grid may be editable: a cell's value is then its input's.
    const received = await page.locator("#tables-body td[data-cell]").evaluateAll((tds) => {
      const td = tds.find((t) =>
        ["table3/received/total", "table3|received|total"].includes(t.getAttribute("data-cell") ?? ""),
      );
      return td?.querySelector("input")?.value ?? td?.textContent;
    });
    expect(Number(received)).toBe(formTables.table3?.received?.total);
    expect(pageErrors).toEqual([]);
  });
});

describe("the 汇总 view's own example", () => {
  it("the synthetic county's files: every unit received, its sums as rollup's, no error finding", async () => {
    await page.locator("#tab-collect").click();
    await page.locator("#collect-clear").click();
    await page.locator("#collect-agency").fill("");
    await page.locator("#collect-sample").click();
    await expect
      .poll(() => page.locator('#collect-units tbody tr[data-status="received"]').count(), {
        timeout: 60_000,
      })
      .toBe(34);
    await expect(page.locator('#collect-units tbody tr:not([data-status="received"])').count()).resolves.toBe(
      0,
    );
    const sample = syntheticCounty({ seed: 2020, year: YEAR });
    const { report } = rollup(
      sample.units.map((unit) => ({ unit, records: sample.unitRecords(unit) })),
      { year: YEAR, own: { unit: sample.county, records: sample.ownRecords() } },
    );
    await expect
      .poll(async () => Number(await countyCell("table3/received/total").textContent()))
      .toBe(report.tables.table3?.received?.total);
    expect(await cellText(sample.county.name, 1)).toContain("本级");
    await expect(page.locator('#collect-findings [data-severity="error"] li').count()).resolves.toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
