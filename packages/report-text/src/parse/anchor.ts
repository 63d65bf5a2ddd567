// Tokens → cells. Every run of numbers is tied to a row of the format by its label
// (on the same line: strong; the only label since the previous run: weak) and by
// the order of the format's rows; numbers without a label of their own are read by
// position only where the rows around them leave no choice. Columns come from the
// count of values, from the x positions under the column headers (PDF), or — for
// cells run together — from the one split where the row adds up to its 总计.
// Whatever cannot be tied down is listed as unread with its reason.
import {
  type BlockDef,
  type Cell,
  type ColumnDef,
  type FormatDef,
  isCellNumberFailure,
  type Message,
  readCellNumber,
  type RowDef,
  type TableId,
} from "@disclosure/schema";
import { findLabels, isHeaderFragment, type LabelIndex, labelIndex, normalizeLabel } from "./labels.js";
import { issue, type Line, type ParseIssue, type SourceLocation, formatSourceLocation } from "./model.js";
import { allSplits, groupTotals, rowTotal, type SplitConstraint } from "./split.js";
import { lineTokens, type Run, type Token, valueRuns } from "./tokens.js";

/** A cell read from the document, with where it was printed. */
export interface ParsedCell extends Cell {
  readonly source: SourceLocation;
}

/** An expected cell that could not be read, and why. */
export interface UnreadCell {
  readonly table: TableId;
  readonly row: string;
  readonly col: string;
  readonly reason: Message;
  /** Where the row's numbers (or the table) were, when anything was found. */
  readonly location?: SourceLocation;
}

/** What reading one table gave. */
export interface TableRead {
  readonly table: TableId;
  readonly cells: ParsedCell[];
  readonly unread: UnreadCell[];
  readonly warnings: ParseIssue[];
  /** Whether anything of the table (a label or a number under its header) was found. */
  readonly found: boolean;
  /** Lines [start, end) the table occupies, when found. */
  readonly span?: { readonly start: number; readonly end: number };
  /** A 2021-format table 三 whose （六）其他处理 is printed as one row (stored as `otherHandling`). */
  readonly collapsedOtherHandling?: boolean;
}

/** A place in the format's sequence of rows: a data row, or a row group that may carry a subtotal. */
interface Slot {
  readonly kind: "row" | "group";
  readonly code: string;
  readonly label: string;
  readonly block: BlockDef;
  readonly columns: readonly Column[];
  /** For a group: codes of its rows. */
  readonly members: readonly string[];
}

/** A column of a row as laid out in the document (the format's, or an extra one such as a 小计). */
interface Column {
  readonly code?: string;
  readonly def?: ColumnDef;
  readonly label: string;
}

const TABLE_NAMES_ZH: Record<TableId, string> = { table2: "表二", table3: "表三", table4: "表四" };

/**
 * The word a subtotal column or row is headed with in layouts that add one
 * (法人或其他组织小计, [G] TEMPLATE_TABLES; spec format-2021 §4). Not an official label.
 */
const SUBTOTAL = "小计";

interface Anchor {
  readonly kind: "row" | "group";
  readonly code: string;
  readonly strength: "strong" | "weak";
}

const INF = Number.POSITIVE_INFINITY;

function msg(zh: string, en: string): Message {
  return { zh, en };
}

/** Whether a run is only blank cells. */
function blankOnly(run: Run): boolean {
  return run.tokens.every((t) => t.kind === "blank");
}

function anchorOf(run: Run, index: LabelIndex, slotCodes: Set<string>): Anchor | undefined {
  const pick = (text: string, strength: Anchor["strength"]): Anchor | null | undefined => {
    const found = findLabels(text, index).filter((m) => slotCodes.has(`${m.kind}:${m.code}`));
    if (!found.length) return undefined;
    const rows = [...new Set(found.filter((m) => m.kind === "row").map((m) => m.code))];
    if (rows.length === 1) return { kind: "row", code: rows[0], strength };
    if (rows.length > 1) return null;
    const groups = found.filter((m) => m.kind === "group");
    return { kind: "group", code: groups[groups.length - 1].code, strength };
  };
  const same = pick(run.sameLine, "strong");
  if (same !== undefined) return same ?? undefined;
  const seg = pick(run.segment, "weak");
  return seg ?? undefined;
}

/** Tokens of a run trimmed of blank cells beyond the row's width (an empty trailing cell of a wider table). */
function trimmed(tokens: readonly Token[], width: number): Token[] {
  const t = [...tokens];
  while (t.length > width && t[t.length - 1].kind === "blank") t.pop();
  while (t.length > width && t[0].kind === "blank") t.shift();
  return t;
}

function digitsOnly(t: Token): boolean {
  return t.kind === "value" && /^\d+$/.test(t.text);
}

/** How well a run's count of values fits a row: 0 exact … larger worse. */
function fitCost(run: Run, width: number, positioned: boolean): number {
  const t = trimmed(run.tokens, width);
  if (t.length === width) return 0;
  if (t.length > width) return 1.5;
  if (t.every(digitsOnly) && t.some((x) => x.glued) && t.reduce((n, x) => n + x.text.length, 0) >= width)
    return 0.2;
  if (positioned && t.every((x) => x.x !== undefined)) return 0.3;
  return 1.5;
}

