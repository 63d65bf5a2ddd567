// Structure rules: STRUCT-MISSING, STRUCT-GROUP-COLLAPSED, STRUCT-TABLES, STRUCT-SECTIONS,
// STRUCT-HEADING-WORDING, FORMAT-YEAR (spec/rules.md §A, §F).
import { type BlockDef, type FormatDef, type SectionId, TABLE_IDS, type TableId } from "@disclosure/schema";
import type { CellRef, Finding } from "../finding.js";
import { appendAll } from "./collect.js";
import { type CheckContext, colName, ref, rowName, tableNumeral } from "./context.js";

const OTHER_HANDLING = "otherHandling";

/** The rows of one block the report is expected to print. */
export interface ExpectedBlock {
  readonly block: BlockDef;
  readonly rows: readonly string[];
}

/** Expected rows per format, by table and whether （六） is collapsed (formats never change). */
const expectedCache = new WeakMap<FormatDef, Map<string, readonly ExpectedBlock[]>>();

/**
 * Rows the report is expected to print in a table (the collapsed （六） replaces its sub-rows).
 * Worked out once per format and shape: every report of a run asks, and arrays built once keep
 * one hidden class in the code that walks them.
 */
export function expectedRows(ctx: CheckContext, table: TableId): readonly ExpectedBlock[] {
  let byKey = expectedCache.get(ctx.format);
  if (!byKey) {
    byKey = new Map();
    expectedCache.set(ctx.format, byKey);
  }
  const collapsed = ctx.collapsed && table === "table3";
  const key = `${table}|${collapsed}`;
  let blocks = byKey.get(key);
  if (!blocks) {
    blocks = listExpectedRows(ctx.format, table, collapsed);
    byKey.set(key, blocks);
  }
  return blocks;
}

function listExpectedRows(format: FormatDef, table: TableId, collapsed: boolean): ExpectedBlock[] {
  const out: ExpectedBlock[] = [];
  for (const block of format.tables[table].blocks) {
    const rows: string[] = [];
    let hasOther = false;
    for (const r of block.rows) {
      if (r.parent === OTHER_HANDLING) hasOther = true;
      if (!(collapsed && r.parent === OTHER_HANDLING)) rows.push(r.code);
    }
    if (collapsed && hasOther) rows.push(OTHER_HANDLING);
    out.push({ block, rows });
  }
  return out;
}

function missing(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const t of TABLE_IDS) {
    if (!ctx.complete(t) || !ctx.tablePresent(t)) continue;
    for (const expected of expectedRows(ctx, t)) missingInBlock(ctx, t, expected, out);
  }
  return out;
}

// The walk over every expected cell is kept apart from the building of findings (rarely run),
// so that the optimising compiler compiles the walk small.

/** Pushes the STRUCT-MISSING findings of one block of a complete table onto `out`. */
function missingInBlock(ctx: CheckContext, t: TableId, expected: ExpectedBlock, out: Finding[]): void {
  const { block, rows } = expected;
  const present: string[] = [];
  for (const r of rows) if (ctx.rowPresent(t, r)) present.push(r);
  for (const r of rows) {
    if (present.includes(r) || unreadRow(ctx, t, block, r)) continue;
    out.push(missingRow(ctx, t, block, r));
  }
  const firstPresent = present[0];
  if (firstPresent === undefined) return;
  const missingCols = block.columns.filter((c) => columnAbsent(ctx, t, present, c.code));
  for (const c of missingCols) out.push(missingColumn(ctx, t, firstPresent, present, c.code));
  for (const r of present) {
    for (const c of block.columns) {
      if (missingCols.includes(c) || ctx.cell(t, r, c.code).kind !== "absent") continue;
      if (ctx.unread(t, r, c.code)) continue;
      out.push(missingCell(ctx, t, r, c.code));
    }
  }
}

/** Whether the reader could not read some cell of a row. */
function unreadRow(ctx: CheckContext, t: TableId, block: BlockDef, r: string): boolean {
  return block.columns.some((c) => ctx.unread(t, r, c.code));
}

/** Whether a column has no cell in any of the present rows (and none of them unread). */
function columnAbsent(ctx: CheckContext, t: TableId, present: readonly string[], col: string): boolean {
  return (
    present.every((r) => ctx.cell(t, r, col).kind === "absent") && !present.some((r) => ctx.unread(t, r, col))
  );
}

function missingRow(ctx: CheckContext, t: TableId, block: BlockDef, r: string): Finding {
  const num = tableNumeral(ctx.format, t);
  const label = rowName(ctx.format, t, r);
  return ctx.finding(
    "STRUCT-MISSING",
    block.columns.map((c) => ref(t, r, c.code)),
    {
      zh: `表${num}缺少“${label}”行`,
      en: `${t} lacks the row ${r} (“${label}”)`,
    },
  );
}

