// The findings of `check`, listed by severity with rule id and message; each one can point
// at the cells it involves in the tables (data-cell attributes). Built with DOM APIs.
import { tableCellKey } from "@disclosure/report-text";
import { type Finding, ruleDef } from "@disclosure/stats";
import type { Message } from "@disclosure/schema";
import { el, msgNodes } from "./dom.js";

const SEVERITIES = [
  { id: "error", zh: "错误", en: "Errors" },
  { id: "warning", zh: "警告", en: "Warnings" },
  { id: "info", zh: "提示", en: "Info" },
] as const;

/** The keys of a finding's cells in the report on screen (cells of other years or units are left out). */
export function findingCells(f: Finding): string[] {
  return f.cells
    .filter((c) => c.year === undefined && c.unit === undefined)
    .map((c) => tableCellKey(c.table, c.row, c.col));
}

/** The findings: a summary line, then one list per severity; `placeOf` adds where each was printed. */
export function findingsView<F extends Finding>(
  findings: readonly F[],
  placeOf?: (f: F) => Message | undefined,
): DocumentFragment {
  const count = (s: string) => findings.filter((f) => f.severity === s).length;
  const summary = el(
    "p",
    { class: "summary" },
    ...SEVERITIES.flatMap((s) => [
      el(
        "span",
        { class: `sev sev-${s.id}` },
        `${s.zh} `,
        el("b", {}, String(count(s.id))),
        el("span", { class: "en", lang: "en" }, ` ${s.en}`),
      ),
      " ",
    ]),
  );
  const view = document.createDocumentFragment();
  view.append(summary);
  if (findings.length === 0) {
    view.append(el("p", {}, ...msgNodes({ zh: "未发现问题。", en: "No findings." })));
    return view;
  }
  for (const s of SEVERITIES.filter((x) => count(x.id) > 0)) {
    const items = findings
      .map((f, i) => ({ f, i }))
      .filter(({ f }) => f.severity === s.id)
      .map(({ f, i }) => findingItem(f, i, placeOf?.(f)));
    view.append(
      el(
        "section",
        { class: "sev-group", "data-severity": s.id, "aria-label": s.zh },
        el("h3", {}, s.zh, el("span", { class: "en", lang: "en" }, ` ${s.en}`)),
        el("ol", {}, ...items),
      ),
    );
  }
  return view;
}

function findingItem(f: Finding, index: number, place: Message | undefined): HTMLLIElement {
  const cells = findingCells(f);
  const title = ruleDef(f.rule)?.title;
  return el(
    "li",
    { class: "finding", "data-severity": f.severity, "data-rule": f.rule, "data-cells": cells.join(" ") },
    el("code", { class: "rule", title: title ? `${title.zh} / ${title.en}` : undefined }, f.rule),
    " ",
    f.unit ? el("span", { class: "unit" }, `［${f.unit}］`) : undefined,
    place ? el("span", { class: "loc", title: place.en }, place.zh) : undefined,
    place ? " " : undefined,
    el("span", { class: "message" }, ...msgNodes(f.message, { block: true })),
    findingSection(f)
      ? el(
          "a",
          { class: "show-section", href: `#edit-${findingSection(f)}` },
          "去填写",
          el("span", { class: "en", lang: "en" }, " write it"),
        )
      : undefined,
    cells.length
      ? el(
          "button",
          { type: "button", class: "show-cells", "aria-pressed": "false", "data-finding": index },
          "在表中标出",
          el("span", { class: "en", lang: "en" }, " show in table"),
        )
      : undefined,
  );
}

/**
 * Takes every finding's mark and highlight off the cells (before the findings of an edited
 * report are marked: the list they were shown from is gone).
 */
export function clearMarks(root: ParentNode): void {
  for (const td of root.querySelectorAll<HTMLElement>("[data-finding]")) {
    delete td.dataset.finding;
    td.removeAttribute("title");
  }
  for (const td of root.querySelectorAll<HTMLElement>("td.hit")) td.classList.remove("hit");
}

/** The wording rules of one section, for the findings that do not name theirs. */
const SECTION_OF_RULE: Readonly<Record<string, string>> = {
  "TXT-OVERVIEW-ASPECTS": "overview",
  "TXT-PROBLEMS-NONEMPTY": "problems",
  "TXT-OTHER-FEES": "otherMatters",
  "TXT-OTHER-ITEMS": "otherMatters",
};

/** The section whose wording a finding is about, if any. */
export function findingSection(f: Finding): string | undefined {
  return f.section ?? SECTION_OF_RULE[f.rule];
}

/**
 * Marks the text areas of the sections a finding is about (`data-finding` on their box) and
 * puts the findings' messages in the note that describes the text area.
 */
export function markSections(root: ParentNode, findings: readonly Finding[]): void {
  for (const box of root.querySelectorAll<HTMLElement>("[data-section-box]")) {
    const about = findings.filter((f) => findingSection(f) === box.dataset.sectionBox);
    box.toggleAttribute("data-finding", about.length > 0);
    box
      .querySelector(".field-note")
      ?.replaceChildren(
        ...about.flatMap((f) => [el("span", { class: "rule" }, `${f.rule} `), ...msgNodes(f.message)]),
      );
  }
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

/** Shows one finding's cells in the tables: its button pressed, its cells highlighted. */
export function showFindingCells(
  button: HTMLButtonElement,
  list: ParentNode,
  tables: ParentNode,
): HTMLElement | undefined {
  const keys = (button.closest<HTMLElement>("li.finding")?.dataset.cells ?? "").split(" ").filter(Boolean);
  for (const b of list.querySelectorAll("button.show-cells[aria-pressed=true]"))
    b.setAttribute("aria-pressed", "false");
  button.setAttribute("aria-pressed", "true");
  return highlight(tables, keys);
}

/** "在表中标出" in `list` highlights the finding's cells in `tables` and scrolls to them. */
export function wireShowCells(list: HTMLElement, tables: ParentNode): void {
  list.addEventListener("click", (e) => {
    const button = (e.target as Element).closest<HTMLButtonElement>("button.show-cells");
    if (!button || !list.contains(button)) return;
    showFindingCells(button, list, tables)?.scrollIntoView({ block: "center", behavior: "smooth" });
  });
}