/** The format's rows of a table as slots, with a group slot before each group's first row (for subtotals). */
function slotsOf(format: FormatDef, table: TableId, layout: (b: BlockDef) => readonly Column[]): Slot[] {
  const slots: Slot[] = [];
  for (const block of format.tables[table].blocks) {
    const columns = layout(block);
    const groupsUsed = new Set<string>();
    for (const row of block.rows) {
      const g = row.parent ? block.groups.find((x) => x.code === row.parent) : undefined;
      // Groups with a parent of their own ((三)…(六) under 三、本年度办理结果) are the ones with subtotals.
      if (g?.parent && !groupsUsed.has(g.code)) {
        groupsUsed.add(g.code);
        slots.push({
          kind: "group",
          code: g.code,
          label: g.label,
          block,
          columns,
          members: block.rows.filter((r) => r.parent === g.code).map((r) => r.code),
        });
      }
      slots.push({ kind: "row", code: row.code, label: row.label, block, columns, members: [] });
    }
  }
  return slots;
}

/** The columns of a block as the document lays them out: the format's, plus a 小计 column if its header has one. */
function columnLayout(block: BlockDef, headerText: string): Column[] {
  const cols: Column[] = block.columns.map((c) => ({ code: c.code, def: c, label: c.label }));
  const at = headerText.indexOf(SUBTOTAL);
  if (at < 0) return cols;
  // The group the subtotal belongs to: the innermost column group with several leaves (法人或其他组织).
  const groupOf = (c: ColumnDef) => c.path.join("/");
  const counts = new Map<string, { n: number; depth: number }>();
  for (const c of block.columns) {
    const g = counts.get(groupOf(c)) ?? { n: 0, depth: c.path.length };
    g.n++;
    counts.set(groupOf(c), g);
  }
  const group = [...counts.entries()]
    .filter(([g, x]) => g && x.n > 1)
    .sort((a, b) => b[1].depth - a[1].depth)
    .map(([g]) => g)[0];
  if (!group) return cols;
  const members = cols.filter((c) => c.def && groupOf(c.def) === group);
  const firstAt = headerText.indexOf(normalizeLabel(members[0].label));
  const insertAt =
    firstAt >= 0 && at < firstAt ? cols.indexOf(members[0]) : cols.indexOf(members[members.length - 1]) + 1;
  cols.splice(insertAt, 0, { label: `${group.split("/").pop()}${SUBTOTAL}` });
  return cols;
}

/** x centres of a block's columns from header labels printed above them (PDF), in column order. */
function headerCenters(tokens: readonly Token[], columns: readonly Column[]): number[] | undefined {
  const wanted = columns.map((c) => normalizeLabel(c.label));
  const hits = tokens
    .filter((t) => t.kind === "text" && t.x !== undefined && t.w !== undefined && wanted.includes(t.norm))
    .sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
  // Repeated labels (table 四's five columns under each group) are taken in x order.
  const seq: number[] = [];
  let i = 0;
  for (const t of hits) {
    if (i < wanted.length && t.norm === wanted[i]) {
      seq.push((t.x ?? 0) + (t.w ?? 0) / 2);
      i++;
    }
  }
  return seq.length === wanted.length ? seq : undefined;
}

/** x centres of columns averaged over the runs that have exactly one value per column. */
function rowCenters(runs: readonly Run[], width: number): number[] | undefined {
  const sums = new Array<number>(width).fill(0);
  let n = 0;
  for (const r of runs) {
    const t = trimmed(r.tokens, width);
    if (t.length !== width || t.some((x) => x.x === undefined || x.w === undefined)) continue;
    t.forEach((x, i) => {
      sums[i] += (x.x ?? 0) + (x.w ?? 0) / 2;
    });
    n++;
  }
  return n ? sums.map((s) => s / n) : undefined;
}

type Fit =
  | { ok: true; tokens: (Token | null)[]; split?: string; placed?: boolean }
  | { ok: false; reason: Message; candidates?: readonly (readonly string[])[]; digits?: readonly Token[] };

/** Tokens for the parts of a split, each keeping the location of the digits it came from. */
function splitTokens(digits: readonly Token[], parts: readonly string[]): Token[] {
  const out: Token[] = [];
  let p = 0;
  for (const src of digits) {
    let used = 0;
    while (p < parts.length && used < src.text.length) {
      out.push({ ...src, text: parts[p], glued: false });
      used += parts[p].length;
      p++;
    }
  }
  return out;
}

