// Catalog coverage of the sample county: the 2020 政务公开事项标准目录 of 盐池县 and a year of
// its units' publications through `coverage` and `coverageFacts` of @disclosure/catalog.
import { type CoverageResult, type GroupFact, coverage, coverageFacts } from "@disclosure/catalog";
import {
  yanchi2020FactTargets,
  yanchi2020KeyAreaGroups,
  yanchiCatalog,
  yanchiPublications2020,
} from "@disclosure/samples/catalog";
import { esc, msg } from "./dom.js";

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

/** Summary, key-area figures against the report's, per-area counts, late and missing items. */
export function coverageHtml({ result, facts }: SampleCoverage): string {
  const figures = facts
    .map((f) => {
      const target = yanchi2020FactTargets[f.fact];
      const same = target === undefined ? "" : target === f.count ? "✓" : `≠ ${n(target)}`;
      return `<tr><td>${esc(f.groupLabel.zhHans)}</td><td>${esc(f.what.zhHans)}</td><td class="num">${n(f.count)} ${esc(f.unit)}</td><td class="num">${target === undefined ? "—" : `${n(target)} ${esc(f.unit)}`}</td><td>${same}</td></tr>`;
    })
    .join("");
  const areas = result.byArea
    .map(
      (a) =>
        `<tr><th scope="row">${esc(a.name)}${a.standard ? "" : '<span class="tag">其他</span>'}</th><td class="num">${a.items}</td><td class="num">${a.covered}</td><td class="num${a.missing ? " bad" : ""}">${a.missing}</td><td class="num">${n(a.publications)}</td><td class="num">${n(a.onTime)}</td><td class="num${a.late ? " warn" : ""}">${n(a.late)}</td></tr>`,
    )
    .join("");
  const missing = result.byItem.filter((i) => i.status === "missing");
  const missingRows = missing
    .map(
      (i) =>
        `<tr><td><code>${esc(i.key)}</code></td><td>${esc(i.unit)}</td><td>${esc(i.areaName)}</td><td>${esc([i.level1, i.level2, i.level3].filter(Boolean).join(" › "))}</td></tr>`,
    )
    .join("");
  const late = [...result.late].sort((a, b) => b.lateByWorkingDays - a.lateByWorkingDays).slice(0, 30);
  const lateRows = late
    .map(
      (l) =>
        `<tr><td>${esc(l.title)}</td><td>${esc(l.unit)}</td><td>${l.eventDate ?? ""}</td><td>${l.deadline}</td><td>${l.date}</td><td class="num">${l.lateByWorkingDays}</td></tr>`,
    )
    .join("");
  return `
  <p class="summary-text">${msg(result.summary, { block: true })}</p>
  <h3>报告中的重点领域数字<span class="en" lang="en"> The report's key-area figures</span></h3>
  <p class="note">由目录事项的公开记录计算，与年度报告第一部分所列数字对照。<span class="en" lang="en">Counted from the publications of the catalog items, against the figures printed in section 一 of the report.</span></p>
  <div class="scroll"><table class="data" id="coverage-facts"><thead><tr><th scope="col">重点领域</th><th scope="col">信息</th><th scope="col">公开记录</th><th scope="col">报告所列</th><th scope="col">一致</th></tr></thead><tbody>${figures}</tbody></table></div>
  <h3>各领域覆盖情况<span class="en" lang="en"> Coverage per area</span></h3>
  <div class="chart" id="chart-coverage" role="img" aria-label="各领域目录事项已公开与缺失数"></div>
  <div class="scroll"><table class="data" id="coverage-areas"><thead><tr><th scope="col">领域</th><th scope="col">目录事项</th><th scope="col">已公开事项</th><th scope="col">缺失事项</th><th scope="col">公开信息（条）</th><th scope="col">按时</th><th scope="col">逾期</th></tr></thead><tbody>${areas}</tbody></table></div>
  <h3>未公开的目录事项（${missing.length} 项）<span class="en" lang="en"> Items with no publication</span></h3>
  <div class="scroll"><table class="data" id="coverage-missing"><thead><tr><th scope="col">事项编码</th><th scope="col">单位</th><th scope="col">领域</th><th scope="col">事项</th></tr></thead><tbody>${missingRows}</tbody></table></div>
  <h3>逾期公开（共 ${n(result.totals.late)} 条，列出逾期最久的 ${late.length} 条）<span class="en" lang="en"> Late publications (the longest delays)</span></h3>
  <div class="scroll"><table class="data" id="coverage-late"><thead><tr><th scope="col">标题</th><th scope="col">单位</th><th scope="col">信息形成日期</th><th scope="col">公开时限</th><th scope="col">公开日期</th><th scope="col">逾期工作日</th></tr></thead><tbody>${lateRows}</tbody></table></div>`;
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
