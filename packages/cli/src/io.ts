// The CLI's only contact with the machine: files in, text out. Commands receive
// an `Io` so tests run them in-process.
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { Issue, Message } from "@disclosure/schema";
import { escapeControlChars, formatLocation } from "@disclosure/schema";
import { fileWriter, outputTarget, stdoutWriter, writeStdout, writeWhole } from "./output.js";

export type Lang = "zh" | "en";

/**
 * A stream of output to a file or stdout, honouring back-pressure. A file appears, whole,
 * at `end()`; `abort()` leaves it as it was.
 */
export interface Writer {
  write(chunk: string | Uint8Array): Promise<void>;
  end(): Promise<void>;
  abort(): Promise<void>;
}

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a whole output file: complete, or not at all. */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** A writer to `path`, or to stdout when `path` is undefined. */
  writer(path?: string): Writer;
  /** Fails when nothing can be written at `path` (no such folder, a folder): checked before work starts. */
  checkOutput?(path: string): Promise<void>;
  /** Whether stderr is a terminal: progress is shown only then. */
  readonly isTTY?: boolean;
  /** The progress line on stderr, written as it is: its CR and erase-line must reach the terminal. */
  status?(text: string): void;
  /** Milliseconds, for progress rates (performance.now by default). */
  now?(): number;
  /** The file as a stream of chunks (constant memory for large record files), of `chunkBytes` (default 1 MiB). */
  readStream(path: string, chunkBytes?: number): AsyncIterable<Uint8Array>;
  /** The file's size in bytes; rejects when it cannot be read. */
  fileSize(path: string): Promise<number>;
}

/** Every character `escapeControlChars` may change (a CR only when no LF follows it). */
const MAY_ESCAPE = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\r]/;

/**
 * Text made safe for a terminal (`escapeControlChars`). Most output holds none of the
 * characters it changes (JSON escapes C0 controls itself): one plain scan for them first
 * costs a fraction of the full rewrite on the megabytes `audit --json` prints.
 */
export function terminalText(text: string): string {
  return MAY_ESCAPE.test(text) ? escapeControlChars(text) : text;
}

/**
 * The process's own streams. What is printed (reports rendered as text, summaries, messages
 * that quote the input) has its control characters made visible (`\u001b`, not ESC), so that
 * no input can drive the terminal; the progress line (`status`) keeps its CR and erase-line;
 * files and the writers' data are written as they are.
 */
export const nodeIo: Io = {
  stdout: (t) => writeStdout(terminalText(t)),
  stderr: (t) => process.stderr.write(terminalText(t)),
  status: (t) => process.stderr.write(t),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  writeFile: writeWhole,
  writer: (p) => (p ? fileWriter(p) : stdoutWriter()),
  checkOutput: async (p) => {
    await outputTarget(p);
  },
  get isTTY() {
    return process.stderr.isTTY === true;
  },
  now: () => performance.now(),
  readStream: (p, chunkBytes = 1 << 20) => createReadStream(p, { highWaterMark: chunkBytes }),
  fileSize: async (p) => (await stat(p)).size,
};

/** Exit statuses: 0 ok, 1 findings (errors in the data), 2 unusable input. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;

export function say(m: Message, lang: Lang): string {
  return lang === "en" ? m.en : m.zh;
}

/** How serious an issue is, in the language of the output. */
const SEVERITY_ZH: Record<Issue["severity"], string> = { error: "错误", warning: "警告", info: "提示" };

/** One line per issue: "错误 file:3 col 2 — 消息 [CODE]". */
export function formatIssue(i: Issue, lang: Lang): string {
  const sev = lang === "en" ? i.severity : SEVERITY_ZH[i.severity];
  const loc = formatLocation(i.location);
  return `${sev}${loc ? ` ${loc}` : ""} — ${say(i.message, lang)} [${i.code}]`;
}

/** An error that ends a command with an exit status and a bilingual message. */
export class CliError extends Error {
  constructor(
    readonly bilingual: Message,
    readonly status: number = EXIT.unusable,
  ) {
    super(`${bilingual.zh} / ${bilingual.en}`);
  }
}

function unreadable(path: string, e: unknown): CliError {
  const code = (e as NodeJS.ErrnoException).code;
  return new CliError(
    code === "ENOENT"
      ? { zh: `找不到文件：${path}`, en: `file not found: ${path}` }
      : { zh: `无法读取文件 ${path}（${code ?? e}）`, en: `cannot read ${path} (${code ?? e})` },
  );
}

/** Fails with a bilingual message unless the file exists and is not empty. */
export async function requireFile(io: Io, path: string): Promise<void> {
  let size: number;
  try {
    size = await io.fileSize(path);
  } catch (e) {
    throw unreadable(path, e);
  }
  if (size === 0) throw new CliError({ zh: `文件为空：${path}`, en: `the file is empty: ${path}` });
}

export async function readInput(io: Io, path: string): Promise<Uint8Array> {
  try {
    return await io.readFile(path);
  } catch (e) {
    throw unreadable(path, e);
  }
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
