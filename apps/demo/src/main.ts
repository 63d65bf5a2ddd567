// The demo page: wiring only. Data come from @disclosure/samples or the user's file, are
// checked by @disclosure/stats, drawn from @disclosure/schema's grids, written out by
// @disclosure/report-text, and the sample's catalog coverage comes from @disclosure/catalog.
import type { ParseIssue, Script } from "@disclosure/report-text";
import { formatSourceLocation, renderReport, reportDocument } from "@disclosure/report-text";
import { type Issue, type Report, formatLocation } from "@disclosure/schema";
import { type Finding, check } from "@disclosure/stats";
import { applicantTypes, resultGroups, table3RowLabel } from "./chart-data.js";
import { $, download, esc, type Message, msg } from "./dom.js";
import { DOWNLOADS, TEMPLATE_DOWNLOADS, makeDownload, makeTemplate } from "./downloads.js";
import { findingsView, markCells, wireShowCells } from "./findings.js";
import {
  type CellsContext,
  type Loaded,
  loadFile,
  loadSample,
  loadSynthetic,
  rollupFindings,
  syntheticYears,
} from "./sources.js";
import { reportTables } from "./table.js";
import { unitApplicantStacks, unitsHtml } from "./units.js";
import { type ViewId, wireViews } from "./views.js";
import "./style.css";

type Charts = typeof import("./charts.js");

let current: Loaded | undefined;
/** Last year's report the user gave for the cross-year checks of their own file. */
let userPrevious: Report | undefined;
let findings: readonly Finding[] = [];
let script: Script = "hans";
let generation = 0;
let charts: Promise<Charts> | undefined;

/** ECharts and the chart helpers, loaded on first use. */
function loadCharts(): Promise<Charts> {
  charts ??= import("./charts.js");
  return charts;
}

function setStatus(m: { zh: string; en: string } | undefined, busy = false): void {
  const el = $("#status");
  el.innerHTML = m ? msg(m) : "";
  el.toggleAttribute("data-busy", busy);
}

function issuesHtml(
  title: { zh: string; en: string },
  list: readonly Issue[],
  kind: "error" | "warning",
): string {
  if (list.length === 0) return "";
  const items = list
    .map((i) => {
      // Issues of parseReport carry where in the document (an HTML path, a PDF page and position).
      const loc = (i as ParseIssue).location;
      const where =
        loc && loc.kind !== "text"
          ? `${i.file ?? ""} ${formatSourceLocation(loc)}`.trim()
          : formatLocation(i);
      return `<li data-code="${esc(i.code)}"><span class="loc">${esc(where)}</span> <code>${esc(i.code)}</code> ${msg(i.message, { always: true, block: true })}</li>`;
    })
    .join("");
  return `<details class="issue-box ${kind}" ${kind === "error" ? "open" : ""}><summary>${esc(title.zh)}（${list.length}）<span class="en always" lang="en"> ${esc(title.en)} (${list.length})</span></summary><ol class="issue-list">${items}</ol></details>`;
}

