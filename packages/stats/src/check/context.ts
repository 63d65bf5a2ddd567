// What every rule family of `check` reads: the report's cells (value, blank, absent or
// unreadable), the format definition, the options, and how to name and place a cell.
import {
  type Agency,
  type FormatDef,
  type FormatId,
  type Report,
  type SectionId,
  type TableId,
  TABLE_IDS,
  cellDefs,
  findCell,
  findRow,
  getFormat,
  section,
  tableRows,
} from "@disclosure/schema";
import type { CellRef, Finding, Message } from "../finding.js";
import {
  type CellState,
  type Rows,
  anyCell,
  cellReader,
  isRecord,
  rowHasCell,
  tableObject,
  tableOf,
  unreadLookup,
} from "./cell-read.js";
import { type RuleDef, type RuleId, type RulePattern, ruleDef } from "./rules.js";

/** Options of {@link check}. */
export interface CheckOptions {
  /** The same agency's report for the year before (cross-year rules). */
  previous?: Report;
  /**
   * Rules to switch on (rules that are off by default, e.g. T4-PENDING-FOLLOWUP) or off
   * (e.g. CELL-BLANK). An entry ending in `*` is a prefix: `"TXT-*"`.
   */
  rules?: { enable?: readonly RulePattern[]; disable?: readonly RulePattern[] };
  /** Deadline of a township's report, `MM-DD` of the year after (DEADLINE); default `01-31`. */
  townshipDeadline?: string;
  /** Publication date `YYYY-MM-DD` (DEADLINE); default `report.publishedDate`. */
  publishedDate?: string;
  /** The unit reports of a roll-up (`report.rollup.units`), for the ROLLUP-* rules. */
  units?: readonly Report[];
  /**
   * The tables the input holds in full. A table not listed is a partial transcription: its
   * cells are still checked, but rows and columns it lacks are not reported (STRUCT-MISSING)
   * and it is not reported missing (STRUCT-TABLES). Default: every table with at least one
   * cell is complete; a table with no cell is missing only when the report has section text.
   */
  tables?: readonly TableId[];
  /**
   * The section headings as printed, in document order (from a parser). Enables
   * STRUCT-HEADING-WORDING and lets STRUCT-SECTIONS check the order.
   */
  headings?: readonly string[];
  /**
   * Cells the reader of a published document could not read (a parser's `unread`). They are
   * our reading's gap, not the publication's: STRUCT-MISSING is not raised for them, the
   * instances of every rule that needs one are skipped, and one READ-UNREAD info finding per
   * table says how many there are.
   */
  unread?: readonly CellRef[];
}

export type { CellState } from "./cell-read.js";
export { readCell, tableOf } from "./cell-read.js";

/** The format a report was written in: its own, or the 2019 format it was migrated from. */
export function originalFormat(report: Report): FormatId {
  const src = isRecord(report.source) ? report.source : undefined;
  if (src && src.migrated === true && (src.format === "2019" || src.format === "2021")) return src.format;
  return report.format;
}

/** Whether a report's sections hold any text (it was read from a whole document). */
export function hasSectionText(report: Report): boolean {
  const s = isRecord(report.sections) ? report.sections : {};
  return Object.values(s).some((t) => typeof t === "string" && t.trim() !== "");
}

/** A section's text, or undefined. */
export function sectionText(report: Report, id: SectionId): string | undefined {
  const s = isRecord(report.sections) ? report.sections : {};
  const t = s[id];
  return typeof t === "string" ? t : undefined;
}

const OTHER_HANDLING = "otherHandling";

/** Whether a 2021-format report prints （六）其他处理 as one row without its three sub-rows. */
export function isCollapsedOtherHandling(report: Report): boolean {
  return report.format === "2021" && collapsedIn(tableOf(report, "table3"));
}

/** Whether table 三's rows (as {@link tableOf} gives them) print （六） as one row. */
function collapsedIn(rows: Rows): boolean {
  if (!rows[OTHER_HANDLING]) return false;
  return !Object.keys(rows).some((r) => r.startsWith(`${OTHER_HANDLING}.`));
}

