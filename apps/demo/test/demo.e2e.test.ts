// The demo in a real browser (Debian Chromium through playwright-core, against `vite preview`
// of the built app): the sample county, findings, tables, charts, the 简/繁 report, downloads,
// a user's file with bad lines, the synthetic county's roll-up and the catalog coverage.
import { mkdirSync, readFileSync } from "node:fs";
import { encodeGbk } from "@disclosure/catalog";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launch, preview } from "./browser.js";

const reports = new URL("../reports/", import.meta.url);
/** A corpus file of the repository's test data (testdata/corpus). */
const corpus = (name: string) => new URL(`../../../testdata/corpus/${name}`, import.meta.url).pathname;
mkdirSync(reports, { recursive: true });
const shot = (name: string) => new URL(name, reports).pathname;

let browser: Browser;
let page: Page;
let server: { url: string; stop: () => void };
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await preview(4174);
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1280, height: 1600 }, acceptDownloads: true });
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.locator("#report-body article").waitFor();
});

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const cell = (key: string) => page.locator(`#tables-body [data-cell="${key}"]`);
/** A figure as the editable tables hold it: the value of the cell's input. */
const figure = (key: string) => cell(key).locator("input").inputValue();

describe("the sample county (盐池县 2020)", () => {
  it("shows the report title", async () => {
    await expect(page.locator("#title").textContent()).resolves.toBe("盐池县2020年政府信息公开工作年度报告");
  });

  it("draws table 三 with the official merged header cells", async () => {
    const table = page.locator('#tables-body table[data-table="table3"]');
    const applicant = table.locator("th", { hasText: "申请人情况" });
    const natural = table.locator("th", { hasText: "自然人" });
    const total = table.locator("th", { hasText: /^总计$/ }).first();
    const legal = table.locator("th", { hasText: "法人或其他组织" });
    const commercial = table.locator("th", { hasText: "商业企业" });
    const other = table.locator("th", { hasText: /^其他$/ });
    const [a, n, t, l, c, o] = await Promise.all(
      [applicant, natural, total, legal, commercial, other].map((x) => x.boundingBox()),
    );
    expect(a && n && t && l && c && o).toBeTruthy();
    // 申请人情况 spans from 自然人's left edge to 总计's right edge …
    expect(Math.abs(a!.x - n!.x)).toBeLessThan(2);
    expect(Math.abs(a!.x + a!.width - (t!.x + t!.width))).toBeLessThan(2);
    // … and 法人或其他组织 from 商业企业 to 其他.
    expect(Math.abs(l!.x - c!.x)).toBeLessThan(2);
    expect(Math.abs(l!.x + l!.width - (o!.x + o!.width))).toBeLessThan(2);
    await expect(applicant.getAttribute("colspan")).resolves.toBe("7");
    await table.screenshot({ path: shot("demo-table3.png") });
  });

  it("puts the sample's figures in their cells: 5 received, 3 granted, 1 not held", async () => {
    await expect(figure("table3|received|total")).resolves.toBe("5");
    await expect(figure("table3|granted|naturalPerson")).resolves.toBe("3");
    await expect(figure("table3|unavailable.notHeld|total")).resolves.toBe("1");
    await expect(figure("table2|licensing|decisions")).resolves.toBe("4218");
  });

  it("lists no finding for the sample, which adds up", async () => {
    await expect(page.locator("#findings-list li.finding").count()).resolves.toBe(0);
  });

  it("draws the charts on canvases", async () => {
    for (const id of ["#chart-results", "#chart-applicants"]) {
      const canvas = page.locator(`${id} canvas`).first();
      await canvas.waitFor();
      const box = await canvas.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      expect(box!.height).toBeGreaterThan(200);
    }
    await page.locator("#charts").screenshot({ path: shot("demo-charts.png") });
  });

  it("renders the report, and in 繁体 keeps the official terms (no 檔案, 入口網站, 最佳化)", async () => {
    const article = page.locator("#report-body article");
    await expect(article.locator("h1").textContent()).resolves.toBe("盐池县2020年政府信息公开工作年度报告");
    await expect(article.locator('[data-cell="table3|received|total"]').textContent()).resolves.toBe("5");
    await page.locator('input[name="script"][value="hant"]').check();
    await page.locator('#report-body[data-script="hant"]').waitFor();
    const hant = (await article.textContent()) ?? "";
    await expect(article.locator("h1").textContent()).resolves.toBe("鹽池縣2020年政府信息公開工作年度報告");
    await expect(article.getAttribute("lang")).resolves.toBe("zh-Hant");
    expect(hant).toContain("門戶網站");
    expect(hant).toContain("規範性文件");
    for (const taiwanese of ["檔案", "入口網站", "最佳化"]) expect(hant).not.toContain(taiwanese);
    await page.locator("#report").screenshot({ path: shot("demo-report-hant.png") });
    await page.locator('input[name="script"][value="hans"]').check();
    await page.locator('#report-body[data-script="hans"]').waitFor();
  });

  it("downloads the report as .docx, and its cells as CSV", async () => {
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-download="docx"]').click(),
    ]);
    expect(docx.suggestedFilename()).toBe("盐池县2020年政府信息公开工作年度报告.docx");
    const path = shot("download.docx");
    await docx.saveAs(path);
    const bytes = readFileSync(path);
    expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(bytes.length).toBeGreaterThan(5000);

    const [csv] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-download="cells-csv"]').click(),
    ]);
    const csvPath = shot("download-cells.csv");
    await csv.saveAs(csvPath);
    const text = readFileSync(csvPath, "utf8");
    expect(text.split("\r\n")[0]).toBe("\uFEFFtable,row,col,value,行,列");
    expect(text).toContain("table3,received,total,5,");
  });

  it("offers every other download: web page, Markdown, text, cells JSONL, report JSON, fill-in forms", async () => {
    const expected: Record<string, RegExp> = {
      html: /^<!DOCTYPE html>[\s\S]*盐池县2020年政府信息公开工作年度报告/,
      md: /^# 盐池县2020年政府信息公开工作年度报告/,
      txt: /盐池县2020年政府信息公开工作年度报告/,
      "cells-jsonl": /^\{"table":"table2","row":"rules"/,
      json: /"name": "盐池县人民政府"/,
      "template-csv": /^\uFEFF?table,row,col,value/,
      "template-docx": /^PK/,
    };
    for (const [id, content] of Object.entries(expected)) {
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.locator(`button[data-download="${id}"]`).click(),
      ]);
      const path = shot(`download-${file.suggestedFilename()}`);
      await file.saveAs(path);
      const text = readFileSync(path, id === "template-docx" ? "latin1" : "utf8");
      expect(text, id).toMatch(content);
    }
  });

  it("shows the catalog coverage with the report's figures (171, 114, 435)", async () => {
    const facts = page.locator("#coverage-facts");
    await facts.waitFor({ timeout: 30_000 });
    for (const [what, n] of [
      ["重大设计变更", "171"],
      ["国有产权交易", "114"],
      ["城乡低保", "435"],
    ] as const) {
      const row = facts.locator("tr", { hasText: what });
      await expect(row.locator("td").nth(2).textContent()).resolves.toBe(`${n} 条`);
      await expect(row.locator("td").nth(4).textContent()).resolves.toBe("✓");
    }
    await expect(page.locator("#coverage-areas tbody tr").count()).resolves.toBeGreaterThan(20);
    await expect(page.locator("#chart-coverage canvas").count()).resolves.toBeGreaterThan(0);
    await page.locator("#catalog").screenshot({ path: shot("demo-catalog.png") });
  });
});