/** The run's tokens, one per column (null where a positioned row has nothing under a column). */
function fitRun(
  tokens: readonly Token[],
  columns: readonly Column[],
  centers: number[] | undefined,
  check: SplitConstraint | undefined,
): Fit {
  const width = columns.length;
  const t = trimmed(tokens, width);
  if (t.length === width) return { ok: true, tokens: t };
  if (t.length > width) {
    return {
      ok: false,
      reason: msg(
        `该行有 ${t.length} 个数，表格只有 ${width} 列，无法确定哪个数属于哪一列`,
        `the row has ${t.length} numbers for ${width} columns; which number belongs to which column cannot be told`,
      ),
    };
  }
  if (centers && t.every((x) => x.x !== undefined)) {
    const out: (Token | null)[] = new Array(width).fill(null);
    let clash = false;
    for (const x of t) {
      const c = (x.x ?? 0) + (x.w ?? 0) / 2;
      let best = 0;
      for (let i = 1; i < width; i++) if (Math.abs(centers[i] - c) < Math.abs(centers[best] - c)) best = i;
      if (out[best]) clash = true;
      out[best] = x;
    }
    if (!clash) return { ok: true, tokens: out, placed: true };
  }
  if (t.length && t.every(digitsOnly) && t.some((x) => x.glued)) {
    const res = allSplits(
      t.map((x) => x.text),
      width,
      check,
    );
    if (res.splits.length === 1) {
      // One digit per cell needs no saying; a real choice between splits does.
      const forced = t.reduce((n, x) => n + x.text.length, 0) === width;
      return {
        ok: true,
        tokens: splitTokens(t, res.splits[0]),
        ...(forced ? {} : { split: t.map((x) => x.text).join(" ") }),
      };
    }
    const printed = t.map((x) => x.text).join(" ");
    return {
      ok: false,
      reason:
        res.splits.length === 0
          ? msg(
              `数字连在一起（“${printed}”），无法拆成 ${width} 个数并与本行总计相符`,
              `digits run together ("${printed}") cannot be split into ${width} numbers that add up to the row's total`,
            )
          : msg(
              `数字连在一起（“${printed}”），有多种拆法${check ? "都与本行总计相符" : ""}，无法确定`,
              `digits run together ("${printed}") can be split in more than one way${check ? " that adds up to the row's total" : ""}`,
            ),
      ...(res.splits.length > 1 && res.complete ? { candidates: res.splits, digits: t } : {}),
    };
  }
  return {
    ok: false,
    reason: msg(
      `该行只有 ${t.length} 个数，表格有 ${width} 列，无法确定缺的是哪一列`,
      `the row has ${t.length} numbers for ${width} columns; which column is missing cannot be told`,
    ),
  };
}

/** Context of reading one table. */
interface Ctx {
  readonly format: FormatDef;
  readonly table: TableId;
  readonly cells: ParsedCell[];
  readonly unread: UnreadCell[];
  readonly warnings: ParseIssue[];
}

function unreadRow(
  ctx: Ctx,
  row: string,
  columns: readonly Column[],
  reason: Message,
  location?: SourceLocation,
) {
  for (const c of columns) {
    if (!c.code) continue;
    ctx.unread.push({ table: ctx.table, row, col: c.code, reason, ...(location ? { location } : {}) });
  }
}

/** Reads one token as the value of a cell; pushes the cell or an unread entry. */
function readValue(
  ctx: Ctx,
  row: string,
  col: Column,
  tok: Token | null,
  rowLoc: SourceLocation,
): number | null | undefined {
  const code = col.code;
  const unit = col.def?.unit ?? "count";
  if (!tok) {
    if (code) {
      ctx.cells.push({ table: ctx.table, row, col: code, value: null, source: rowLoc });
      ctx.warnings.push(
        issue(
          "CELL-BLANK",
          "warning",
          msg(
            `${ctx.table} ${row} / ${code}：该列下没有印数字，按空白（null）读取，不是 0`,
            `${ctx.table} ${row} / ${code}: nothing is printed under this column; read as blank (null), not 0`,
          ),
          rowLoc,
        ),
      );
    }
    return null;
  }
  if (code && /^(?:0|[1-9]\d{0,14})$/.test(tok.text)) {
    // A plain count needs no lenient reading.
    ctx.cells.push({ table: ctx.table, row, col: code, value: Number(tok.text), source: tok.loc });
    return Number(tok.text);
  }
  const read = readCellNumber(tok.text, { money: unit === "wan", signed: unit === "signedCount" });
  if (isCellNumberFailure(read)) {
    if (code) {
      ctx.unread.push({ table: ctx.table, row, col: code, reason: read.error.message, location: tok.loc });
    }
    return undefined;
  }
  if (
    unit === "wan" &&
    ctx.format.id === "2021" &&
    !tok.cell &&
    read.normalized &&
    (read.normalized.split(".")[1]?.length ?? 0) > 4
  ) {
    if (code) {
      ctx.unread.push({
        table: ctx.table,
        row,
        col: code,
        reason: msg(
          `“${tok.text}”有 4 位以上小数（万元精确到元只需 4 位），可能是几个单元格连在一起`,
          `"${tok.text}" has more than 4 decimals (万元 to the yuan needs 4): cells may have run together`,
        ),
        location: tok.loc,
      });
    }
    return undefined;
  }
  if (!code) {
    ctx.warnings.push(
      issue(
        "CELL-UNKNOWN",
        "warning",
        msg(
          `“${col.label}”列不在格式中，其值 ${tok.text} 另存，不检查`,
          `column "${col.label}" is not in the format; its value ${tok.text} is kept aside, not checked`,
        ),
        tok.loc,
        tok.text,
      ),
    );
    return read.value;
  }
  const value = read.value;
  const plain = read.normalized !== undefined && tok.text === read.normalized;
  const cell: ParsedCell =
    value !== null && !plain && unit === "wan"
      ? { table: ctx.table, row, col: code, value, raw: tok.text, source: tok.loc }
      : { table: ctx.table, row, col: code, value, source: tok.loc };
  ctx.cells.push(cell);
  for (const w of read.warnings) {
    if (w.code === "WHITESPACE") continue;
    ctx.warnings.push(
      issue(w.code === "BLANK" ? "CELL-BLANK" : `CELL-${w.code}`, "warning", w.message, tok.loc, tok.text),
    );
  }
  return value;
}

