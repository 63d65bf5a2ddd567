// Plain text → lines: text copied from a page or a PDF, Markdown, or the text
// renderer's box-drawn tables. A line with cell separators (| │ ┃ ｜) becomes
// cells; a line of border characters (┼──, |---|) only separates rows; page
// markers ("- 3 -") are dropped; everything else is free text.
import { listOf } from "./lists.js";
import type { Line, Piece, ReadDocument } from "./model.js";
import { verticalRows } from "./vertical.js";

const SEPARATOR = /[|│┃｜]/;
const SEPARATORS = /[|│┃｜]/g;
/** A line made only of table borders (box drawing, Markdown alignment rows). */
const BORDER_ONLY =
  /^[\s|│┃｜─━┄┅┈┉┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋═║╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬+]*$/;
/** An ASCII-art rule: "+-----+-----+", "=====". */
const ASCII_RULE = /^(?=(?:.*[-=]){3})[\s+\-=|:]+$/;
/** A horizontal rule or corner of box drawing: a border line has one; a row of empty cells ("|  |  |") has none. */
const RULE_CHAR =
  /[─━┄┅┈┉┌┍┎┏┐┑┒┓└┕┖┗┘┙┚┛├┝┞┟┠┡┢┣┤┥┦┧┨┩┪┫┬┭┮┯┰┱┲┳┴┵┶┷┸┹┺┻┼┽┾┿╀╁╂╃╄╅╆╇╈╉╊╋═╒╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡╢╣╤╥╦╧╨╩╪╫╬]/;
const MARKDOWN_RULE_CELL = /^\s*:?-{3,}:?\s*$/;
/** Page markers left by PDF text extraction: "- 3 -", "— 3 —", "第 3 页", "3 / 12". */
const PAGE_MARKER =
  /^\s*(?:[-－—–]\s*\d{1,3}\s*[-－—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;

/**
 * Whether a line is only a page marker of PDF text extraction.
 * @example isPageMarker("- 3 -") //=> true
 */
export function isPageMarker(text: string): boolean {
  return PAGE_MARKER.test(text);
}

/** The cells of a line with separators, each with its column (1-based). */
function cellsOf(text: string, lineNo: number): Piece[] | undefined {
  const parts: { text: string; start: number }[] = [];
  let start = 0;
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(text); m; m = SEPARATORS.exec(text)) {
    parts.push({ text: text.slice(start, m.index), start });
    start = m.index + 1;
  }
  parts.push({ text: text.slice(start), start });
  // A leading separator opens the first cell; a separator ending the line closes the last one
  // ("0 |"), while "… | 1 | " ends with one more, empty cell.
  if (/^\s*$/.test(parts[0]?.text ?? "") && SEPARATOR.test(text.trimStart()[0] ?? "")) parts.shift();
  if (parts.at(-1)?.text === "") parts.pop();
  if (parts.length && parts.every((p) => MARKDOWN_RULE_CELL.test(p.text))) return undefined;
  // Built by push, not map, for speed: see lists.ts.
  return listOf(parts, (p) => ({
    text: p.text,
    cell: true,
    loc: { kind: "text", line: lineNo, column: p.start + 1 },
  }));
}

/** A line that may be a row label of one-cell-a-line text: free text, no cells, no rule. */
function mayBeLabel(text: string): boolean {
  return (
    !!text.trim() &&
    !isPageMarker(text) &&
    !SEPARATOR.test(text) &&
    !BORDER_ONLY.test(text) &&
    !/\S\t|\t\S/.test(text)
  );
}

/**
 * Rows of one-cell-a-line text with proven blank cells, as lines of cells (label first, a
 * blank cell as an empty one), by the index of their label line; and the lines they take up.
 */
function oneCellALine(
  raw: readonly string[],
  isLabel: (i: number) => boolean,
): { rows: Map<number, Line>; consumed: Set<number> } {
  const rows = new Map<number, Line>();
  const consumed = new Set<number>();
  for (const row of verticalRows(raw, isLabel)) {
    const at = (line: number, text: string): Piece => ({ text, cell: true, loc: { kind: "text", line } });
    const pieces = [
      at(row.label.line, row.label.text.trim()),
      ...row.cells.map((c) => ("blank" in c ? at(c.line, "") : at(c.line, c.text.trim()))),
    ];
    rows.set(row.label.line - 1, { pieces, loc: { kind: "text", line: row.label.line } });
    const last = Math.max(...row.cells.map((c) => c.line));
    for (let i = row.label.line; i < last; i++) consumed.add(i);
  }
  return { rows, consumed };
}

/**
 * The lines of a plain-text report. Line numbers in locations are 1-based and count
 * every line of the input (including dropped ones).
 * @example readText("规章 | 0 | 0 | 0").lines[0].pieces.map(p => p.text) //=> ["规章 ", " 0 ", " 0 ", " 0"]
 */
export function readText(input: string): ReadDocument {
  const lines: Line[] = [];
  const raw = input.replace(/^\uFEFF/, "").split(/\r\n|\r|\n|\f/);
  // mayBeLabel of each line, remembered: a line it holds for is free text below, unless an ASCII rule.
  const labels = new Array<boolean | undefined>(raw.length);
  const isLabel = (i: number) => {
    let label = labels[i];
    if (label === undefined) {
      label = mayBeLabel(raw[i] ?? "");
      labels[i] = label;
    }
    return label;
  };
  const { rows, consumed } = oneCellALine(raw, isLabel);
  raw.forEach((text, i) => {
    const lineNo = i + 1;
    const row = rows.get(i);
    if (row) {
      lines.push(row);
      return;
    }
    if (consumed.has(i)) return;
    if (labels[i] === true) {
      if (!ASCII_RULE.test(text)) lines.push(freeLine(text, lineNo));
      return;
    }
    if (!text.trim() || isPageMarker(text)) return;
    if (SEPARATOR.test(text)) {
      if ((BORDER_ONLY.test(text) && RULE_CHAR.test(text)) || ASCII_RULE.test(text)) return;
      const cells = cellsOf(text, lineNo);
      if (!cells?.length) return;
      lines.push({ pieces: cells, loc: { kind: "text", line: lineNo } });
      return;
    }
    if (BORDER_ONLY.test(text) || ASCII_RULE.test(text)) return;
    // Cells copied from a spreadsheet or a Word table are separated by tabs (an empty cell stays one).
    if (/\S\t|\t\S/.test(text)) {
      let at = 0;
      const pieces: Piece[] = listOf(text.split("\t"), (part) => {
        const piece: Piece = { text: part, cell: true, loc: { kind: "text", line: lineNo, column: at + 1 } };
        at += part.length + 1;
        return piece;
      });
      lines.push({ pieces, loc: { kind: "text", line: lineNo } });
      return;
    }
    lines.push(freeLine(text, lineNo));
  });
  return { lines, issues: [], warnings: [] };
}

/** A line of free text, located at its first non-space character. */
function freeLine(text: string, lineNo: number): Line {
  const lead = text.length - text.trimStart().length;
  return {
    pieces: [{ text: text.slice(lead), cell: false, loc: { kind: "text", line: lineNo, column: lead + 1 } }],
    loc: { kind: "text", line: lineNo },
  };
}
