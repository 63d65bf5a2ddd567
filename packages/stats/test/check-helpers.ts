// Small hand-made reports for the check tests: tables that add up, built from the counts
// of the applicant columns (totals computed), so that a test changes one cell and sees
// exactly the rule that cell breaks.
import { type Agency, type FormatId, type Report, type TableValues, getFormat } from "@disclosure/schema";
import { CASE_COLUMNS, CASE_GROUPS } from "@disclosure/schema/internal";

/** The six applicant columns of table 三, in order. */
export const C3 = [
  "naturalPerson",
  "commercial",
  "research",
  "publicInterest",
  "legalService",
  "otherOrganization",
];

/** A table 三 row from its six applicant counts, with 总计. */
export function t3row(...counts: number[]): Record<string, number> {
  const row: Record<string, number> = {};
  C3.forEach((c, i) => {
    row[c] = counts[i] ?? 0;
  });
  row.total = C3.reduce((s, c) => s + (row[c] ?? 0), 0);
  return row;
}

/** The result rows of table 三 in a format (（六） one row in 2019, three sub-rows in 2021). */
export function resultRowCodes(format: FormatId): string[] {
  return getFormat(format)
    .tables.table3.blocks.slice(0, 1)
    .flatMap((b) => b.rows.map((r) => r.code))
    .filter((c) => !["received", "carriedIn", "resultTotal", "carriedOut"].includes(c));
}

/**
 * A table 三 that adds up: the given result rows (others 0), （七）总计 their sum,
 * 结转 as given, and 本年新收 = results + carried out − carried in, per column.
 */
export function table3(
  format: FormatId,
  results: Record<string, number[]>,
  carried: { in?: number[]; out?: number[] } = {},
): TableValues {
  const t: TableValues = {};
  const rows = resultRowCodes(format);
  for (const r of rows) t[r] = t3row(...(results[r] ?? []));
  const sum = C3.map((c) => rows.reduce((s, r) => s + (t[r]?.[c] as number), 0));
  const cin = C3.map((_, i) => carried.in?.[i] ?? 0);
  const cout = C3.map((_, i) => carried.out?.[i] ?? 0);
  t.received = t3row(...C3.map((_, i) => (sum[i] ?? 0) + (cout[i] ?? 0) - (cin[i] ?? 0)));
  t.carriedIn = t3row(...cin);
  t.resultTotal = t3row(...sum);
  t.carriedOut = t3row(...cout);
  return t;
}

/** Table 四 from the four results of each group (总计 computed). */
export function table4(cases: Partial<Record<(typeof CASE_GROUPS)[number], number[]>> = {}): TableValues {
  const row: Record<string, number> = {};
  for (const g of CASE_GROUPS) {
    const v = cases[g] ?? [0, 0, 0, 0];
    CASE_COLUMNS.slice(0, 4).forEach((c, i) => {
      row[`${g}.${c}`] = v[i] ?? 0;
    });
    row[`${g}.total`] = v.reduce((a, b) => a + b, 0);
  }
  return { cases: row };
}

/** A 2021-format table 二. */
export function table2v2021(over: Partial<Record<string, Record<string, number | null>>> = {}): TableValues {
  return {
    rules: { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: { issued: 6, repealed: 1, inForce: 45 },
    licensing: { decisions: 4218 },
    penalty: { decisions: 386 },
    enforcement: { decisions: 27 },
    fees: { amountWan: 120.5 },
    ...over,
  } as TableValues;
}

/** A 2019-format table 二 (the 盐池县 2020 sample's shape). */
export function table2v2019(over: Partial<Record<string, Record<string, number | null>>> = {}): TableValues {
  return {
    rules: { newlyMade: 0, newlyPublished: 0, publishedTotal: 0 },
    normativeDocuments: { newlyMade: 6, newlyPublished: 6, publishedTotal: 45 },
    licensing: { itemsLastYear: 326, itemsChange: -12, decisions: 4218 },
    otherServices: { itemsLastYear: 158, itemsChange: 6, decisions: 2675 },
    penalty: { itemsLastYear: 1452, itemsChange: -35, decisions: 386 },
    enforcement: { itemsLastYear: 62, itemsChange: 0, decisions: 27 },
    fees: { itemsLastYear: 14, itemsChange: -2 },
    procurement: { projects: 96, amountWan: 12863.57 },
    ...over,
  } as TableValues;
}

export const YANCHI: Agency = { name: "盐池县人民政府", level: "county", regionCode: "640323" };

/**
 * 盐池县's report on `year` with tables that add up: 5 applications (3 予以公开, 1 部分公开,
 * 1 本机关不掌握), no 行政复议 or 诉讼 — the figures of the 2020 sample.
 */
export function yanchi(
  format: FormatId,
  year = format === "2019" ? 2020 : 2021,
  over: Partial<Report> = {},
): Report {
  return {
    agency: YANCHI,
    year,
    format,
    sections: {},
    tables: {
      table2: format === "2019" ? table2v2019() : table2v2021(),
      table3: table3(format, { granted: [3], partlyGranted: [1], "unavailable.notHeld": [1] }),
      table4: table4(),
    },
    ...over,
  };
}

/** A deep copy of a report with one cell set (value, null = blank, undefined = delete). */
export function withCell(
  report: Report,
  table: "table2" | "table3" | "table4",
  row: string,
  col: string,
  value: number | null | undefined,
): Report {
  const copy = structuredClone(report);
  copy.tables[table] ??= {};
  const t = copy.tables[table]!;
  t[row] ??= {};
  if (value === undefined) delete t[row][col];
  else t[row][col] = value;
  return copy;
}

/** The rules of some findings, in order. */
export function rules(findings: readonly { rule: string }[]): string[] {
  return findings.map((f) => f.rule);
}
