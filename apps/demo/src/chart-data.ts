// What the charts show, read from a report's cells by code; every label comes from the
// format definition.
import { type FormatId, type Report, getFormat } from "@disclosure/schema";
import { resultGroupTotals } from "@disclosure/stats/internal";

export interface Bar {
  readonly label: string;
  readonly value: number;
}

function num(v: unknown): number {
  return typeof v === "number" && Number.isFinite(v) ? v : 0;
}

function applicationsBlock(format: FormatId) {
  return getFormat(format).tables.table3.blocks[0];
}

/** Table 三's results in the 总计 column by result group (resultGroupTotals of @disclosure/stats). */
export function resultGroups(report: Report): Bar[] {
  return resultGroupTotals(report).map(({ label, value }) => ({ label, value }));
}

/** Table 三's applicant columns (自然人, 商业企业 … 其他), without 总计. */
export function applicantColumns(format: FormatId): { code: string; label: string }[] {
  return applicationsBlock(format)
    .columns.filter((c) => c.code !== "total")
    .map((c) => ({ code: c.code, label: c.label }));
}

/** Table 三's 本年新收 by applicant column. */
export function applicantTypes(report: Report): Bar[] {
  const received = report.tables.table3?.received ?? {};
  return applicantColumns(report.format).map((c) => ({ label: c.label, value: num(received[c.code]) }));
}

/** The label of a row of table 三 with its groups: 三、本年度办理结果 （七）总计 for `resultTotal`. */
export function table3RowLabel(format: FormatId, row: string): string {
  const r = applicationsBlock(format).rows.find((x) => x.code === row);
  return r ? [...r.path, r.label].join(" ") : row;
}
