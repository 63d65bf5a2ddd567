// Cell-value rules: CELL-COUNT, CELL-SIGNED, CELL-MONEY, CELL-MONEY-PRECISION,
// CELL-MONEY-UNIT, CELL-BLANK, CELL-UNKNOWN (spec/rules.md §A).
import {
  type BlockDef,
  type CellUnit,
  type FormatDef,
  TABLE_IDS,
  type TableId,
  cellDefs,
  cellKey,
} from "@disclosure/schema";
import { decimalPlaces } from "@disclosure/schema/internal";
import type { CellRef, Finding, Message } from "../finding.js";
import { appendAll } from "./collect.js";
import { type CheckContext, cellName, cellNames, ref, sortCells } from "./context.js";
import { migrationBlankKeys } from "./migration.js";

const OTHER_HANDLING = "otherHandling";
const SIGNED_ROWS = ["licensing", "otherServices", "penalty", "enforcement", "fees"];

/** An official cell to check: its codes and unit (a reference is made only for a finding). */
interface OfficialCell {
  readonly table: TableId;
  readonly row: string;
  readonly col: string;
  readonly unit: CellUnit;
}

/** The official cells per format, printed as is and with （六） collapsed (formats never change). */
const officialCache = new WeakMap<FormatDef, Map<boolean, readonly OfficialCell[]>>();

/** Every official cell of the report's format, with the collapsed （六） row when printed so. */
function officialCells(ctx: CheckContext): readonly OfficialCell[] {
  let byShape = officialCache.get(ctx.format);
  if (!byShape) {
    byShape = new Map();
    officialCache.set(ctx.format, byShape);
  }
  let cells = byShape.get(ctx.collapsed);
  if (!cells) {
    cells = listOfficialCells(ctx.format, ctx.collapsed);
    byShape.set(ctx.collapsed, cells);
  }
  return cells;
}

function listOfficialCells(format: FormatDef, collapsed: boolean): OfficialCell[] {
  const out: OfficialCell[] = cellDefs(format)
    .filter((d) => !(collapsed && d.table === "table3" && d.rowDef.parent === OTHER_HANDLING))
    .map((d) => ({ table: d.table, row: d.row, col: d.col, unit: d.unit }));
  if (collapsed) {
    for (const c of format.tables.table3.blocks[0].columns) {
      out.push({ table: "table3", row: OTHER_HANDLING, col: c.code, unit: "count" });
    }
  }
  return out;
}

function show(v: unknown): string {
  return typeof v === "string" ? `“${v}”` : String(v);
}

/** Whether a number raises none of CELL-COUNT, CELL-SIGNED, CELL-MONEY, CELL-MONEY-PRECISION (see values). */
function fitsUnit(v: number, unit: CellUnit, format: FormatDef["id"]): boolean {
  if (unit === "count") return Number.isInteger(v) && v >= 0;
  if (unit === "signedCount") return Number.isInteger(v);
  return v >= 0 && !(format === "2021" && decimalPlaces(v) > 4);
}

function values(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const migrated = migrationBlankKeys(ctx);
  for (const cell of officialCells(ctx)) {
    const s = ctx.cell(cell.table, cell.row, cell.col);
    if (s.kind === "absent") continue;
    const { unit } = cell;
    // Most cells hold a number that fits their unit: nothing to say, nothing to build.
    if (s.kind === "value" && fitsUnit(s.value, unit, ctx.format.id)) continue;
    const r = ref(cell.table, cell.row, cell.col);
    // Named only when a finding needs the name (most cells are fine), and then once.
    let named: Message | undefined;
    const name = () => {
      named ??= cellName(ctx.format, r);
      return named;
    };
    if (s.kind === "blank") {
      if (!(migrated.size && migrated.has(cellKey(r.table, r.row, r.col)))) {
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

/** What CELL-UNKNOWN asks of a table's layout: each row's block, the groups printed as rows, each block's columns. */
interface TableLayout {
  /** The first block with the row. */
  readonly blockOf: ReadonlyMap<string, BlockDef>;
  /** Groups with rows of their own (a subtotal row may be printed for them). */
  readonly groupCodes: ReadonlySet<string>;
  readonly columnsOf: ReadonlyMap<BlockDef, ReadonlySet<string>>;
}

/** Layouts per format and table (formats never change). */
const layouts = new WeakMap<FormatDef, Map<TableId, TableLayout>>();

function tableLayout(format: FormatDef, t: TableId): TableLayout {
  let byTable = layouts.get(format);
  if (!byTable) {
    byTable = new Map();
    layouts.set(format, byTable);
  }
  let layout = byTable.get(t);
  if (layout) return layout;
  const blocks = format.tables[t].blocks;
  const blockOf = new Map<string, BlockDef>();
  for (const b of blocks) for (const r of b.rows) if (!blockOf.has(r.code)) blockOf.set(r.code, b);
  const groupCodes = new Set(
    blocks.flatMap((b) => b.groups.filter((g) => b.rows.some((r) => r.parent === g.code)).map((g) => g.code)),
  );
  const columnsOf = new Map(blocks.map((b) => [b, new Set(b.columns.map((c) => c.code))]));
  layout = { blockOf, groupCodes, columnsOf };
  byTable.set(t, layout);
  return layout;
}

function unknown(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const t of TABLE_IDS) {
    const rows = ctx.rows(t);
    const blocks = ctx.format.tables[t].blocks;
    const { blockOf, groupCodes, columnsOf } = tableLayout(ctx.format, t);
    const unknownCols = new Map<string, CellRef[]>();
    for (const [row, cols] of Object.entries(rows)) {
      const block = blockOf.get(row);
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
      const knownCols = columnsOf.get(known);
      for (const c of present) {
        if (knownCols ? knownCols.has(c) : known.columns.some((k) => k.code === c)) continue;
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
  const all = values(ctx);
  if (ctx.on("CELL-SIGNED")) appendAll(all, signedBalance(ctx));
  if (ctx.on("CELL-MONEY-UNIT")) appendAll(all, moneyUnit(ctx));
  if (ctx.on("CELL-UNKNOWN")) appendAll(all, unknown(ctx));
  return all.filter((f) => ctx.on(f.rule));
}
