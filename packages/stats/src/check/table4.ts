// Table 四 rule: T4-GROUP-TOTAL (spec/rules.md §D). T4-PENDING-FOLLOWUP needs last year's
// report and lives in cross-year.ts.
import { findCell } from "@disclosure/schema";
import { columnSums } from "@disclosure/schema/internal";
import type { CellRef, Finding } from "../finding.js";
import { sumCells } from "./arith.js";
import { type CheckContext, blankNote, ref } from "./context.js";

const ROW = "cases";

/** The header path of a table 四 group: 行政复议, or 行政诉讼 未经复议直接起诉. */
export function caseGroupName(ctx: CheckContext, group: string): string {
  return findCell(ctx.format, "table4", ROW, `${group}.total`)?.colDef.path.join(" ") ?? group;
}

/** The label of one table 四 column without its group: 结果维持. */
function leafLabel(ctx: CheckContext, col: string): string {
  return findCell(ctx.format, "table4", ROW, col)?.colDef.label ?? col;
}

function groupTotals(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const s of columnSums(ctx.format.tables.table4.blocks[0])) {
    const g = s.total.slice(0, s.total.lastIndexOf("."));
    // Built by a loop rather than by map: one kind of array for sumCells, whichever tier runs this.
    const parts: CellRef[] = [];
    for (const c of s.parts) parts.push(ref("table4", ROW, c));
    const total = sumCells(ctx, [ref("table4", ROW, s.total)]);
    const sum = sumCells(ctx, parts);
    if (!total || !sum || total.value === sum.value) continue;
    const name = caseGroupName(ctx, g);
    const labels = parts.map((p) => leafLabel(ctx, p.col)).join("、");
    const totalLabel = leafLabel(ctx, s.total);
    const blankTotal = total.blanks.length > 0;
    const note = blankNote(ctx.format, sum.blanks, { row: ROW });
    out.push(
      ctx.finding(
        "T4-GROUP-TOTAL",
        [...sum.cells, ...total.cells],
        {
          zh: `表四“${name}”：${totalLabel}${blankTotal ? "为空" : `为${total.value}`}，但${labels}之和为${sum.value}${note.zh}`,
          en: `table4 group ${g} (“${name}”): the total ${blankTotal ? "is blank" : `is ${total.value}`}, but upheld + corrected + other + pending = ${sum.value}${note.en}`,
        },
        { expected: sum.value, actual: blankTotal ? null : total.value },
      ),
    );
  }
  return out;
}

/** Findings of the table 四 rules. */
export function checkTable4(ctx: CheckContext): Finding[] {
  return ctx.on("T4-GROUP-TOTAL") ? groupTotals(ctx) : [];
}
