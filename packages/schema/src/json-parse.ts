// JSON from users, parsed with jsonc-parser's visitor (strict JSON: no comments, no trailing
// commas) so that every problem has a line and a column: a syntax error (NaN, Infinity, a
// missing comma), a number too large to be read (1e309), and a key given twice in one
// object ({"total":5,"total":7}), which JSON.parse would silently resolve to the last value.
import { type JSONPath, visit } from "jsonc-parser";
import { type Issue, type Location, type Message, issueList, message } from "./issues.js";

export interface ParseJsonOptions {
  /** File name, for locations. */
  file?: string | undefined;
  /** Line number of the text's first line in the file (a JSON Lines line: its number). Default 1. */
  line?: number | undefined;
  /** Code of a syntax error issue. Default JSON-SYNTAX. */
  code?: string | undefined;
  /** Keep the line on which every array item starts (see `itemLines` of the result). */
  itemLines?: boolean | undefined;
  /** At most this many duplicate-key issues are listed; the rest are counted. Default 1000. */
  maxIssues?: number | undefined;
}

export type ParseJsonResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** With `itemLines`: each array of the value → the line each of its items starts on. */
      readonly itemLines?: WeakMap<readonly unknown[], number[]>;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Texts of jsonc-parser's ParseErrorCode values (a const enum, so given by number). */
const ERROR_TEXT: Record<number, [string, string]> = {
  /* InvalidSymbol */ 1: ["无法识别的符号", "unexpected symbol"],
  /* InvalidNumberFormat */ 2: ["数字格式无效", "invalid number"],
  /* PropertyNameExpected */ 3: ["此处应为带双引号的字段名", "a double-quoted key is expected"],
  /* ValueExpected */ 4: ["此处应为一个值", "a value is expected"],
  /* ColonExpected */ 5: ["此处应为冒号", "a colon is expected"],
  /* CommaExpected */ 6: ["此处应为逗号", "a comma is expected"],
  /* CloseBraceExpected */ 7: ["缺少右花括号 }", "a closing brace } is expected"],
  /* CloseBracketExpected */ 8: ["缺少右方括号 ]", "a closing bracket ] is expected"],
  /* EndOfFileExpected */ 9: ["JSON 值之后还有多余的内容", "there is more text after the JSON value"],
  /* InvalidCommentToken */ 10: ["JSON 中不能有注释", "JSON cannot hold comments"],
  /* UnexpectedEndOfComment */ 11: ["JSON 中不能有注释", "JSON cannot hold comments"],
  /* UnexpectedEndOfString */ 12: ["字符串缺少结束的双引号", "a string has no closing quote"],
  /* UnexpectedEndOfNumber */ 13: ["数字不完整", "an incomplete number"],
  /* InvalidUnicode */ 14: ["\\u 转义无效", "an invalid \\u escape"],
  /* InvalidEscapeCharacter */ 15: ["转义字符无效", "an invalid escape"],
  /* InvalidCharacter */ 16: ["字符串中有未转义的控制字符", "a string holds an unescaped control character"],
};

/** What the text at an error says, for the message: NaN and Infinity are named as such. */
function errorMessage(code: number, token: string): Message {
  const word = token.replace(/^[-+]/, "");
  if (word === "NaN" || word === "Infinity") {
    return message(
      `${token} 不是 JSON 数值（JSON 没有 NaN 和 Infinity）`,
      `${token} is not a JSON number (JSON has no NaN or Infinity)`,
    );
  }
  const [zh, en] = ERROR_TEXT[code] ?? ["语法错误", "syntax error"];
  const shown = token.length > 0 && token.length <= 20 ? token : "";
  return shown ? message(`${zh}：${shown}`, `${en}: ${shown}`) : message(zh, en);
}

/** Thrown from the visitor to stop at the first syntax error. */
class Stop extends Error {}

/** Line and column (1-based) of an offset; built on first use (only duplicates need it). */
function lineIndex(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
  };
}

/** The offset of the first `key` among the direct keys of the object that starts at `begin`. */
function firstKeyOffset(text: string, begin: number, end: number, key: string): number {
  let depth = 0;
  let found = -1;
  try {
    visit(text.slice(begin, end), {
      onObjectBegin: () => {
        depth++;
      },
      onObjectEnd: () => {
        depth--;
      },
      onArrayBegin: () => {
        depth++;
      },
      onArrayEnd: () => {
        depth--;
      },
      onObjectProperty: (p, offset) => {
        if (depth === 1 && p === key) {
          found = begin + offset;
          throw new Stop();
        }
      },
    });
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return found;
}

interface Frame {
  readonly container: Record<string, unknown> | unknown[];
  readonly begin: number;
  key?: string;
  lines?: number[];
}

function setKey(o: Record<string, unknown>, key: string, value: unknown): void {
  // A key "__proto__" is an own property, as JSON.parse makes it, never the prototype.
  if (key === "__proto__") {
    Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
  } else o[key] = value;
}

/** Key–value separators of a JSON text: its colons outside strings. */
function separators(text: string): number {
  let n = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 58) n++;
  }
  return n;
}

/** Keys of every object in a parsed value, or -1 when a number in it is not finite. */
function keysIn(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? 0 : -1;
  if (typeof value !== "object" || value === null) return 0;
  let n = 0;
  const array = Array.isArray(value);
  for (const k in value) {
    if (!array) n++;
    const v = (value as Record<string, unknown>)[k];
    if (typeof v === "object" || typeof v === "number") {
      const inner = keysIn(v);
      if (inner < 0) return -1;
      n += inner;
    }
  }
  return n;
}

