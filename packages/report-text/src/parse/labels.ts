// Matching printed row and column labels against the format's own labels
// (@disclosure/schema tableRows / groups / columns and their aliases). No label
// is spelled here: every form is derived from the format data.
import {
  type FormatDef,
  normalizeLabel as normalizeLabelOnce,
  type RowDef,
  type RowGroupDef,
  type TableId,
} from "@disclosure/schema";

/** Short texts (tokens, labels) recur in every report: their normalised forms are kept, up to this many. */
const MEMO_ENTRIES = 20_000;
const MEMO_MAX_LENGTH = 64;
const normalizedForms = new Map<string, string>();

/**
 * schema's `normalizeLabel`, remembered for short texts: the same token or label is
 * normalised once per process, not once per occurrence. Same result for every text.
 * @example normalizeLabel("（二）部分公开") //=> "(二)部分公开"
 */
export function normalizeLabel(text: string): string {
  if (text.length > MEMO_MAX_LENGTH) return normalizeLabelOnce(text);
  let form = normalizedForms.get(text);
  if (form === undefined) {
    if (normalizedForms.size >= MEMO_ENTRIES) normalizedForms.clear();
    form = normalizeLabelOnce(text);
    normalizedForms.set(text, form);
  }
  return form;
}

/** A printed label found in a text. */
export interface LabelMatch {
  readonly kind: "row" | "group";
  readonly code: string;
  readonly start: number;
  readonly end: number;
  /** How it matched: the whole label or an alias, the label without its numbering, or the start of a label cut off at the end of the text. */
  readonly by: "label" | "bare" | "prefix";
}

interface Form {
  readonly kind: "row" | "group";
  readonly code: string;
  readonly form: string;
  readonly by: "label" | "bare";
}

interface PrefixForm {
  readonly code: string;
  /** Normalised numbering of the label ("1.", "(二)") or "". */
  readonly numbering: string;
  readonly bare: string;
}

/** The label forms of one table of a format, built once. */
export interface LabelIndex {
  readonly table: TableId;
  readonly forms: readonly Form[];
  readonly prefixes: readonly PrefixForm[];
  /** Characters of the table's headers (block headings, column labels and their groups, corner note). */
  readonly headerChars: ReadonlySet<string>;
}

const indexCache = new WeakMap<FormatDef, Map<TableId, LabelIndex>>();

/** Minimum length of a label without numbering for it to be matched without its numbering. */
const MIN_BARE = 4;
/** Minimum length of the start of a label (without numbering) matched when the label is cut off. */
const MIN_PREFIX_BARE = 6;
const MIN_PREFIX_AFTER_NUMBERING = 4;

/**
 * The label forms of a table: each row's and row group's label, its aliases, and its
 * text without numbering when that is long enough (4+ characters) and names one row only.
 * @example labelIndex(getFormat("2021"), "table3").forms.some(f => f.form === "2.其他法律行政止公开") //=> true (an alias of the format)
 */
export function labelIndex(format: FormatDef, table: TableId): LabelIndex {
  let perFormat = indexCache.get(format);
  if (!perFormat) {
    perFormat = new Map();
    indexCache.set(format, perFormat);
  }
  const cached = perFormat.get(table);
  if (cached) return cached;

  const blocks = format.tables[table].blocks;
  const rows: RowDef[] = blocks.flatMap((b) => b.rows);
  const groups: RowGroupDef[] = blocks.flatMap((b) => b.groups);
  const forms: Form[] = [];
  const bareCount = new Map<string, number>();
  const bareOf = (text: string) => normalizeLabel(text);
  for (const item of [...rows, ...groups]) {
    const b = bareOf(item.text);
    bareCount.set(b, (bareCount.get(b) ?? 0) + 1);
  }
  const add = (kind: "row" | "group", item: RowDef | RowGroupDef) => {
    const seen = new Set<string>();
    const push = (form: string, by: "label" | "bare") => {
      if (!form || seen.has(form)) return;
      seen.add(form);
      forms.push({ kind, code: item.code, form, by });
    };
    push(normalizeLabel(item.label), "label");
    for (const a of item.aliases ?? []) push(normalizeLabel(a), "label");
    const bare = bareOf(item.text);
    if (bare.length >= MIN_BARE && bareCount.get(bare) === 1) push(bare, "bare");
  };
  for (const r of rows) if (r.label) add("row", r);
  for (const g of groups) add("group", g);

  const prefixes: PrefixForm[] = rows
    .filter((r) => r.label)
    .map((r) => ({ code: r.code, numbering: normalizeLabel(r.numbering), bare: bareOf(r.text) }));

  const headerChars = new Set<string>();
  for (const block of blocks) {
    const texts = [
      block.heading ?? "",
      block.rowHeader ?? "",
      block.cornerNote ?? "",
      ...block.columns.flatMap((c) => [c.label, ...c.path, ...(c.aliases ?? [])]),
    ];
    for (const t of texts) for (const ch of normalizeLabel(t)) headerChars.add(ch);
  }
  const idx: LabelIndex = {
    table,
    forms,
    prefixes,
    headerChars,
  };
  perFormat.set(table, idx);
  return idx;
}

