// The demo page: wiring only. Data come from @disclosure/samples or the user's file, are
// edited in the page, checked by @disclosure/stats, drawn from report-text's table model,
// written out by @disclosure/report-text, and the sample's catalog coverage comes from
// @disclosure/catalog. Everything on the page is built with DOM APIs.
import type { Script } from "@disclosure/report-text";
import { renderReport, reportDocument } from "@disclosure/report-text";
import { syntheticCountyReports } from "@disclosure/samples/rollup";
import type { Report, Message } from "@disclosure/schema";
import { type CheckOptions, type Finding, check } from "@disclosure/stats";
import { applicantTypes, resultGroups, table3RowLabel } from "./chart-data.js";
import { $, download, el, msgNodes } from "./dom.js";
import { TEMPLATE_DOWNLOADS, downloadButtons, makeTemplate, publishFile } from "./downloads.js";
import { editedReport, hasEdits, openForEditing, startEditing, wireEditor } from "./editor/editor.js";
import { OPEN_REPORT_EVENT } from "./collect/open-report.js";
import { confirmPublish } from "./editor/publish.js";
import { sectionEditors } from "./editor/sections.js";
import { type SavedWork, type WorkOrigin, loadWork } from "./editor/store.js";
import { clearMarks, findingsView, markCells, markSections, wireShowCells } from "./findings.js";
import { issuesBox } from "./issues-view.js";
import {
  type CellsContext,
  type Loaded,
  loadFile,
  loadSample,
  loadSynthetic,
  rollupFindings,
} from "./sources.js";
import { reportTables } from "./table.js";
import { unitApplicantStacks, unitsView } from "./units.js";
import { type ViewId, wireViews } from "./views.js";
import "./style.css";
import "./editor/editor.css";

type Charts = typeof import("./charts.js");

let current: Loaded | undefined;
/** Last year's report the user gave for the cross-year checks of their own file. */
let userPrevious: Report | undefined;
let findings: readonly Finding[] = [];
let script: Script = "hans";
let generation = 0;
let charts: Promise<Charts> | undefined;
let redrawTimer: ReturnType<typeof setTimeout> | undefined;

/** Every rule of `check`, with the wording of sections 一, 五 and 六 asked for: the report is to be published. */
const PUBLISHING: NonNullable<CheckOptions["rules"]> = { enable: ["TEXT-SECTION-EMPTY"] };

/** ECharts and the chart helpers, loaded on first use. */
function loadCharts(): Promise<Charts> {
  charts ??= import("./charts.js");
  return charts;
}

function setStatus(m: Message | undefined, busy = false): void {
  const box = $("#status");
  box.replaceChildren(...(m ? msgNodes(m) : []));
  box.toggleAttribute("data-busy", busy);
}

/** The report on screen: as edited, else as opened. */
function shownReport(): Report | undefined {
  return current?.report ? (editedReport() ?? current.report) : undefined;
}

/**
 * Opens a loaded report in the single-report view, to check and edit: the entry point for
 * every source (the sample, the synthetic county, a user's file, a roll-up of collected
 * submissions). `saved` restores kept work on this report.
 */
export async function openReport(l: Loaded, origin?: WorkOrigin, saved?: SavedWork): Promise<void> {
  const o: WorkOrigin =
    origin ??
    (l.source === "sample" ? { kind: "sample" } : { kind: "loaded", loaded: { ...l, ledger: undefined } });
  const host = { tables: $("#tables-body"), sections: $("#wording-body"), onChange: refresh };
  if (l.report && saved)
    startEditing(host, o, {
      base: saved.base,
      current: saved.current,
      past: saved.past,
      future: saved.future,
    });
  else if (l.report) openForEditing(host, o, l.report);
  await show(saved ? { ...l, report: saved.base } : l);
}

/** Shows a loaded source: header, issues, findings, tables, wording, charts, report, downloads. */
async function show(l: Loaded): Promise<void> {
  const gen = ++generation;
  current = l;
  $("#subtitle").replaceChildren(...msgNodes(l.description));
  $("#issues").replaceChildren(
    issuesBox({ zh: "被拒绝的输入", en: "Rejected input" }, l.issues, "error") ?? "",
    issuesBox({ zh: "提醒", en: "Warnings" }, l.warnings, "warning") ?? "",
  );
  document.body.dataset.source = l.source;
  $("#units").hidden = !l.rollup;
  $("#toc-units").hidden = !l.rollup;
  const r = shownReport();
  if (!r) {
    $("#title").textContent = "无法使用的输入";
    findings = [];
    for (const id of [
      "#findings-list",
      "#tables-body",
      "#wording-body",
      "#report-body",
      "#downloads-body",
      "#units-body",
    ])
      $(id).replaceChildren();
    $("#findings-list").append(
      el("p", {}, ...msgNodes({ zh: "没有可检查的报告数据。", en: "No report data to check." })),
    );
    setStatus({
      zh: "输入有误，见下方列出的位置。",
      en: "The input has errors; see the locations listed below.",
    });
    await drawCharts(undefined);
    return;
  }
  $("#tables-body").replaceChildren(
    ...reportTables(r.format, r.tables, { editable: true, idPrefix: "grid-" }),
  );
  $("#wording-body").replaceChildren(...sectionEditors(r));
  showUnits(l, r);
  $("#downloads-body").replaceChildren(...downloadButtons(!!l.ledger));
  setStatus(undefined);
  checkAndMark(r);
  await renderReportView(r, gen);
  await drawCharts(l);
}

