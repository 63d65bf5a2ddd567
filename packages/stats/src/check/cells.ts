// Cell-value rules: CELL-COUNT, CELL-SIGNED, CELL-MONEY, CELL-MONEY-PRECISION,
// CELL-MONEY-UNIT, CELL-BLANK, CELL-UNKNOWN (spec/rules.md §A).
import { type CellUnit, TABLE_IDS, type TableId, cellDefs, cellKey } from "@disclosure/schema";
import { decimalPlaces } from "@disclosure/schema/internal";
import type { CellRef, Finding } from "../finding.js";
import { type CheckContext, cellName, cellNames, ref, sortCells, tableOf } from "./context.js";
import { migrationBlankKeys } from "./migration.js";

const OTHER_HANDLING = "otherHandling";
const SIGNED_ROWS = ["licensing", "otherServices", "penalty", "enforcement", "fees"];

/** Every official cell of the report's format, with the collapsed （六） row when printed so. */
function officialCells(ctx: CheckContext): { ref: CellRef; unit: CellUnit }[] {
  const out = cellDefs(ctx.format)
    .filter((d) => !(ctx.collapsed && d.table === "table3" && d.rowDef.parent === OTHER_HANDLING))
    .map((d) => ({ ref: ref(d.table, d.row, d.col), unit: d.unit }));
  if (ctx.collapsed) {
    for (const c of ctx.format.tables.table3.blocks[0].columns) {
      out.push({ ref: ref("table3", OTHER_HANDLING, c.code), unit: "count" });
    }
  }
  return out;
}

function show(v: unknown): string {
  return typeof v === "string" ? `“${v}”` : String(v);
}

function values(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const migrated = migrationBlankKeys(ctx);
  for (const { ref: r, unit } of officialCells(ctx)) {
    const s = ctx.cell(r.table as TableId, r.row, r.col);
    if (s.kind === "absent") continue;
    // Named only when a finding needs the name: most cells are fine.
    const name = () => cellName(ctx.format, r);
    if (s.kind === "blank") {
      if (!migrated.has(cellKey(r.table, r.row, r.col))) {
        out.push(
          ctx.finding("CELL-BLANK", [r], {
            zh: `${name().zh}为空，格式要求填写数字（无则填0）`,
            en: `${name().en} is blank; the form expects a number (0 when none)`,
          }),
        );
      }
      continue;
    }
    const rule = unit === "wan" ? "CELL-MONEY" : unit === "signedCount" ? "CELL-SIGNED" : "CELL-COUNT";
    if (s.kind === "invalid") {
      out.push(
        ctx.finding(
          rule,
          [r],
          {
            zh: `${name().zh}不是数字：${show(s.input)}`,
            en: `${name().en} is not a number: ${show(s.input)}`,
          },
          { actual: s.input },
        ),
      );
      continue;
    }
    const v = s.value;
    if (unit === "count" && (!Number.isInteger(v) || v < 0)) {
      out.push(
        ctx.finding(
          "CELL-COUNT",
          [r],
          {
            zh: `${name().zh}应为非负整数（件数），实为${v}`,
            en: `${name().en} must be a non-negative integer (a count), not ${v}`,
          },
          { actual: v },
        ),
      );
    } else if (unit === "signedCount" && !Number.isInteger(v)) {
      out.push(
        ctx.finding(
          "CELL-SIGNED",
          [r],
          {
            zh: `${name().zh}应为整数（可为负），实为${v}`,
            en: `${name().en} must be an integer (may be negative), not ${v}`,
          },
          { actual: v },
        ),
      );
    } else if (unit === "wan") {
      if (v < 0) {
        out.push(
          ctx.finding(
            "CELL-MONEY",
            [r],
            {
              zh: `${name().zh}金额不能为负数：${v}万元`,
              en: `${name().en}: an amount cannot be negative: ${v} 万元`,
            },
            { actual: v },
          ),
        );
      }
      if (ctx.format.id === "2021" && decimalPlaces(v) > 4) {
        out.push(
          ctx.finding(
            "CELL-MONEY-PRECISION",
            [r],
            {
              zh: `${name().zh}超过4位小数（4位小数即1元）：${v}万元`,
              en: `${name().en} has more than 4 decimals (4 decimals = 1 元): ${v} 万元`,
            },
            { actual: v },
          ),
        );
      }
    }
  }
  return out;
}