/** Shows a loaded source: header, issues, findings, tables, charts, report, downloads. */
async function show(l: Loaded): Promise<void> {
  const gen = ++generation;
  current = l;
  const r = l.report;
  $("#subtitle").innerHTML = msg(l.description);
  $("#issues").innerHTML =
    issuesHtml({ zh: "被拒绝的输入", en: "Rejected input" }, l.issues, "error") +
    issuesHtml({ zh: "提醒", en: "Warnings" }, l.warnings, "warning");
  document.body.dataset.source = l.source;
  $("#units").hidden = !l.rollup;
  $("#toc-units").hidden = !l.rollup;
  if (!r) {
    $("#title").textContent = "无法使用的输入";
    findings = [];
    for (const id of ["#findings-list", "#tables-body", "#report-body", "#downloads-body", "#units-body"])
      $(id).innerHTML = "";
    $("#findings-list").innerHTML =
      `<p>${msg({ zh: "没有可检查的报告数据。", en: "No report data to check." })}</p>`;
    setStatus({
      zh: "输入有误，见下方列出的位置。",
      en: "The input has errors; see the locations listed below.",
    });
    await drawCharts(undefined);
    return;
  }
  $("#title").textContent = reportDocument(r).title;
  document.title = `${reportDocument(r).title} — @disclosure 演示`;

  findings = [
    ...rollupFindings(l),
    ...check(r, {
      previous: l.previous ?? (l.source === "file" ? userPrevious : undefined),
      units: l.units,
      ...(l.checkTables ? { tables: l.checkTables } : {}),
      ...(l.headings ? { headings: l.headings } : {}),
    }),
  ];
  $("#findings-list").replaceChildren(findingsView(findings));
  $("#tables-body").replaceChildren(...reportTables(r.format, r.tables));
  markCells($("#tables-body"), findings);

  $("#units-body").innerHTML = l.rollup ? unitsHtml(r, l.rollup) : "";
  if (l.rollup) {
    $("#units-body").insertAdjacentHTML(
      "afterbegin",
      `<div class="chart-grid"><div class="chart tall" id="chart-units" role="img" aria-label="各单位本年新收申请（按申请人类型）"></div><div class="chart" id="chart-trend" role="img" aria-label="历年申请数量"></div></div>`,
    );
  }

  $("#downloads-body").innerHTML =
    DOWNLOADS.map(
      (d) => `<button type="button" class="download" data-download="${d.id}">${msg(d.label)}</button>`,
    ).join("") +
    (l.ledger
      ? `<button type="button" class="download" data-download="ledger">${msg({ zh: "本级申请办理台账（CSV，可改后重新打开）", en: "The county government's own application ledger (CSV, edit and open it again)" })}</button>` +
        `<button type="button" class="download" data-download="ledger-xlsx">${msg({ zh: "本级申请办理台账（Excel）", en: "The county government's own application ledger (Excel)" })}</button>`
      : "");

  setStatus(undefined);
  await renderReportView(r, gen);
  await drawCharts(l);
}

async function renderReportView(report: Report, gen: number): Promise<void> {
  const body = $("#report-body");
  body.setAttribute("aria-busy", "true");
  const html = await renderReport(report, { to: "html", standalone: false, script, idPrefix: "report-" });
  if (gen !== generation) return;
  body.innerHTML = html;
  // The page has one h1; the report's own title is a heading of the section it stands in.
  for (const h of body.querySelectorAll("h1")) h.setAttribute("aria-level", "2");
  body.removeAttribute("aria-busy");
  body.dataset.script = script;
}

async function drawCharts(l: Loaded | undefined): Promise<void> {
  const gen = generation;
  const c = await loadCharts();
  if (gen !== generation) return;
  const r = l?.report;
  const results = $("#chart-results");
  const applicants = $("#chart-applicants");
  if (!r) {
    results.innerHTML = "";
    applicants.innerHTML = "";
    return;
  }
  c.pie(results, `本年度办理结果（${resultGroups(r).reduce((s, b) => s + b.value, 0)} 件）`, resultGroups(r));
  c.bars(applicants, `${table3RowLabel(r.format, "received")}：按申请人类型`, applicantTypes(r));
  if (l?.rollup && l.source === "synthetic") {
    const stacks = unitApplicantStacks(r, l.rollup);
    c.stacked($("#chart-units"), "各单位本年新收申请（按申请人类型）", stacks.units, stacks.series);
    const seed = Number(($("#syn-seed") as HTMLInputElement).value);
    const years = syntheticYears(seed, r.year);
    if (gen !== generation) return;
    const series = ["received", "resultTotal", "carriedOut"].map((row) => ({
      name: table3RowLabel(r.format, row),
      values: years.map((y) => {
        const v = y.tables.table3?.[row]?.total;
        return typeof v === "number" ? v : 0;
      }),
    }));
    c.lines(
      $("#chart-trend"),
      "全县历年申请情况",
      years.map((y) => y.year),
      series,
    );
  }
  if (catalogShown) c.resizeAll(document);
}

// --- Catalog coverage (sample county only), computed after the first paint -----------------