describe("the user's files", () => {
  // Cells, records and ledgers say no agency or year of their own: the clerk gives them beside the file.
  beforeAll(async () => {
    await page.locator("#cells-agency").fill("盐池县人民政府");
    await page.locator("#cells-year").fill("2020");
  });

  it("lists a cells file's bad line with its location, in Chinese and English", async () => {
    const lines = [
      '{"table":"table3","row":"received","col":"naturalPerson","value":7}',
      '{"table":"table3","row":"received","col":"total","value":7}',
      '{"table":"table3","row":"received","col":"commercial","value":"七x"}',
      '{"table":"table3","row":"nosuch","col":"total","value":1}',
    ];
    await page.locator("#file-input").setInputFiles({
      name: "township.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(lines.join("\n"), "utf8"),
    });
    const issues = page.locator("#issues .issue-box.error li");
    await issues.first().waitFor();
    await expect(issues.count()).resolves.toBe(2);
    const bad = issues.filter({ hasText: "township.jsonl:3" });
    await expect(bad.locator(".zh").textContent()).resolves.toContain("不是数字");
    await expect(bad.locator(".en").textContent()).resolves.toContain("is not a number");
    await expect(bad.locator(".en").isVisible()).resolves.toBe(true);
    const unknown = issues.filter({ hasText: "township.jsonl:4" });
    await expect(unknown.locator(".zh").textContent()).resolves.toContain("没有单元格");
    // The good lines still make a report.
    await expect(figure("table3|received|total")).resolves.toBe("7");
    await page.locator("#source").screenshot({ path: shot("demo-bad-file.png") });
  });

  it("reads a GBK CSV with Chinese labels and locates its bad row", async () => {
    const csv =
      "table,row,col,value\r\n表三,一、本年新收政府信息公开申请数量,总计,12\r\n表三,一、本年新收政府信息公开申请数量,自然人,-2\r\n";
    await page.locator("#file-input").setInputFiles({
      name: "乡镇.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(encodeGbk(csv).bytes),
    });
    await page.locator("#issues .issue-box.error li", { hasText: "乡镇.csv:3" }).waitFor();
    const bad = page.locator("#issues .issue-box.error li", { hasText: "乡镇.csv:3" });
    await expect(bad.locator(".zh").textContent()).resolves.toContain("负数");
    await expect(bad.locator(".en").textContent()).resolves.toContain("negative");
    await expect(page.locator("#subtitle").textContent()).resolves.toContain("gb18030");
    await expect(figure("table3|received|total")).resolves.toBe("12");
  });

  const records = [
    '{"type":"application","id":"YC-A","unit":"盐池县财政局","receivedDate":"2020-03-04","applicantType":"naturalPerson","result":"granted","completedDate":"2020-03-18"}',
    '{"type":"application","id":"YC-B","receivedDate":"2019-12-28","applicantType":"commercial","result":"unavailable.notHeld","completedDate":"2020-01-10"}',
    '{"type":"application","id":"YC-C","receivedDate":"2020-12-28","applicantType":"naturalPerson"}',
    '{"type":"application","id":"YC-D","receivedDate":"2020-02-30","applicantType":"naturalPerson"}',
  ].join("\n");
  const dropRecords = async (p: Page) => {
    await p.locator("#cells-year").fill("2020");
    await p.locator("#file-input").setInputFiles({
      name: "records.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(records, "utf8"),
    });
  };

  it("tabulates raw records into the tables, scanning them with WebAssembly, and locates the bad one", async () => {
    await dropRecords(page);
    await page.locator("#issues .issue-box.error li", { hasText: "records.jsonl:4" }).waitFor();
    const subtitle = await page.locator("#subtitle").textContent();
    expect(subtitle).toContain("接受 3 条，拒收 1 条");
    expect(subtitle).toContain("逐行扫描：webassembly");
    await expect(figure("table3|received|total")).resolves.toBe("2");
    await expect(figure("table3|carriedIn|total")).resolves.toBe("1");
    await expect(figure("table3|carriedOut|total")).resolves.toBe("1");
  });

  it("tabulates the same with the JavaScript scanner under a Content-Security-Policy that forbids WebAssembly", async () => {
    const strict = await browser.newPage();
    const errors: string[] = [];
    strict.on("pageerror", (e) => errors.push(e.message));
    await strict.route(`${server.url}**`, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers() };
      if (route.request().resourceType() === "document") {
        headers["content-security-policy"] = "script-src 'self'; worker-src 'self' blob:";
      }
      await route.fulfill({ response, headers });
    });
    try {
      await strict.goto(server.url);
      await strict.locator("#report-body article").waitFor();
      await dropRecords(strict);
      await strict.locator("#issues .issue-box.error li", { hasText: "records.jsonl:4" }).waitFor();
      const subtitle = await strict.locator("#subtitle").textContent();
      expect(subtitle).toContain("接受 3 条，拒收 1 条");
      expect(subtitle).toContain("逐行扫描：javascript");
      const at = (key: string) => strict.locator(`#tables-body [data-cell="${key}"] input`).inputValue();
      await expect(at("table3|received|total")).resolves.toBe("2");
      await expect(at("table3|carriedOut|total")).resolves.toBe("1");
      expect(errors).toEqual([]);
    } finally {
      await strict.close();
    }
  });

  const LEDGER_HEADER = ["序号", "申请人", "申请人类型", "收到申请日期", "申请方式", "办理结果", "答复日期"];
  const LEDGER_ROWS = [
    ["1", "张某", "自然人", "2020年3月4日", "网上申请", "予以公开", "2020年3月18日"],
    ["2", "宁夏某某公司", "法人或其他组织—商业企业", "2020/4/6", "当面", "部分公开", "2020/4/27"],
    ["3", "王某", "自然人", "2020年2月30日", "信函", "予以公开", "2020年3月2日"],
  ];

  it("tabulates an application ledger saved by Excel as GBK CSV: Chinese headers and values, a title row", async () => {
    const text = [
      "盐池县财政局2020年政府信息公开申请办理台账",
      LEDGER_HEADER.join(","),
      ...LEDGER_ROWS.map((r) => r.join(",")),
    ].join("\r\n");
    await page.locator("#file-input").setInputFiles({
      name: "台账.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(encodeGbk(`${text}\r\n`).bytes),
    });
    const bad = page.locator("#issues .issue-box.error li", { hasText: "台账.csv:5" });
    await bad.waitFor();
    await expect(bad.textContent()).resolves.toContain("收到申请日期");
    await expect(page.locator("#subtitle").textContent()).resolves.toContain(
      "原始记录（CSV）：接受 2 条，拒收 1 条",
    );
    await expect(figure("table3|received|total")).resolves.toBe("2");
    await expect(figure("table3|received|commercial")).resolves.toBe("1");
  });

  it("tabulates an application ledger kept in Excel (.xlsx), its notes sheet passed over", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("填表说明").addRow(["本表由各单位每月报送"]);
    const ws = wb.addWorksheet("2020年");
    ws.addRow(["盐池县财政局2020年政府信息公开申请办理台账"]);
    ws.mergeCells(1, 1, 1, LEDGER_HEADER.length);
    ws.addRow(LEDGER_HEADER);
    for (const r of LEDGER_ROWS) ws.addRow(r);
    await page.locator("#file-input").setInputFiles({
      name: "台账.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer),
    });
    const bad = page.locator("#issues .issue-box.error li", { hasText: "台账.xlsx sheet 2020年 row 5" });
    await bad.waitFor();
    await expect(page.locator("#subtitle").textContent()).resolves.toContain(
      "原始记录（Excel）：接受 2 条，拒收 1 条",
    );
    await expect(figure("table3|received|total")).resolves.toBe("2");
  });

  it("rejects a report JSON with a located, bilingual issue", async () => {
    const bad = {
      agency: { name: "花马池镇人民政府", level: "township" },
      year: 2021,
      format: "2021",
      tables: { table3: { received: { total: -1 } } },
    };
    await page.locator("#file-input").setInputFiles({
      name: "huamachi.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(bad), "utf8"),
    });
    const issue = page.locator("#issues .issue-box.error li", { hasText: "tables.table3.received.total" });
    await issue.waitFor();
    await expect(issue.locator(".loc").textContent()).resolves.toBe(
      "huamachi.json tables.table3.received.total",
    );
    await expect(issue.locator(".en").textContent()).resolves.toContain("must be a whole number ≥ 0");
  });

  it("reads back the .docx it wrote: the sample's title and table 三", async () => {
    await page.locator("#file-input").setInputFiles(shot("download.docx"));
    await expect
      .poll(() => page.locator("#subtitle").textContent(), { timeout: 30_000 })
      .toContain("download.docx：已发布的报告（docx）");
    await expect(page.locator("#title").textContent()).resolves.toBe("盐池县2020年政府信息公开工作年度报告");
    await expect(figure("table3|received|total")).resolves.toBe("5");
    await expect(figure("table3|granted|total")).resolves.toBe("3");
    await expect(figure("table2|licensing|decisions")).resolves.toBe("4218");
  });

  it("reads back the web page it wrote, in 繁体", async () => {
    await page.locator('input[name="script"][value="hant"]').check();
    const [html] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-download="html"]').click(),
    ]);
    expect(html.suggestedFilename()).toBe("盐池县2020年政府信息公开工作年度报告（繁体）.html");
    const path = shot("roundtrip-hant.html");
    await html.saveAs(path);
    await page.locator('input[name="script"][value="hans"]').check();
    await page.locator("#file-input").setInputFiles(path);
    await expect.poll(() => page.locator("#subtitle").textContent()).toContain("已发布的报告（html，繁体）");
    await expect(page.locator("#title").textContent()).resolves.toBe("盐池县2020年政府信息公开工作年度报告");
    await expect(figure("table3|received|total")).resolves.toBe("5");
    await expect(figure("table3|unavailable.notHeld|total")).resolves.toBe("1");
  });

  it("locates a JSON syntax error", async () => {
    await page.locator("#file-input").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(
        '{\n  "agency": { "name": "盐池县人民政府", "level": "county" },\n  "year": 2020,,\n}',
        "utf8",
      ),
    });
    const issue = page.locator('#issues li[data-code="JSON-SYNTAX"]');
    await issue.waitFor();
    await expect(issue.locator(".loc").textContent()).resolves.toMatch(/^broken\.json/);
    await expect(issue.locator(".zh").textContent()).resolves.toContain("不是有效的 JSON");
    await expect(page.locator("#title").textContent()).resolves.toBe("无法使用的输入");
    await expect(page.locator("#tables-body table").count()).resolves.toBe(0);
  });

  it("reads a published PDF back into the tables (淮安市洪泽区 2024: 95 applications)", async () => {
    await page.locator("#file-input").setInputFiles(corpus("2024-hongze-district.pdf"));
    await expect
      .poll(() => page.locator("#title").textContent(), { timeout: 60_000 })
      .toBe("淮安市洪泽区人民政府2024年政府信息公开工作年度报告");
    await expect(figure("table3|received|total")).resolves.toBe("95");
    await expect(page.locator("#subtitle").textContent()).resolves.toContain("读取 186 个单元格");
    // The narrative's 17 applications against the table's 95 (as published).
    const txt = page.locator('#findings-list li.finding[data-rule="TXT-NUMBERS"]');
    await expect(txt.first().textContent()).resolves.toContain("17");
    // Where the parser met the collapsed （六） row: a PDF page and position.
    const collapsed = page.locator('#issues li[data-code="STRUCT-GROUP-COLLAPSED"] .loc');
    await expect(collapsed.textContent()).resolves.toMatch(
      /^2024-hongze-district\.pdf p\.\d+ \(x \d+, y \d+\)$/,
    );
  });

  it("checks against last year's report: 平潭 2022 after 2019 (wrong year), then after 2021 (carried over 1 = 1)", async () => {
    await page.locator("#file-input").setInputFiles(corpus("2022-pingtan-zone.cells.json"));
    await expect
      .poll(() => page.locator("#title").textContent())
      .toBe("平潭综合实验区2022年政府信息公开工作年度报告");
    const crossYear = page.locator('#findings-list li.finding[data-rule^="CROSS-YEAR"]');
    await expect(crossYear.count()).resolves.toBe(0);
    await page.locator("#previous-input").setInputFiles(corpus("2019-pingtan-zone.cells.json"));
    await expect
      .poll(() => page.locator("#previous-status .zh").textContent())
      .toBe("平潭综合实验区 2019 年");
    await expect.poll(() => crossYear.getAttribute("data-rule")).toBe("CROSS-YEAR-PREVIOUS");
    await page.locator("#previous-input").setInputFiles(corpus("2021-pingtan-zone.cells.json"));
    await expect
      .poll(() => page.locator("#previous-status .zh").textContent())
      .toBe("平潭综合实验区 2021 年");
    await expect.poll(() => crossYear.count()).toBe(0);
    await page.locator("#previous-input").setInputFiles([]);
  });

  it("checks a report's cells: 上海市科委 2024's blank 总计 breaks the balance of table 三", async () => {
    await page.locator("#file-input").setInputFiles(corpus("2024-shanghai-science-commission.cells.json"));
    await expect
      .poll(() => page.locator("#title").textContent())
      .toBe("上海市科学技术委员会2024年政府信息公开工作年度报告");
    const errors = page.locator('#findings-list li.finding[data-severity="error"]');
    await expect(errors.evaluateAll((els) => els.map((e) => e.getAttribute("data-rule")))).resolves.toEqual([
      "T3-BALANCE",
      "T3-ROW-TOTAL",
    ]);
    const blank = cell("table3|carriedOut|total");
    await expect(blank.getAttribute("data-finding")).resolves.toBe("error");
    await expect(blank.getAttribute("data-blank")).resolves.toBe("");
    // The English twin is hidden until the English toggle is on.
    const first = errors.first();
    await expect(first.locator(".message .en").isVisible()).resolves.toBe(false);
    await page.locator("#show-en").check();
    await expect(first.locator(".message .en").textContent()).resolves.toContain("36");
    await expect(first.locator(".message .en").isVisible()).resolves.toBe(true);
    await page.locator("#show-en").uncheck();
    await errors.first().locator("button.show-cells").click();
    const hits = await page
      .locator("#tables-body td.hit")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-cell")));
    expect(hits).toContain("table3|carriedOut|total");
    expect(hits).toContain("table3|received|total");
    await page.locator("#findings").screenshot({ path: shot("demo-findings-kewei.png") });
    await page
      .locator('#tables-body table[data-table="table3"]')
      .screenshot({ path: shot("demo-table3-kewei.png") });
  });
});

