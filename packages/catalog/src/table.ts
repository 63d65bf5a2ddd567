/**
 * `parseCatalogTable`: a grid of cell texts (from CSV or XLSX) → catalog items. Finds the header
 * (one to three rows, merged or not; see `catalog-header.ts`), fills merged 一级事项 cells down,
 * resolves "同上", follows area title rows, keeps the notes under the table, and reports every
 * row it cannot read. A header it does not understand refuses the table.
 */
import { areaFromHeading } from "./area-match.js";
import { type ColumnRole, headerScore, readCatalogHeader } from "./catalog-header.js";
import type { Issue } from "@disclosure/schema";
import { columnLetters, gridLocator, issueAt } from "./issue.js";
import type { AreaRef, CatalogItem, SourceLocation } from "./item.js";
import { normalizeHeaderLabel } from "./normalize.js";
import { readItemRow, type RowContext } from "./row.js";
import { LEGEND_MARKERS, NOTE_WORDS, SIGN_OFF_WORDS, TICK_MARKS } from "./standard/columns.js";

/**
 * Cell texts row by row; `rowNumbers[i]` is the 1-based row of `rows[i]` in its source;
 * `hiddenColumns` (0-based) and `hiddenRows` (indexes into `rows`) as a workbook hides them.
 */
export type Grid = {
  rows: readonly (readonly string[])[];
  rowNumbers?: readonly number[];
  hiddenColumns?: readonly number[];
  hiddenRows?: readonly number[];
};

/** Where the grid came from and what to assume when the table does not say. */
export type TableOptions = {
  file?: string;
  sheet?: string;
  /** Area of every row when neither an area column nor a title row names one. */
  area?: AreaRef;
  /** 公开主体 of rows that leave it blank (a unit's own catalog). */
  publisher?: string;
};

/** What `parseCatalogTable` read: `found` when a header was found, `refused` when it was not understood. */
export type CatalogTable = {
  items: CatalogItem[];
  issues: Issue[];
  found: boolean;
  refused: boolean;
  title?: string;
  /** The notes under the table (注：…, 填表人：…), as printed. */
  notes: string[];
};

const containsAny = (text: string, variants: readonly string[]) => variants.some((v) => text.includes(v));
const NOTE = new RegExp(`^(?:${NOTE_WORDS.join("|")})(?:[:：、.．,，;；(（\\d]|$)`, "u");
const SIGN_OFF = new RegExp(`^(?:${SIGN_OFF_WORDS.join("|")})(?:[:：]|$)`, "u");

/** The first row of the first 40 that names three catalog columns, or -1. */
function findHeaderRow(rows: Grid["rows"]): number {
  const scanLimit = Math.min(rows.length, 40);
  for (let i = 0; i < scanLimit; i++) {
    const row = rows[i];
    if (row !== undefined && headerScore(row) >= 3) return i;
  }
  return -1;
}

type Columns = { roles: ColumnRole[]; seen: Map<string, number>; rows: number; headerKey: string };

/**
 * The columns of the header at row `hr`, and its issues: a label not understood (an error that
 * refuses the table), a repeated column, columns kept as extra data, hidden columns.
 */
function readColumns(
  grid: Grid,
  hr: number,
  loc: (i?: number, column?: string, index?: number) => SourceLocation,
  issues: Issue[],
): Columns | undefined {
  const header = readCatalogHeader(grid.rows, hr);
  for (const p of header.problems) {
    issues.push(issueAt("CAT-READ-HEADER", "error", loc(p.row, undefined, p.col), p.message));
  }
  if (header.problems.length > 0) return undefined;
  const roles = header.roles.map((r, c) =>
    r.kind === "extra" && r.label === "" ? { ...r, label: `${columnLetters(c)}列` } : r,
  );
  const seen = new Map<string, number>();
  roles.forEach((r, c) => {
    if (r.kind !== "simple") return;
    if (!seen.has(r.code)) {
      seen.set(r.code, c);
      return;
    }
    roles[c] = { kind: "extra", label: r.label };
    issues.push(
      issueAt("CAT-READ-DUPLICATE-COLUMN", "warning", loc(hr, r.label, c), {
        zh: `“${r.label}”列重复，后一列按附加列保留`,
        en: `column "${r.label}" appears twice; the second one is kept as an extra column`,
      }),
    );
  });
  for (const c of grid.hiddenColumns ?? []) {
    const role = roles[c];
    if (role === undefined) continue;
    issues.push(
      issueAt("CAT-READ-HIDDEN-COLUMN", "warning", loc(hr, role.label, c), {
        zh: "该列在工作表中被隐藏，其内容仍照常读取，请核对",
        en: "this column is hidden in the sheet; its cells are read all the same, check them",
      }),
    );
  }
  const headerKey = (grid.rows[hr] ?? []).map(normalizeHeaderLabel).join("|");
  return { roles, seen, rows: header.rows, headerKey };
}