function signedBalance(ctx: CheckContext): Finding[] {
  if (ctx.format.id !== "2019") return [];
  const out: Finding[] = [];
  for (const row of SIGNED_ROWS) {
    const last = ctx.cell("table2", row, "itemsLastYear");
    const change = ctx.cell("table2", row, "itemsChange");
    if (last.kind !== "value" || change.kind !== "value") continue;
    if (last.value + change.value >= 0) continue;
    const cells = [ref("table2", row, "itemsLastYear"), ref("table2", row, "itemsChange")];
    const n = cellNames(ctx.format, cells);
    out.push(
      ctx.finding(
        "CELL-SIGNED",
        cells,
        {
          zh: `${n.zh}：${last.value}加${change.value}为负数，项目数不能为负`,
          en: `${n.en}: items last year ${last.value} plus the change ${change.value} is negative`,
        },
        { expected: ">= 0", actual: last.value + change.value },
      ),
    );
  }
  return out;
}

function moneyUnit(ctx: CheckContext): Finding[] {
  if (ctx.format.id !== "2019") return [];
  const r = ref("table2", "procurement", "amountWan");
  const s = ctx.cell("table2", r.row, r.col);
  if (s.kind !== "value" || s.value === 0) return [];
  const raw = ctx.report.raw?.[cellKey(r.table, r.row, r.col)];
  if (typeof raw === "string" && /元/.test(raw)) return [];
  const name = cellName(ctx.format, r);
  return [
    ctx.finding("CELL-MONEY-UNIT", [r], {
      zh: `${name.zh}未注明单位（元或万元），按万元读作${s.value}`,
      en: `${name.en} states no unit (元 or 万元); read as ${s.value} 万元`,
    }),
  ];
}

function unknown(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const t of TABLE_IDS) {
    const rows = tableOf(ctx.report, t);
    const blocks = ctx.format.tables[t].blocks;
    const groupCodes = new Set(
      blocks.flatMap((b) =>
        b.groups.filter((g) => b.rows.some((r) => r.parent === g.code)).map((g) => g.code),
      ),
    );
    const unknownCols = new Map<string, CellRef[]>();
    for (const [row, cols] of Object.entries(rows)) {
      const block = blocks.find((b) => b.rows.some((r) => r.code === row));
      const known =
        block ?? (t === "table3" && (row === OTHER_HANDLING || groupCodes.has(row)) ? blocks[0] : undefined);
      const present = Object.keys(cols).filter((c) => cols[c] !== undefined);
      if (!known) {
        if (!present.length) continue;
        const cells = present.map((c) => ref(t, row, c));
        out.push(
          ctx.finding("CELL-UNKNOWN", cells, {
            zh: `表格${t}中的行“${row}”不在${ctx.format.id}年格式中，已另行保留、不予检查`,
            en: `${t} row “${row}” is not in the ${ctx.format.id} format; kept aside, not checked`,
          }),
        );
        continue;
      }
      for (const c of present) {
        if (known.columns.some((k) => k.code === c)) continue;
        const list = unknownCols.get(c) ?? [];
        list.push(ref(t, row, c));
        unknownCols.set(c, list);
      }
    }
    for (const [col, cells] of unknownCols) {
      out.push(
        ctx.finding("CELL-UNKNOWN", sortCells(ctx.format, cells), {
          zh: `表格${t}中的列“${col}”不在${ctx.format.id}年格式中（${cells.length}个单元格），已另行保留、不予检查`,
          en: `${t} column “${col}” is not in the ${ctx.format.id} format (${cells.length} cells); kept aside, not checked`,
        }),
      );
    }
  }
  return out;
}

/** Findings of the cell-value rules. */
export function checkCells(ctx: CheckContext): Finding[] {
  return [
    ...values(ctx),
    ...(ctx.on("CELL-SIGNED") ? signedBalance(ctx) : []),
    ...(ctx.on("CELL-MONEY-UNIT") ? moneyUnit(ctx) : []),
    ...(ctx.on("CELL-UNKNOWN") ? unknown(ctx) : []),
  ].filter((f) => ctx.on(f.rule));
}