/** Texts up to this long have their labels remembered (by findLabels). */
const MEMO_MAX_TEXT = 200;
const labelsFound = new WeakMap<LabelIndex, Map<string, readonly LabelMatch[]>>();

/**
 * Every row or group label in a normalised text, leftmost first. A match inside a
 * longer match of another row is dropped (行政规范性文件 contains 规范性文件, both one row).
 * When no whole label is found, a label cut off at the end of the text
 * ("1.申请人无正当理由逾期" before a line break) is matched by its start, if that start
 * names one row only.
 * @example findLabels("(三)不予公开1.属于国家秘密", labelIndex(getFormat("2021"), "table3")).map(m => m.code) //=> ["withheld", "withheld.stateSecret"]
 */
export function findLabels(text: string, index: LabelIndex): readonly LabelMatch[] {
  // Remembered per table: the same label texts recur in every report.
  if (text.length > MEMO_MAX_TEXT) return findLabelsOnce(text, index);
  let memo = labelsFound.get(index);
  if (!memo) {
    memo = new Map();
    labelsFound.set(index, memo);
  }
  let found = memo.get(text);
  if (found === undefined) {
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    found = Object.freeze(findLabelsOnce(text, index));
    memo.set(text, found);
  }
  return found;
}

/** findLabels without the memo. */
function findLabelsOnce(text: string, index: LabelIndex): LabelMatch[] {
  const found: LabelMatch[] = [];
  if (!text) return found;
  for (const f of index.forms) {
    let at = text.indexOf(f.form);
    while (at >= 0) {
      found.push({ kind: f.kind, code: f.code, start: at, end: at + f.form.length, by: f.by });
      at = text.indexOf(f.form, at + 1);
    }
  }
  // A match inside a longer one (of any row: 规范性文件 in 行政规范性文件, a label's text without
  // its numbering inside the numbered label) is not a match of its own.
  const kept = found.filter(
    (m, i) =>
      !found.some(
        (o, j) =>
          o.start <= m.start &&
          o.end >= m.end &&
          (o.end - o.start > m.end - m.start || (j < i && o.start === m.start && o.end === m.end)),
      ),
  );
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const rowsFound = kept.some((m) => m.kind === "row" && m.end === text.length);
  if (!rowsFound) {
    const cut = prefixAtEnd(text, index);
    if (cut) kept.push(cut);
  }
  return kept;
}

/** A row label cut off at the end of the text, matched by its start when that start is unique. */
function prefixAtEnd(text: string, index: LabelIndex): LabelMatch | undefined {
  let hit: LabelMatch | undefined;
  let hits = 0;
  for (const p of index.prefixes) {
    let best = 0;
    const numbered = p.numbering ? p.numbering + p.bare : "";
    if (numbered) {
      for (let k = p.bare.length - 1; k >= MIN_PREFIX_AFTER_NUMBERING; k--) {
        if (text.endsWith(numbered.slice(0, p.numbering.length + k))) {
          best = p.numbering.length + k;
          break;
        }
      }
    }
    if (!best) {
      for (let k = p.bare.length - 1; k >= MIN_PREFIX_BARE; k--) {
        if (text.endsWith(p.bare.slice(0, k))) {
          best = k;
          break;
        }
      }
    }
    if (best) {
      hits++;
      hit = { kind: "row", code: p.code, start: text.length - best, end: text.length, by: "prefix" };
    }
  }
  return hits === 1 ? hit : undefined;
}

/**
 * Whether a normalised text is made only of characters of the table's headers
 * (行政复议 / 结果维持 / 总 计 …), so that it is a header fragment, not narrative.
 * @example isHeaderFragment("行政诉讼(未经复议直接起诉)", labelIndex(getFormat("2021"), "table4")) //=> true
 */
export function isHeaderFragment(text: string, index: LabelIndex): boolean {
  if (!text) return true;
  for (const ch of text) {
    if (index.headerChars.has(ch) || "()/:,.-".includes(ch)) continue;
    return false;
  }
  return true;
}