let catalogShown = false;
async function showCatalog(): Promise<void> {
  const body = $("#catalog-body");
  const { sampleCoverage, coverageHtml, coverageChart } = await import("./coverage.js");
  const cov = sampleCoverage();
  body.innerHTML = coverageHtml(cov);
  catalogShown = true;
  const c = await loadCharts();
  const chart = coverageChart(cov);
  c.stacked($("#chart-coverage"), "各领域目录事项公开情况", chart.areas, chart.series);
}

// --- Events --------------------------------------------------------------------------------

/** The year given beside the file input; undefined when empty or out of range (with a message). */
function cellsYear(): number | undefined {
  const input = $("#cells-year") as HTMLInputElement;
  if (input.value.trim() === "") {
    input.setCustomValidity("");
    return undefined;
  }
  return validYear(input);
}

function cellsContext(): CellsContext {
  const format = ($("#cells-format") as HTMLSelectElement).value;
  return {
    year: cellsYear(),
    format: format === "2019" || format === "2021" ? format : "auto",
    agency: ($("#cells-agency") as HTMLInputElement).value,
  };
}

async function openFile(file: File): Promise<void> {
  setStatus({ zh: `正在读取 ${file.name}……`, en: `Reading ${file.name}…` }, true);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="source"]'))
    radio.checked = false;
  const bytes = new Uint8Array(await file.arrayBuffer());
  await show(await loadFile(file.name, bytes, cellsContext()));
}

/**
 * The whole number in a number field within its min and max, or undefined with a message
 * beside the field and in the status line.
 */
function validYear(
  input: HTMLInputElement,
  what: Message = { zh: "年度", en: "The year" },
): number | undefined {
  const v = input.valueAsNumber;
  const min = input.min === "" ? Number.NEGATIVE_INFINITY : Number(input.min);
  const max = input.max === "" ? Number.POSITIVE_INFINITY : Number(input.max);
  const ok = Number.isInteger(v) && v >= min && v <= max;
  const range = Number.isFinite(max) ? `${min}–${max}` : `≥ ${min}`;
  const m: Message = {
    zh: `${what.zh}须为 ${range} 之间的整数，“${input.value}”不可用`,
    en: `${what.en} must be a whole number in ${range}; “${input.value}” cannot be used`,
  };
  input.setCustomValidity(ok ? "" : m.zh);
  input.setAttribute("aria-invalid", String(!ok));
  const note = document.getElementById(`${input.id}-error`);
  if (note) note.innerHTML = ok ? "" : msg(m);
  if (!ok) setStatus(m);
  return ok ? v : undefined;
}

async function loadChosen(): Promise<void> {
  const chosen = document.querySelector<HTMLInputElement>('input[name="source"]:checked')?.value;
  if (chosen === "synthetic") {
    const year = validYear($("#syn-year") as HTMLInputElement);
    const seedInput = $("#syn-seed") as HTMLInputElement;
    const seed = year === undefined ? undefined : validYear(seedInput, { zh: "随机种子", en: "The seed" });
    if (year === undefined || seed === undefined) return;
    setStatus(
      { zh: "正在生成并汇总合成县的记录……", en: "Generating and rolling up the synthetic county…" },
      true,
    );
    await new Promise((r) => setTimeout(r, 0));
    await show(loadSynthetic(seed, year));
  } else if (chosen === "sample") {
    await show(loadSample());
  }
}

async function openPrevious(file: File | undefined): Promise<void> {
  const l = file
    ? await loadFile(file.name, new Uint8Array(await file.arrayBuffer()), cellsContext())
    : undefined;
  userPrevious = l?.report;
  const status = $("#previous-status");
  status.innerHTML = !l
    ? ""
    : l.report
      ? msg({
          zh: `${l.report.agency.name} ${l.report.year} 年`,
          en: `${l.report.agency.name}, ${l.report.year}`,
        })
      : msg({
          zh: `无法使用：${l.issues[0]?.message.zh ?? ""}`,
          en: `unusable: ${l.issues[0]?.message.en ?? ""}`,
        });
  if (current?.source === "file") await show(current);
}

