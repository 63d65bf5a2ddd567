// Shares evaluators and the narrative of a report quote — 公开率, 不予公开的比例, per
// applicant type, 行政复议纠错率, the share answered late — as exact integer ratios.
import {
  ApplicantTypeSchema,
  type ApplicantType,
  type Report,
  type TableValues,
  tableRows,
} from "@disclosure/schema";
import { CASE_GROUPS } from "@disclosure/schema/internal";
import { percentOf } from "./percent";
import type { OverdueCount } from "./tabulate";

/** A share: its integers and the percentage they make (null when the denominator is 0). */
export interface Rate {
  numerator: number;
  denominator: number;
  /** "66.67%", exact to 2 decimals (rounded half away from zero). */
  percent: string | null;
}

/** Shares of one applicant column of table 三. */
export interface ApplicantRates {
  /** This column's 本年新收 over all 本年新收. */
  received: Rate;
  /** 予以公开 over this column's completed applications （七）总计. */
  granted: Rate;
  /** 予以公开 + 部分公开 over completed. */
  disclosed: Rate;
  /** 不予公开 (all eight grounds) over completed. */
  denied: Rate;
}

export interface Rates {
  /** 三（七）总计, the applications completed in the year: the base of the result shares. */
  completed: number;
  granted: Rate;
  partlyGranted: Rate;
  /** 予以公开 + 部分公开. */
  disclosed: Rate;
  /** 不予公开 (（三）, all eight grounds). */
  denied: Rate;
  /** 无法提供 (（四）). */
  unavailable: Rate;
  /** 不予处理 (（五）). */
  notProcessed: Rate;
  /** 其他处理 (（六）). */
  otherHandling: Rate;
  /** 结转下年度 over 本年新收 + 上年结转: the share still open at year end. */
  carriedOut: Rate;
  /** Answered after the deadline over completed, when the overdue count is given. */
  overdue?: Rate;
  /** Per applicant column, and for 总计. */
  byApplicant: Record<ApplicantType | "total", ApplicantRates>;
  /** Per table 四 group: 结果纠正 over decided cases (维持 + 纠正 + 其他) — the 纠错率. */
  corrected: Record<(typeof CASE_GROUPS)[number], Rate>;
}

function rate(numerator: number, denominator: number): Rate {
  return { numerator, denominator, percent: percentOf(numerator, denominator) };
}

/**
 * The shares of a report's table 三 and 四, on exact integers: granted / partly granted /
 * denied / … over the applications completed in the year, overall and per applicant
 * column; the share still open at year end; the 纠错率 of 复议 and 诉讼; and, given the
 * count of late replies (from `tabulate(…, { overdue: true })` or `overdueByUnit`), the
 * overdue share. Blank cells count as 0.
 *
 * @example
 * // 沭阳县人民政府 2025 (corpus): 718 applications completed, 294 予以公开; 复议 27 维持, 10 纠正, 9 其他
 * const r = rates(shuyang2025);
 * r.granted;           //=> { numerator: 294, denominator: 718, percent: "40.95%" }
 * r.corrected.review;  //=> { numerator: 10, denominator: 46, percent: "21.74%" }
 * rates(shuyang2025, { overdue: 7 }).overdue?.percent; //=> "0.97%"
 */
export function rates(
  report: Pick<Report, "tables" | "format">,
  opts: { overdue?: number | Pick<OverdueCount, "count"> } = {},
): Rates {
  const t3: TableValues = report.tables.table3 ?? {};
  const t4 = report.tables.table4?.cases ?? {};
  const cell = (row: string, col: string) => t3[row]?.[col] ?? 0;
  const resultRows = tableRows(report.format, "table3")
    .map((r) => r.code)
    .filter((c) => !["received", "carriedIn", "resultTotal", "carriedOut"].includes(c));
  // A 2021-format report may print （六） as one row (codes.md): count whichever is there.
  const rows = (prefix: string) =>
    [
      ...resultRows,
      ...(t3.otherHandling && !resultRows.includes("otherHandling") ? ["otherHandling"] : []),
    ].filter((r) => r === prefix || r.startsWith(`${prefix}.`));
  const sum = (prefix: string, col: string) => rows(prefix).reduce((s, r) => s + cell(r, col), 0);
  const cols = [...ApplicantTypeSchema.options, "total"] as const;

  const completed = cell("resultTotal", "total");
  const byApplicant = {} as Record<ApplicantType | "total", ApplicantRates>;
  for (const c of cols) {
    const done = cell("resultTotal", c);
    byApplicant[c] = {
      received: rate(cell("received", c), cell("received", "total")),
      granted: rate(cell("granted", c), done),
      disclosed: rate(cell("granted", c) + cell("partlyGranted", c), done),
      denied: rate(sum("withheld", c), done),
    };
  }
  const corrected = {} as Rates["corrected"];
  for (const g of CASE_GROUPS) {
    const v = (o: string) => t4[`${g}.${o}`] ?? 0;
    corrected[g] = rate(v("corrected"), v("upheld") + v("corrected") + v("other"));
  }
  const out: Rates = {
    completed,
    granted: rate(cell("granted", "total"), completed),
    partlyGranted: rate(cell("partlyGranted", "total"), completed),
    disclosed: rate(cell("granted", "total") + cell("partlyGranted", "total"), completed),
    denied: rate(sum("withheld", "total"), completed),
    unavailable: rate(sum("unavailable", "total"), completed),
    notProcessed: rate(sum("notProcessed", "total"), completed),
    otherHandling: rate(sum("otherHandling", "total"), completed),
    carriedOut: rate(cell("carriedOut", "total"), cell("received", "total") + cell("carriedIn", "total")),
    byApplicant,
    corrected,
  };
  if (opts.overdue !== undefined) {
    const n = typeof opts.overdue === "number" ? opts.overdue : opts.overdue.count;
    out.overdue = rate(n, completed);
  }
  return out;
}