function missingColumn(
  ctx: CheckContext,
  t: TableId,
  firstPresent: string,
  present: readonly string[],
  col: string,
): Finding {
  const num = tableNumeral(ctx.format, t);
  const label = colName(ctx.format, t, firstPresent, col);
  return ctx.finding(
    "STRUCT-MISSING",
    present.map((r) => ref(t, r, col)),
    { zh: `表${num}缺少“${label}”列`, en: `${t} lacks the column ${col} (“${label}”)` },
  );
}

function missingCell(ctx: CheckContext, t: TableId, r: string, col: string): Finding {
  const num = tableNumeral(ctx.format, t);
  const rl = rowName(ctx.format, t, r);
  const cl = colName(ctx.format, t, r, col);
  return ctx.finding("STRUCT-MISSING", [ref(t, r, col)], {
    zh: `表${num}缺少“${rl}”行“${cl}”列的单元格`,
    en: `${t} lacks the cell ${r}/${col} (“${rl}” / “${cl}”)`,
  });
}

/** One READ-UNREAD info finding per table with cells the reader could not read. */
function unreadCells(ctx: CheckContext): Finding[] {
  const unread = ctx.opts.unread;
  // Most reports were read in full: nothing to walk.
  if (!unread?.length) return [];
  const out: Finding[] = [];
  for (const t of TABLE_IDS) {
    const cells: CellRef[] = [];
    for (const u of unread) if (u.table === t) cells.push(u);
    if (!cells.length) continue;
    const num = tableNumeral(ctx.format, t);
    out.push(
      ctx.finding("READ-UNREAD", cells, {
        zh: `表${num}有 ${cells.length} 个单元格未能读出，用到它们的规则未检查（这是读取的问题，不是报告的问题）`,
        en: `${cells.length} cells of ${t} could not be read; the rules that need them were not checked (a gap in our reading, not in the report)`,
      }),
    );
  }
  return out;
}

function collapsed(ctx: CheckContext): Finding[] {
  if (!ctx.collapsed) return [];
  const f = ctx.format;
  const block = f.tables.table3.blocks[0];
  const label = rowName(f, "table3", OTHER_HANDLING);
  const subs = block.rows.filter((r) => r.parent === OTHER_HANDLING).map((r) => r.label);
  const total = rowName(f, "table3", "resultTotal");
  return [
    ctx.finding(
      "STRUCT-GROUP-COLLAPSED",
      block.columns.map((c) => ref("table3", OTHER_HANDLING, c.code)),
      {
        zh: `表三“${label}”印为一行，未分列${subs.join("、")}；按原样保留，在“${total}”中作为该组合计`,
        en: `table3 prints “${label}” as one row without its sub-rows (${subs.length}); kept as published and counted as the group total in “${total}”`,
      },
    ),
  ];
}