/** Everything a rule family needs. */
export interface CheckContext {
  readonly report: Report;
  readonly format: FormatDef;
  /** The format the report was written in (2019 for a migrated report). */
  readonly original: FormatId;
  readonly year: number;
  readonly agency: Agency;
  readonly opts: CheckOptions;
  /** （六）其他处理 printed as one row in a 2021-format report. */
  readonly collapsed: boolean;
  /** The report has section text (it was read from a whole document). */
  readonly hasText: boolean;
  cell(table: TableId, row: string, col: string): CellState;
  /** A table's rows as {@link tableOf} gives them (worked out once; not to be changed). */
  rows(table: TableId): Readonly<Rows>;
  /** Whether a row has at least one cell in the input. */
  rowPresent(table: TableId, row: string): boolean;
  /** Whether a table has at least one cell in the input. */
  tablePresent(table: TableId): boolean;
  /** Whether a table is to be taken as complete (see CheckOptions.tables). */
  complete(table: TableId): boolean;
  /** Whether the reader could not read the cell (CheckOptions.unread). */
  unread(table: TableId, row: string, col: string): boolean;
  /** Whether a rule runs for this report and these options. */
  on(rule: RuleId): boolean;
  /** A finding of a catalogued rule (severity from the catalogue). */
  finding(rule: RuleId, cells: readonly CellRef[], message: Message, extra?: Partial<Finding>): Finding;
}

function matches(list: readonly RulePattern[] | undefined, id: RuleId): boolean {
  return !!list?.some((p) => (p.endsWith("*") ? id.startsWith(p.slice(0, -1)) : p === id));
}

/** Whether a rule runs: applies to the report's format, on by default or enabled, not disabled. */
export function ruleOn(
  def: RuleDef | undefined,
  shape: FormatId,
  original: FormatId,
  opts: CheckOptions,
): boolean {
  if (!def || def.source === "records") return false;
  // Text rules follow the format the report was written in (2021-only text rules are not
  // applied to migrated 2019 reports, format-2019.md §5); table rules follow its shape.
  const fmt = def.family === "text" ? original : shape;
  if (!def.formats.includes(fmt)) return false;
  if (matches(opts.rules?.disable, def.id)) return false;
  if (matches(opts.rules?.enable, def.id)) return true;
  const d = def.enabledByDefault;
  return d === true || (Array.isArray(d) && d.includes(fmt));
}

/** Builds the context, or undefined when the report's format is not one we know. */
export function createContext(report: Report, opts: CheckOptions): CheckContext | undefined {
  if (!isRecord(report) || (report.format !== "2021" && report.format !== "2019")) return undefined;
  const format = getFormat(report.format);
  const original = originalFormat(report);
  const agency: Agency = isRecord(report.agency)
    ? (report.agency as Agency)
    : { name: "", level: "county" as const };
  // Each table's rows, copied once: several rule families walk them.
  const rowsOf = new Map<TableId, Rows>(TABLE_IDS.map((t) => [t, tableOf(report, t)]));
  const rows = (t: TableId): Rows => rowsOf.get(t) ?? tableOf(report, t);
  const present = new Map<TableId, boolean>(TABLE_IDS.map((t) => [t, anyCell(rows(t))]));
  const read = cellReader(report, rows);
  const rowIsPresent = new Map<string, Map<string, boolean>>();
  // Asked once per finding: each rule's answer is worked out once per report.
  const ruleIsOn = new Map<RuleId, boolean>();
  // A set of the tables declared complete: the caller's array may be of any kind.
  const completeTables = Array.isArray(opts.tables) ? new Set<string>(opts.tables) : undefined;
  const ctx: CheckContext = {
    report,
    format,
    original,
    year: typeof report.year === "number" ? report.year : Number.NaN,
    agency,
    opts,
    collapsed: report.format === "2021" && collapsedIn(rows("table3")),
    hasText: hasSectionText(report),
    cell: read,
    rows,
    rowPresent: (t, r) => {
      let known = rowIsPresent.get(t);
      if (!known) {
        known = new Map<string, boolean>();
        rowIsPresent.set(t, known);
      }
      let on = known.get(r);
      if (on === undefined) {
        on = rowHasCell(tableObject(report, t), r);
        known.set(r, on);
      }
      return on;
    },
    tablePresent: (t) => present.get(t) ?? false,
    complete: (t) =>
      completeTables
        ? completeTables.has(t)
        : opts.tables
          ? opts.tables.includes(t)
          : (present.get(t) ?? false),
    unread: unreadLookup(opts.unread ?? []),
    on: (rule) => {
      let on = ruleIsOn.get(rule);
      if (on === undefined) {
        on = ruleOn(ruleDef(rule), format.id, original, opts);
        ruleIsOn.set(rule, on);
      }
      return on;
    },
    finding: (rule, cells, message, extra = {}) => {
      const def = ruleDef(rule);
      if (!def) throw new Error(`check: rule ${rule} is not in the catalogue`);
      return {
        rule,
        severity: def.severity,
        concerns: def.concerns ?? "publication",
        cells: [...cells],
        message,
        ...extra,
      };
    },
  };
  return ctx;
}

// ---------------------------------------------------------------- names of cells

/** The numeral of the section a table belongs to: table3 → 三. */
export function tableNumeral(format: FormatDef, table: TableId): string {
  return section(format, format.tables[table].section).numeral;
}