function showUnits(l: Loaded, r: Report): void {
  const body = $("#units-body");
  if (!l.rollup) {
    body.replaceChildren();
    return;
  }
  body.replaceChildren(
    el(
      "div",
      { class: "chart-grid" },
      el("div", {
        class: "chart tall",
        id: "chart-units",
        role: "img",
        "aria-label": "各单位本年新收申请（按申请人类型）",
      }),
      el("div", { class: "chart", id: "chart-trend", role: "img", "aria-label": "历年申请数量" }),
    ),
    unitsView(r, l.rollup),
  );
}

/** Last year's report for the cross-year checks: the source's own, else the one the user gave for a file. */
function previousOf(l: Loaded): { previous?: Report } {
  const previous = l.previous ?? (l.source === "file" ? userPrevious : undefined);
  return previous ? { previous } : {};
}

/** Checks the report on screen and shows what was found: the list, the marked cells and sections. */
function checkAndMark(r: Report): void {
  const l = current;
  if (!l) return;
  $("#title").textContent = reportDocument(r).title;
  document.title = `${reportDocument(r).title} — @disclosure 演示`;
  findings = [
    ...rollupFindings(l),
    ...check(r, {
      ...previousOf(l),
      ...(l.units ? { units: l.units } : {}),
      rules: PUBLISHING,
      ...(l.checkTables ? { tables: l.checkTables } : {}),
      ...(l.headings ? { headings: l.headings } : {}),
    }),
  ];
  $("#findings-list").replaceChildren(findingsView(findings));
  clearMarks($("#tables-body"));
  markCells($("#tables-body"), findings);
  markSections($("#wording-body"), findings);
}

/** After an edit: checked at once; the full report and the charts redrawn when typing pauses. */
function refresh(r: Report): void {
  checkAndMark(r);
  if (redrawTimer) clearTimeout(redrawTimer);
  const gen = generation;
  redrawTimer = setTimeout(() => {
    if (gen !== generation || !current) return;
    void renderReportView(r, gen).then(() => drawCharts(current));
  }, 400);
}

async function renderReportView(report: Report, gen: number): Promise<void> {
  const body = $("#report-body");
  body.setAttribute("aria-busy", "true");
  const html = await renderReport(report, { to: "html", standalone: false, script, idPrefix: "report-" });
  if (gen !== generation) return;
  // The library's escaped HTML, parsed into an inert document (no script runs) and moved in.
  const doc = new DOMParser().parseFromString(html, "text/html");
  body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
  // The page has one h1; the report's own title is a heading of the section it stands in.
  for (const h of body.querySelectorAll("h1")) h.setAttribute("aria-level", "2");
  body.removeAttribute("aria-busy");
  body.dataset.script = script;
}

async function drawCharts(l: Loaded | undefined): Promise<void> {
  const gen = generation;
  const c = await loadCharts();
  if (gen !== generation) return;
  const r = l?.report ? shownReport() : undefined;
  const results = $("#chart-results");
  const applicants = $("#chart-applicants");
  if (!r || !l) {
    results.replaceChildren();
    applicants.replaceChildren();
    return;
  }
  c.pie(results, `本年度办理结果（${resultGroups(r).reduce((s, b) => s + b.value, 0)} 件）`, resultGroups(r));
  c.bars(applicants, `${table3RowLabel(r.format, "received")}：按申请人类型`, applicantTypes(r));
  if (l.rollup && l.source === "synthetic") {
    const stacks = unitApplicantStacks(r, l.rollup);
    c.stacked($("#chart-units"), "各单位本年新收申请（按申请人类型）", stacks.units, stacks.series);
    const seed = Number(($("#syn-seed") as HTMLInputElement).value);
    const years = syntheticCountyReports({ seed, year: r.year });
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
  const { sampleCoverage, coverageView, coverageChart } = await import("./coverage.js");
  const cov = sampleCoverage();
  body.replaceChildren(...coverageView(cov));
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
  const year = cellsYear();
  return {
    ...(year === undefined ? {} : { year }),
    format: format === "2019" || format === "2021" ? format : "auto",
    agency: ($("#cells-agency") as HTMLInputElement).value,
  };
}

async function openFile(file: File): Promise<void> {
  setStatus({ zh: `正在读取 ${file.name}……`, en: `Reading ${file.name}…` }, true);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="source"]'))
    radio.checked = false;
  const bytes = new Uint8Array(await file.arrayBuffer());
  await openReport(await loadFile(file.name, bytes, cellsContext()));
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
  document.getElementById(`${input.id}-error`)?.replaceChildren(...(ok ? [] : msgNodes(m)));
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
    await openReport(loadSynthetic(seed, year), { kind: "synthetic", seed, year });
  } else if (chosen === "sample") {
    await openReport(loadSample());
  }
}

