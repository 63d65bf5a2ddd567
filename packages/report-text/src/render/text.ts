// The report as plain text for a terminal. Tables are drawn with box-drawing
// characters exactly as the official grid merges them: a merged cell is one
// box, its text wrapped inside it (a vertical group such as 三、本年度办理结果
// reads down its column, as in the printed form). Widths count East Asian wide
// characters as two columns, so the columns line up in a terminal with a CJK
// font. Every value cell holds its value on the first line of its row, right
// aligned; a blank cell is empty, zero is 0.
import type { DocTable, ReportDocument } from "./document.js";
import { type FilledGrid, type PlacedCell, layoutGrid } from "./grid.js";

/** Options of the text writer. */
export interface TextOptions {
  /** Widest line of a table, in terminal columns (labels wrap to fit). Default 120. */
  readonly width?: number | undefined;
}

/** Whether a code point takes two terminal columns (East Asian Wide or Fullwidth). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * Terminal columns a text takes: 2 for each wide character (汉字, full-width
 * punctuation), 1 for others (East Asian Ambiguous characters such as “ ” count 1).
 * @example displayWidth("1.属于国家秘密") //=> 14
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

/** Characters that do not start a line (closing punctuation) and that do not end one (opening). */
const NO_START = new Set("、。，．：；？！）》」』】〕〉”’%,.;:!?)]…");
const NO_END = new Set("（《「『【〔〈“‘([");

/**
 * Wraps a text to lines of at most `width` columns, breaking between any two
 * characters (as Chinese text breaks) but keeping closing punctuation off the
 * start of a line, opening punctuation off its end, and digit runs whole.
 * @example wrapText("三、本年度办理结果", 8) //=> ["三、本年", "度办理结", "果"]
 */
export function wrapText(text: string, width: number): string[] {
  if (text === "") return [""];
  const tokens = text.match(/\d+(?:\.\d+)?|./gsu) ?? [];
  let line: string[] = [];
  const lines: string[][] = [line];
  let w = 0;
  for (const tok of tokens) {
    const tw = displayWidth(tok);
    if (w + tw > width && line.length > 0) {
      const carry: string[] = [];
      // Pull the previous character down with a closing mark, and never leave an opening mark at the end.
      if (NO_START.has(tok) && line.length > 1) carry.unshift(...line.splice(-1));
      while (line.length > 1 && NO_END.has(line.at(-1) ?? "")) carry.unshift(...line.splice(-1));
      line = [...carry];
      lines.push(line);
      w = carry.reduce((a, t) => a + displayWidth(t), 0);
    }
    line.push(tok);
    w += tw;
  }
  return lines.map((l) => l.join(""));
}

function pad(text: string, width: number, align: "left" | "right" | "center"): string {
  const room = Math.max(0, width - displayWidth(text));
  if (align === "right") return " ".repeat(room) + text;
  if (align === "center") {
    const left = Math.floor(room / 2);
    return " ".repeat(left) + text + " ".repeat(room - left);
  }
  return text + " ".repeat(room);
}

/** Box-drawing junctions by the lines meeting there: up, down, left, right. */
const JUNCTIONS: Record<string, string> = {
  "0101": "┌",
  "0110": "┐",
  "1001": "└",
  "1010": "┘",
  "1101": "├",
  "1110": "┤",
  "0111": "┬",
  "1011": "┴",
  "1111": "┼",
  "1100": "│",
  "1000": "│",
  "0100": "│",
  "0011": "─",
  "0010": "─",
  "0001": "─",
  "0000": " ",
};

const MIN_LABEL = 16;
const GROUP_CAP = 8;

interface Measured {
  readonly colWidths: number[];
}

/** Column widths: value cells never wrap; labels and headers wrap within caps chosen to fit `maxWidth`. */
function measure(grid: FilledGrid, cells: readonly PlacedCell[], maxWidth: number): Measured {
  const dataStart = Math.min(grid.width, ...cells.filter((p) => p.cell.role === "data").map((p) => p.col));
  const dataCols = grid.width - dataStart;
  const headerCap = dataCols >= 5 ? 4 : 12;
  const compute = (labelCap: number): number[] => {
    const w = new Array<number>(grid.width).fill(0);
    for (let c = dataStart; c < grid.width; c++) w[c] = 4;
    const need = (p: PlacedCell): number => {
      const tw = displayWidth(p.cell.text);
      switch (p.cell.role) {
        case "data":
          return tw;
        case "header":
          return Math.min(tw, headerCap * p.colSpan + 3 * (p.colSpan - 1));
        case "rowLabel":
          return Math.min(tw, labelCap);
        case "group":
          return Math.min(tw, GROUP_CAP);
        case "corner":
          return p.colSpan === 1 ? Math.min(tw, labelCap) : 0;
        default:
          return 0;
      }
    };
    const sorted = [...cells].sort((a, b) => a.colSpan - b.colSpan);
    for (const p of sorted) {
      const n = need(p);
      const have = w.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0) + 3 * (p.colSpan - 1);
      const last = p.col + p.colSpan - 1;
      if (n > have) w[last] = (w[last] ?? 0) + n - have;
    }
    return w;
  };
  let widths = compute(64);
  const total = (w: number[]) => w.reduce((a, b) => a + b + 3, 1);
  const over = total(widths) - maxWidth;
  if (over > 0 && dataStart > 0) {
    const longest = Math.max(
      ...cells.filter((p) => p.cell.role === "rowLabel").map((p) => Math.min(64, displayWidth(p.cell.text))),
      MIN_LABEL,
    );
    widths = compute(Math.max(MIN_LABEL, longest - over));
  }
  return { colWidths: widths };
}

