// 2019 trial format (国办公开办函〔2019〕60号) → 2021 format (〔2021〕30号), spec/format-2019.md §5.
import { type Issue, message } from "./issues.js";
import type { Report, TableValues, Tables } from "./report.js";

export interface MigrateOptions {
  /** Also fill 现行有效件数 from 对外公开总数量 (approximate). Default false. */
  approximate?: boolean;
}

export interface MigrateResult {
  report: Report;
  /** MIGRATE-APPROX and MIGRATE-LEGACY-KEPT notes: what could not be carried over exactly. */
  notes: Issue[];
}

const LEGACY_COLUMNS = ["newlyPublished", "publishedTotal", "itemsLastYear", "itemsChange"];

/**
 * Migrates a 2019-format report to the 2021 format. Table 三 (except （六）) and 四 carry over
 * unchanged; table 二's 本年新制作数量 becomes 本年制发件数 (approximate); what has no 2021 home
 * is kept under `legacy2019`; every approximation and loss is listed in `notes`.
 * @example migrate2019to2021(yanchi2020).report.tables.table3.otherHandling //=> undefined (moved to otherHandling.other)
 */
export function migrate2019to2021(report: Report, opts: MigrateOptions = {}): MigrateResult {
  if (report.format !== "2019") return { report, notes: [] };
  const notes: Issue[] = [];
  const t2 = report.tables.table2 ?? {};
  const t3 = report.tables.table3;
  const table2: TableValues = {};
  const legacy: TableValues = {};
  const approx: string[] = [];
  const nulled: string[] = [];

  const keepLegacy = (row: string, col: string, v: number | null) => {
    legacy[row] ??= {};
    legacy[row][col] = v;
  };
  for (const [row, cols] of Object.entries(t2)) {
    for (const [col, v] of Object.entries(cols)) {
      const toLegacy = row === "otherServices" || row === "procurement" || LEGACY_COLUMNS.includes(col);
      if (toLegacy) keepLegacy(row, col, v);
    }
  }
  for (const row of ["rules", "normativeDocuments"]) {
    const src = t2[row];
    if (!src) continue;
    const r: Record<string, number | null> = {};
    if (src.newlyMade !== undefined) {
      r.issued = src.newlyMade;
      approx.push(`table2/${row}/issued ← newlyMade`);
    }
    r.repealed = null;
    nulled.push(`table2/${row}/repealed`);
    if (opts.approximate && src.publishedTotal !== undefined) {
      r.inForce = src.publishedTotal;
      approx.push(`table2/${row}/inForce ← publishedTotal`);
    } else {
      r.inForce = null;
      nulled.push(`table2/${row}/inForce`);
    }
    table2[row] = r;
  }
  for (const row of ["licensing", "penalty", "enforcement"]) {
    const v = t2[row]?.decisions;
    if (v !== undefined) table2[row] = { decisions: v };
  }
  if (t2.fees) {
    table2.fees = { amountWan: null };
    nulled.push("table2/fees/amountWan");
  }

  let table3 = t3;
  if (t3?.otherHandling) {
    const { otherHandling, ...rest } = t3;
    const zeros = Object.fromEntries(Object.keys(otherHandling).map((c) => [c, 0]));
    const nulls = Object.fromEntries(Object.keys(otherHandling).map((c) => [c, null]));
    table3 = {
      ...rest,
      "otherHandling.noCorrection": nulls,
      "otherHandling.unpaidFee": zeros,
      "otherHandling.other": { ...otherHandling },
    };
    approx.push("table3/otherHandling.other ← otherHandling");
    nulled.push("table3/otherHandling.noCorrection/*");
  }

  if (approx.length) {
    notes.push({
      code: "MIGRATE-APPROX",
      severity: "warning",
      message: message(
        `按近似口径迁移的单元格：${approx.join("；")}`,
        `cells filled by an approximate mapping: ${approx.join("; ")}`,
      ),
      value: approx,
    });
  }
  if (nulled.length) {
    notes.push({
      code: "MIGRATE-APPROX",
      severity: "warning",
      message: message(
        `2019年格式没有对应数据、迁移后为空的单元格：${nulled.join("；")}`,
        `cells left blank because the 2019 format has no equivalent: ${nulled.join("; ")}`,
      ),
      value: nulled,
    });
  }
  const nonZeroLegacy = Object.entries(legacy).flatMap(([row, cols]) =>
    Object.entries(cols)
      .filter(([, v]) => v !== null && v !== 0)
      .map(([col]) => `table2/${row}/${col}`),
  );
  if (nonZeroLegacy.length) {
    notes.push({
      code: "MIGRATE-LEGACY-KEPT",
      severity: "warning",
      message: message(
        `以下2019年格式数据在2021年格式中没有对应栏目，保留在 legacy2019 中、不进入表格：${nonZeroLegacy.join("；")}`,
        `these 2019 cells have no 2021 home; kept under legacy2019 and not rendered: ${nonZeroLegacy.join("; ")}`,
      ),
      value: nonZeroLegacy,
    });
  }

  const tables: Tables = { ...report.tables, table2 };
  if (table3) tables.table3 = table3;
  const raw = report.raw
    ? Object.fromEntries(Object.entries(report.raw).filter(([k]) => !k.startsWith("table2/")))
    : undefined;
  const migrated: Report = {
    ...report,
    format: "2021",
    tables,
    source: { format: "2019", migrated: true },
    ...(Object.keys(legacy).length ? { legacy2019: { table2: legacy } } : {}),
  };
  if (raw && Object.keys(raw).length) migrated.raw = raw;
  else delete migrated.raw;
  return { report: migrated, notes };
}