function tables(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const t of TABLE_IDS) {
    if (ctx.tablePresent(t)) continue;
    const declared = ctx.opts.tables ? ctx.opts.tables.includes(t) : ctx.hasText;
    if (!declared) continue;
    const s = ctx.format.sections.find((x) => x.id === ctx.format.tables[t].section);
    out.push(
      ctx.finding("STRUCT-TABLES", [], {
        zh: `缺少表${tableNumeral(ctx.format, t)}（应在“${s?.heading ?? ""}”部分）`,
        en: `${t} is missing (it belongs in section “${s?.heading ?? ""}”)`,
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------- headings

const NUMERAL = /^[(（]?[一二三四五六七八九十\d]+[)）]?[、.．,，:：\s]*/;

function normalizeHeading(h: string): string {
  return h
    .replace(/\s+/g, "")
    .replace(NUMERAL, "")
    .replace(/[(]/g, "（")
    .replace(/[)]/g, "）")
    .replace(/[,]/g, "，")
    .replace(/[:]/g, "：");
}

function bigrams(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function dice(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.length || !B.length) return a === b ? 1 : 0;
  const pool = [...B];
  let common = 0;
  for (const x of A) {
    const i = pool.indexOf(x);
    if (i >= 0) {
      common++;
      pool.splice(i, 1);
    }
  }
  return (2 * common) / (A.length + B.length);
}

/**
 * The section a printed heading names, ignoring its numeral (some reports restart their
 * numbering), and whether it is worded exactly as the format. Lenient: the format's
 * aliases, and any wording whose character bigrams mostly agree with the official title.
 *
 * @example
 * sectionOfHeading(getFormat("2021"), "五、存在的主要问题及整改措施")
 * //=> { section: "problems", exact: false, official: "五、存在的主要问题及改进情况" }
 */
export function sectionOfHeading(
  format: FormatDef,
  heading: string,
): { section: SectionId; exact: boolean; official: string } | undefined {
  const h = normalizeHeading(heading);
  if (!h) return undefined;
  let best: { section: SectionId; score: number; official: string } | undefined;
  for (const s of format.sections) {
    if (h === s.title) return { section: s.id, exact: true, official: s.heading };
    if (s.aliases.includes(h)) return { section: s.id, exact: false, official: s.heading };
    const score = Math.max(dice(h, s.title), ...s.aliases.map((a) => dice(h, a)));
    if (score >= 0.85 && (!best || score > best.score)) best = { section: s.id, score, official: s.heading };
  }
  return best && { section: best.section, exact: false, official: best.official };
}

function sections(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const f = ctx.format;
  const headings = ctx.opts.headings;
  const found: SectionId[] = [];
  if (headings) {
    for (const h of headings) {
      const m = sectionOfHeading(f, h);
      if (!m) continue;
      if (!found.includes(m.section)) found.push(m.section);
      if (!m.exact && ctx.on("STRUCT-HEADING-WORDING")) {
        out.push(
          ctx.finding("STRUCT-HEADING-WORDING", [], {
            zh: `标题“${h.trim()}”与格式规定的“${m.official}”措辞不同`,
            en: `the heading “${h.trim()}” differs from the official “${m.official}”`,
          }),
        );
      }
    }
  } else if (ctx.hasText) {
    // A report held as data has a section when it holds its text, its table, or the
    // facts its text is written from (renderOverview; the 信息处理费 facts of 六).
    const r = ctx.report;
    for (const s of f.sections) {
      const t = (r.sections as Record<string, unknown> | undefined)?.[s.id];
      const hasContent =
        typeof t === "string" ||
        (s.table !== undefined && ctx.tablePresent(s.table)) ||
        (s.id === "overview" && r.facts !== undefined) ||
        (s.id === "otherMatters" && r.otherMatters !== undefined);
      if (hasContent) found.push(s.id);
    }
  } else {
    return out;
  }
  for (const s of f.sections) {
    if (found.includes(s.id)) continue;
    out.push(
      ctx.finding("STRUCT-SECTIONS", [], {
        zh: `缺少第${s.numeral}部分“${s.heading}”`,
        en: `section ${s.numeral} “${s.heading}” is missing`,
      }),
    );
  }
  if (outOfOrder(f, found)) {
    const names = found.map((id) => f.sections.find((s) => s.id === id)?.title ?? id);
    out.push(
      ctx.finding("STRUCT-SECTIONS", [], {
        zh: `各部分顺序与格式不同：${names.join("、")}`,
        en: `the sections are out of order: ${found.join(", ")}`,
      }),
    );
  }
  return out;
}

/** Whether some section is found before one that the format prints ahead of it. */
function outOfOrder(f: FormatDef, found: readonly SectionId[]): boolean {
  let before = -1;
  for (const id of found) {
    const at = f.sections.findIndex((s) => s.id === id);
    if (at < before) return true;
    before = at;
  }
  return false;
}

function formatYear(ctx: CheckContext): Finding[] {
  const y = ctx.year;
  const fmt = ctx.original;
  if (!Number.isFinite(y)) return [];
  if (y <= 2020 && fmt === "2021") {
    return [
      ctx.finding(
        "FORMAT-YEAR",
        [],
        {
          zh: `${y}年度报告使用了2021年格式（国办公开办函〔2021〕30号适用于2021年及以后的报告）`,
          en: `the report on ${y} uses the 2021 format, which applies to reports on 2021 and later`,
        },
        { expected: "2019", actual: fmt },
      ),
    ];
  }
  if (y >= 2021 && fmt === "2019") {
    return [
      ctx.finding(
        "FORMAT-YEAR",
        [],
        {
          zh: `${y}年度报告使用了2019年试行格式（2021年及以后应使用国办公开办函〔2021〕30号格式）`,
          en: `the report on ${y} uses the 2019 trial format; reports on 2021 and later use the 2021 format`,
        },
        { expected: "2021", actual: fmt },
      ),
    ];
  }
  return [];
}

/** Findings of the structure rules. */
export function checkStructure(ctx: CheckContext): Finding[] {
  const all: Finding[] = [];
  if (ctx.on("STRUCT-MISSING")) appendAll(all, missing(ctx));
  appendAll(all, unreadCells(ctx));
  if (ctx.on("STRUCT-GROUP-COLLAPSED")) appendAll(all, collapsed(ctx));
  if (ctx.on("STRUCT-TABLES")) appendAll(all, tables(ctx));
  if (ctx.on("STRUCT-SECTIONS") || ctx.on("STRUCT-HEADING-WORDING")) appendAll(all, sections(ctx));
  if (ctx.on("FORMAT-YEAR")) appendAll(all, formatYear(ctx));
  return all.filter((x) => ctx.on(x.rule));
}
