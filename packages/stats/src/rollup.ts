// Unit reports (township, department; filled tables or raw records, mixed) and the county
// government's own figures (本级) → the county report, with every cell's per-unit breakdown
// and the roll-up findings of spec/rules.md §G.
import {
  type Agency,
  agencyId,
  cellDefs,
  cellKey,
  type FormatId,
  formatForYear,
  type Issue,
  migrate2019to2021,
  type Report,
  sumDecimals,
  type Tables,
  type TableValues,
} from "@disclosure/schema";
import type { RuleId } from "./check/rule-id";
import type { Finding } from "./finding";
import { type TabulateInput, type TabulateResult, tabulate } from "./tabulate";

/** One reporting unit: its agency and either its filled report or its raw records. */
export interface UnitInput {
  unit: Agency;
  /** The unit's report (any format; 2019-format reports are migrated). */
  report?: Report;
  /** The unit's raw records, tabulated for the roll-up's year and format. */
  records?: Iterable<TabulateInput> | AsyncIterable<TabulateInput>;
}

export interface RollupOptions {
  /** The report year. */
  year: number;
  /** Format of the county report; default the one for the year. */
  format?: FormatId;
  /** The county government's own figures (本级), added like a unit. */
  own?: UnitInput;
  /** Units that must be in the roll-up (ids, names or 统一社会信用代码); missing ones are findings. */
  expectedUnits?: readonly string[];
  /** The agency of the county report; default `own.unit`. */
  agency?: Agency;
}

/** What became of one unit in the roll-up. */
export interface RollupUnit {
  /** The unit's id (agencyId): the key of its column in `breakdown`. */
  id: string;
  name: string;
  own: boolean;
  source: "report" | "records" | "none";
  /** Whether its cells are in the sums (false: a duplicate, another year, no data). */
  included: boolean;
  /** For units given as records: the counts and issues of their tabulation. */
  tabulation?: Pick<
    TabulateResult,
    "accepted" | "rejected" | "counted" | "outsideYear" | "notTabulated" | "issues" | "issuesOmitted"
  >;
  /** Migration notes (MIGRATE-APPROX, MIGRATE-LEGACY-KEPT) when its report was in the other format. */
  notes?: Issue[];
}

export interface RollupResult {
  /** The county report: tables summed over the units, `rollup.units` = the units summed. */
  report: Report;
  /** Cell key (`table3/received/total`) → unit id → that unit's value. */
  breakdown: Record<string, Record<string, number | null>>;
  /** ROLLUP-DUPLICATE-UNIT, ROLLUP-UNIT-YEAR, ROLLUP-FORMAT-MIX, ROLLUP-UNIT-MISSING, ROLLUP-RECORDS-REJECTED. */
  findings: Finding[];
  units: RollupUnit[];
}

type Entry = { input: UnitInput; own: boolean; id: string };
type Prepared = { entry: Entry; tables?: Tables; info: RollupUnit; findings: Finding[] };

function finding(
  rule: RuleId,
  severity: Finding["severity"],
  unit: string | undefined,
  zh: string,
  en: string,
  extra: Partial<Finding> = {},
): Finding {
  const f: Finding = { rule, severity, cells: [], message: { zh, en }, ...extra };
  if (unit !== undefined) f.unit = unit;
  return f;
}

/** Sums a list of values of one group of rows, keeping null when every part is null. */
function sumNullable(values: readonly (number | null | undefined)[]): number | null | undefined {
  const present = values.filter((v) => v !== undefined) as (number | null)[];
  if (!present.length) return undefined;
  const numbers = present.filter((v): v is number => v !== null);
  return numbers.length ? numbers.reduce((s, v) => s + v, 0) : null;
}

/**
 * A 2021-format report's tables in the 2019 rows: （六）其他处理 as one row, 本年制发件数 as
 * 本年新制作数量 (approximate), 处理决定数量 as is; what the 2019 format has no cell for is
 * listed in the notes.
 */
