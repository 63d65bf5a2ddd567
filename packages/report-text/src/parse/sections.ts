// Finding the six sections by their headings: the format's heading text and the
// aliases of @disclosure/schema, with the numeral ignored (some reports restart
// their numbering, corpus 2024-shanghai-science-commission).
// schema's normalizeLabel, not the remembered one, for single units.
import {
  type FormatDef,
  normalizeLabel as normalizeUnit,
  type SectionDef,
  type SectionId,
} from "@disclosure/schema";
import { normalizeLabel } from "./labels.js";
import type { Line, Piece, SourceLocation } from "./model.js";
import { joinTexts, listOf } from "./lists.js";

/** A section heading found in the document. */
export interface FoundHeading {
  readonly section: SectionId;
  /** Index of the heading's line. */
  readonly line: number;
  /** The heading as printed (normalised spaces). */
  readonly text: string;
  /** Whether it is the format's own wording (not an alias). */
  readonly official: boolean;
  readonly loc: SourceLocation;
}

/** Lines [start, end) of each section found, the heading line included. */
export interface SectionLayout {
  readonly headings: readonly FoundHeading[];
  readonly ranges: Partial<Record<SectionId, { readonly start: number; readonly end: number }>>;
  /** Index of the first heading line (the title and preamble come before it). */
  readonly firstHeading: number;
}

const NUMERALS = "一二三四五六七八九十";
const NUMERAL = `[${NUMERALS}]`;
const NUMERAL_PREFIX = new RegExp(`^${NUMERAL}+[,.:]`);
/** What every match of a heading's midLine pattern starts with: tested first, for speed. */
const NUMBERED = new RegExp(`${NUMERAL}\\s*[、,，.．]`);

/**
 * The first UTF-16 unit of normalizeLabel(text), found without normalising the whole text:
 * normalizeLabel works one unit at a time, but for the unit after a digit, which never comes first.
 */
export function normalizedFirst(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const n = normalizeUnit(text.charAt(i));
    if (n) return n.charAt(0);
  }
  return "";
}

interface HeadingForm {
  readonly section: SectionDef;
  readonly form: string;
  readonly official: boolean;
}

interface HeadingForms {
  readonly forms: HeadingForm[];
  readonly midLine: RegExp;
  /** The first characters a normalised heading can start with: a numeral or a form's first. */
  readonly firstChars: ReadonlySet<string>;
}

const formsCache = new WeakMap<FormatDef, HeadingForms>();

