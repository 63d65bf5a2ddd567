// The roll-up's per-unit breakdown: for the county's own figures and each unit, the key
// cells of tables 三 and 四 as `rollup` kept them, and the county total on the last line.
import { type Report, cellKey, columnLabel } from "@disclosure/schema";
import type { RollupResult } from "@disclosure/stats";
import { applicantColumns, table3RowLabel } from "./chart-data.js";
import { el } from "./dom.js";

/** The cells shown per unit. */
const COLUMNS = [
  ["table3", "received", "total"],
  ["table3", "carriedIn", "total"],
  ["table3", "resultTotal", "total"],
  ["table3", "carriedOut", "total"],
  ["table4", "cases", "review.total"],
  ["table4", "cases", "litigationDirect.total"],
  ["table4", "cases", "litigationAfterReview.total"],
] as const;

function header(report: Report, t: "table3" | "table4", row: string, col: string): string {
  if (t === "table3") return table3RowLabel(report.format, row).replace(/政府信息公开申请数量$/, "");
  return columnLabel(report.format, t, row, col, " ") ?? col;
}

const show = (v: number | null | undefined) => (typeof v === "number" ? String(v) : "");

/** The breakdown as a table: one row per unit (本级 first), the county's sums last. */
export function unitsView(report: Report, r: RollupResult): HTMLElement {
  const head = COLUMNS.map(([t, row, col]) => el("th", { scope: "col" }, header(report, t, row, col)));
  const body = r.units.map((u) => {
    const tds = COLUMNS.map(([t, row, col]) =>
      el("td", { class: "num" }, show(r.breakdown[cellKey(t, row, col)]?.[u.id])),
    );
    const tag = u.own
      ? el("span", { class: "tag" }, "本级")
      : u.included
        ? undefined
        : el("span", { class: "tag bad" }, "未计入");
    return el("tr", {}, el("th", { scope: "row" }, u.name, tag), ...tds);
  });
  const total = COLUMNS.map(([t, row, col]) =>
    el("td", { class: "num" }, show(report.tables[t]?.[row]?.[col])),
  );
  return el(
    "div",
    { class: "scroll" },
    el(
      "table",
      { class: "data units", id: "units-table" },
      el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "单位"), ...head)),
      el("tbody", {}, ...body),
      el("tfoot", {}, el("tr", {}, el("th", { scope: "row" }, "全县合计"), ...total)),
    ),
  );
}

/** Per unit (本级 first), 本年新收 by applicant column: the stacks of the per-unit chart. */
export function unitApplicantStacks(
  report: Report,
  r: RollupResult,
): { units: string[]; series: { name: string; values: number[] }[] } {
  return {
    units: r.units.map((u) => u.name),
    series: applicantColumns(report.format).map((c) => ({
      name: c.label,
      values: r.units.map((u) => r.breakdown[cellKey("table3", "received", c.code)]?.[u.id] ?? 0),
    })),
  };
}