function tablesIn2019(report: Report): { tables: Tables; notes: Issue[] } {
  const notes: Issue[] = [];
  const t3 = report.tables.table3;
  let table3: TableValues | undefined;
  if (t3) {
    table3 = {};
    const sub = ["otherHandling.noCorrection", "otherHandling.unpaidFee", "otherHandling.other"];
    for (const [row, cols] of Object.entries(t3)) if (!sub.includes(row)) table3[row] = { ...cols };
    if (sub.some((r) => t3[r]) && !t3.otherHandling) {
      const cols = new Set(sub.flatMap((r) => Object.keys(t3[r] ?? {})));
      table3.otherHandling = {};
      for (const c of cols) {
        const v = sumNullable(sub.map((r) => t3[r]?.[c]));
        if (v !== undefined) table3.otherHandling[c] = v;
      }
    }
  }
  const t2 = report.tables.table2 ?? {};
  const table2: TableValues = {};
  const lost: string[] = [];
  for (const row of ["rules", "normativeDocuments"]) {
    const src = t2[row];
    if (!src) continue;
    if (src.issued !== undefined) table2[row] = { newlyMade: src.issued };
    for (const c of ["repealed", "inForce"]) {
      if (src[c] !== undefined && src[c] !== null && src[c] !== 0) lost.push(`table2/${row}/${c}`);
    }
  }
  for (const row of ["licensing", "penalty", "enforcement"]) {
    const v = t2[row]?.decisions;
    if (v !== undefined) table2[row] = { decisions: v };
  }
  const fee = t2.fees?.amountWan;
  if (fee !== undefined && fee !== null && fee !== 0) lost.push("table2/fees/amountWan");
  notes.push({
    code: "MIGRATE-APPROX",
    severity: "warning",
    message: {
      zh: "按2019年格式汇总：本年制发件数计为本年新制作数量；（六）其他处理的三项合为一行",
      en: "summed in the 2019 format: 本年制发件数 counted as 本年新制作数量; the three （六） rows as one",
    },
  });
  if (lost.length) {
    notes.push({
      code: "MIGRATE-APPROX",
      severity: "warning",
      message: {
        zh: `2019年格式没有对应栏目、未计入汇总的数据：${lost.join("；")}`,
        en: `cells the 2019 format has no place for, left out of the sums: ${lost.join("; ")}`,
      },
      value: lost,
    });
  }
  const tables: Tables = { ...report.tables, table2 };
  if (table3) tables.table3 = table3;
  return { tables, notes };
}

/** A 2021-format report that prints （六） as one row: that row counted in 3.其他, the others blank. */
function expandCollapsed(tables: Tables): Tables {
  const t3 = tables.table3;
  if (!t3?.otherHandling) return tables;
  const { otherHandling, ...rest } = t3;
  const nulls = Object.fromEntries(Object.keys(otherHandling).map((c) => [c, null]));
  return {
    ...tables,
    table3: {
      ...rest,
      "otherHandling.noCorrection": t3["otherHandling.noCorrection"] ?? nulls,
      "otherHandling.unpaidFee": t3["otherHandling.unpaidFee"] ?? nulls,
      "otherHandling.other": { ...otherHandling },
    },
  };
}

function prepareReport(entry: Entry, report: Report, year: number, format: FormatId): Prepared {
  const name = entry.input.unit.name;
  const info: RollupUnit = { id: entry.id, name, own: entry.own, source: "report", included: true };
  const findings: Finding[] = [];
  if (report.year !== year) {
    info.included = false;
    findings.push(
      finding(
        "ROLLUP-UNIT-YEAR",
        "error",
        name,
        `${name} 的报告是 ${report.year} 年度的，汇总的是 ${year} 年度，未计入汇总`,
        `the report of ${name} covers ${report.year}, the roll-up ${year}; it is left out of the sums`,
        { expected: year, actual: report.year },
      ),
    );
    return { entry, info, findings };
  }
  let tables = report.tables;
  if (report.format !== format) {
    const { tables: converted, notes } =
      format === "2021"
        ? (() => {
            const m = migrate2019to2021(report);
            return { tables: m.report.tables, notes: m.notes };
          })()
        : tablesIn2019(report);
    tables = converted;
    info.notes = notes;
    const list = notes.map((n) => n.message.zh).join("；");
    const listEn = notes.map((n) => n.message.en).join("; ");
    findings.push(
      finding(
        "ROLLUP-FORMAT-MIX",
        "warning",
        name,
        `${name} 按 ${report.format} 年格式报送，已先转换为 ${format} 年格式再汇总${list ? `：${list}` : ""}`,
        `${name} reported in the ${report.format} format and was converted to the ${format} format first${listEn ? `: ${listEn}` : ""}`,
        { expected: format, actual: report.format },
      ),
    );
  } else if (format === "2021" && report.tables.table3?.otherHandling) {
    tables = expandCollapsed(tables);
    findings.push(
      finding(
        "ROLLUP-FORMAT-MIX",
        "warning",
        name,
        `${name} 将（六）其他处理填为一行，汇总时计入“3.其他”，另两项按空白处理`,
        `${name} filled （六）其他处理 as one row; it is summed into 3.其他 and the other two rows are taken as blank`,
      ),
    );
  }
  return { entry, tables, info, findings };
}