/**
 * Names worked out so far, per format and kind, by table, row and column: findings name the
 * same few hundred cells over and over. A format definition is never changed; codes outside it
 * (any text) are not remembered beyond a bound.
 */
interface NameCache {
  size: number;
  readonly tree: Map<string, Map<string, Map<string, string>>>;
}
const NAMES_KEPT = 4096;
const nameCaches = new WeakMap<FormatDef, Map<string, NameCache>>();

function remembered(
  format: FormatDef,
  kind: string,
  codes: readonly [string, string, string],
  work: () => string,
): string {
  let byKind = nameCaches.get(format);
  if (!byKind) {
    byKind = new Map();
    nameCaches.set(format, byKind);
  }
  let cache = byKind.get(kind);
  if (!cache) {
    cache = { size: 0, tree: new Map() };
    byKind.set(kind, cache);
  }
  const [t, r, c] = codes;
  const rows = cache.tree.get(t) ?? new Map<string, Map<string, string>>();
  const cols = rows.get(r) ?? new Map<string, string>();
  const known = cols.get(c);
  if (known !== undefined) return known;
  const name = work();
  if (cache.size < NAMES_KEPT) {
    cache.size++;
    cache.tree.set(t, rows);
    rows.set(r, cols);
    cols.set(c, name);
  }
  return name;
}

/** A row's official label (the collapsed （六） row included), or its code for a row the format lacks. */
export function rowName(format: FormatDef, table: TableId, row: string): string {
  return remembered(format, "row", [table, row, ""], () => findRowName(format, table, row));
}

function findRowName(format: FormatDef, table: TableId, row: string): string {
  const r = findRow(format, table, row)?.row;
  if (r) return r.label;
  for (const b of format.tables[table].blocks) {
    const col = b.columns[0];
    const def = col && findCell(format, table, row, col.code, { collapsedOtherHandling: true });
    if (def) return def.rowDef.label;
  }
  return row;
}

/** A column's official label with its header groups (法人或其他组织 商业企业), or its code. */
export function colName(format: FormatDef, table: TableId, row: string, col: string): string {
  return remembered(format, "col", [table, row, col], () => findColName(format, table, row, col));
}

function findColName(format: FormatDef, table: TableId, row: string, col: string): string {
  const def = findCell(format, table, row, col, { collapsedOtherHandling: true });
  if (def) {
    // Table 三's outermost header (申请人情况) spans every column; it names none of them.
    const path = table === "table3" ? def.colDef.path.slice(1) : def.colDef.path;
    return [...path, def.colDef.label].join(" ");
  }
  return col;
}

/** zh: 表三“一、本年新收政府信息公开申请数量”行“总计”列; en: table3 received/total (“…” / “总计”). */
export function cellName(format: FormatDef, ref: CellRef): Message {
  const t = ref.table as TableId;
  if (!TABLE_IDS.includes(t))
    return { zh: `${ref.table}/${ref.row}/${ref.col}`, en: `${ref.table}/${ref.row}/${ref.col}` };
  const num = tableNumeral(format, t);
  const rowLbl = rowName(format, t, ref.row);
  const colLbl = colName(format, t, ref.row, ref.col);
  const year = ref.year !== undefined ? `${ref.year}年报告` : "";
  const yearEn = ref.year !== undefined ? `the ${ref.year} report's ` : "";
  const unit = ref.unit ? `${ref.unit}` : "";
  const unitEn = ref.unit ? `${ref.unit}: ` : "";
  if (!rowLbl) {
    return {
      zh: `${unit}${year}表${num}“${colLbl}”`,
      en: `${unitEn}${yearEn}${t} ${ref.col} (“${colLbl}”)`,
    };
  }
  return {
    zh: `${unit}${year}表${num}“${rowLbl}”行“${colLbl}”列`,
    en: `${unitEn}${yearEn}${t} ${ref.row}/${ref.col} (“${rowLbl}” / “${colLbl}”)`,
  };
}

/** zh/en names of several cells, joined. */
export function cellNames(format: FormatDef, refs: readonly CellRef[]): Message {
  const names = refs.map((r) => cellName(format, r));
  return { zh: names.map((n) => n.zh).join("、"), en: names.map((n) => n.en).join(", ") };
}

/**
 * The note an arithmetic finding adds when blank cells took part (counted as 0). When the
 * finding is about one row (or one column) and every blank cell is in it, only their
 * columns (rows) are named.
 */