/** Reads a fitted row into cells and checks its own 总计. */
function readRow(
  ctx: Ctx,
  row: string,
  label: string,
  columns: readonly Column[],
  fit: Fit & { ok: true },
  rowLoc: SourceLocation,
) {
  const values = columns.map((c, i) => readValue(ctx, row, c, fit.tokens[i], rowLoc));
  if (fit.split) {
    ctx.warnings.push(
      issue(
        "PARSE-SPLIT",
        "warning",
        msg(
          `${label}：数字连在一起（“${fit.split}”），按唯一与本行总计相符的拆法读作 ${fit.tokens.map((t) => t?.text).join(" ")}`,
          `${label}: digits run together ("${fit.split}") read as ${fit.tokens.map((t) => t?.text).join(" ")}, the only split that adds up to the row's total`,
        ),
        rowLoc,
      ),
    );
  }
  // The row's own 总计 (table 三): read as printed, flagged when it does not add up.
  const totalAt = columns.findIndex((c) => c.code === "total");
  if (ctx.table === "table3" && totalAt === columns.length - 1) {
    const parts = values.slice(0, totalAt).filter((_, i) => columns[i].code);
    const total = values[totalAt];
    if (typeof total === "number" && parts.every((v) => typeof v === "number")) {
      const sum = (parts as number[]).reduce((a, b) => a + b, 0);
      if (sum !== total) {
        ctx.warnings.push(
          issue(
            "PARSE-ROW-TOTAL",
            "warning",
            msg(
              `${label}：各列之和 ${sum} 不等于总计 ${total}（按原样读取）`,
              `${label}: the columns add up to ${sum}, not to the printed total ${total} (read as printed)`,
            ),
            rowLoc,
          ),
        );
      }
    }
  }
  return values;
}

function rowLabelOf(format: FormatDef, table: TableId, code: string): string {
  for (const b of format.tables[table].blocks) {
    const r = b.rows.find((x) => x.code === code);
    if (r) return r.label || code;
    const g = b.groups.find((x) => x.code === code);
    if (g) return g.label;
  }
  return code;
}

/** A table 三 row whose digits run together split in several ways that each add up to its 总计. */
interface Ambiguous {
  readonly slot: Slot;
  readonly fit: Fit & { ok: false };
  readonly loc: SourceLocation;
}

const MAX_COMBINATIONS = 20_000;

/**
 * Rows of table 三 whose run-together digits split in several ways that each add up to the
 * row's 总计: the split is taken only if exactly one combination of the rows' candidate
 * splits also satisfies the table's own column rules — （七）总计 is the sum of the result
 * rows, and 一 + 二 = 三（七）+ 四 — in every column; otherwise the rows are unread.
 */
function settleByColumns(
  ctx: Ctx,
  slots: readonly Slot[],
  ambiguous: readonly Ambiguous[],
  rowValues: Map<string, (number | null | undefined)[]>,
): void {
  const groupParent = new Map<string, string | undefined>();
  for (const s of slots) if (s.kind === "group") groupParent.set(s.code, "results");
  const resultRows = slots
    .filter((s) => s.kind === "row" && s.code !== "resultTotal")
    .filter((s) => {
      const def = s.block.rows.find((r) => r.code === s.code);
      return def?.parent === "results" || (def?.parent !== undefined && groupParent.has(def.parent));
    })
    .map((s) => s.code);
  if (rowValues.has("otherHandling")) resultRows.push("otherHandling");
  const width = ambiguous[0].slot.columns.length;
  const combos = ambiguous.reduce((n, a) => n * (a.fit.candidates?.length ?? 1), 1);
  const unread = (reason: Message) => {
    for (const a of ambiguous) unreadRow(ctx, a.slot.code, a.slot.columns, reason, a.loc);
  };
  const needed = ["received", "carriedIn", "carriedOut", "resultTotal", ...resultRows];
  const mine = new Set(ambiguous.map((a) => a.slot.code));
  const missing = needed.filter((c) => !mine.has(c) && !rowValues.get(c)?.every((v) => v !== undefined));
  if (combos > MAX_COMBINATIONS || missing.length) {
    for (const a of ambiguous) unreadRow(ctx, a.slot.code, a.slot.columns, a.fit.reason, a.loc);
    return;
  }
  const valid: number[][] = [];
  const pick = new Array<number>(ambiguous.length).fill(0);
  const value = (code: string, j: number): number => {
    const at = ambiguous.findIndex((a) => a.slot.code === code);
    if (at >= 0) return Number(ambiguous[at].fit.candidates![pick[at]][j]);
    return rowValues.get(code)?.[j] ?? 0;
  };
  const holds = () => {
    for (let j = 0; j < width; j++) {
      let sum = 0;
      for (const r of resultRows) sum += value(r, j);
      if (sum !== value("resultTotal", j)) return false;
      if (value("received", j) + value("carriedIn", j) !== value("resultTotal", j) + value("carriedOut", j))
        return false;
    }
    return true;
  };
  const walk = (i: number) => {
    if (valid.length > 1) return;
    if (i === ambiguous.length) {
      if (holds()) valid.push([...pick]);
      return;
    }
    for (let c = 0; c < ambiguous[i].fit.candidates!.length; c++) {
      pick[i] = c;
      walk(i + 1);
    }
  };
  walk(0);
  if (valid.length !== 1) {
    unread(
      valid.length
        ? msg(
            "数字连在一起，本行总计和表格各列的合计关系都不能唯一确定拆法",
            "digits run together; neither the row's total nor the table's column totals decide how to split them",
          )
        : msg(
            "数字连在一起，没有一种拆法同时符合本行总计和表格各列的合计关系",
            "digits run together; no split fits both the row's total and the table's column totals",
          ),
    );
    return;
  }
  ambiguous.forEach((a, i) => {
    const parts = a.fit.candidates![valid[0][i]];
    const tokens = splitTokens(a.fit.digits!, parts);
    const printed = a.fit.digits!.map((t) => t.text).join(" ");
    rowValues.set(
      a.slot.code,
      readRow(ctx, a.slot.code, a.slot.label, a.slot.columns, { ok: true, tokens }, a.loc),
    );
    ctx.warnings.push(
      issue(
        "PARSE-SPLIT",
        "warning",
        msg(
          `${a.slot.label}：数字连在一起（“${printed}”），有 ${a.fit.candidates!.length} 种拆法与本行总计相符，按唯一同时符合各列合计关系（（七）总计 = 各办理结果之和；一 + 二 = 三（七）+ 四）的拆法读作 ${parts.join(" ")}`,
          `${a.slot.label}: digits run together ("${printed}") split in ${a.fit.candidates!.length} ways that add up to the row's total; read as ${parts.join(" ")}, the only one that also fits the table's column totals ((七) = sum of the results; 一 + 二 = 三(七) + 四)`,
        ),
        a.loc,
      ),
    );
  });
}