function prepareTabulation(entry: Entry, result: TabulateResult): Prepared {
  const name = entry.input.unit.name;
  const { accepted, rejected, counted, outsideYear, notTabulated, issues, issuesOmitted } = result;
  const info: RollupUnit = {
    id: entry.id,
    name,
    own: entry.own,
    source: "records",
    included: true,
    tabulation: { accepted, rejected, counted, outsideYear, notTabulated, issues, issuesOmitted },
  };
  const findings: Finding[] = [];
  if (rejected > 0) {
    findings.push(
      finding(
        "ROLLUP-RECORDS-REJECTED",
        "warning",
        name,
        `${name} 有 ${rejected} 条记录未通过校验、未计入汇总（详见该单位的 tabulation.issues）`,
        `${name}: ${rejected} records failed validation and are not in the sums (see the unit's tabulation.issues)`,
        { actual: rejected },
      ),
    );
  }
  return { entry, tables: result.tables, info, findings };
}

function sameUnit(a: Agency, b: Agency): boolean {
  if (a.creditCode && b.creditCode) return a.creditCode === b.creditCode;
  if (a.id && b.id && a.id === b.id) return true;
  return a.name === b.name;
}

function finish(prepared: Prepared[], pre: Finding[], opts: RollupOptions, format: FormatId): RollupResult {
  const findings = [...pre, ...prepared.flatMap((p) => p.findings)];
  const included = prepared.filter((p) => p.info.included && p.tables);
  const tables: Tables = {};
  const breakdown: Record<string, Record<string, number | null>> = {};
  for (const def of cellDefs(format)) {
    const key = cellKey(def.table, def.row, def.col);
    const parts: Record<string, number | null> = {};
    const values: (number | null)[] = [];
    for (const p of included) {
      const v = p.tables?.[def.table]?.[def.row]?.[def.col];
      if (v === undefined) continue;
      parts[p.info.id] = v;
      values.push(v);
    }
    if (!values.length) continue;
    breakdown[key] = parts;
    const numbers = values.filter((v): v is number => v !== null);
    let sum: number | null;
    if (!numbers.length) sum = null;
    else if (def.unit === "wan") sum = Number(sumDecimals(numbers));
    else sum = numbers.reduce((s, v) => s + v, 0);
    const table = tables[def.table] ?? {};
    tables[def.table] = table;
    const row = table[def.row] ?? {};
    table[def.row] = row;
    row[def.col] = sum;
  }

  if (opts.expectedUnits) {
    for (const expected of opts.expectedUnits) {
      // A listed unit without data already has its own ROLLUP-UNIT-MISSING.
      const hit = prepared.some(
        (p) =>
          p.info.id === expected ||
          p.entry.input.unit.name === expected ||
          p.entry.input.unit.creditCode === expected ||
          p.entry.input.unit.id === expected,
      );
      if (!hit) {
        findings.push(
          finding(
            "ROLLUP-UNIT-MISSING",
            "warning",
            expected,
            `应报送的单位 ${expected} 没有报告或记录，汇总中缺少该单位的数据`,
            `the expected unit ${expected} has no report or records; the roll-up lacks its figures`,
          ),
        );
      }
    }
  }
  const agency = opts.agency ?? opts.own?.unit ?? { name: "汇总", level: "county" as const };
  const report: Report = {
    agency,
    year: opts.year,
    format,
    sections: {},
    tables,
    rollup: { units: included.map((p) => p.info.id) },
  };
  return { report, breakdown, findings, units: prepared.map((p) => p.info) };
}

