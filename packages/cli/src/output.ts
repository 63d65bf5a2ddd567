// Output that is whole or absent. A file is written to a temporary file beside it and renamed
// over the target only once its last byte is on disk, so a full disk, a missing folder or an
// interrupted run never leaves a truncated file. A device or a pipe (/dev/null, /dev/stdout)
// is written in place. Every file-system error is a bilingual CliError naming the path
// (exit 2). Standard output closed by its reader (`… | head -1`) ends the run quietly.
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { type FileHandle, chmod, open, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { Message } from "@disclosure/schema";
import { CliError, type Writer } from "./io.js";

type Chunk = string | Uint8Array;

function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | undefined)?.code;
}

/** Why a path cannot be written, in words. */
function reason(code: string | undefined, path: string): Message {
  switch (code) {
    case "ENOENT":
      return { zh: `文件夹 ${dirname(path)} 不存在`, en: `the folder ${dirname(path)} does not exist` };
    case "ENOTDIR":
      return { zh: `${dirname(path)} 不是文件夹`, en: `${dirname(path)} is not a folder` };
    case "EISDIR":
      return { zh: "这是一个文件夹，请给出文件名", en: "it is a folder; give a file name" };
    case "ENOSPC":
      return { zh: "磁盘已满", en: "the disk is full" };
    case "EDQUOT":
      return { zh: "超出磁盘配额", en: "the disk quota is exceeded" };
    case "EACCES":
    case "EPERM":
      return { zh: "没有写入权限", en: "permission denied" };
    case "EROFS":
      return { zh: "文件系统只读", en: "the file system is read-only" };
    case "EFBIG":
      return { zh: "文件超出允许的大小", en: "the file is larger than allowed" };
    default:
      return { zh: `写入出错（${code ?? "未知错误"}）`, en: `write error (${code ?? "unknown"})` };
  }
}

/** What became of the output when writing failed. */
export type Outcome = "nothing" | "incomplete" | "unchanged" | "notCreated";

const OUTCOMES: Readonly<Record<Outcome, Message>> = {
  nothing: { zh: "", en: "" },
  incomplete: { zh: "；输出不完整", en: "; the output is incomplete" },
  unchanged: { zh: "；原有文件未改动", en: "; the file already there is unchanged" },
  notCreated: { zh: "；未生成该文件", en: "; the file was not created" },
};

/** A file-system error while writing `path`, as the message a user reads (exit 2). */
export function outputError(path: string, e: unknown, outcome: Outcome = "nothing"): CliError {
  const r = reason(errorCode(e), path);
  const after = OUTCOMES[outcome];
  return new CliError({
    zh: `无法写入 ${path}：${r.zh}${after.zh}`,
    en: `cannot write ${path}: ${r.en}${after.en}`,
  });
}

function outcomeOf(target: Target): Outcome {
  return target.inPlace ? "incomplete" : target.mode === undefined ? "notCreated" : "unchanged";
}

/** Where output to `path` goes: a regular file (replaced by rename) or a device written in place. */
interface Target {
  path: string;
  inPlace: boolean;
  /** The permissions of the file being replaced, kept. */
  mode?: number;
}

/** Where output to `path` will go; fails, before any work, when nothing can be written there. */
export async function outputTarget(path: string): Promise<Target> {
  let st: Awaited<ReturnType<typeof stat>>;
  try {
    st = await stat(path);
  } catch (e) {
    if (errorCode(e) !== "ENOENT") throw outputError(path, e);
    const folder = await stat(dirname(path)).catch((f: unknown) => f as Error);
    if (folder instanceof Error) throw outputError(path, folder);
    if (!folder.isDirectory()) throw outputError(path, { code: "ENOTDIR" });
    return { path, inPlace: false };
  }
  if (st.isDirectory()) throw outputError(path, { code: "EISDIR" });
  if (!st.isFile()) return { path, inPlace: true };
  return { path: await realpath(path), inPlace: false, mode: st.mode & 0o7777 };
}

/** Temporary files not yet renamed: removed if the process ends first. */
const pending = new Set<string>();
let cleanupInstalled = false;