function wire(): void {
  $("#source-form").addEventListener("submit", (e) => e.preventDefault());
  for (const el of document.querySelectorAll('input[name="source"], #syn-year, #syn-seed'))
    el.addEventListener("change", () => void loadChosen());
  $("#file-input").addEventListener("change", (e) => {
    const f = (e.target as HTMLInputElement).files?.[0];
    if (f) void openFile(f);
  });
  $("#previous-input").addEventListener("change", (e) => {
    void openPrevious((e.target as HTMLInputElement).files?.[0]);
  });
  const drop = $("#drop");
  drop.addEventListener("dragover", (e) => {
    e.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    const f = e.dataTransfer?.files[0];
    if (f) void openFile(f);
  });
  $<HTMLInputElement>("#show-en").addEventListener("change", (e) => {
    document.documentElement.classList.toggle("show-en", (e.target as HTMLInputElement).checked);
  });
  for (const el of document.querySelectorAll<HTMLInputElement>('input[name="script"]')) {
    el.addEventListener("change", () => {
      script = el.value === "hant" ? "hant" : "hans";
      if (current?.report) void renderReportView(current.report, generation);
    });
  }
  wireShowCells($("#findings-list"), $("#tables-body"));
  $("#downloads-body").addEventListener("click", async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-download]");
    const report = current?.report;
    if (!button || !report) return;
    button.disabled = true;
    try {
      const ledger = current?.ledger;
      if (button.dataset.download === "ledger" && ledger) {
        download(`${ledger.title}.csv`, ledger.csv(), "text/csv;charset=utf-8");
        return;
      }
      if (button.dataset.download === "ledger-xlsx" && ledger) {
        const { writeGridXlsx } = await import("@disclosure/catalog");
        const data = await writeGridXlsx([{ name: "台账", title: ledger.title, rows: ledger.rows() }]);
        download(
          `${ledger.title}.xlsx`,
          data,
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        );
        return;
      }
      const f = await makeDownload(button.dataset.download ?? "", report, script);
      download(f.name, f.data, f.type);
    } finally {
      button.disabled = false;
    }
  });
}

/** Step 1 of the first screen: the empty forms; step 2: the synthetic county. */
function wireStart(): void {
  $("#template-buttons").innerHTML = TEMPLATE_DOWNLOADS.map(
    (d) => `<button type="button" class="download" data-template="${d.id}">${msg(d.label)}</button>`,
  ).join("");
  $("#template-buttons").addEventListener("click", async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-template]");
    if (!button) return;
    const format = ($("#template-format") as HTMLSelectElement).value === "2019" ? "2019" : "2021";
    button.disabled = true;
    try {
      const f = await makeTemplate(button.dataset.template ?? "csv", format);
      download(f.name, f.data, f.type);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      setStatus({ zh: `无法生成模板：${why}`, en: `The form could not be made: ${why}` });
    } finally {
      button.disabled = false;
    }
  });
  $("#go-synthetic").addEventListener("click", () => {
    const radio = document.querySelector<HTMLInputElement>('input[name="source"][value="synthetic"]');
    if (radio) radio.checked = true;
    void loadChosen().then(() => $("#units").scrollIntoView());
  });
}

/** The 审查 view is loaded when first shown; the charts are redrawn to size when the report view comes back. */
function onView(view: ViewId): void {
  if (view === "audit") void import("./audit/page.js").then((m) => m.openAuditPage());
  else if (charts) void charts.then((c) => c.resizeAll(document));
}

wire();
wireStart();
// Boxes that scroll are reached by the keyboard (WCAG 2.1.1); set here, as HTML keeps
// tabindex to interactive elements.
for (const box of document.querySelectorAll<HTMLElement>("[data-scroll-region]")) box.tabIndex = 0;
wireViews(onView);
void show(loadSample()).then(() => {
  const idle = (cb: () => void) =>
    "requestIdleCallback" in window ? requestIdleCallback(cb, { timeout: 500 }) : setTimeout(cb, 50);
  idle(() => void showCatalog());
});
