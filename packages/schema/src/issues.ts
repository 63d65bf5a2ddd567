/** A message a user reads: Chinese first, with its English twin. */
export interface Message {
  readonly zh: string;
  readonly en: string;
}

/** How serious an issue or finding is: an error blocks, a warning asks for a look, info tells. */
export type Severity = "error" | "warning" | "info";

/**
 * Where an issue is, in the input it was read from: one union for every reader of every
 * package. `file` is the file's name when the input was a file.
 * - `json`: a JSON path (`["tables", "table3", "received"]`), with the line and column when the
 *   JSON text was read (1-based);
 * - `text`: a line (1-based) and, when known, the column (1-based, in characters) or the CSV
 *   column's header (`field`);
 * - `sheet`: a spreadsheet's sheet, row (1-based), the cell in A1 style (`F12`) and the column's
 *   header;
 * - `html`: an element path such as `body>div[2]>table[1]>tr[5]>td[3]`;
 * - `pdf`: a page (1-based) and the position on it, in PDF points from the bottom left;
 * - `docx`: a body paragraph (1-based, outside tables), or a table (1-based) with its row and
 *   cell (1-based), or a part of the archive (`word/document.xml`);
 * - `file`: the file as a whole.
 */
export type Location =
  | {
      readonly kind: "json";
      readonly file?: string | undefined;
      readonly path: readonly (string | number)[];
      readonly line?: number | undefined;
      readonly column?: number | undefined;
    }
  | {
      readonly kind: "text";
      readonly file?: string | undefined;
      readonly line: number;
      readonly column?: number | undefined;
      readonly field?: string | undefined;
    }
  | {
      readonly kind: "sheet";
      readonly file?: string | undefined;
      readonly sheet?: string | undefined;
      readonly row?: number | undefined;
      readonly cell?: string | undefined;
      readonly column?: string | undefined;
    }
  | { readonly kind: "html"; readonly file?: string | undefined; readonly path: string }
  | {
      readonly kind: "pdf";
      readonly file?: string | undefined;
      readonly page: number;
      readonly x?: number | undefined;
      readonly y?: number | undefined;
    }
  | {
      readonly kind: "docx";
      readonly file?: string | undefined;
      readonly part?: string | undefined;
      readonly paragraph?: number | undefined;
      readonly table?: number | undefined;
      readonly row?: number | undefined;
      readonly cell?: number | undefined;
    }
  | { readonly kind: "file"; readonly file: string };

/**
 * A located problem with input data: a code, how serious it is, a bilingual message and where
 * it is (see {@link Location}).
 * @example { code: "SCHEMA-UNKNOWN-KEY", severity: "error", message: { zh: "未知字段…", en: "unknown key…" },
 *   location: { kind: "json", path: ["tables", "tabel3"] }, suggestion: "table3" }
 */
export interface Issue {
  readonly code: string;
  readonly severity: Severity;
  readonly message: Message;
  /** Where it is; absent when the issue is about the input as a whole and no file is named. */
  readonly location?: Location | undefined;
  /** The offending text or value, when short. */
  readonly value?: unknown;
  /** What was probably meant (a known key or code close to an unknown one). */
  readonly suggestion?: string | undefined;
}

/** The result of reading or validating input: never thrown, always located. */
export type Result<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly Issue[] }
  | {
      readonly ok: false;
      readonly value?: T;
      readonly issues: readonly Issue[];
      readonly warnings: readonly Issue[];
    };

export function message(zh: string, en: string): Message {
  return { zh, en };
}

/** "zh / en" for a one-line display. */
export function formatMessage(m: Message, lang: "zh" | "en" | "both" = "both"): string {
  return lang === "zh" ? m.zh : lang === "en" ? m.en : `${m.zh} / ${m.en}`;
}

/** At most this many issues of one kind (errors, warnings) are listed; the rest are counted in one more. */
export const MAX_LISTED_ISSUES = 1000;

/**
 * A list of issues that keeps at most `max` and counts the rest, so that a file with
 * millions of bad lines is reported without holding millions of messages.
 */
export interface IssueList {
  readonly items: Issue[];
  /** Issues pushed, kept or not. */
  total: number;
  /** Adds an issue; one that stands for dropped ones (ISSUES-TRUNCATED) adds its count instead. */
  push(issue: Issue): void;
  /** Counts `n` issues that are not listed. */
  skip(n: number): void;
  /** The kept issues, plus one ISSUES-TRUNCATED issue when some were dropped. */
  done(file?: string): Issue[];
}

/** How many issues an issue stands for: an ISSUES-TRUNCATED one its count, any other 1. */
function weight(issue: Issue): number {
  return issue.code === "ISSUES-TRUNCATED" ? Number(issue.value ?? 0) : 1;
}

export function issueList(max = MAX_LISTED_ISSUES): IssueList {
  const items: Issue[] = [];
  const list: IssueList = {
    items,
    total: 0,
    push(issue) {
      if (issue.code === "ISSUES-TRUNCATED") {
        list.skip(weight(issue));
        return;
      }
      list.total++;
      if (items.length < max) items.push(issue);
    },
    skip(n) {
      list.total += n;
    },
    done(file) {
      const rest = list.total - items.length;
      if (rest <= 0) return items;
      return [
        ...items,
        {
          code: "ISSUES-TRUNCATED",
          severity: items[items.length - 1]?.severity ?? "error",
          ...(file ? { location: { kind: "file", file } } : {}),
          value: rest,
          message: message(`另有 ${rest} 个问题未列出`, `${rest} more issues not listed`),
        },
      ];
    },
  };
  return list;
}

/**
 * Lists of issues as one list of at most `max`: what is dropped, and what the lists' own
 * ISSUES-TRUNCATED entries stand for, is counted in one ISSUES-TRUNCATED at the end.
 * @example capIssues([readIssues, cellIssues], 1000, "cells.jsonl")
 */
export function capIssues(
  lists: readonly (readonly Issue[])[],
  max = MAX_LISTED_ISSUES,
  file?: string,
): Issue[] {
  const list = issueList(max);
  for (const issues of lists) for (const issue of issues) list.push(issue);
  return list.done(file);
}