async function openPrevious(file: File | undefined): Promise<void> {
  const l = file
    ? await loadFile(file.name, new Uint8Array(await file.arrayBuffer()), cellsContext())
    : undefined;
  userPrevious = l?.report;
  const m: Message | undefined = !l
    ? undefined
    : l.report
      ? { zh: `${l.report.agency.name} ${l.report.year} 年`, en: `${l.report.agency.name}, ${l.report.year}` }
      : {
          zh: `无法使用：${l.issues[0]?.message.zh ?? ""}`,
          en: `unusable: ${l.issues[0]?.message.en ?? ""}`,
        };
  $("#previous-status").replaceChildren(...(m ? msgNodes(m) : []));
  const r = shownReport();
  if (current?.source === "file" && r) checkAndMark(r);
}

/** A download of the report as edited; one with error findings asks first. */
async function onDownload(button: HTMLButtonElement): Promise<void> {
  const report = shownReport();
  if (!report) return;
  const f = await publishFile(button.dataset.download ?? "", report, {
    script,
    ...(current?.ledger ? { ledger: current.ledger } : {}),
    confirm: () =>
      confirmPublish(
        findings.filter((x) => x.severity === "error").length,
        button.querySelector(".zh")?.textContent ?? "",
      ),
  });
  if (f) download(f.name, f.data, f.type);
}

function wire(): void {
  $("#source-form").addEventListener("submit", (e) => e.preventDefault());
  for (const input of document.querySelectorAll('input[name="source"], #syn-year, #syn-seed'))
    input.addEventListener("change", () => void loadChosen());
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
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="script"]')) {
    radio.addEventListener("change", () => {
      script = radio.value === "hant" ? "hant" : "hans";
      const r = shownReport();
      if (r) void renderReportView(r, generation);
    });
  }
  wireShowCells($("#findings-list"), $("#tables-body"));
  wireEditor($("#tables-body"), $("#wording-body"));
  $("#downloads-body").addEventListener("click", async (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button[data-download]");
    if (!button) return;
    button.disabled = true;
    try {
      await onDownload(button);
    } finally {
      button.disabled = false;
    }
  });
}

/** Step 1 of the first screen: the empty forms; step 2: the synthetic county. */
function wireStart(): void {
  $("#template-buttons").replaceChildren(
    ...TEMPLATE_DOWNLOADS.map((d) =>
      el("button", { type: "button", class: "download", "data-template": d.id }, ...msgNodes(d.label)),
    ),
  );
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

/** The work kept in this browser, opened again from its source; the sample when there is none. */
async function restore(): Promise<void> {
  const saved = await loadWork();
  const o = saved?.origin;
  if (o?.kind === "synthetic") {
    const radio = document.querySelector<HTMLInputElement>('input[name="source"][value="synthetic"]');
    if (radio) radio.checked = true;
    ($("#syn-year") as HTMLInputElement).value = String(o.year);
    ($("#syn-seed") as HTMLInputElement).value = String(o.seed);
    await openReport(loadSynthetic(o.seed, o.year), o, saved);
  } else if (o?.kind === "loaded" && o.loaded && typeof o.loaded === "object") {
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="source"]'))
      radio.checked = false;
    await openReport(o.loaded as Loaded, o, saved);
  } else {
    await openReport(loadSample(), { kind: "sample" }, o?.kind === "sample" ? saved : undefined);
  }
  if (saved && hasEdits())
    setStatus({
      zh: "已恢复上次在本浏览器中的修改。",
      en: "The changes kept in this browser were restored.",
    });
}

/** The 审查 view is loaded when first shown; the charts are redrawn to size when the report view comes back. */
function onView(view: ViewId): void {
  if (view === "audit") void import("./audit/page.js").then((m) => m.openAuditPage());
  else if (charts) void charts.then((c) => c.resizeAll(document));
}

wire();
wireStart();
// A roll-up of collected submissions (the 汇总 view) is opened here, to be edited and published,
// on the event of src/collect/open-report.ts.
window.addEventListener(OPEN_REPORT_EVENT, (e) => {
  const loaded = (e as CustomEvent<Loaded>).detail;
  if (!loaded) return;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="source"]'))
    radio.checked = false;
  void openReport(loaded).then(() => $("#tables").scrollIntoView());
});
// Boxes that scroll are reached by the keyboard (WCAG 2.1.1); set here, as HTML keeps
// tabindex to interactive elements.
for (const box of document.querySelectorAll<HTMLElement>("[data-scroll-region]")) box.tabIndex = 0;
wireViews(onView);
void restore().then(() => {
  const idle = (cb: () => void) =>
    "requestIdleCallback" in window ? requestIdleCallback(cb, { timeout: 500 }) : setTimeout(cb, 50);
  idle(() => void showCatalog());
});
