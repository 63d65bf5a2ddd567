// The findings of `check`, listed by severity with rule id and message; each one can point
// at the cells it involves in the tables (data-cell attributes).
import { cellKey } from "@disclosure/schema";
import { type Finding, ruleDef } from "@disclosure/stats";
import { esc, msg } from "./dom.js";

const SEVERITIES = [
  { id: "error", zh: "错误", en: "Errors" },
  { id: "warning", zh: "警告", en: "Warnings" },
  { id: "info", zh: "提示", en: "Info" },
] as const;

/** The keys of a finding's cells in the report on screen (cells of other years or units are left out). */
export function findingCells(f: Finding): string[] {
  return f.cells
    .filter((c) => c.year === undefined && c.unit === undefined)
    .map((c) => cellKey(c.table, c.row, c.col));
}

/** The findings as HTML: a summary line, then one list per severity. */
export function findingsHtml(findings: readonly Finding[]): string {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const summary = SEVERITIES.map(
    (s) =>
      `<span class="sev sev-${s.id}">${s.zh} <b>${count(s.id)}</b><span class="en" lang="en"> ${s.en}</span></span>`,
  ).join(" ");
  if (findings.length === 0) {
    return `<p class="summary">${summary}</p><p>${msg({ zh: "未发现问题。", en: "No findings." })}</p>`;
  }
  const groups = SEVERITIES.filter((s) => count(s.id) > 0).map((s) => {
    const items = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.severity === s.id)
      .map(({ f, i }) => findingItem(f, i));
    return `<section class="sev-group" data-severity="${s.id}" aria-label="${s.zh}"><h3>${s.zh}<span class="en" lang="en"> ${s.en}</span></h3><ol>${items.join("")}</ol></section>`;
  });
  return `<p class="summary">${summary}</p>${groups.join("")}`;
}

function findingItem(f: Finding, index: number): string {
  const cells = findingCells(f);
  const title = ruleDef(f.rule)?.title;
  const rule = `<code class="rule"${title ? ` title="${esc(`${title.zh} / ${title.en}`)}"` : ""}>${esc(f.rule)}</code>`;
  const unit = f.unit ? `<span class="unit">［${esc(f.unit)}］</span>` : "";
  const show = cells.length
    ? ` <button type="button" class="show-cells" aria-pressed="false" data-finding="${index}">在表中标出<span class="en" lang="en"> show in table</span></button>`
    : "";
  return `<li class="finding" data-severity="${f.severity}" data-rule="${esc(f.rule)}" data-cells="${esc(cells.join(" "))}">${rule} ${unit}<span class="message">${msg(f.message, { block: true })}</span>${show}</li>`;
}

/**
 * Marks every table cell involved in a finding with the strongest severity among them
 * (`data-finding="error"`), and a tooltip with the rule ids.
 */
export function markCells(root: ParentNode, findings: readonly Finding[]): void {
  const rank = { error: 3, warning: 2, info: 1 } as const;
  const marks = new Map<string, { severity: Finding["severity"]; rules: Set<string> }>();
  for (const f of findings) {
    for (const key of findingCells(f)) {
      const m = marks.get(key) ?? { severity: f.severity, rules: new Set<string>() };
      if (rank[f.severity] > rank[m.severity]) m.severity = f.severity;
      m.rules.add(f.rule);
      marks.set(key, m);
    }
  }
  for (const [key, m] of marks) {
    for (const td of root.querySelectorAll<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`)) {
      td.dataset.finding = m.severity;
      td.title = [...m.rules].join(", ");
    }
  }
}

/** Highlights the cells of one finding (and only those); returns the first, to scroll to. */
export function highlight(root: ParentNode, keys: readonly string[]): HTMLElement | undefined {
  for (const el of root.querySelectorAll<HTMLElement>("td.hit")) el.classList.remove("hit");
  let first: HTMLElement | undefined;
  for (const key of keys) {
    for (const td of root.querySelectorAll<HTMLElement>(`[data-cell="${CSS.escape(key)}"]`)) {
      td.classList.add("hit");
      first ??= td;
    }
  }
  return first;
}
