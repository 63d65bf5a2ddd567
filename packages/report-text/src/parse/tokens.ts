// Lines → tokens → value runs. A token is label text, a value (digits, maybe
// with a unit) or a blank cell ("/", "—", an empty cell). Free text is split at
// spaces and where digits run into labels ("数量640020470二、上年结转…"); an
// explicit cell is one token. Consecutive values form a run: the candidate
// numbers of one table row.
import { BLANK_TOKENS, isCellNumberFailure, readCellNumber, toHalfWidth } from "@disclosure/schema";
import { normalizeLabel } from "./labels.js";
import type { Line, Piece, SourceLocation } from "./model.js";
import { slicePiece } from "./sections.js";

/** One token of a line. */
export interface Token {
  readonly kind: "text" | "value" | "blank";
  /** The text as printed (trimmed). */
  readonly text: string;
  /** Normalised text (text tokens only): see normalizeLabel. */
  readonly norm: string;
  readonly loc: SourceLocation;
  /** Index of the token's line in the document. */
  readonly line: number;
  /** PDF position of the token's left edge and its width. */
  readonly x?: number | undefined;
  readonly w?: number | undefined;
  /** Digits only, several characters, from free text: maybe several cells run together. */
  readonly glued?: boolean | undefined;
  /** Set when the token is an explicit cell (HTML, .docx, a cell between pipes). */
  readonly cell?: boolean | undefined;
}

const DASH_RUN = /^[-－‐‑‒–—―−﹣]+$/;
const BLANK_SPACES = /[\s\u3000\u00A0\u200B-\u200D\u2060\uFEFF]+/g;
/** A whole cell of digits, at most 15 (a safe integer). */
const CELL_DIGITS = /^\d{1,15}$/;
/** A digit, ASCII or full-width. */
const ANY_DIGIT = /\d|[０-９]/;

/**
 * Whether a cell's text means "no value" (rule CELL-BLANK: blank, "/", "—", "-", "无" and variants).
 * @example isBlankText(" — ") //=> true
 */
export function isBlankText(text: string): boolean {
  const t = text.replace(BLANK_SPACES, "");
  return t === "" || BLANK_TOKENS.includes(t) || DASH_RUN.test(t);
}

/** Characters after digits that make them a quantity in narrative ("70件", "2024年"), not a cell. */
const NARRATIVE_UNIT = new Set("件条个次名期余多年月日号%项人位家户份篇批场类");

/** What a token is besides its text: a run of glued digits, or an explicit cell. */
type TokenFlag = "glued" | "cell" | undefined;

function pieceToken(piece: Piece, kind: Token["kind"], text: string, line: number, flag?: TokenFlag): Token {
  // For speed: every token is built in one literal with every property present (undefined
  // when absent), so all tokens share one hidden class and the table readers stay monomorphic.
  return {
    kind,
    text,
    norm: kind === "text" ? normalizeLabel(text) : "",
    loc: piece.loc,
    line,
    x: piece.x,
    w: piece.w,
    glued: flag === "glued" ? true : undefined,
    cell: flag === "cell" ? true : undefined,
  };
}

/**
 * A token with other text, same place and kind: one part of digits run together (never glued).
 * Built in one literal, like every token, for one hidden class.
 */
export function partToken(src: Token, text: string): Token {
  return {
    kind: src.kind,
    text,
    norm: src.norm,
    loc: src.loc,
    line: src.line,
    x: src.x,
    w: src.w,
    glued: false,
    cell: src.cell,
  };
}

function cellToken(cellPiece: Piece, line: number): Token {
  // trimStart / trim remove exactly what \s matches, which covers U+3000 and U+00A0.
  const lead = cellPiece.text.length - cellPiece.text.trimStart().length;
  // Located at the cell's text, not at the spaces before it.
  const piece = lead && lead < cellPiece.text.length ? slicePiece(cellPiece, lead) : cellPiece;
  const t = piece.text.trim();
  // Digits alone are never blank: tested first, for speed.
  if (CELL_DIGITS.test(t)) return pieceToken(piece, "value", t, line, "cell");
  if (isBlankText(t)) return pieceToken(piece, "blank", t, line, "cell");
  if (ANY_DIGIT.test(t) && !isCellNumberFailure(readCellNumber(t, { money: true, signed: true }))) {
    return pieceToken(piece, "value", t, line, "cell");
  }
  return pieceToken(piece, "text", t, line, "cell");
}

const NUMBER = /\d+(?:\.\d+)?(?:万元|元)?/g;
const SIGNED_WORD = /^[+\-－−]\d+(?:\.\d+)?$/;