describe("the synthetic county", () => {
  it("rolls up the 33 units and the county government's own figures", async () => {
    await page.locator('input[name="source"][value="synthetic"]').check();
    await page.locator("#units-table").waitFor();
    await expect(page.locator("#title").textContent()).resolves.toBe(
      "盐池县人民政府2021年政府信息公开工作年度报告",
    );
    const rows = page.locator("#units-table tbody tr");
    await expect(rows.count()).resolves.toBe(34);
    await expect(rows.first().locator("th").textContent()).resolves.toContain("盐池县人民政府本级");
    await expect(page.locator("#units-table tbody th", { hasText: "盐池县财政局" }).count()).resolves.toBe(1);
    // The roll-up's total of 本年新收 is table 三's cell, and the sum of the units' column.
    const column = await page.locator("#units-table tbody tr td:nth-of-type(1)").allTextContents();
    const sum = column.reduce((s, v) => s + Number(v || 0), 0);
    const total = await page.locator("#units-table tfoot td").first().textContent();
    expect(Number(total)).toBe(sum);
    expect(sum).toBeGreaterThan(10);
    await expect(figure("table3|received|total")).resolves.toBe(String(sum));
    for (const id of ["#chart-units", "#chart-trend"]) await page.locator(`${id} canvas`).first().waitFor();
    await page.screenshot({ path: shot("demo-synthetic.png"), fullPage: true });
  });

  it("downloads the county government's own applications as a Chinese ledger, which opens back to the same figures", async () => {
    await page.locator('input[name="source"][value="synthetic"]').check();
    await page.locator("#units-table").waitFor();
    const own = await page.locator("#units-table tbody tr").first().locator("td").first().textContent();
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-download="ledger"]').click(),
    ]);
    expect(dl.suggestedFilename()).toBe("盐池县人民政府本级2021年政府信息公开申请办理台账.csv");
    const path = shot("ledger.csv");
    await dl.saveAs(path);
    const text = readFileSync(path, "utf8");
    expect(text.split("\r\n")[0]).toBe(
      "\uFEFF编号,承办单位,申请人,申请人类型,收到申请日期,申请方式,申请内容,是否当场答复,延期天数,办理结果,答复日期",
    );
    await page.locator("#cells-year").fill("2021");
    await page.locator("#file-input").setInputFiles(path);
    await page.locator("#subtitle", { hasText: "原始记录（CSV）" }).waitFor();
    await expect(page.locator("#subtitle").textContent()).resolves.toContain("拒收 0 条");
    await expect(figure("table3|received|total")).resolves.toBe(own);
    await page.locator("#cells-year").fill("2020");
  });

  it("downloads the same ledger as an Excel workbook, which opens back to the same figures", async () => {
    await page.locator('input[name="source"][value="synthetic"]').check();
    await page.locator("#units-table").waitFor();
    const own = await page.locator("#units-table tbody tr").first().locator("td").first().textContent();
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.locator('button[data-download="ledger-xlsx"]').click(),
    ]);
    expect(dl.suggestedFilename()).toBe("盐池县人民政府本级2021年政府信息公开申请办理台账.xlsx");
    const path = shot("ledger.xlsx");
    await dl.saveAs(path);
    await page.locator("#cells-year").fill("2021");
    await page.locator("#file-input").setInputFiles(path);
    await page.locator("#subtitle", { hasText: "原始记录（Excel）" }).waitFor();
    await expect(page.locator("#subtitle").textContent()).resolves.toContain("拒收 0 条");
    await expect(figure("table3|received|total")).resolves.toBe(own);
    await page.locator("#cells-year").fill("2020");
  });

  it("threw nothing in the page", () => {
    expect(pageErrors).toEqual([]);
  });
});