/** Report the columns kept as extra data (once each, at the header). */
function extraColumnIssues(cols: Columns, hr: number, loc: RowContext["loc"]): Issue[] {
  return cols.roles.flatMap((r, c) =>
    r.kind === "extra"
      ? [
          issueAt("CAT-READ-EXTRA-COLUMN", "info", loc(hr, r.label, c), {
            zh: `非标准列“${r.label}”按附加信息保留`,
            en: `non-standard column "${r.label}" kept as extra data`,
          }),
        ]
      : [],
  );
}

/** The title and area named above the header (legend lines and sign-off lines passed over). */
function aboveHeader(rows: Grid["rows"], hr: number): { title?: string; area?: AreaRef } {
  let title: string | undefined;
  let area: AreaRef | undefined;
  for (let i = 0; i < hr; i++) {
    const texts = (rows[i] ?? []).map((c) => c.trim()).filter((c) => c !== "");
    const [first] = texts;
    if (first === undefined || texts.some((t) => containsAny(t, LEGEND_MARKERS))) continue;
    if (SIGN_OFF.test(first.replace(/\s+/gu, ""))) continue;
    title ??= first;
    area ??= areaFromHeading(first);
  }
  return { ...(title ? { title } : {}), ...(area ? { area } : {}) };
}

type RowKind = "blank" | "legend" | "header" | "note" | "title" | "item";

/** What a row under the header is. `inNotes`: a note began above, so one-text lines continue it. */
function rowKind(
  cells: readonly string[],
  row: readonly string[],
  cols: Columns,
  inNotes: boolean,
): { kind: RowKind; text?: string } {
  const nonEmpty = cells.filter((c) => c !== "");
  const [firstText] = nonEmpty;
  if (firstText === undefined) return { kind: "blank" };
  if (nonEmpty.some((t) => containsAny(t, LEGEND_MARKERS)) && nonEmpty.length <= 2) return { kind: "legend" };
  if (row.map(normalizeHeaderLabel).join("|") === cols.headerKey || headerScore(row) >= 3)
    return { kind: "header" };
  const distinct = [...new Set(nonEmpty)];
  const first = firstText.replace(/\s+/gu, "");
  const seqCol = cols.seen.get("seq");
  const seqIsNumber = seqCol !== undefined && /^\d+$/u.test(cells[seqCol] ?? "");
  // A row with its own 公开内容, 依据 or 时限 is an item, whatever its first word (备注, 说明).
  const itemLike =
    distinct.length > 1 &&
    (["content", "basis", "timeLimit"] as const).some((code) => {
      const c = cols.seen.get(code);
      return c !== undefined && (cells[c] ?? "") !== "";
    });
  // Sign-off lines: 填表人：…, 审核人：…, 填表日期：…, a name or a date beside each.
  const signOff =
    SIGN_OFF.test(first) &&
    distinct.filter((t) => SIGN_OFF.test(t.replace(/\s+/gu, ""))).length * 2 >= distinct.length;
  if (!seqIsNumber && (signOff || (!itemLike && NOTE.test(first)))) {
    return { kind: "note", text: distinct.join(" ") };
  }
  const firstNonEmpty = cells.findIndex((c) => c !== "");
  // A title row: one text, merged over several cells or alone in the first column.
  const oneText =
    distinct.length === 1 &&
    !TICK_MARKS.includes(firstText) &&
    !/^\d+$/u.test(firstText) &&
    (nonEmpty.length >= 2 || firstNonEmpty === 0 || firstNonEmpty === seqCol);
  if (oneText && inNotes && !areaFromHeading(firstText)) return { kind: "note", text: firstText };
  if (oneText) return { kind: "title", text: firstText };
  return { kind: "item" };
}

