// The pairs of one agency's consecutive years and what the cross-year rules (结转 continuity,
// 现行有效 continuity …) found in each.
import type { AuditPair } from "@disclosure/report-text";
import { el, msgNodes } from "../dom.js";

function findingsCell(p: AuditPair): HTMLTableCellElement {
  if (!p.findings.length)
    return el("td", { class: "ok" }, ...msgNodes({ zh: "跨年规则均通过", en: "the cross-year rules hold" }));
  return el(
    "td",
    {},
    el(
      "ul",
      { class: "pair-findings" },
      ...p.findings.map((f) =>
        el(
          "li",
          { class: "finding", "data-severity": f.severity, "data-rule": f.rule },
          el("code", { class: "rule" }, f.rule),
          " ",
          el("span", { class: "message" }, ...msgNodes(f.message, { block: true })),
        ),
      ),
    ),
  );
}

/** The pairs as a table: agency, years, files, the cross-year findings (or that they hold). */
export function pairsView(pairs: readonly AuditPair[]): HTMLElement {
  if (!pairs.length) {
    return el(
      "p",
      { class: "note" },
      ...msgNodes({ zh: "尚无同一机关相邻年度的报告。", en: "No two consecutive years of one agency yet." }),
    );
  }
  const header = [
    { zh: "机关", en: "Agency" },
    { zh: "年度", en: "Years" },
    { zh: "文件", en: "Files" },
    { zh: "跨年检查", en: "Cross-year checks" },
  ];
  return el(
    "table",
    { class: "data pairs" },
    el("thead", {}, el("tr", {}, ...header.map((h) => el("th", { scope: "col" }, ...msgNodes(h))))),
    el(
      "tbody",
      {},
      ...pairs.map((p) =>
        el(
          "tr",
          {
            "data-agency": p.agency,
            "data-years": `${p.previous.year}-${p.current.year}`,
            "data-findings": p.findings.length,
          },
          el("th", { scope: "row" }, p.agency),
          el("td", { class: "num" }, `${p.previous.year} → ${p.current.year}`),
          el("td", {}, `${p.previous.file} → ${p.current.file}`),
          findingsCell(p),
        ),
      ),
    ),
  );
}
