// Table 三 rules: T3-ROW-TOTAL, T3-COL-TOTAL, T3-BALANCE, T3-GROUP-SUBTOTAL,
// T3-UNPAID-FEE-EPOCH, T3-CARRYOUT-PLAUSIBLE (spec/rules.md §C).
import type { BlockDef, ColumnDef } from "@disclosure/schema";
import { columnSums, groupSums, resultSum, table3Balance } from "@disclosure/schema/internal";
import type { CellRef, Finding, Message } from "../finding.js";
import { type CellSum, sumCells } from "./arith.js";
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

function rowTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const cols = applicantColumns(ctx);
  const totalLabel = colName(ctx.format, "table3", RECEIVED, TOTAL);
  for (const row of expectedRows(ctx, "table3").flatMap((b) => b.rows)) {
    if (!ctx.rowPresent("table3", row)) continue;
    const total = sumCells(ctx, [ref("table3", row, TOTAL)]);
    const parts = sumCells(
      ctx,
      cols.map((c) => ref("table3", row, c.code)),
    );
    if (!total || !parts || total.value === parts.value) continue;
    const t = valueText(total);
    const note = blankNote(ctx.format, parts.blanks, { row });
    const label = rowLabel(ctx, row);
    out.push(
      ctx.finding(
        "T3-ROW-TOTAL",
        [...parts.cells, ...total.cells],
        {
          zh: `表三“${label}”行：${totalLabel}${t.zh}，但各列之和为${parts.value}${note.zh}`,
          en: `table3 row ${row} (“${label}”): the total ${t.en}, but the columns sum to ${parts.value}${note.en}`,
        },
        { expected: parts.value, actual: total.blanks.length ? null : total.value },
      ),
    );
  }
  return out;
}

function colTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const { total: resultTotal } = resultSum(ctx.format);
  if (!ctx.rowPresent("table3", resultTotal)) return out;
  const rows = resultRows(ctx);
  const groupLabel = block(ctx).groups.find((g) => g.code === RESULTS)?.label ?? RESULTS;
  const totalLabel = rowLabel(ctx, resultTotal);
  for (const c of block(ctx).columns) {
    const total = sumCells(ctx, [ref("table3", resultTotal, c.code)]);
    const parts = sumCells(
      ctx,
      rows.map((r) => ref("table3", r, c.code)),
    );
    if (!total || !parts || total.value === parts.value) continue;
    const t = valueText(total);
    const note = blankNote(ctx.format, parts.blanks, { col: c.code });
    const label = colName(ctx.format, "table3", resultTotal, c.code);
    out.push(
      ctx.finding(
        "T3-COL-TOTAL",
        [...parts.cells, ...total.cells],
        {
          zh: `表三“${label}”列：“${totalLabel}”${t.zh}，但“${groupLabel}”各项（${rows.length}行）之和为${parts.value}${note.zh}`,
          en: `table3 column ${c.code} (“${label}”): “${totalLabel}” ${t.en}, but the ${rows.length} result rows sum to ${parts.value}${note.en}`,
        },
        { expected: parts.value, actual: total.blanks.length ? null : total.value },
      ),
    );
  }
  return out;
}

function balance(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const l = (r: string) => rowLabel(ctx, r);
  const { left, right } = table3Balance();
  for (const c of block(ctx).columns) {
    const lhs = sumCells(
      ctx,
      left.map((r) => ref("table3", r, c.code)),
    );
    const rhs = sumCells(
      ctx,
      right.map((r) => ref("table3", r, c.code)),
    );
    if (!lhs || !rhs || lhs.value === rhs.value) continue;
    const note = blankNote(ctx.format, [...lhs.blanks, ...rhs.blanks], { col: c.code });
    const label = colName(ctx.format, "table3", RECEIVED, c.code);
    out.push(
      ctx.finding(
        "T3-BALANCE",
        [...lhs.cells, ...rhs.cells],
        {
          zh: `表三“${label}”列：“${left.map(l).join("”加“")}”为${lhs.value}，但“${right.map(l).join("”加“")}”为${rhs.value}${note.zh}`,
          en: `table3 column ${c.code} (“${label}”): received + carried in = ${lhs.value}, but results + carried out = ${rhs.value}${note.en}`,
        },
        { expected: lhs.value, actual: rhs.value },
      ),
    );
  }
  return out;
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
      const parts = sumCells(
        ctx,
        subs.map((r) => ref("table3", r, c.code)),
      );
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
  return [
    ...(ctx.on("T3-ROW-TOTAL") ? rowTotals(ctx) : []),
    ...(ctx.on("T3-COL-TOTAL") ? colTotals(ctx) : []),
    ...(ctx.on("T3-BALANCE") ? balance(ctx) : []),
    ...(ctx.on("T3-GROUP-SUBTOTAL") ? groupSubtotals(ctx) : []),
    ...(ctx.on("T3-UNPAID-FEE-EPOCH") ? unpaidFeeEpoch(ctx) : []),
    ...(ctx.on("T3-CARRYOUT-PLAUSIBLE") ? carryOutPlausible(ctx) : []),
  ];
}