/**
 * JSON.parse's value when nothing is wrong: it parses, every key separator stands for a key
 * of the value (no key was given twice) and every number is finite. Undefined otherwise.
 */
function quickParse(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const keys = keysIn(value);
  return keys >= 0 && keys === separators(text) ? { value } : undefined;
}

/**
 * Parses JSON text exactly as JSON.parse does, but never throws and never lets a value
 * vanish: a syntax error is one issue located by line and column (NaN and Infinity named);
 * a number that overflows (1e309) and every key repeated in an object (JSON-DUPLICATE-KEY,
 * naming where the key first stood) are errors located the same way.
 * @example parseJson('{"total":5,\n "total":7}', { file: "r.json" })
 * //=> { ok: false, issues: [{ code: "JSON-DUPLICATE-KEY", location: { kind: "json", file: "r.json", line: 2, column: 2, path: ["total"] }, … }] }
 */
export function parseJson(text: string, opts: ParseJsonOptions = {}): ParseJsonResult {
  if (!opts.itemLines) {
    const quick = quickParse(text);
    if (quick) return { ok: true, value: quick.value };
  }
  const base = (opts.line ?? 1) - 1;
  const issues = issueList(opts.maxIssues ?? 1000);
  const at = lineIndex(text);
  const itemLines = opts.itemLines ? new WeakMap<readonly unknown[], number[]>() : undefined;
  const stack: Frame[] = [];
  let root: unknown;
  let syntax: Issue | undefined;

  const located = (line: number, character: number, path: readonly (string | number)[] = []): Location => ({
    kind: "json",
    file: opts.file,
    path,
    line: base + line + 1,
    column: character + 1,
  });
  const startValue = (line: number) => {
    const top = stack[stack.length - 1];
    if (top?.lines) top.lines.push(base + line + 1);
  };
  const put = (value: unknown) => {
    const top = stack[stack.length - 1];
    if (!top) root = value;
    else if (Array.isArray(top.container)) top.container.push(value);
    else setKey(top.container, top.key!, value);
  };
  const duplicate = (
    begin: number,
    key: string,
    offset: number,
    line: number,
    character: number,
    path: JSONPath,
  ) => {
    const first = at(firstKeyOffset(text, begin, offset, key));
    const where = `第 ${base + first.line} 行第 ${first.column} 列`;
    const whereEn = `line ${base + first.line}, column ${first.column}`;
    issues.push({
      code: "JSON-DUPLICATE-KEY",
      severity: "error",
      location: located(line, character, [...path, key]),
      value: key,
      message: message(
        `同一对象中键 “${key}” 出现两次（首次在${where}），无法确定取哪个值`,
        `the key "${key}" appears twice in one object (first at ${whereEn}); which value is meant cannot be told`,
      ),
    });
  };

  try {
    visit(
      text,
      {
        onObjectBegin: (offset, _length, line) => {
          startValue(line);
          stack.push({ container: {}, begin: offset });
        },
        onObjectProperty: (key, offset, _length, line, character, path) => {
          // A property is read inside its object, whose frame is on top.
          const top = stack[stack.length - 1];
          if (top === undefined) return;
          if (Object.hasOwn(top.container, key)) duplicate(top.begin, key, offset, line, character, path());
          top.key = key;
        },
        onObjectEnd: () => put(stack.pop()!.container),
        onArrayBegin: (offset, _length, line) => {
          startValue(line);
          const container: unknown[] = [];
          stack.push({ container, begin: offset, ...(itemLines ? { lines: [] } : {}) });
        },
        onArrayEnd: () => {
          const frame = stack.pop()!;
          if (itemLines && frame.lines) itemLines.set(frame.container as unknown[], frame.lines);
          put(frame.container);
        },
        onLiteralValue: (value, offset, length, line, character) => {
          startValue(line);
          if (typeof value === "number" && !Number.isFinite(value)) {
            const token = text.slice(offset, offset + length);
            syntax = {
              code: opts.code ?? "JSON-SYNTAX",
              severity: "error",
              location: located(line, character),
              value: token,
              message: message(
                `不是有效的 JSON：第 ${base + line + 1} 行第 ${character + 1} 列：数字 ${token} 超出可以读取的范围`,
                `not valid JSON: line ${base + line + 1}, column ${character + 1}: the number ${token} is out of range`,
              ),
            };
            throw new Stop();
          }
          put(value);
        },
        onError: (code, offset, length, line, character) => {
          const token = text.slice(offset, offset + Math.min(length, 40));
          const m = errorMessage(code, token);
          syntax = {
            code: opts.code ?? "JSON-SYNTAX",
            severity: "error",
            location: located(line, character),
            ...(token ? { value: token } : {}),
            message: message(
              `不是有效的 JSON：第 ${base + line + 1} 行第 ${character + 1} 列：${m.zh}`,
              `not valid JSON: line ${base + line + 1}, column ${character + 1}: ${m.en}`,
            ),
          };
          throw new Stop();
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  if (syntax) return { ok: false, issues: [syntax] };
  if (issues.total) return { ok: false, issues: issues.done(opts.file) };
  return itemLines ? { ok: true, value: root, itemLines } : { ok: true, value: root };
}
