// One unit opened from the units table: its files (what each is, its year, its counts), the
// issues of its files, its findings (its own report checked, and the roll-up's about it)
// beside its tables, and a button to open its report in the single-report view.
import { type CollectedUnit, type Submission, describeSubmission } from "@disclosure/report-text";
import { type Finding, check } from "@disclosure/stats";
import type { Message } from "@disclosure/schema";
import { el, msgNodes } from "../dom.js";
import { findingsView } from "../findings.js";
import { issuesBox } from "../issues-view.js";
import { markedTables } from "./tables-view.js";

/** Where a file's unit name was found. */
const UNIT_FROM: Readonly<Record<Submission["unit"]["from"], Message>> = {
  content: { zh: "单位名称取自文件内容", en: "unit named by the file" },
  option: { zh: "单位名称为填写的名称", en: "unit named as given" },
  "file-name": { zh: "单位名称取自文件名", en: "unit named after the file name" },
};

/** One line on a file (describeSubmission of report-text), and where its unit and year came from. */
export function fileLine(s: Submission): Message {
  const d = describeSubmission(s);
  const unit = UNIT_FROM[s.unit.from];
  const year =
    s.yearFrom === "option"
      ? { zh: "，年度按汇总年度", en: ", the year of the roll-up" }
      : { zh: "", en: "" };
  return { zh: `${d.zh}（${unit.zh}${year.zh}）`, en: `${d.en} (${unit.en}${year.en})` };
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