/**
 * One official table drawn with box-drawing characters, merged cells as one
 * box each. Reading it back: rows of the grid are separated by rule lines,
 * which hold box-drawing characters and spaces only (─ ┼ ├ ┤ │); within a row,
 * cells are separated by │; a wrapped cell's lines join without spaces; the
 * text of a cell merged down several rows is spread over their content lines.
 */
export function gridText(grid: FilledGrid, opts: TextOptions = {}): string {
  const layout = layoutGrid(grid);
  const { colWidths } = measure(grid, layout.cells, opts.width ?? 120);
  const inner = (p: PlacedCell) =>
    colWidths.slice(p.col, p.col + p.colSpan).reduce((a, b) => a + b, 0) + 3 * (p.colSpan - 1);
  const lines = new Map<PlacedCell, string[]>();
  for (const p of layout.cells)
    lines.set(p, p.cell.role === "data" ? [p.cell.text] : wrapText(p.cell.text, inner(p)));
  const linesOf = (p: PlacedCell): string[] => lines.get(p) ?? [];

  // Row heights: single-row cells set them; a merged cell spreads its lines over the content
  // lines of its rows (never over the rule lines between them, which stay pure borders).
  const heights = grid.rows.map(() => 1);
  for (const p of layout.cells)
    if (p.rowSpan === 1) heights[p.row] = Math.max(heights[p.row] ?? 1, linesOf(p).length);
  const lastRow = (p: PlacedCell) => Math.min(grid.rows.length, p.row + p.rowSpan) - 1;
  const roomOf = (p: PlacedCell) => heights.slice(p.row, lastRow(p) + 1).reduce((a, b) => a + b, 0);
  for (const p of layout.cells) {
    if (p.rowSpan === 1) continue;
    const n = linesOf(p).length;
    const room = roomOf(p);
    const last = lastRow(p);
    if (n > room) heights[last] = (heights[last] ?? 1) + n - room;
  }
  // Content lines above each row.
  let contentLines = 0;
  const before = heights.map((h) => {
    const above = contentLines;
    contentLines += h;
    return above;
  });
  /** Line `k` of row `r` in a cell: merged cells are centred over their content lines, others top-aligned. */
  const lineOf = (p: PlacedCell, r: number, k: number): string => {
    const ls = linesOf(p);
    const top = p.rowSpan > 1 ? Math.floor((roomOf(p) - ls.length) / 2) : 0;
    const text = ls[(before[r] ?? 0) - (before[p.row] ?? 0) + k - top] ?? "";
    const role = p.cell.role;
    const align = role === "data" ? "right" : role === "rowLabel" || role === "heading" ? "left" : "center";
    return ` ${pad(text, inner(p), align)} `;
  };
  const vertical = (r: number, b: number): boolean =>
    r >= 0 &&
    r < grid.rows.length &&
    (b === 0 || b === grid.width || layout.at[r]?.[b - 1] !== layout.at[r]?.[b]);

  const out: string[] = [];
  const rule = (r: number): string => {
    // The rule under row r (r = -1: the top border).
    let s = "";
    for (let b = 0; b <= grid.width; b++) {
      const up = vertical(r, b);
      const down = vertical(r + 1, b);
      const horiz = (c: number) =>
        c >= 0 && c < grid.width && (layout.at[r]?.[c] ?? undefined) !== (layout.at[r + 1]?.[c] ?? undefined);
      const left = b > 0 && horiz(b - 1);
      const right = b < grid.width && horiz(b);
      const inside = b > 0 && b < grid.width && !up && !down && !left && !right;
      if (!inside) s += JUNCTIONS[`${+up}${+down}${+left}${+right}`];
      if (b === grid.width) break;
      if (horiz(b)) s += "─".repeat((colWidths[b] ?? 0) + 2);
      else {
        // Inside a merged cell that goes on below: blank, so that a rule line is all border.
        const p = layout.at[r]?.[b];
        if (p?.col === b) s += " ".repeat(inner(p) + 2);
      }
    }
    return s;
  };
  out.push(rule(-1));
  heights.forEach((height, r) => {
    for (let k = 0; k < height; k++) {
      let s = "";
      for (let c = 0; c < grid.width; ) {
        s += vertical(r, c) ? "│" : "";
        const p = layout.at[r]?.[c];
        if (!p) break;
        s += lineOf(p, r, k);
        c = p.col + p.colSpan;
      }
      out.push(`${s}│`);
    }
    out.push(rule(r));
  });
  return out.map((l) => l.trimEnd()).join("\n");
}

/** One official table as text, with its note and extra cells under it. */
export function tableText(t: DocTable, opts: TextOptions = {}): string {
  const out = [gridText(t.grid, opts)];
  if (t.note) out.push("", t.note);
  if (t.extra.length) {
    out.push("", t.extraCaption);
    for (const x of t.extra) out.push(`  ${x.key} = ${x.value === null ? "" : String(x.value)}`);
  }
  return out.join("\n");
}

/** The whole report as plain text: title, opening, headings, one paragraph a line, tables drawn in boxes. */
export function documentText(doc: ReportDocument, opts: TextOptions = {}): string {
  const out: string[] = [doc.title, ""];
  for (const p of doc.preamble) out.push(p, "");
  for (const s of doc.sections) {
    out.push(s.heading, "");
    for (const p of s.paragraphs) out.push(p, "");
    if (s.table) out.push(tableText(s.table, opts), "");
  }
  // 落款: the issuing agency and the date, each on a line of its own.
  if (doc.signature) out.push(doc.signature.agency, doc.signature.date);
  return `${out.join("\n").trimEnd()}\n`;
}
