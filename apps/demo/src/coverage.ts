// Catalog coverage of the sample county: the 2020 政务公开事项标准目录 of 盐池县 and a year of
// its units' publications through `coverage` and `coverageFacts` of @disclosure/catalog.
import { type CoverageResult, type GroupFact, coverage, coverageFacts } from "@disclosure/catalog";
import {
  yanchi2020FactTargets,
  yanchi2020KeyAreaGroups,
  yanchiCatalog,
  yanchiPublications2020,
} from "@disclosure/samples/catalog";
import { type Child, el, msgNodes } from "./dom.js";

export interface SampleCoverage {
  readonly result: CoverageResult;
  readonly facts: readonly GroupFact[];
}

/** Coverage of the sample catalog by the sample publications over 2020. */
export function sampleCoverage(): SampleCoverage {
  const result = coverage(yanchiCatalog(), yanchiPublications2020(), {
    from: "2020-01-01",
    to: "2020-12-31",
    maxListed: 10_000,
  });
  return { result, facts: coverageFacts(result, yanchi2020KeyAreaGroups) };
}

const n = (x: number) => x.toLocaleString("zh-CN");

type Cell = { readonly text: Child | readonly Child[]; readonly cls?: string; readonly head?: boolean };

/** A scrolling table of data: a header row, then one row per entry. */
function dataTable(id: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): HTMLElement {
  const cell = (c: Cell) =>
    el(c.head ? "th" : "td", { class: c.cls, scope: c.head ? "row" : undefined }, ...[c.text].flat());
  return el(
    "div",
    { class: "scroll" },
    el(
      "table",
      { class: "data", id },
      el("thead", {}, el("tr", {}, ...headers.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, ...rows.map((r) => el("tr", {}, ...r.map(cell)))),
    ),
  );
}

const heading = (zh: string, en: string) =>
  el("h3", {}, zh, el("span", { class: "en", lang: "en" }, ` ${en}`));
const note = (zh: string, en: string) =>
  el("p", { class: "note" }, zh, el("span", { class: "en", lang: "en" }, en));

/** Summary, key-area figures against the report's, per-area counts, late and missing items. */
export function coverageView({ result, facts }: SampleCoverage): HTMLElement[] {
  const figures = facts.map((f): Cell[] => {
    const target = yanchi2020FactTargets[f.fact];
    const same = target === undefined ? "" : target === f.count ? "✓" : `≠ ${n(target)}`;
    return [
      { text: f.groupLabel.zhHans },
      { text: f.what.zhHans },
      { text: `${n(f.count)} ${f.unit}`, cls: "num" },
      { text: target === undefined ? "—" : `${n(target)} ${f.unit}`, cls: "num" },
      { text: same },
    ];
  });
  const areas = result.byArea.map((a): Cell[] => [
    { text: [a.name, a.standard ? undefined : el("span", { class: "tag" }, "其他")], head: true },
    { text: String(a.items), cls: "num" },
    { text: String(a.covered), cls: "num" },
    { text: String(a.missing), cls: a.missing ? "num bad" : "num" },
    { text: n(a.publications), cls: "num" },
    { text: n(a.onTime), cls: "num" },
    { text: n(a.late), cls: a.late ? "num warn" : "num" },
  ]);
  const missing = result.byItem.filter((i) => i.status === "missing");
  const missingRows = missing.map((i): Cell[] => [
    { text: el("code", {}, i.key) },
    { text: i.unit },
    { text: i.areaName },
    { text: [i.level1, i.level2, i.level3].filter(Boolean).join(" › ") },
  ]);
  const late = [...result.late].sort((a, b) => b.lateByWorkingDays - a.lateByWorkingDays).slice(0, 30);
  const lateRows = late.map((l): Cell[] => [
    { text: l.title },
    { text: l.unit },
    { text: l.eventDate ?? "" },
    { text: l.deadline },
    { text: l.date },
    { text: String(l.lateByWorkingDays), cls: "num" },
  ]);
  return [
    el("p", { class: "summary-text" }, ...msgNodes(result.summary, { block: true })),
    heading("报告中的重点领域数字", "The report's key-area figures"),
    note(
      "由目录事项的公开记录计算，与年度报告第一部分所列数字对照。",
      "Counted from the publications of the catalog items, against the figures printed in section 一 of the report.",
    ),
    dataTable("coverage-facts", ["重点领域", "信息", "公开记录", "报告所列", "一致"], figures),
    heading("各领域覆盖情况", "Coverage per area"),
    el("div", {
      class: "chart",
      id: "chart-coverage",
      role: "img",
      "aria-label": "各领域目录事项已公开与缺失数",
    }),
    dataTable(
      "coverage-areas",
      ["领域", "目录事项", "已公开事项", "缺失事项", "公开信息（条）", "按时", "逾期"],
      areas,
    ),
    heading(`未公开的目录事项（${missing.length} 项）`, "Items with no publication"),
    dataTable("coverage-missing", ["事项编码", "单位", "领域", "事项"], missingRows),
    heading(
      `逾期公开（共 ${n(result.totals.late)} 条，列出逾期最久的 ${late.length} 条）`,
      "Late publications (the longest delays)",
    ),
    dataTable(
      "coverage-late",
      ["标题", "单位", "信息形成日期", "公开时限", "公开日期", "逾期工作日"],
      lateRows,
    ),
  ];
}

/** Per area: catalog items published and items missing (the stacks of the coverage chart). */
export function coverageChart({ result }: SampleCoverage): {
  areas: string[];
  series: { name: string; values: number[] }[];
} {
  return {
    areas: result.byArea.map((a) => a.name),
    series: [
      { name: "已公开事项", values: result.byArea.map((a) => a.covered) },
      { name: "缺失事项", values: result.byArea.map((a) => a.missing) },
    ],
  };
}