/**
 * Read a catalog table from a grid of cell texts. Rows that are not items (blank rows, legend
 * lines, repeated headers, area title rows, notes under the table) are skipped; a title row
 * naming an area ("二、社会救助领域") sets the area of the rows under it. Every row that cannot be
 * read is reported with file, sheet, row and cell; a header that is not understood refuses the
 * table (`refused`, an error located at the header cell).
 *
 * @example
 * const { items } = parseCatalogTable({ rows: [
 *   ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"],
 *   ["", "一级事项", "二级事项", "", "", "", "", ""],
 *   ["1", "政策法规", "社会救助政策", "●《社会救助暂行办法》", "《政府信息公开条例》",
 *    "制定或获取信息之日起10个工作日内", "盐池县民政局", "■政府网站 □政府公报"],
 * ] }, { area: "socialAssistance" });
 * items[0].item; //=> { level1: "政策法规", level2: "社会救助政策" }
 */
export function parseCatalogTable(grid: Grid, options: TableOptions = {}): CatalogTable {
  const issues: Issue[] = [];
  const notes: string[] = [];
  const { loc, whole } = gridLocator(grid, options);
  const rows = grid.rows;
  const hr = findHeaderRow(rows);
  if (hr < 0) {
    issues.push(
      issueAt("CAT-READ-NO-HEADER", "error", whole, {
        zh: "未找到目录表头（序号、公开事项、公开内容、公开时限、公开主体等）",
        en: "no catalog header row found (序号, 公开事项, 公开内容, 公开时限, 公开主体 …)",
      }),
    );
    return { items: [], issues, found: false, refused: false, notes };
  }
  const { title, area: titleArea } = aboveHeader(rows, hr);
  const withTitle = <T extends object>(t: T) => (title ? { ...t, title } : t);
  let cols = readColumns(grid, hr, loc, issues);
  if (!cols) return withTitle({ items: [], issues, found: true, refused: true, notes });
  if (!cols.seen.has("level2")) {
    issues.push(
      issueAt("CAT-READ-NO-ITEM-COLUMN", "error", loc(hr), {
        zh: "表头中没有公开事项（二级事项）列",
        en: "the header has no 公开事项 (二级事项) column",
      }),
    );
    return withTitle({ items: [], issues, found: false, refused: false, notes });
  }
  issues.push(...extraColumnIssues(cols, hr, loc));

  const ctx: RowContext = { loc, options, issues, title, currentArea: titleArea };
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const items: CatalogItem[] = [];
  let inNotes = false;
  for (let i = hr + cols.rows; i < rows.length; i++) {
    const row = rows[i];
    if (row === undefined) continue;
    const cells = Array.from({ length: cols.roles.length }, (_, c) => (row[c] ?? "").trim());
    const { kind, text } = rowKind(cells, row, cols, inNotes);
    if (kind === "blank" || kind === "legend") continue;
    if (kind === "header") {
      // A new table under a new title: its own header (and sub-header rows).
      const next = readColumns(grid, i, loc, issues);
      if (!next) return withTitle({ items, issues, found: true, refused: true, notes });
      cols = next;
      i += cols.rows - 1;
      ctx.prev = undefined;
      inNotes = false;
      continue;
    }
    if (kind === "note") {
      notes.push(text ?? "");
      inNotes = true;
      continue;
    }
    if (kind === "title") {
      const area = areaFromHeading(text ?? "");
      if (area) {
        ctx.currentArea = area;
        ctx.prev = undefined;
      } else {
        issues.push(
          issueAt("CAT-READ-TITLE-ROW", "info", loc(i), {
            zh: `标题行“${text}”未对应标准领域，已跳过`,
            en: `title row "${text}" names no standard area; skipped`,
          }),
        );
      }
      continue;
    }
    inNotes = false;
    const item = readItemRow(cells, i, cols, ctx);
    if (!item) continue;
    if (hiddenRows.has(i)) {
      issues.push(
        issueAt("CAT-READ-HIDDEN-ROW", "warning", loc(i), {
          zh: "该行在工作表中被隐藏，仍作为目录事项读取，请核对",
          en: "this row is hidden in the sheet; it is read as a catalog item all the same, check it",
        }),
      );
    }
    items.push(item);
  }
  return withTitle({ items, issues, found: true, refused: false, notes });
}
