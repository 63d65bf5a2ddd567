// Control characters in text read from files: reported where they are, and never printed raw.
// A NUL or an ESC in a report's wording is damage or an attack (ESC[31m recolours a terminal,
// a lone CR overwrites the line shown); tab, line feed, carriage return and form feed (a page
// break in extracted text) are ordinary layout.
import { type Issue, issueList, message } from "./issues.js";

/** C0 controls other than tab, LF, form feed and CR; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;

/** What a terminal must not receive raw: every C0 control but tab and LF (a CR only before LF), DEL, C1. */
const UNPRINTABLE = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F]|\r(?!\n)/g;

/** Located control-character warnings listed at most; the rest are counted in one more. */
const MAX_LISTED = 20;

/**
 * Text made safe for a terminal: control characters (ESC, NUL, BEL, a CR that is no line end,
 * C1 …) become visible escapes such as `\u001b`; tab and line ends are kept.
 * @example escapeControlChars("\u001b[31m红色") //=> "\\u001b[31m红色"
 */
export function escapeControlChars(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Whether a text holds a control character (NUL, ESC, C1 …) other than tab, line ends and form feed. */
export function hasControlChars(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

function charName(ch: string): string {
  return ch === "\u0000" ? "NUL" : `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/**
 * Located warnings for the control characters of a text: one per line that has any, with
 * the line, the column of the first (both 1-based) and what they are; NULs are said to be
 * removed (readers drop them, see `decodeText`), other controls kept as written.
 * @example controlCharIssues("盐池县\u0000人民政府", "r.txt")[0] //=> { code: "TEXT-NUL", location: { kind: "text", file: "r.txt", line: 1, column: 4 }, … }
 */
export function controlCharIssues(text: string, file?: string): Issue[] {
  const list = issueList(MAX_LISTED);
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  let current: { line: number; column: number; chars: string[] } | undefined;
  const flush = () => {
    if (current) list.push(controlIssue(current, file));
    current = undefined;
  };
  CONTROL.lastIndex = 0;
  for (let m = CONTROL.exec(text); m; m = CONTROL.exec(text)) {
    for (let nl = text.indexOf("\n", scanned); nl !== -1 && nl < m.index; nl = text.indexOf("\n", nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    scanned = m.index;
    if (current && current.line !== line) flush();
    current ??= { line, column: m.index - lineStart + 1, chars: [] };
    current.chars.push(m[0]);
  }
  flush();
  return list.done(file);
}

function controlIssue(at: { line: number; column: number; chars: string[] }, file?: string): Issue {
  const nul = at.chars.filter((c) => c === "\u0000").length;
  const names = [...new Set(at.chars.map(charName))].join(", ");
  const where = { location: { kind: "text", file, line: at.line, column: at.column } } as const;
  if (nul === at.chars.length) {
    return {
      code: "TEXT-NUL",
      severity: "warning",
      ...where,
      value: nul,
      message: message(`该行有 ${nul} 个空字节（NUL），已删除`, `the line has ${nul} NUL byte(s), removed`),
    };
  }
  return {
    code: "TEXT-CONTROL",
    severity: "warning",
    ...where,
    value: names,
    message: message(
      `该行有 ${at.chars.length} 个控制字符（${names}）${nul ? "，其中空字节已删除" : ""}`,
      `the line has ${at.chars.length} control character(s) (${names})${nul ? "; the NUL bytes were removed" : ""}`,
    ),
  };
}