/** Removes the temporary files of outputs not completed (on exit or a signal). */
export function removePendingOutputs(): void {
  for (const p of pending) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function track(tmp: string): void {
  if (!cleanupInstalled) {
    cleanupInstalled = true;
    process.once("exit", removePendingOutputs);
  }
  pending.add(tmp);
}

interface Opened {
  target: Target;
  fh: FileHandle;
  /** The temporary file, or undefined when writing in place. */
  tmp?: string;
}

async function openOutput(path: string): Promise<Opened> {
  const target = await outputTarget(path);
  if (target.inPlace) {
    const fh = await open(target.path, "w").catch((e: unknown) => {
      throw outputError(path, e);
    });
    return { target, fh };
  }
  const tmp = join(dirname(target.path), `.${basename(target.path)}.${randomBytes(6).toString("hex")}.tmp`);
  const fh = await open(tmp, "wx", 0o666).catch((e: unknown) => {
    throw outputError(path, e, outcomeOf(target));
  });
  track(tmp);
  return { target, fh, tmp };
}

async function writeAll(fh: FileHandle, chunk: Chunk): Promise<void> {
  const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
  let at = 0;
  while (at < bytes.length) {
    const { bytesWritten } = await fh.write(bytes, at, bytes.length - at);
    at += bytesWritten;
  }
}

async function discard(o: Opened): Promise<void> {
  await o.fh.close().catch(() => undefined);
  if (o.tmp) {
    await unlink(o.tmp).catch(() => undefined);
    pending.delete(o.tmp);
  }
}

async function complete(o: Opened): Promise<void> {
  if (o.tmp) await o.fh.sync();
  await o.fh.close();
  if (!o.tmp) return;
  if (o.target.mode !== undefined) await chmod(o.tmp, o.target.mode);
  await rename(o.tmp, o.target.path);
  pending.delete(o.tmp);
}

/**
 * A writer to the file `path`: chunks go to a temporary file beside it, renamed over `path`
 * by `end()`. On any error the temporary file is removed, `path` is left as it was, and the
 * error is a CliError naming `path`.
 */
export function fileWriter(path: string): Writer {
  let opened: Promise<Opened> | undefined;
  let failed: CliError | undefined;
  const get = () => {
    opened ??= openOutput(path);
    return opened;
  };
  const guard = async (step: (o: Opened) => Promise<void>) => {
    if (failed) throw failed;
    const o = await get();
    try {
      await step(o);
    } catch (e) {
      await discard(o);
      failed = e instanceof CliError ? e : outputError(path, e, outcomeOf(o.target));
      throw failed;
    }
  };
  return {
    write: (chunk) => guard((o) => writeAll(o.fh, chunk)),
    end: () => guard(complete),
    abort: async () => {
      const o = await opened?.catch(() => undefined);
      if (o) await discard(o);
    },
  };
}

/** Writes `data` to `path` whole, or leaves `path` as it was. */
export async function writeWhole(path: string, data: Chunk): Promise<void> {
  const w = fileWriter(path);
  await w.write(data);
  await w.end();
}

/** Thrown by a write to standard output once it is closed or has failed: the work stops. */
export class StdoutClosed extends Error {
  constructor() {
    super("standard output closed");
  }
}

/** What happened to standard output: closed by its reader (EPIPE), or failed (a full disk). */
export const stdoutState: { closed: boolean; error?: NodeJS.ErrnoException } = { closed: false };

/**
 * Watches stdout and stderr for errors, so that a closed pipe or a full disk never ends in a
 * stack trace; `changed` is called when stdout closes or fails.
 */
export function watchStandardStreams(changed: () => void): void {
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") stdoutState.closed = true;
    else stdoutState.error ??= e;
    changed();
  });
  process.stderr.on("error", () => undefined);
}

const stdoutGone = () => stdoutState.closed || stdoutState.error !== undefined;

/** Text to standard output, dropped once it is closed or has failed. */
export function writeStdout(text: string): void {
  if (!stdoutGone()) process.stdout.write(text);
}

/** A writer to standard output honouring back-pressure; rejects with StdoutClosed once it is gone. */
export function stdoutWriter(): Writer {
  return {
    write: (chunk) =>
      new Promise<void>((resolve, reject) => {
        if (stdoutGone()) return reject(new StdoutClosed());
        const ok = process.stdout.write(chunk, (e) => {
          if (e) reject(new StdoutClosed());
        });
        if (ok) resolve();
        else process.stdout.once("drain", resolve);
      }),
    end: async () => undefined,
    abort: async () => undefined,
  };
}
