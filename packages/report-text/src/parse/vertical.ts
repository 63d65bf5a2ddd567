// One cell a line: text copied or scraped from an HTML table often puts each cell on its own
// line, under its row label, with an empty line where a cell is blank (or, when every cell is
// followed by an empty line, with more empty lines). Empty lines are otherwise meaningless in
// text, so such a row is joined into one line of cells here — but only where the layout
// proves where the blanks are; a row it does not prove is left as it is (and stays unread).

import { listOf } from "./lists.js";

/** A line of raw text with its 1-based number. */
export interface RawLine {
  readonly text: string;
  readonly line: number;
}

/** A row label's line and the cells under it: `null` for a blank, else the line. */
export interface VerticalRow {
  readonly label: RawLine;
  readonly cells: readonly (RawLine | { readonly blank: true; readonly line: number })[];
}

/** A number (a count, 万元 with decimals, a signed 本年增/减) or a blank mark alone on its line. */
const VALUE_LINE = /^\s*(?:[-+−]?\d+(?:\.\d+)?(?:\s*万?元)?|[/／—–]+)\s*$/u;

const isEmpty = (t: string) => t.trim() === "";
const isValue = (t: string) => VALUE_LINE.test(t);

/** A label line followed by value and empty lines, up to the next non-empty, non-value line. */
interface Group {
  readonly label: number;
  /** Indexes of the value lines. */
  readonly values: number[];
  /** Index of the first line after the group (the next label, or the end). */
  readonly end: number;
}

function groupsOf(lines: readonly string[], isLabel: (i: number) => boolean): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isLabel(i)) continue;
    const values: number[] = [];
    let j = i + 1;
    for (; j < lines.length && (isEmpty(lines[j]!) || isValue(lines[j]!)); j++)
      if (isValue(lines[j]!)) values.push(j);
    groups.push({ label: i, values, end: j });
    i = j - 1;
  }
  return groups;
}

/** Empty lines before the first value, between values, after the last value. */
function gapsOf(g: Group): { lead: number; inner: number[]; trail: number } {
  const v = g.values;
  return {
    lead: v[0]! - g.label - 1,
    inner: listOf(v.slice(1), (x, k) => x - v[k]! - 1),
    trail: g.end - v[v.length - 1]! - 1,
  };
}

/** The spacing of a layout: empty lines between cells, before the first and after the last. */
interface Spacing {
  readonly between: number;
  readonly lead: number;
  readonly trail: number;
}

/** The least of some numbers (a loop: a spread of many numbers would overflow the stack). */
function least(xs: Iterable<number>): number {
  let m = Number.POSITIVE_INFINITY;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** The spacing rows without blanks show: the least gaps seen (a blank only adds empty lines). */
function spacingOf(groups: readonly Group[]): Spacing | undefined {
  const multi = listOf(
    groups.filter((g) => g.values.length >= 2),
    gapsOf,
  );
  if (!multi.length) return undefined;
  return {
    between: least(multi.flatMap((x) => x.inner)),
    lead: least(multi.map((x) => x.lead)),
    trail: least(multi.map((x) => x.trail)),
  };
}

/** Blank cells an extra run of empty lines stands for, or undefined when it is no whole number. */
function blanksIn(extra: number, s: Spacing): number | undefined {
  if (extra < 0 || extra % (s.between + 1) !== 0) return undefined;
  return extra / (s.between + 1);
}

/**
 * For each group, the number of cells of the nearest rows without blanks before and after it,
 * when they agree (or only one exists); undefined otherwise. Two passes: linear in the groups.
 */
function widthsAround(groups: readonly Group[], complete: (g: Group) => boolean): (number | undefined)[] {
  const sides = (order: readonly number[]) => {
    const out = new Array<number | undefined>(groups.length);
    let last: number | undefined;
    for (const i of order) {
      out[i] = last;
      const g = groups[i]!;
      if (g.values.length >= 2 && complete(g)) last = g.values.length;
    }
    return out;
  };
  const idx = groups.map((_, i) => i);
  const before = sides(idx);
  const after = sides([...idx].reverse());
  return idx.map((i) => {
    const [b, a] = [before[i], after[i]];
    return b !== undefined && a !== undefined && b !== a ? undefined : (b ?? a);
  });
}

/**
 * The rows of one-cell-a-line text whose blank cells the layout proves: rows with a blank
 * (more empty lines than the spacing of complete rows) whose cell count, blanks included,
 * equals that of the complete rows around them. Each row's cells are in order, a blank cell
 * located at the empty line that stands for it.
 *
 * @example
 * verticalRows(["一、本年新收", "5", "", "3", "二、上年结转", "1", "0", "1"], …)
 * //=> [{ label: 一、本年新收, cells: [5, blank, 3] }]
 */
export function verticalRows(lines: readonly string[], isLabel: (i: number) => boolean): VerticalRow[] {
  const groups = groupsOf(lines, isLabel).filter((g) => g.values.length > 0);
  const s = spacingOf(groups);
  if (!s) return [];
  // A row without blanks shows the spacing exactly; more empty lines after its last value
  // may be a blank last cell or only the end of the table, so such a row proves no width.
  const complete = (g: Group) => {
    const x = gapsOf(g);
    return x.lead === s.lead && x.inner.every((n) => n === s.between) && x.trail === s.trail;
  };
  const rows: VerticalRow[] = [];
  const widths = widthsAround(groups, complete);
  groups.forEach((g, k) => {
    const width = widths[k];
    if (width === undefined || g.values.length >= width) return;
    const row = provenRow(lines, g, s, width);
    if (row) rows.push(row);
  });
  return rows;
}

/** The row's cells with its blanks, when their count makes the row `width` cells wide. */
function provenRow(
  lines: readonly string[],
  g: Group,
  s: Spacing,
  width: number | undefined,
): VerticalRow | undefined {
  if (width === undefined) return undefined;
  const x = gapsOf(g);
  const lead = blanksIn(x.lead - s.lead, s);
  const inner = x.inner.map((n) => blanksIn(n - s.between, s));
  if (lead === undefined || inner.some((n) => n === undefined)) return undefined;
  const shown = g.values.length + lead + inner.reduce<number>((a, n) => a + (n ?? 0), 0);
  const trail = width - shown;
  // Trailing blanks: the empty lines after the last value must hold them, with the spacing after.
  if (trail < 0 || (trail > 0 && x.trail < s.trail + trail * (s.between + 1))) return undefined;
  const cells: VerticalRow["cells"][number][] = [];
  const blank = (after: number, k: number) => ({
    blank: true as const,
    line: after + 1 + k * (s.between + 1) + 1,
  });
  for (let k = 0; k < lead; k++) cells.push(blank(g.label + s.lead, k));
  g.values.forEach((v, i) => {
    if (i > 0)
      for (let k = 0; k < (inner[i - 1] ?? 0); k++) cells.push(blank(g.values[i - 1]! + s.between, k));
    cells.push({ text: lines[v]!, line: v + 1 });
  });
  const last = g.values[g.values.length - 1]!;
  for (let k = 0; k < trail; k++) cells.push(blank(last + s.between, k));
  return { label: { text: lines[g.label]!, line: g.label + 1 }, cells };
}
