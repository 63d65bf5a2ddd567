// The audit written out: a workbook with a sheet per view, CSV files (UTF-8 with BOM,
// formula-safe), or JSON Lines (a line a report and a line a pair).
import { writeGridXlsx } from "@disclosure/catalog";
import { type AuditPair, auditSheets } from "@disclosure/report-text";
import { csvText } from "@disclosure/schema";
import type { Io } from "../io.js";
import { type AuditOutcome, outcomeJsonLine, outcomeReport } from "./outcome.js";

export type AuditOutputKind = "xlsx" | "csv" | "jsonl";

/** The kind of output a file name asks for, or undefined. */
export function auditOutputKind(path: string): AuditOutputKind | undefined {
  return /\.(xlsx|csv|jsonl)$/i.exec(path)?.[1]?.toLowerCase() as AuditOutputKind | undefined;
}

/** `审查结果.csv` → `审查结果.问题.csv`: the CSV file of a further sheet. */
export function sheetCsvPath(path: string, sheet: string): string {
  return path.replace(/\.csv$/i, `.${sheet}.csv`);
}

/** One JSON line a report (made with the report: `AuditOutcome.jsonl`) and one a pair. */
export function auditJsonLines(reportLines: readonly string[], pairs: readonly AuditPair[]): string {
  return [...reportLines, ...pairs.map((p) => JSON.stringify({ type: "pair", ...p }))]
    .map((l) => `${l}\n`)
    .join("");
}

/**
 * Writes the audit to `path`: .xlsx (sheets 概览, 问题, 跨年, 规则), .csv (概览 in `path`, the
 * other sheets beside it as `<name>.问题.csv` …) or .jsonl. Returns the files written.
 */
export async function writeAudit(
  io: Io,
  path: string,
  outcomes: readonly AuditOutcome[],
  pairs: readonly AuditPair[],
): Promise<string[]> {
  const kind = auditOutputKind(path);
  if (kind === "jsonl") {
    await io.writeFile(path, auditJsonLines(outcomes.map(outcomeJsonLine), pairs));
    return [path];
  }
  const sheets = auditSheets(outcomes.map(outcomeReport), pairs);
  if (kind === "xlsx") {
    await io.writeFile(path, await writeGridXlsx(sheets.map((s) => ({ name: s.name, rows: s.rows }))));
    return [path];
  }
  const written: string[] = [];
  for (const [i, s] of sheets.entries()) {
    const target = i === 0 ? path : sheetCsvPath(path, s.name);
    await io.writeFile(target, csvText(s.rows, { bom: true }));
    written.push(target);
  }
  return written;
}
