// A report with one figure or one section's wording changed: new objects along the path,
// everything else shared. Pure.
import type { Report, SectionId, TableId } from "@disclosure/schema";

/** The report with `table|row|col` set to `value` (null = blank). */
export function withCell(
  report: Report,
  table: TableId,
  row: string,
  col: string,
  value: number | null,
): Report {
  const t = report.tables[table] ?? {};
  const r = t[row] ?? {};
  return { ...report, tables: { ...report.tables, [table]: { ...t, [row]: { ...r, [col]: value } } } };
}

/** The report with a section's wording set. */
export function withSection(report: Report, id: SectionId, text: string): Report {
  return { ...report, sections: { ...report.sections, [id]: text } };
}

/** A cell's value in a report: a number, null (blank) or undefined (absent). */
export function cellValue(
  report: Report,
  table: TableId,
  row: string,
  col: string,
): number | null | undefined {
  return report.tables[table]?.[row]?.[col];
}