/**
 * Rolls unit reports up into the county report (rules.md §G): townships and departments —
 * filled tables or raw records, mixed — plus the county government's own figures (本级).
 * Each cell is the sum over the units (a blank cell counts as 0, the sum stays blank only
 * when every unit left it blank; money is summed exactly), and `breakdown` keeps every
 * unit's value of every cell. A unit reported twice (same 统一社会信用代码, or same name
 * without one: ROLLUP-DUPLICATE-UNIT) or for another year (ROLLUP-UNIT-YEAR) is left out;
 * a report in the other format is converted first (ROLLUP-FORMAT-MIX, with the migration's
 * notes); an expected unit without data is ROLLUP-UNIT-MISSING. Rolling up the
 * tabulations of the parts of a set of records gives the tabulation of the whole.
 * Returns a Promise when some unit's records are an async iterable.
 *
 * @example
 * const county = syntheticCounty({ seed: 2020, year: 2021 });
 * const { report, breakdown } = rollup(
 *   county.units.map((unit) => ({ unit, records: county.unitRecords(unit) })),
 *   { year: 2021, own: { unit: county.county, records: county.ownRecords() } },
 * );
 * report.tables.table3.received.total; // the county's applications received in 2021
 * breakdown["table3/received/total"]["盐池县自然资源局"]; // of which 盐池县自然资源局's
 */
export function rollup(
  units: readonly (UnitInput & { records?: Iterable<TabulateInput> })[],
  opts: RollupOptions & { own?: UnitInput & { records?: Iterable<TabulateInput> } },
): RollupResult;
export function rollup(
  units: readonly UnitInput[],
  opts: RollupOptions,
): RollupResult | Promise<RollupResult>;
export function rollup(
  units: readonly UnitInput[],
  opts: RollupOptions,
): RollupResult | Promise<RollupResult> {
  const format = opts.format ?? formatForYear(opts.year);
  const entries: Entry[] = [];
  if (opts.own) entries.push({ input: opts.own, own: true, id: agencyId(opts.own.unit) });
  for (const u of units) entries.push({ input: u, own: false, id: agencyId(u.unit) });

  const pre: Finding[] = [];
  const slots: (Prepared | Promise<Prepared>)[] = [];
  const accepted: Entry[] = [];
  for (const entry of entries) {
    const { unit, report, records } = entry.input;
    if (report && records) {
      throw new TypeError(`rollup: unit ${unit.name} has both a report and records; give one of them`);
    }
    const dup = accepted.find((e) => sameUnit(e.input.unit, unit));
    if (dup) {
      pre.push(
        finding(
          "ROLLUP-DUPLICATE-UNIT",
          "error",
          unit.name,
          `${unit.name} 重复报送（${unit.creditCode ? `统一社会信用代码 ${unit.creditCode}` : "名称相同"}），只汇总第一份`,
          `${unit.name} is reported twice (${unit.creditCode ? `credit code ${unit.creditCode}` : "same name"}); only the first is summed`,
        ),
      );
      slots.push({
        entry,
        info: {
          id: entry.id,
          name: unit.name,
          own: entry.own,
          source: report ? "report" : records ? "records" : "none",
          included: false,
        },
        findings: [],
      });
      continue;
    }
    accepted.push(entry);
    if (report) slots.push(prepareReport(entry, report, opts.year, format));
    else if (records) {
      const result = tabulate(records, { year: opts.year, format });
      slots.push(
        result instanceof Promise
          ? result.then((r) => prepareTabulation(entry, r))
          : prepareTabulation(entry, result),
      );
    } else {
      slots.push({
        entry,
        info: { id: entry.id, name: unit.name, own: entry.own, source: "none", included: false },
        findings: [
          finding(
            "ROLLUP-UNIT-MISSING",
            "warning",
            unit.name,
            `${unit.name} 没有报告或记录，汇总中缺少该单位的数据`,
            `${unit.name} has no report or records; the roll-up lacks its figures`,
          ),
        ],
      });
    }
  }
  if (slots.some((s) => s instanceof Promise)) {
    return Promise.all(slots).then((prepared) => finish(prepared, pre, opts, format));
  }
  return finish(slots as Prepared[], pre, opts, format);
}