export function blankNote(
  format: FormatDef,
  blanks: readonly CellRef[],
  within: { row?: string; col?: string } = {},
): Message {
  const first = blanks[0];
  if (first === undefined) return { zh: "", en: "" };
  const MAX = 4;
  const shown = blanks.length > MAX ? blanks.slice(0, MAX - 1) : blanks;
  const more = blanks.length - shown.length;
  const moreZh = more ? `等${blanks.length}个` : "";
  const moreEn = more ? ` and ${more} more` : "";
  const sameTable = blanks.every((b) => b.table === first.table && b.year === undefined && !b.unit);
  const t = first.table as TableId;
  if (sameTable && TABLE_IDS.includes(t) && within.row && blanks.every((b) => b.row === within.row)) {
    const cols = shown.map((b) => colName(format, t, b.row, b.col));
    return {
      zh: `（空白单元格按0计：本行${cols.map((c) => `“${c}”`).join("")}列${moreZh}）`,
      en: ` (blank cells counted as 0 in this row: ${shown.map((b) => b.col).join(", ")}${moreEn})`,
    };
  }
  if (sameTable && TABLE_IDS.includes(t) && within.col && blanks.every((b) => b.col === within.col)) {
    const rows = shown.map((b) => rowName(format, t, b.row));
    return {
      zh: `（空白单元格按0计：本列${rows.map((r) => `“${r}”`).join("")}行${moreZh}）`,
      en: ` (blank cells counted as 0 in this column: ${shown.map((b) => b.row).join(", ")}${moreEn})`,
    };
  }
  const n = cellNames(format, shown);
  return {
    zh: `（空白单元格按0计：${n.zh}${moreZh}）`,
    en: ` (blank cells counted as 0: ${n.en}${moreEn})`,
  };
}

// ---------------------------------------------------------------- order of cells

/** Where a cell is printed: [table, row, column] indexes in the format (unknown → last). */
export function cellPosition(format: FormatDef, ref: CellRef): [number, number, number] {
  const known = positionsOf(format);
  // By table, row and column: sorting asks for each cell of each finding.
  const pos = known.tree.get(ref.table)?.get(ref.row)?.get(ref.col);
  return pos ?? rememberPosition(format, known, ref);
}

interface Positions {
  size: number;
  readonly tree: Map<string, Map<string, Map<string, [number, number, number]>>>;
}

/** Positions found so far, per format (a format definition is never changed). */
const positions = new WeakMap<FormatDef, Positions>();

/**
 * The positions of a format, those of its official cells (and of the collapsed （六） row)
 * worked out on first use: the look-up of a later cell is then found, and the rarely run
 * search stays out of the code the optimising compiler builds for sorting.
 */
function positionsOf(format: FormatDef): Positions {
  let known = positions.get(format);
  if (!known) {
    known = { size: 0, tree: new Map() };
    positions.set(format, known);
    for (const d of cellDefs(format))
      rememberPosition(format, known, { table: d.table, row: d.row, col: d.col });
    for (const c of format.tables.table3.blocks[0].columns) {
      rememberPosition(format, known, { table: "table3", row: OTHER_HANDLING, col: c.code });
    }
  }
  return known;
}

/** Finds a cell's position and keeps it (cells outside the format, CELL-UNKNOWN, within a bound). */
function rememberPosition(format: FormatDef, known: Positions, ref: CellRef): [number, number, number] {
  const rows = known.tree.get(ref.table) ?? new Map<string, Map<string, [number, number, number]>>();
  const cols = rows.get(ref.row) ?? new Map<string, [number, number, number]>();
  const pos = cols.get(ref.col) ?? findPosition(format, ref);
  if (known.size < 4096) {
    known.size++;
    known.tree.set(ref.table, rows);
    rows.set(ref.row, cols);
    cols.set(ref.col, pos);
  }
  return pos;
}

function findPosition(format: FormatDef, ref: CellRef): [number, number, number] {
  const t = TABLE_IDS.indexOf(ref.table as TableId);
  if (t < 0) return [TABLE_IDS.length, 0, 0];
  const table = ref.table as TableId;
  const rows = tableRows(format, table);
  let r = rows.findIndex((x) => x.code === ref.row);
  if (r < 0 && ref.row === OTHER_HANDLING) {
    const first = rows.findIndex((x) => x.code.startsWith(`${OTHER_HANDLING}.`));
    r = first < 0 ? rows.length : first - 0.5;
  }
  if (r < 0) r = rows.length;
  const block = findCell(format, table, ref.row, ref.col, { collapsedOtherHandling: true })?.block;
  const c = block ? block.columns.findIndex((x) => x.code === ref.col) : -1;
  return [t, r, c < 0 ? 1000 : c];
}

/** Compares two cells by printed position. */
export function compareCells(format: FormatDef, a: CellRef, b: CellRef): number {
  const pa = cellPosition(format, a);
  const pb = cellPosition(format, b);
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

/** Cells in printed order. */
export function sortCells(format: FormatDef, refs: readonly CellRef[]): CellRef[] {
  return [...refs].sort((a, b) => compareCells(format, a, b));
}

/** A cell reference. */
export function ref(table: TableId, row: string, col: string): CellRef {
  return { table, row, col };
}
