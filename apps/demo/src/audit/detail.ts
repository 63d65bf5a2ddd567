// One audited report opened beside the table: what it is, its findings (with the page or line
// where each was printed) beside its tables, the cells each finding involves marked.
import type { AuditFinding, AuditPair, AuditedReport } from "@disclosure/report-text";
import { placeOf } from "@disclosure/report-text/internal";
import type { Tables, Message } from "@disclosure/schema";
import { el, msgNodes } from "../dom.js";
import { findingsView, markCells, showFindingCells } from "../findings.js";
import { reportTables } from "../table.js";

/** A report as the page keeps it: its row data and the cells the worker sent. */
export interface AuditedEntry {
  readonly id: number;
  readonly report: AuditedReport;
  readonly tables?: Tables;
}

/** The line under the report's name: agency, year, format, kind, cells read. */
export function describe(r: AuditedReport): Message {
  if (!r.read) return r.reason ?? { zh: "未能读取", en: "not read" };
  const hant = r.script === "hant";
  return {
    zh: `${r.agency ?? ""} ${r.year ?? ""} 年，${r.format ?? ""} 年格式（${r.kind ?? ""}${hant ? "，繁体" : ""}）；读出 ${r.cells.read} / ${r.cells.expected} 个单元格，未能读出 ${r.unread} 个`,
    en: `${r.agency ?? ""}, ${r.year ?? ""}, ${r.format ?? ""} format (${r.kind ?? ""}${hant ? ", Traditional" : ""}); ${r.cells.read} of ${r.cells.expected} cells read, ${r.unread} not read`,
  };
}

/** The report's findings, and the cross-year findings of the pairs in which it is the later year. */
export function entryFindings(entry: AuditedEntry, pairs: readonly AuditPair[]): AuditFinding[] {
  const later = pairs.filter((p) => p.current.file === entry.report.file).flatMap((p) => p.findings);
  return [...entry.report.findings, ...later];
}

/**
 * Fills the detail: `findings` gets the list, `tables` the report's tables with every involved
 * cell marked, and the first finding with cells is shown in them.
 */
export function showEntry(
  entry: AuditedEntry,
  pairs: readonly AuditPair[],
  parts: { title: HTMLElement; description: HTMLElement; findings: HTMLElement; tables: HTMLElement },
): void {
  const r = entry.report;
  const findings = entryFindings(entry, pairs);
  parts.title.textContent = r.file;
  parts.description.replaceChildren(...msgNodes(describe(r)));
  const place = (f: AuditFinding) => (f.place ? placeOf(f.place) : undefined);
  parts.findings.replaceChildren(
    r.read
      ? findingsView(findings, place)
      : el("p", { class: "not-read" }, ...msgNodes(r.reason ?? { zh: "未能读取", en: "not read" })),
  );
  parts.tables.replaceChildren(...(r.format && entry.tables ? reportTables(r.format, entry.tables) : []));
  markCells(parts.tables, findings);
  const first = parts.findings.querySelector<HTMLButtonElement>("button.show-cells");
  if (first) showFindingCells(first, parts.findings, parts.tables);
}