/** Splits one word of free text (no spaces) into text and value tokens. */
function wordTokens(piece: Piece, line: number, out: Token[]): void {
  const raw = piece.text;
  if (isBlankText(raw)) {
    out.push(pieceToken(piece, "blank", raw, line));
    return;
  }
  const word = toHalfWidth(raw);
  // "1." alone: the numbering of a label printed as its own text item (PDF).
  if (/^\d{1,2}[.、]$/.test(word)) {
    out.push(pieceToken(piece, "text", raw, line));
    return;
  }
  if (SIGNED_WORD.test(word)) {
    out.push(pieceToken(piece, "value", raw, line));
    return;
  }
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) {
      const part = slicePiece(piece, textStart, end);
      out.push(pieceToken(part, "text", part.text, line));
    }
  };
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(word); m; m = NUMBER.exec(word)) {
    const start = m.index;
    const end = start + m[0].length;
    const next = word[end] ?? "";
    const decimal = m[0].includes(".");
    const afterNext = word[end + 1];
    // "2.其他法律…": the last digit and the dot number the next label.
    if (!decimal && (next === "." || next === "、") && afterNext !== undefined && !/\d/.test(afterNext)) {
      if (end - 1 > start) {
        flushText(start);
        const part = slicePiece(piece, start, end - 1);
        out.push(pieceToken(part, "value", part.text, line, end - 1 - start > 1 ? "glued" : undefined));
        textStart = end - 1;
      }
      continue;
    }
    // "70件", "2024年": a quantity in a sentence, not a cell.
    if (!m[0].endsWith("元") && NARRATIVE_UNIT.has(next)) {
      continue;
    }
    flushText(start);
    const part = slicePiece(piece, start, end);
    const glued = !decimal && !m[0].endsWith("元") && m[0].length > 1;
    out.push(pieceToken(part, "value", part.text, line, glued ? "glued" : undefined));
    textStart = end;
  }
  flushText(word.length);
}

/** A word of free text: what lies between spaces. */
const WORD = /[^\s\u3000\u00A0]+/g;

/**
 * The tokens of a line: each explicit cell is one token; free text is split at spaces
 * and where digits meet label text.
 * @example lineTokens({ pieces: [{ text: "（一）予以公开7000007", cell: false, loc }], loc }, 0).map(t => t.text) //=> ["（一）予以公开", "7000007"]
 */
export function lineTokens(line: Line, index: number): Token[] {
  const out: Token[] = [];
  for (const piece of line.pieces) {
    if (piece.cell) {
      out.push(cellToken(piece, index));
      continue;
    }
    const re = WORD;
    re.lastIndex = 0;
    for (let m = re.exec(piece.text); m; m = re.exec(piece.text)) {
      wordTokens(slicePiece(piece, m.index, m.index + m[0].length), index, out);
    }
  }
  return out;
}

/** Consecutive values: the candidate cells of one table row, with the label text before them. */
export interface Run {
  /** At least one value. */
  readonly tokens: [Token, ...Token[]];
  /** Normalised text on the run's first line before the run (since the previous run). */
  readonly sameLine: string;
  /** Normalised text since the previous run, over any number of lines. */
  readonly segment: string;
  /** Index of the run's first line. */
  readonly line: number;
  /** Index of the run's last line. */
  lastLine: number;
}

/**
 * The value runs of some lines. A run ends at label text, and at the end of a line that
 * holds text or two or more values (a table row); a line holding one value alone (a page
 * copied one cell per line) continues the run.
 */
export function valueRuns(tokensByLine: readonly Token[][]): Run[] {
  const runs: Run[] = [];
  let open: Run | undefined;
  let segment = "";
  for (const tokens of tokensByLine) {
    // A row of several values does not continue a run of single values on the lines above.
    if (open && tokens.filter((t) => t.kind !== "text").length >= 2) open = undefined;
    let sameLine = "";
    let values = 0;
    let hasText = false;
    for (const tok of tokens) {
      if (tok.kind === "text") {
        open = undefined;
        segment += tok.norm;
        sameLine += tok.norm;
        hasText = true;
        continue;
      }
      if (!open) {
        open = { tokens: [tok], sameLine, segment, line: tok.line, lastLine: tok.line };
        runs.push(open);
        segment = "";
        sameLine = "";
      } else open.tokens.push(tok);
      open.lastLine = tok.line;
      values++;
    }
    if (open && (hasText || values >= 2)) open = undefined;
  }
  return runs;
}