/**
 * The first line of a table: going up from its first row of numbers while the lines hold only
 * the table's own header text (block headings, column labels, the corner note) or row labels.
 */
function headerTop(
  tokens: readonly Token[][],
  start: number,
  firstRunLine: number,
  index: LabelIndex,
): number {
  let top = firstRunLine;
  for (let i = firstRunLine - 1; i >= start; i--) {
    const texts = tokens[i - start].filter((t) => t.kind === "text");
    if (!texts.length) break;
    const ok = texts.every((t) => isHeaderFragment(t.norm, index) || findLabels(t.norm, index).length > 0);
    if (!ok) break;
    top = i;
  }
  return top;
}

/** Region tokens, runs and the text before the first run. */
function regionTokens(lines: readonly Line[], start: number, end: number): Token[][] {
  const out: Token[][] = [];
  for (let i = start; i < end; i++) out.push(lineTokens(lines[i], i));
  return out;
}

/**
 * Reads table 二 or 三 from the lines [start, end) of a document: finds the value runs,
 * ties them to the format's rows (labels, then order), fits them to the columns, reads
 * every cell with readCellNumber. Table 四 is read by {@link readCasesTable}.
 */
export function readRowsTable(
  format: FormatDef,
  table: "table2" | "table3",
  lines: readonly Line[],
  start: number,
  end: number,
): TableRead {
  const ctx: Ctx = { format, table, cells: [], unread: [], warnings: [] };
  const index = labelIndex(format, table);
  const tokens = regionTokens(lines, start, end);
  const runs = valueRuns(tokens);
  const headerText = (() => {
    const firstRunLine = runs.length ? runs[0].line : end;
    return tokens
      .flat()
      .filter((t) => t.kind === "text" && t.line <= firstRunLine)
      .map((t) => t.norm)
      .join("");
  })();
  const layouts = new Map<BlockDef, Column[]>();
  const layout = (b: BlockDef) => {
    let l = layouts.get(b);
    if (!l) {
      l = columnLayout(b, table === "table3" ? headerText : "");
      layouts.set(b, l);
    }
    return l;
  };
  const slots = slotsOf(format, table, layout);
  const slotCodes = new Set(slots.map((s) => `${s.kind}:${s.code}`));
  const anchors = runs.map((r) => anchorOf(r, index, slotCodes));
  const positioned = runs.some((r) => r.tokens.some((t) => t.x !== undefined));
  const maxWidth = Math.max(...slots.map((s) => s.columns.length));
  /** A stray number or two in a wide table (a page number, a footnote mark), not a row. */
  const isShort = (run: Run) => {
    const t = run.tokens;
    const splittable = t.every(digitsOnly) && t.reduce((n, x) => n + x.text.length, 0) >= maxWidth;
    return maxWidth >= 5 && t.length * 2 < maxWidth && !splittable;
  };

  const found =
    runs.length > 0 ||
    tokens.some((l) => l.some((t) => t.kind === "text" && findLabels(t.norm, index).length));
  if (!runs.length) {
    for (const s of slots) {
      if (s.kind !== "row") continue;
      unreadRow(
        ctx,
        s.code,
        s.columns,
        found
          ? msg("表中没有找到任何数字", "no numbers were found in the table")
          : msg("没有找到该表", "the table was not found"),
      );
    }
    return { table, cells: ctx.cells, unread: ctx.unread, warnings: ctx.warnings, found };
  }

  // Alignment of slots (format order) with runs (document order).
  const S = slots.length;
  const R = runs.length;
  const fitCache: Map<number, number>[] = [];
  const matchCost = (i: number, k: number): number => {
    const s = slots[i];
    const a = anchors[k];
    const run = runs[k];
    let c: number;
    if (a?.strength === "strong") c = a.kind === s.kind && a.code === s.code ? 0 : INF;
    else if (a?.strength === "weak")
      c = a.kind === s.kind && a.code === s.code ? 0 : s.kind === "group" ? INF : 2;
    else c = s.kind === "group" || blankOnly(run) ? INF : 1;
    if (c === INF) return c;
    const width = s.columns.length;
    let fits = fitCache[k];
    if (!fits) {
      fits = new Map();
      fitCache[k] = fits;
    }
    let fit = fits.get(width);
    if (fit === undefined) {
      fit = fitCost(run, width, positioned);
      fits.set(width, fit);
    }
    return c + fit;
  };
  const skipSlot = (i: number) => (slots[i].kind === "group" ? 0 : 3);
  const skipRun = (k: number) => {
    const a = anchors[k];
    const run = runs[k];
    if (blankOnly(run) && a?.strength !== "strong") return 0;
    if (a?.strength === "strong") return 20;
    if (isShort(run)) return 0.5;
    return a?.strength === "weak" ? 2 : 3;
  };
  const dp: number[][] = Array.from({ length: S + 1 }, () => new Array<number>(R + 1).fill(INF));
  const move: number[][] = Array.from({ length: S + 1 }, () => new Array<number>(R + 1).fill(0));
  dp[0][0] = 0;
  for (let i = 0; i <= S; i++) {
    for (let k = 0; k <= R; k++) {
      const here = dp[i][k];
      if (here === INF) continue;
      if (i < S && k < R) {
        const c = here + matchCost(i, k);
        if (c < dp[i + 1][k + 1]) {
          dp[i + 1][k + 1] = c;
          move[i + 1][k + 1] = 1;
        }
      }
      if (k < R) {
        const c = here + skipRun(k);
        if (c < dp[i][k + 1]) {
          dp[i][k + 1] = c;
          move[i][k + 1] = 2;
        }
      }
      if (i < S) {
        const c = here + skipSlot(i);
        if (c < dp[i + 1][k]) {
          dp[i + 1][k] = c;
          move[i + 1][k] = 3;
        }
      }
    }
  }
  const runOfSlot = new Array<number>(S).fill(-1);
  const skippedRuns = new Set<number>();
  for (let i = S, k = R; i > 0 || k > 0; ) {
    const m = move[i][k];
    if (m === 1) {
      runOfSlot[i - 1] = k - 1;
      i--;
      k--;
    } else if (m === 2) {
      skippedRuns.add(k - 1);
      k--;
    } else {
      i--;
    }
  }

  // A row printed out of the format's order (a block moved by a PDF conversion) still has its
  // label on its line: it goes to its row if that row got nothing else.
  for (const k of [...skippedRuns].sort((x, y) => x - y)) {
    const a = anchors[k];
    if (a?.strength !== "strong") continue;
    const i = slots.findIndex((s) => s.kind === a.kind && s.code === a.code);
    const rivals = [...skippedRuns].filter(
      (o) => o !== k && anchors[o]?.strength === "strong" && anchors[o]?.code === a.code,
    );
    if (i >= 0 && runOfSlot[i] < 0 && !rivals.length) {
      runOfSlot[i] = k;
      skippedRuns.delete(k);
    }
  }

  // Matches that agree with a label are anchors; the others hold only where the gap between
  // anchors has exactly as many runs as rows.
  const agrees = (i: number) => {
    const k = runOfSlot[i];
    const a = k >= 0 ? anchors[k] : undefined;
    return !!a && a.kind === slots[i].kind && a.code === slots[i].code;
  };
  const accepted = new Array<boolean>(S).fill(false);
  const reasonOf = new Map<number, Message>();
  let gapStart = 0;
  let prevRun = -1;
  const settleGap = (from: number, to: number, runFrom: number, runTo: number) => {
    // slots [from, to) between anchors; runs (runFrom, runTo) between the anchors' runs
    const rowSlots = [];
    for (let i = from; i < to; i++) if (slots[i].kind === "row") rowSlots.push(i);
    const matched = rowSlots.filter((i) => runOfSlot[i] >= 0);
    let junk = 0;
    for (let k = runFrom + 1; k < runTo; k++) {
      if (!skippedRuns.has(k)) continue;
      const run = runs[k];
      if (!blankOnly(run) && !isShort(run)) junk++;
    }
    const exact = matched.length === rowSlots.length && junk === 0;
    for (const i of matched) {
      if (exact) accepted[i] = true;
      else
        reasonOf.set(
          i,
          msg(
            "该行的数字没有对应的行名，且前后行之间的数字行数与表格行数不符，无法按位置确定",
            "the numbers of this row carry no label, and the rows around them do not match the table's rows in number, so they cannot be placed by position",
          ),
        );
    }
  };
  for (let i = 0; i < S; i++) {
    if (!agrees(i)) continue;
    accepted[i] = true;
    settleGap(gapStart, i, prevRun, runOfSlot[i]);
    gapStart = i + 1;
    prevRun = runOfSlot[i];
  }
  settleGap(gapStart, S, prevRun, R);

  // Column centres for positioned documents (PDF).
  const centers = new Map<BlockDef, number[] | undefined>();
  const centersOf = (s: Slot) => {
    if (!positioned) return undefined;
    if (!centers.has(s.block)) {
      const flat = tokens.flat();
      const blockRuns = runs.filter((_, k) =>
        slots.some((x, i) => x.block === s.block && runOfSlot[i] === k),
      );
      const singleBlock = format.tables[table].blocks.length === 1;
      centers.set(
        s.block,
        (singleBlock ? headerCenters(flat, s.columns) : undefined) ?? rowCenters(blockRuns, s.columns.length),
      );
    }
    return centers.get(s.block);
  };

  const groupValues = new Map<
    string,
    { values: (number | null | undefined)[]; loc: SourceLocation; slot: Slot }
  >();
  const rowValues = new Map<string, (number | null | undefined)[]>();
  const ambiguous: Ambiguous[] = [];
  let lastFound = -1;
  for (let i = 0; i < S; i++) {
    const s = slots[i];
    const k = runOfSlot[i];
    if (k < 0) continue;
    lastFound = i;
    const run = runs[k];
    const loc = run.tokens[0].loc;
    const check =
      table === "table3" && s.columns.every((c) => c.code) ? rowTotal(s.columns.length - 1) : undefined;
    if (!accepted[i]) {
      if (s.kind === "row")
        unreadRow(ctx, s.code, s.columns, reasonOf.get(i) ?? msg("无法确定", "cannot be told"), loc);
      continue;
    }
    const a = anchors[k];
    const fit = fitRun(run.tokens, s.columns, centersOf(s), check);
    if (s.kind === "group") {
      if (fit.ok) {
        const sub: Ctx = { format, table, cells: [], unread: [], warnings: [] };
        const values = s.columns.map((c, j) =>
          c.code ? readValue(sub, s.code, c, fit.tokens[j], loc) : undefined,
        );
        groupValues.set(s.code, { values, loc, slot: s });
      }
      continue;
    }
    if (!fit.ok) {
      if (fit.candidates && fit.digits && table === "table3") ambiguous.push({ slot: s, fit, loc });
      else unreadRow(ctx, s.code, s.columns, fit.reason, loc);
      continue;
    }
    if (!a || a.code !== s.code) {
      ctx.warnings.push(
        issue(
          "PARSE-POSITION",
          "warning",
          a
            ? msg(
                `${s.label}：这些数字前印的是“${rowLabelOf(format, table, a.code)}”，但按表格行序应属于本行，按行序读取`,
                `${s.label}: the label before these numbers is "${rowLabelOf(format, table, a.code)}", but by the order of the table's rows they belong to this row; read by order`,
              )
            : msg(
                `${s.label}：这些数字没有行名，按表格行序读作本行`,
                `${s.label}: these numbers carry no label; read as this row by the order of the table's rows`,
              ),
          loc,
        ),
      );
    }
    rowValues.set(s.code, readRow(ctx, s.code, s.label, s.columns, fit, loc));
  }

  // Group rows: a 2021 （六） printed as one row, or subtotals (checked, not stored).
  let collapsedOtherHandling = false;
  const missingRows = new Set(
    slots.filter((s, i) => s.kind === "row" && runOfSlot[i] < 0).map((s) => s.code),
  );
  for (const [code, g] of groupValues) {
    const membersMissing = g.slot.members.every((m) => missingRows.has(m));
    if (format.id === "2021" && table === "table3" && code === "otherHandling" && membersMissing) {
      const run = runs[runOfSlot[slots.indexOf(g.slot)]];
      const fit = fitRun(run.tokens, g.slot.columns, centersOf(g.slot), rowTotal(g.slot.columns.length - 1));
      if (fit.ok) {
        collapsedOtherHandling = true;
        rowValues.set(code, readRow(ctx, code, g.slot.label, g.slot.columns, fit, g.loc));
        for (const m of g.slot.members) missingRows.delete(m);
        ctx.warnings.push(
          issue(
            "STRUCT-GROUP-COLLAPSED",
            "warning",
            msg(
              `${g.slot.label}印成一行数字、没有分项，按原样存为 ${code}`,
              `${g.slot.label} is printed as one row of numbers without its sub-rows; kept as printed under ${code}`,
            ),
            g.loc,
          ),
        );
      }
      continue;
    }
    const sums = g.slot.columns.map((c, j) => {
      let sum = 0;
      for (const m of g.slot.members) {
        const v = rowValues.get(m)?.[j];
        if (v === undefined) return undefined;
        sum += v ?? 0;
      }
      return c.code ? sum : undefined;
    });
    const off = g.slot.columns
      .map((c, j) =>
        c.code && sums[j] !== undefined && g.values[j] != null && g.values[j] !== sums[j] ? c.label : "",
      )
      .filter(Boolean);
    ctx.warnings.push(
      issue(
        off.length ? "T3-GROUP-SUBTOTAL" : "PARSE-SUBTOTAL",
        "warning",
        off.length
          ? msg(
              `${g.slot.label}的小计与分项之和不符（${off.join("、")}）；小计不存储`,
              `the subtotal of ${g.slot.label} differs from the sum of its rows (${off.join(", ")}); subtotals are not stored`,
            )
          : msg(
              `${g.slot.label}印有小计，与分项之和相符；小计不存储`,
              `${g.slot.label} carries a subtotal that equals the sum of its rows; subtotals are not stored`,
            ),
        g.loc,
      ),
    );
  }

  if (ambiguous.length) settleByColumns(ctx, slots, ambiguous, rowValues);

  // Rows never found: after the last row found the table is cut off, before it the row is missing.
  const lastRun = lastFound >= 0 ? runs[runOfSlot[lastFound]] : runs[runs.length - 1];
  const endLoc = lastRun.tokens[lastRun.tokens.length - 1].loc;
  const where = formatSourceLocation(endLoc);
  let cutRows = 0;
  for (let i = 0; i < S; i++) {
    const s = slots[i];
    if (s.kind !== "row" || runOfSlot[i] >= 0 || !missingRows.has(s.code)) continue;
    const cut = i > lastFound;
    if (cut) cutRows++;
    unreadRow(
      ctx,
      s.code,
      s.columns,
      cut
        ? msg(
            `表格在此行之前结束（${where} 之后没有该行），可能被截断`,
            `the table ends before this row (nothing after ${where}); it may be cut off`,
          )
        : msg("表中没有找到该行", "this row was not found in the table"),
      cut ? endLoc : undefined,
    );
  }
  if (cutRows) {
    const last = slots[lastFound]?.label ?? "";
    ctx.warnings.push(
      issue(
        "PARSE-TABLE-CUT",
        "warning",
        msg(
          `${TABLE_NAMES_ZH[table]}在“${last}”之后结束，缺少其后 ${cutRows} 行：文本可能被截断`,
          `${table} ends after "${last}"; the ${cutRows} row(s) after it are missing: the text may be cut off`,
        ),
        endLoc,
      ),
    );
  }
  for (const k of skippedRuns) {
    const run = runs[k];
    if (blankOnly(run)) continue;
    ctx.warnings.push(
      issue(
        "PARSE-STRAY",
        "warning",
        msg(
          `数字“${run.tokens.map((t) => t.text).join(" ")}”不属于表格的任何一行，已忽略`,
          `the numbers "${run.tokens.map((t) => t.text).join(" ")}" belong to no row of the table and were ignored`,
        ),
        run.tokens[0].loc,
      ),
    );
  }
  const firstLine = headerTop(tokens, start, Math.min(...runs.map((r) => r.line)), index);
  const lastLine = Math.max(...runs.filter((_, k) => !skippedRuns.has(k)).map((r) => r.lastLine), firstLine);
  return {
    table,
    cells: ctx.cells,
    unread: ctx.unread,
    warnings: ctx.warnings,
    found: true,
    span: { start: firstLine, end: lastLine + 1 },
    ...(collapsedOtherHandling ? { collapsedOtherHandling } : {}),
  };
}