function headingForms(format: FormatDef): HeadingForms {
  const cached = formsCache.get(format);
  if (cached) return cached;
  const forms: HeadingForm[] = [];
  const raw: string[] = [];
  for (const s of format.sections) {
    for (const [i, t] of [s.title, ...s.aliases].entries()) {
      forms.push({ section: s, form: normalizeLabel(t), official: i === 0 });
      raw.push(t);
    }
  }
  // Longest first, so that an alias that extends the title wins.
  forms.sort((a, b) => b.form.length - a.form.length);
  const charPattern = (t: string) =>
    [...t]
      .map((ch) => (ch === "、" || ch === "，" ? "[、,，]" : ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("\\s*");
  const alternatives = raw.sort((a, b) => b.length - a.length).map(charPattern);
  const midLine = new RegExp(`${NUMERAL}\\s*[、,，.．]\\s*(?:${alternatives.join("|")})`, "g");
  const firstChars = new Set([...NUMERALS, ...forms.map((f) => f.form.slice(0, 1))]);
  const built = { forms, midLine, firstChars };
  formsCache.set(format, built);
  return built;
}

/**
 * The section a line's text opens, if it is a heading: an optional numeral (一、 … 十、,
 * whatever its value) followed by a heading of the format or one of its aliases.
 * Without a numeral the line must be the heading alone.
 * @example headingOf("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", getFormat("2021"))?.section.id //=> "reviewLitigation"
 */
export function headingOf(
  text: string,
  format: FormatDef,
): { section: SectionDef; official: boolean } | undefined {
  const { forms, firstChars } = headingForms(format);
  // For speed: most lines are told apart by their first character, without normalising them.
  if (!firstChars.has(normalizedFirst(text))) return undefined;
  // Headings are short: the start of a long line is enough.
  const n = normalizeLabel(text.length > 80 ? text.slice(0, 80) : text);
  if (!n) return undefined;
  const m = NUMERAL_PREFIX.exec(n);
  const rest = m ? n.slice(m[0].length) : n;
  for (const f of forms) {
    if (m ? rest.startsWith(f.form) : rest === f.form || rest === `${f.form}:`) {
      return { section: f.section, official: f.official };
    }
  }
  return undefined;
}

/** A part of a piece, with its location moved to where the part starts. */
export function slicePiece(piece: Piece, start: number, end?: number): Piece {
  const whole = piece.text.length;
  const text = piece.text.slice(start, end);
  const loc = piece.loc;
  const moved: SourceLocation =
    loc.kind === "text" ? { kind: "text", line: loc.line, column: (loc.column ?? 1) + start } : loc;
  // For speed: a piece without position (text, HTML, .docx) is built as a literal, not spread.
  if (piece.x === undefined && piece.w === undefined && piece.y === undefined) {
    return { text, cell: piece.cell, loc: moved };
  }
  const out: { -readonly [K in keyof Piece]: Piece[K] } = { ...piece, text, loc: moved };
  // Positioned text (PDF): the part's share of the width, from where it starts.
  if (piece.w !== undefined && whole > 0) {
    if (piece.x !== undefined) out.x = piece.x + (piece.w * start) / whole;
    out.w = (piece.w * text.length) / whole;
  }
  return out;
}

/**
 * Starts a new line wherever a numbered section heading begins inside free text —
 * page text scraped into one line (corpus Pingtan: "…1000001 四、政府信息公开行政复议、
 * 行政诉讼情况 …") — so that every heading opens its own line.
 */
export function splitAtHeadings(lines: readonly Line[], format: FormatDef): Line[] {
  const { midLine } = headingForms(format);
  const out: Line[] = [];
  for (const line of lines) {
    let current: Piece[] = [];
    let split = false;
    for (const piece of line.pieces) {
      if (piece.cell) {
        current.push(piece);
        continue;
      }
      if (!NUMBERED.test(piece.text)) {
        current.push(piece);
        continue;
      }
      midLine.lastIndex = 0;
      let from = 0;
      for (let m = midLine.exec(piece.text); m; m = midLine.exec(piece.text)) {
        const before = piece.text.slice(from, m.index);
        if (m.index === 0 || (current.length === 0 && /^[\s#*]*$/.test(before))) continue;
        if (before.trim()) current.push(slicePiece(piece, from, m.index));
        const head = current[0];
        if (head) out.push({ pieces: current, loc: head.loc });
        current = [];
        from = m.index;
        split = true;
      }
      current.push(from === 0 ? piece : slicePiece(piece, from));
    }
    if (!split) out.push(line);
    else {
      const head = current[0];
      if (head) out.push({ pieces: current, loc: head.loc });
    }
  }
  return out;
}

/**
 * The section headings of a document and the lines each section spans. A section
 * whose heading occurs twice keeps the first occurrence.
 */
export function findSections(lines: readonly Line[], format: FormatDef): SectionLayout {
  const headings: FoundHeading[] = [];
  const seen = new Set<SectionId>();
  lines.forEach((line, i) => {
    const first = line.pieces.find((p) => p.text.trim());
    if (!first) return;
    // A heading is the start of its line; for a table row only the first cell counts.
    const text = first.cell ? first.text : joinTexts(line.pieces, "");
    const hit = headingOf(text, format);
    if (!hit || seen.has(hit.section.id)) return;
    seen.add(hit.section.id);
    headings.push({
      section: hit.section.id,
      line: i,
      text: text.replace(/\s+/g, " ").trim().slice(0, 60),
      official: hit.official,
      loc: first.loc,
    });
  });
  const sorted = [...headings].sort((a, b) => a.line - b.line);
  const ranges: Partial<Record<SectionId, { start: number; end: number }>> = {};
  sorted.forEach((h, i) => {
    ranges[h.section] = { start: h.line, end: sorted[i + 1]?.line ?? lines.length };
  });
  return { headings: sorted, ranges, firstHeading: sorted[0]?.line ?? lines.length };
}

/** The heading text at the start of a heading line, to cut it off the section's text. */
export function headingLength(text: string, format: FormatDef): number {
  // Walk the raw text until its normalised prefix covers numeral + heading.
  const hit = headingOf(text, format);
  if (!hit) return 0;
  const forms = listOf([hit.section.title, ...hit.section.aliases], normalizeLabel);
  const target = normalizeLabel(text.length > 120 ? text.slice(0, 120) : text);
  const numeral = NUMERAL_PREFIX.exec(target)?.[0] ?? "";
  const form = forms
    .filter((f) => target.slice(numeral.length).startsWith(f))
    .sort((a, b) => b.length - a.length)[0];
  const want = numeral.length + (form?.length ?? 0);
  return shortestPrefixNormalizedTo(text, want);
}

/**
 * The length of the shortest prefix of a text whose normalised form has `want` units, else the
 * text's length. normalizeLabel keeps or drops each UTF-16 unit (never adding one), so that
 * length grows with the prefix and is at most the prefix's: the prefix is searched from `want`
 * units on, doubling, then halving (a heading line may go on with a long paragraph).
 */
export function shortestPrefixNormalizedTo(text: string, want: number): number {
  const reaches = (n: number) => normalizeLabel(text.slice(0, n)).length >= want;
  let lo = 1;
  let hi = Math.max(1, want);
  while (hi < text.length && !reaches(hi)) {
    lo = hi + 1;
    hi = Math.min(text.length, hi * 2);
  }
  if (hi >= text.length) {
    if (!reaches(text.length)) return text.length;
    hi = text.length;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reaches(mid)) hi = mid;
    else lo = mid + 1;
  }
  return Math.min(lo, text.length);
}

/**
 * The line without its section heading: "六、其他需要报告的事项 无其他需要报告的事项" → "无其他需要报告的事项".
 * Pieces wholly inside the heading are dropped, the piece where it ends is cut.
 */
export function stripHeading(line: Line, format: FormatDef): Line {
  const first = line.pieces.findIndex((p) => p.text.trim());
  const firstPiece = line.pieces[first];
  if (!firstPiece) return line;
  const pieces = firstPiece.cell ? [firstPiece] : line.pieces.slice(first);
  const joined = joinTexts(pieces, "");
  let cut = headingLength(joined, format);
  if (!cut) return line;
  const out: Piece[] = line.pieces.slice(0, first);
  for (const p of line.pieces.slice(first)) {
    if (cut <= 0 || !pieces.includes(p)) {
      out.push(p);
      continue;
    }
    if (p.text.length <= cut) {
      cut -= p.text.length;
      continue;
    }
    out.push(slicePiece(p, cut));
    cut = 0;
  }
  return { pieces: out, loc: line.loc };
}
