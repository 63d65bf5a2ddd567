// The audit as files an office works with: the workbook (概览, 问题, 跨年, 规则; exceljs loaded
// on demand) and each sheet as CSV (UTF-8 with BOM, formula-like cells guarded).
import { type AuditPair, type AuditedReport, auditSheets } from "@disclosure/report-text";
import { csvText } from "@disclosure/schema";
import type { DownloadFile } from "../downloads.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The sheets' names, in the workbook's order. */
export const AUDIT_SHEETS = ["概览", "问题", "跨年", "规则"] as const;

/** The workbook of the audit: one sheet per view, headers bold and frozen. */
export async function auditWorkbook(
  reports: readonly AuditedReport[],
  pairs: readonly AuditPair[],
): Promise<DownloadFile> {
  const { writeGridXlsx } = await import("@disclosure/catalog");
  const sheets = auditSheets(reports, pairs).map((s) => ({ name: s.name, rows: s.rows }));
  return { name: "审查结果.xlsx", data: await writeGridXlsx(sheets), type: XLSX };
}

/** One sheet of the audit as CSV (`审查结果.问题.csv` …), or undefined for a name it has not. */
export function auditCsv(
  reports: readonly AuditedReport[],
  pairs: readonly AuditPair[],
  sheet: string,
): DownloadFile | undefined {
  const s = auditSheets(reports, pairs).find((x) => x.name === sheet);
  if (!s) return undefined;
  return {
    name: `审查结果.${s.name}.csv`,
    data: csvText(s.rows, { bom: true }),
    type: "text/csv;charset=utf-8",
  };
}