/**
 * Reads table 四 (one row of 15 cells under the 行政复议 / 行政诉讼 headers) from the lines
 * [start, end): the values after the table's header, up to the first text that is not a
 * header fragment; 15 values, or fewer placed by x (PDF), or digits run together split so
 * that each group's 总计 adds up.
 */
export function readCasesTable(
  format: FormatDef,
  lines: readonly Line[],
  start: number,
  end: number,
): TableRead {
  const table: TableId = "table4";
  const ctx: Ctx = { format, table, cells: [], unread: [], warnings: [] };
  const index = labelIndex(format, table);
  const block = format.tables.table4.blocks[0];
  const row: RowDef = block.rows[0];
  const columns: Column[] = block.columns.map((c) => ({ code: c.code, def: c, label: c.label }));
  const tokens = regionTokens(lines, start, end);
  const flat = tokens.flat();
  const values: Token[] = [];
  let header = false;
  let headerLine = -1;
  let lastLine = -1;
  let blankRow: Token[] | undefined;
  // Line by line: header lines (only header words, and the empty cells of merged headers) are
  // passed over; the numbers start on the first line with a number and run on over lines of
  // numbers and header words (a table split into its three groups) up to other text.
  for (const line of tokens) {
    const texts = line.filter((t) => t.kind === "text");
    const foreign = texts.some((t) => !isHeaderFragment(t.norm, index));
    if (foreign) {
      if (values.length) break;
      continue;
    }
    if (texts.length && !header) {
      header = true;
      headerLine = texts[0].line;
    }
    if (!header) continue;
    // A row of empty cells under the header (a blank form): kept in case no number follows.
    if (
      !texts.length &&
      !blankRow &&
      line.length >= columns.length &&
      line.every((t) => t.kind === "blank")
    ) {
      blankRow = line;
    }
    const lastText = texts.length ? line.lastIndexOf(texts[texts.length - 1]) : -1;
    const here = line.slice(lastText + 1).filter((t) => t.kind !== "text");
    if (!values.length && !here.some((t) => t.kind === "value")) continue;
    if (values.length && texts.length && !here.some((t) => t.kind === "value")) continue;
    values.push(...here);
    if (here.length) lastLine = here[here.length - 1].line;
  }
  if (!values.length && blankRow) {
    values.push(...blankRow);
    lastLine = blankRow[0].line;
  }
  if (!values.length) {
    unreadRow(
      ctx,
      row.code,
      columns,
      header
        ? msg("表头之后没有找到数字", "no numbers were found after the table's header")
        : msg("没有找到该表", "the table was not found"),
    );
    return { table, cells: [], unread: ctx.unread, warnings: [], found: header };
  }
  const centers = values.every((v) => v.x !== undefined) ? headerCenters(flat, columns) : undefined;
  const fit = fitRun(values, columns, centers, groupTotals(5));
  const loc = values[0].loc;
  if (!fit.ok) {
    unreadRow(ctx, row.code, columns, fit.reason, loc);
  } else {
    const read = readRow(ctx, row.code, "表四", columns, fit, loc);
    for (let g = 0; g < 15; g += 5) {
      const parts = read.slice(g, g + 4);
      const total = read[g + 4];
      if (typeof total === "number" && parts.every((v) => typeof v === "number")) {
        const sum = (parts as number[]).reduce((a, b) => a + b, 0);
        if (sum !== total) {
          ctx.warnings.push(
            issue(
              "PARSE-ROW-TOTAL",
              "warning",
              msg(
                `表四 ${columns[g].def?.path.join("/")}：四项之和 ${sum} 不等于总计 ${total}（按原样读取）`,
                `table 四 ${columns[g].def?.path.join("/")}: the four columns add up to ${sum}, not to the printed total ${total} (read as printed)`,
              ),
              loc,
            ),
          );
        }
      }
    }
  }
  return {
    table,
    cells: ctx.cells,
    unread: ctx.unread,
    warnings: ctx.warnings,
    found: true,
    span: {
      start: headerTop(tokens, start, headerLine >= 0 ? headerLine : values[0].line, index),
      end: lastLine + 1,
    },
  };
}
