// One unit opened from the units table: its files (what each is, its year, its counts), the
// issues of its files, its findings (its own report checked, and the roll-up's about it)
// beside its tables, and a button to open its report in the single-report view.
import type { CollectedUnit, Submission } from "@disclosure/report-text";
import { type Finding, check } from "@disclosure/stats";
import { type Message, el, msgNodes } from "../dom.js";
import { findingsView } from "../findings.js";
import { issuesBox } from "./issues-view.js";
import { markedTables } from "./tables-view.js";

/** One line on a file: kind, year and where it came from, format, counts. */
export function fileLine(s: Submission): Message {
  const year = s.year === undefined ? "" : `${s.year} 年${s.yearFrom === "option" ? "（按汇总年度）" : ""}`;
  const yearEn =
    s.year === undefined ? "" : `${s.year}${s.yearFrom === "option" ? " (the roll-up year)" : ""}`;
  const unit = s.unit.from === "content" ? "单位名称取自文件内容" : "单位名称取自文件名";
  const unitEn = s.unit.from === "content" ? "unit named by the file" : "unit named after the file name";
  const cells = s.cellCounts
    ? {
        zh: `；单元格 ${s.cellCounts.accepted} 个，拒收 ${s.cellCounts.rejected} 个`,
        en: `; ${s.cellCounts.accepted} cells, ${s.cellCounts.rejected} refused`,
      }
    : { zh: "", en: "" };
  const recs = s.recordCounts
    ? {
        zh: `；记录接受 ${s.recordCounts.accepted} 行，拒收 ${s.recordCounts.rejected} 行`,
        en: `; ${s.recordCounts.accepted} records accepted, ${s.recordCounts.rejected} rejected`,
      }
    : { zh: "", en: "" };
  return {
    zh: `${s.file}：${s.kind}，${year}${s.format ? `，${s.format} 年格式` : ""}；${unit}${cells.zh}${recs.zh}`,
    en: `${s.file}: ${s.kind}, ${yearEn}${s.format ? `, ${s.format} format` : ""}; ${unitEn}${cells.en}${recs.en}`,
  };
}

/** The unit's first usable file: the one summed. */
export function summedFile(u: CollectedUnit, subs: readonly Submission[]): Submission | undefined {
  return u.files.map((i) => subs[i]).find((s) => s?.report);
}

/** The unit's findings: its report checked on its own, then the roll-up's findings naming it. */
export function unitFindings(s: Submission | undefined, about: readonly Finding[]): Finding[] {
  const own = s?.report ? check(s.report, s.tables ? { tables: s.tables } : {}) : [];
  return [...about, ...own];
}

/** The detail's content. */
export function unitDetail(
  u: CollectedUnit,
  subs: readonly Submission[],
  about: readonly Finding[],
): { description: HTMLElement; findings: HTMLElement; tables: HTMLElement; summed?: Submission } {
  const files = u.files.flatMap((i) => subs[i] ?? []);
  const summed = summedFile(u, subs);
  const findings = unitFindings(summed, about);
  const description = el(
    "div",
    {},
    el("ul", { class: "file-lines" }, ...files.map((s) => el("li", {}, ...msgNodes(fileLine(s))))),
    issuesBox(
      { zh: "被拒绝的输入", en: "Rejected input" },
      files.flatMap((s) => s.issues),
      "error",
    ),
    issuesBox(
      { zh: "提醒", en: "Warnings" },
      files.flatMap((s) => s.warnings),
      "warning",
    ),
  );
  const list = el("div", { class: "collect-unit-findings" }, findingsView(findings));
  const tables = summed?.report
    ? markedTables(summed.report.format, summed.report.tables, findings)
    : el("p", {}, ...msgNodes({ zh: "没有可显示的表格。", en: "No tables to show." }));
  return { description, findings: list, tables, ...(summed ? { summed } : {}) };
}
