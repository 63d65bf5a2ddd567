// Table 三 rules: T3-ROW-TOTAL, T3-COL-TOTAL, T3-BALANCE, T3-GROUP-SUBTOTAL,
// T3-UNPAID-FEE-EPOCH, T3-CARRYOUT-PLAUSIBLE (spec/rules.md §C).
import type { BlockDef, ColumnDef, FormatDef } from "@disclosure/schema";
import { columnSums, groupSums, resultSum, table3Balance } from "@disclosure/schema/internal";
import type { CellRef, Finding, Message } from "../finding.js";
import { type CellSum, sumCells } from "./arith.js";
import { appendAll } from "./collect.js";
import { type CheckContext, blankNote, cellNames, colName, ref, rowName } from "./context.js";
import { expectedRows } from "./structure.js";

const TOTAL = "total";
const RESULTS = "results";
const RECEIVED = "received";
const CARRIED_OUT = "carriedOut";
const OTHER_HANDLING = "otherHandling";

function block(ctx: CheckContext): BlockDef {
  return ctx.format.tables.table3.blocks[0];
}

/** The six applicant columns (C3 of rules.md): the columns 总计 adds up. */
export function applicantColumns(ctx: CheckContext): readonly ColumnDef[] {
  const parts = new Set(columnSums(block(ctx)).find((s) => s.total === TOTAL)?.parts);
  return block(ctx).columns.filter((c) => parts.has(c.code));
}

/**
 * The result rows summed by （七）总计 (R3results of rules.md): 21 rows in the 2021 format,
 * 19 in the 2019 format and in a 2021 report that prints （六） as one row.
 */
export function resultRows(ctx: CheckContext): string[] {
  return [...resultSum(ctx.format, { collapsedOtherHandling: ctx.collapsed }).parts];
}

function rowLabel(ctx: CheckContext, row: string): string {
  return rowName(ctx.format, "table3", row);
}

function valueText(s: CellSum): { zh: string; en: string } {
  return s.blanks.length === s.cells.length && s.cells.length === 1
    ? { zh: "为空", en: "is blank" }
    : { zh: `为${s.value}`, en: `is ${s.value}` };
}

// The sums each arithmetic rule compares are worked out once per format and shape (lists of
// cell references, built once): every report of a run walks the same lists, and the walks
// stay small for the optimising compiler, with the messages of failing instances (rarely
// built) in functions of their own.

/** Two sums a rule compares: `a` and `b` of one row or column (`at`). */
interface SumPair {
  readonly at: string;
  readonly a: readonly CellRef[];
  readonly b: readonly CellRef[];
}

/** The lists of the table 三 sums per format, by shape (formats never change). */
const sumPlans = new WeakMap<FormatDef, Map<string, readonly SumPair[]>>();

function planned(ctx: CheckContext, kind: string, build: () => SumPair[]): readonly SumPair[] {
  let byKind = sumPlans.get(ctx.format);
  if (!byKind) {
    byKind = new Map();
    sumPlans.set(ctx.format, byKind);
  }
  const key = `${kind}|${ctx.collapsed}`;
  let plan = byKind.get(key);
  if (!plan) {
    plan = build();
    byKind.set(key, plan);
  }
  return plan;
}

/** The references of one column (`col`) over some rows. */
function columnRefs(rows: readonly string[], col: string): CellRef[] {
  const out: CellRef[] = [];
  for (const r of rows) out.push(ref("table3", r, col));
  return out;
}

/** Fresh references for a finding (the planned ones are shared by every report). */
function copies(...lists: (readonly CellRef[])[]): CellRef[] {
  const out: CellRef[] = [];
  for (const list of lists) for (const r of list) out.push(ref("table3", r.row, r.col));
  return out;
}

/** T3-ROW-TOTAL: per expected row, its 总计 (a) and its applicant columns (b). */
function rowTotalPlan(ctx: CheckContext): readonly SumPair[] {
  return planned(ctx, "rowTotal", () => {
    const cols = applicantColumns(ctx);
    const out: SumPair[] = [];
    for (const { rows } of expectedRows(ctx, "table3")) {
      for (const row of rows) {
        const b: CellRef[] = [];
        for (const c of cols) b.push(ref("table3", row, c.code));
        out.push({ at: row, a: [ref("table3", row, TOTAL)], b });
      }
    }
    return out;
  });
}

function rowTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const pair of rowTotalPlan(ctx)) {
    if (!ctx.rowPresent("table3", pair.at)) continue;
    const total = sumCells(ctx, pair.a);
    const parts = sumCells(ctx, pair.b);
    if (!total || !parts || total.value === parts.value) continue;
    out.push(rowTotalFinding(ctx, pair.at, total, parts));
  }
  return out;
}

function rowTotalFinding(ctx: CheckContext, row: string, total: CellSum, parts: CellSum): Finding {
  const totalLabel = colName(ctx.format, "table3", RECEIVED, TOTAL);
  const t = valueText(total);
  const note = blankNote(ctx.format, parts.blanks, { row });
  const label = rowLabel(ctx, row);
  return ctx.finding(
    "T3-ROW-TOTAL",
    copies(parts.cells, total.cells),
    {
      zh: `表三“${label}”行：${totalLabel}${t.zh}，但各列之和为${parts.value}${note.zh}`,
      en: `table3 row ${row} (“${label}”): the total ${t.en}, but the columns sum to ${parts.value}${note.en}`,
    },
    { expected: parts.value, actual: total.blanks.length ? null : total.value },
  );
}

/** T3-COL-TOTAL: per column, its （七）总计 (a) and the result rows (b). */
function colTotalPlan(ctx: CheckContext): readonly SumPair[] {
  return planned(ctx, "colTotal", () => {
    const { total: resultTotal } = resultSum(ctx.format);
    const rows = resultRows(ctx);
    const out: SumPair[] = [];
    for (const c of block(ctx).columns) {
      out.push({ at: c.code, a: [ref("table3", resultTotal, c.code)], b: columnRefs(rows, c.code) });
    }
    return out;
  });
}

function colTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { total: resultTotal } = resultSum(ctx.format);
  if (!ctx.rowPresent("table3", resultTotal)) return out;
  for (const pair of colTotalPlan(ctx)) {
    const total = sumCells(ctx, pair.a);
    const parts = sumCells(ctx, pair.b);
    if (!total || !parts || total.value === parts.value) continue;
    out.push(colTotalFinding(ctx, resultTotal, pair.at, total, parts));
  }
  return out;
}

function colTotalFinding(
  ctx: CheckContext,
  resultTotal: string,
  col: string,
  total: CellSum,
  parts: CellSum,
): Finding {
  const groupLabel = block(ctx).groups.find((g) => g.code === RESULTS)?.label ?? RESULTS;
  const totalLabel = rowLabel(ctx, resultTotal);
  const rowCount = parts.cells.length;
  const t = valueText(total);
  const note = blankNote(ctx.format, parts.blanks, { col });
  const label = colName(ctx.format, "table3", resultTotal, col);
  return ctx.finding(
    "T3-COL-TOTAL",
    copies(parts.cells, total.cells),
    {
      zh: `表三“${label}”列：“${totalLabel}”${t.zh}，但“${groupLabel}”各项（${rowCount}行）之和为${parts.value}${note.zh}`,
      en: `table3 column ${col} (“${label}”): “${totalLabel}” ${t.en}, but the ${rowCount} result rows sum to ${parts.value}${note.en}`,
    },
    { expected: parts.value, actual: total.blanks.length ? null : total.value },
  );
}

/** T3-BALANCE: per column, received + carried in (a) and results + carried out (b). */
function balancePlan(ctx: CheckContext): readonly SumPair[] {
  return planned(ctx, "balance", () => {
    const { left, right } = table3Balance();
    const out: SumPair[] = [];
    for (const c of block(ctx).columns) {
      out.push({ at: c.code, a: columnRefs(left, c.code), b: columnRefs(right, c.code) });
    }
    return out;
  });
}

function balance(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const pair of balancePlan(ctx)) {
    const lhs = sumCells(ctx, pair.a);
    const rhs = sumCells(ctx, pair.b);
    if (!lhs || !rhs || lhs.value === rhs.value) continue;
    out.push(balanceFinding(ctx, pair.at, lhs, rhs));
  }
  return out;
}

function balanceFinding(ctx: CheckContext, col: string, lhs: CellSum, rhs: CellSum): Finding {
  const l = (r: string) => rowLabel(ctx, r);
  const { left, right } = table3Balance();
  const note = blankNote(ctx.format, [...lhs.blanks, ...rhs.blanks], { col });
  const label = colName(ctx.format, "table3", RECEIVED, col);
  return ctx.finding(
    "T3-BALANCE",
    copies(lhs.cells, rhs.cells),
    {
      zh: `表三“${label}”列：“${left.map(l).join("”加“")}”为${lhs.value}，但“${right.map(l).join("”加“")}”为${rhs.value}${note.zh}`,
      en: `table3 column ${col} (“${label}”): received + carried in = ${lhs.value}, but results + carried out = ${rhs.value}${note.en}`,
    },
    { expected: lhs.value, actual: rhs.value },
  );
}

function groupSubtotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const b = block(ctx);
  for (const { total: group, parts: subs } of groupSums(b)) {
    const g = b.groups.find((x) => x.code === group);
    if (!g || !ctx.rowPresent("table3", g.code)) continue;
    if (g.code === OTHER_HANDLING && ctx.collapsed) continue;
    const firstPart = subs[0];
    if (firstPart === undefined) continue;
    for (const c of b.columns) {
      const s = ctx.cell("table3", g.code, c.code);
      if (s.kind !== "value") continue;
      const parts = sumCells(ctx, columnRefs(subs, c.code));
      if (!parts || parts.value === s.value) continue;
      const note = blankNote(ctx.format, parts.blanks, { col: c.code });
      const label = colName(ctx.format, "table3", firstPart, c.code);
      out.push(
        ctx.finding(
          "T3-GROUP-SUBTOTAL",
          [...parts.cells, ref("table3", g.code, c.code)],
          {
            zh: `表三“${g.label}”小计行“${label}”列为${s.value}，但其${subs.length}个子项之和为${parts.value}${note.zh}；小计不予保留`,
            en: `table3 subtotal of group ${g.code} (“${g.label}”), column ${c.code}: ${s.value}, but its ${subs.length} sub-rows sum to ${parts.value}${note.en}; the subtotal is discarded`,
          },
          { expected: parts.value, actual: s.value },
        ),
      );
    }
  }
  return out;
}

function unpaidFeeEpoch(ctx: CheckContext): Finding[] {
  if (ctx.format.id !== "2021" || !(ctx.year <= 2020)) return [];
  const row = block(ctx).rows.find((r) => r.parent === OTHER_HANDLING && r.code.endsWith(".unpaidFee"));
  if (!row) return [];
  const cells: CellRef[] = block(ctx)
    .columns.map((c) => ref("table3", row.code, c.code))
    .filter((r) => {
      const s = ctx.cell("table3", r.row, r.col);
      return s.kind === "value" && s.value > 0;
    });
  if (!cells.length) return [];
  const n = cellNames(ctx.format, cells);
  return [
    ctx.finding("T3-UNPAID-FEE-EPOCH", cells, {
      zh: `${ctx.year}年度报告${n.zh}大于0，但信息处理费自2021年1月1日起才可收取（国办函〔2020〕109号）`,
      en: `the report on ${ctx.year} has ${n.en} > 0, but the 信息处理费 could only be charged from 2021-01-01 (国办函〔2020〕109号)`,
    }),
  ];
}

function carryOutPlausible(ctx: CheckContext): Finding[] {
  const out = sumCells(ctx, [ref("table3", CARRIED_OUT, TOTAL)]);
  const rec = sumCells(ctx, [ref("table3", RECEIVED, TOTAL)]);
  if (!out || !rec || out.value <= rec.value) return [];
  const note: Message = blankNote(ctx.format, [...rec.blanks]);
  return [
    ctx.finding(
      "T3-CARRYOUT-PLAUSIBLE",
      [...rec.cells, ...out.cells],
      {
        zh: `表三“${rowLabel(ctx, CARRIED_OUT)}”（${out.value}）多于“${rowLabel(ctx, RECEIVED)}”（${rec.value}）：年末未办结的申请通常是当年收到的${note.zh}`,
        en: `table3: carried out (${out.value}) exceeds received (${rec.value}); applications open at year end were normally received that year${note.en}`,
      },
      { expected: `<= ${rec.value}`, actual: out.value },
    ),
  ];
}

/** Findings of the table 三 rules. */
export function checkTable3(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  if (ctx.on("T3-ROW-TOTAL")) appendAll(out, rowTotals(ctx));
  if (ctx.on("T3-COL-TOTAL")) appendAll(out, colTotals(ctx));
  if (ctx.on("T3-BALANCE")) appendAll(out, balance(ctx));
  if (ctx.on("T3-GROUP-SUBTOTAL")) appendAll(out, groupSubtotals(ctx));
  if (ctx.on("T3-UNPAID-FEE-EPOCH")) appendAll(out, unpaidFeeEpoch(ctx));
  if (ctx.on("T3-CARRYOUT-PLAUSIBLE")) appendAll(out, carryOutPlausible(ctx));
  return out;
}
