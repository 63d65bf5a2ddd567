// Reading zip archives (.docx, .xlsx) with limits on what they may cost: how many entries,
// how large each entry and all of them together expand, and how many times an entry
// expands its compressed size. Entries are inflated in small steps with fflate's streaming
// decoder, and the limits are checked after every step: an archive that expands beyond
// them is abandoned as soon as it passes one, before the whole entry is ever held.
import { Unzip, type UnzipFile, UnzipInflate } from "fflate";
import { type Message, message } from "./issues.js";
import {
  type ZipEntry,
  ZipStructureError,
  zipEntries,
  zipEntryCount,
  zipEntryData,
} from "./zip-directory.js";

export type { ZipEntry } from "./zip-directory.js";

/** Limits on what reading an archive may cost. */
export interface ZipLimits {
  /** Entries in the archive (its central directory). */
  readonly maxEntries: number;
  /** Bytes one entry may expand to. */
  readonly maxEntryBytes: number;
  /** Bytes the entries read may expand to together. */
  readonly maxTotalBytes: number;
  /** Times an entry may expand its compressed size … */
  readonly maxRatio: number;
  /** … once it has expanded to more than this many bytes (small entries compress well). */
  readonly ratioFromBytes: number;
}

const MB = 1024 * 1024;

/** 10,000 entries, 100 MB an entry, 200 MB in all, 200 times the compressed size past 1 MB. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = Object.freeze({
  maxEntries: 10_000,
  maxEntryBytes: 100 * MB,
  maxTotalBytes: 200 * MB,
  maxRatio: 200,
  ratioFromBytes: MB,
});

/** Compressed bytes handed to the decoder at a time: one step expands to at most about 1,000 times this. */
const STEP = 16 * 1024;

export type ZipErrorCode =
  | "ZIP-TOO-MANY-ENTRIES"
  | "ZIP-ENTRY-TOO-LARGE"
  | "ZIP-TOO-LARGE"
  | "ZIP-RATIO"
  | "ZIP-UNREADABLE";

/** An archive that passes a limit, or cannot be read; `bilingual` says which and where. */
export class ZipError extends Error {
  readonly code: ZipErrorCode;
  readonly bilingual: Message;
  /** The entry being read, when the problem is in one. */
  readonly entry?: string;
  constructor(code: ZipErrorCode, bilingual: Message, entry?: string) {
    super(`${bilingual.zh} / ${bilingual.en}`);
    this.name = "ZipError";
    this.code = code;
    this.bilingual = bilingual;
    if (entry !== undefined) this.entry = entry;
  }
}

/** Whether `e` is a {@link ZipError} (also one thrown by another copy of this package). */
export function isZipError(e: unknown): e is ZipError {
  if (!(e instanceof Error)) return false;
  const { code, bilingual } = e as { code?: unknown; bilingual?: unknown };
  return typeof code === "string" && code.startsWith("ZIP-") && typeof bilingual === "object";
}

/** "100 MB", "64 KB", "300 字节" / "300 bytes". */
function size(bytes: number, lang: "zh" | "en"): string {
  if (bytes >= MB && bytes % MB === 0) return `${bytes / MB} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KB`;
  if (bytes >= MB) return `${(bytes / MB).toFixed(1)} MB`;
  return lang === "zh" ? `${bytes} 字节` : `${bytes} bytes`;
}

function entryTooLarge(name: string, limit: number): ZipError {
  return new ZipError(
    "ZIP-ENTRY-TOO-LARGE",
    message(
      `文件解压后超过限制：${name} 已超过 ${size(limit, "zh")}`,
      `archive entry ${name} expands beyond ${size(limit, "en")}`,
    ),
    name,
  );
}

function totalTooLarge(name: string, limit: number): ZipError {
  return new ZipError(
    "ZIP-TOO-LARGE",
    message(
      `文件解压后超过限制：读到 ${name} 时，解压内容合计已超过 ${size(limit, "zh")}`,
      `the archive's entries expand beyond ${size(limit, "en")} together (at ${name})`,
    ),
    name,
  );
}

function ratioTooHigh(name: string, limit: number): ZipError {
  return new ZipError(
    "ZIP-RATIO",
    message(
      `文件解压后超过限制：${name} 解压后超过压缩大小的 ${limit} 倍（疑似压缩炸弹）`,
      `archive entry ${name} expands to more than ${limit} times its compressed size (a zip bomb?)`,
    ),
    name,
  );
}

function tooManyEntries(count: number, limit: number): ZipError {
  return new ZipError(
    "ZIP-TOO-MANY-ENTRIES",
    message(
      `压缩包中的文件数超过限制：共 ${count} 个，最多 ${limit} 个`,
      `the archive holds ${count} entries, more than the limit of ${limit}`,
    ),
  );
}

function unreadable(why: Message, name?: string): ZipError {
  return new ZipError(
    "ZIP-UNREADABLE",
    message(
      `无法读取压缩包（${name ? `${name}：` : ""}${why.zh}）`,
      `the archive cannot be read (${name ? `${name}: ` : ""}${why.en})`,
    ),
    name,
  );
}

/** The limits with defaults filled in. */
function limitsOf(limits: Partial<ZipLimits> = {}): ZipLimits {
  return { ...DEFAULT_ZIP_LIMITS, ...limits };
}

/** The central directory, after checking the entry count from the archive's end record. */
function directory(data: Uint8Array, limits: ZipLimits): ZipEntry[] {
  try {
    const count = zipEntryCount(data);
    if (count > limits.maxEntries) throw tooManyEntries(count, limits.maxEntries);
    return zipEntries(data);
  } catch (e) {
    if (e instanceof ZipStructureError) throw unreadable(e.reason);
    throw e;
  }
}

/** Bytes expanded so far, checked against the limits after every step. */
interface Budget {
  readonly limits: ZipLimits;
  total: number;
}

/** Rejects an entry whose declared size already passes a limit (its bytes are counted anyway). */
function checkDeclared(entry: ZipEntry, budget: Budget): void {
  const { limits } = budget;
  if (entry.declaredSize > limits.maxEntryBytes) throw entryTooLarge(entry.name, limits.maxEntryBytes);
  if (budget.total + entry.declaredSize > limits.maxTotalBytes) {
    throw totalTooLarge(entry.name, limits.maxTotalBytes);
  }
  if (
    entry.declaredSize > limits.ratioFromBytes &&
    entry.declaredSize > limits.maxRatio * entry.compressedSize
  ) {
    throw ratioTooHigh(entry.name, limits.maxRatio);
  }
}

/** Counts `n` more expanded bytes of `entry` (`expanded` of it so far, with them). */
function count(entry: ZipEntry, expanded: number, n: number, budget: Budget): void {
  const { limits } = budget;
  budget.total += n;
  if (expanded > limits.maxEntryBytes) throw entryTooLarge(entry.name, limits.maxEntryBytes);
  if (budget.total > limits.maxTotalBytes) throw totalTooLarge(entry.name, limits.maxTotalBytes);
  if (expanded > limits.ratioFromBytes && expanded > limits.maxRatio * Math.max(1, entry.compressedSize)) {
    throw ratioTooHigh(entry.name, limits.maxRatio);
  }
}

/** A decoder for the entry's method: fflate's streaming inflate, or the stored bytes as they are. */
function decoderOf(entry: ZipEntry): UnzipInflate | "stored" {
  if (entry.flags & 1) throw unreadable(message("文件已加密", "the entry is encrypted"), entry.name);
  if (entry.method === 0) return "stored";
  if (entry.method === 8) return new UnzipInflate();
  throw unreadable(
    message(`不支持的压缩方式 ${entry.method}`, `compression method ${entry.method}`),
    entry.name,
  );
}

/**
 * Inflates one entry step by step, handing each expanded chunk to `keep` (or dropping it),
 * and stops at the first limit passed.
 */
function inflate(
  data: Uint8Array,
  entry: ZipEntry,
  budget: Budget,
  keep?: (chunk: Uint8Array) => void,
): void {
  checkDeclared(entry, budget);
  const input = entryData(data, entry);
  const decoder = decoderOf(entry);
  let expanded = 0;
  let failure: unknown;
  let done = false;
  const take = (chunk: Uint8Array, final: boolean) => {
    expanded += chunk.length;
    count(entry, expanded, chunk.length, budget);
    keep?.(chunk);
    done = final;
  };
  if (decoder !== "stored") {
    decoder.ondata = (err, chunk, final) => {
      if (failure) return;
      try {
        if (err) throw unreadable(message(`解压出错：${err.message}`, err.message), entry.name);
        take(chunk, final);
      } catch (e) {
        failure = e;
      }
    };
  }
  for (let at = 0; !failure && (at < input.length || (at === 0 && !done)); at += STEP) {
    const step = input.subarray(at, at + STEP);
    const final = at + STEP >= input.length;
    if (decoder === "stored") take(step, final);
    else decoder.push(step, final);
  }
  if (failure) throw failure;
  if (!done) throw unreadable(message("数据不完整", "its data ends early"), entry.name);
}

function entryData(data: Uint8Array, entry: ZipEntry): Uint8Array {
  try {
    return zipEntryData(data, entry);
  } catch (e) {
    if (e instanceof ZipStructureError) throw unreadable(e.reason, entry.name);
    throw e;
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const [only] = chunks;
  if (chunks.length === 1 && only) return only.slice();
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The named entries of a zip archive, inflated within the limits (defaults:
 * {@link DEFAULT_ZIP_LIMITS}); other entries are not inflated. A name the archive does not
 * hold is absent from the result. Throws a {@link ZipError} (code, bilingual message, entry)
 * when the archive passes a limit or cannot be read.
 * @example readZipEntries(docxBytes, ["word/document.xml"]).get("word/document.xml")
 */
export function readZipEntries(
  data: Uint8Array,
  names: readonly string[],
  limits?: Partial<ZipLimits>,
): Map<string, Uint8Array> {
  const budget: Budget = { limits: limitsOf(limits), total: 0 };
  const wanted = new Set(names);
  const out = new Map<string, Uint8Array>();
  for (const entry of directory(data, budget.limits)) {
    if (!wanted.has(entry.name) || out.has(entry.name)) continue;
    const chunks: Uint8Array[] = [];
    let length = 0;
    inflate(data, entry, budget, (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
    });
    out.set(entry.name, concat(chunks, length));
  }
  return out;
}

/**
 * Checks a whole archive against the limits before another library reads it: walks the
 * central directory and inflates every entry, counting its bytes without keeping them.
 * Throws a {@link ZipError} at the first limit passed, or when the archive cannot be read.
 * @example checkZip(xlsxBytes); await workbook.xlsx.load(xlsxBytes.buffer)
 */
export function checkZip(data: Uint8Array, limits?: Partial<ZipLimits>): void {
  const budget: Budget = { limits: limitsOf(limits), total: 0 };
  for (const entry of directory(data, budget.limits)) inflate(data, entry, budget);
}

/** Options of {@link createZipStreamCheck}. */
export interface ZipStreamCheckOptions {
  /** The limits (defaults {@link DEFAULT_ZIP_LIMITS}). */
  readonly limits?: Partial<ZipLimits>;
  /**
   * Entries the reader takes piece by piece and never holds whole (an .xlsx's worksheets read
   * row by row): they are bounded by `maxRatio` and `maxStreamedEntryBytes`, not by
   * `maxEntryBytes` and `maxTotalBytes`, which bound what is held.
   */
  readonly streamed?: (name: string) => boolean;
  /** Bytes a streamed entry may expand to; default 2 GB. */
  readonly maxStreamedEntryBytes?: number;
}

/** Checks an archive as its bytes arrive, in order; see {@link createZipStreamCheck}. */
export interface ZipStreamCheck {
  /** The next bytes of the archive (`final` with the last ones); throws a {@link ZipError} at the first limit passed. */
  push(chunk: Uint8Array, final?: boolean): void;
}

/**
 * The limits of {@link checkZip} for an archive read as a stream, by its local entries in the
 * order they come (as a streaming reader such as exceljs's `WorkbookReader` takes them): every
 * entry counted (`maxEntries`), its declared sizes checked when its header gives them, then
 * inflated step by step and its bytes counted, nothing kept. Feed it each chunk before the
 * reader gets it: a limit passed stops the stream before the reader sees the bytes past it.
 * @example
 * const check = createZipStreamCheck({ streamed: (name) => name.startsWith("xl/worksheets/") });
 * for await (const chunk of fileChunks) { check.push(chunk); yield chunk; }
 * check.push(new Uint8Array(0), true);
 */
export function createZipStreamCheck(options: ZipStreamCheckOptions = {}): ZipStreamCheck {
  const budget: Budget = { limits: limitsOf(options.limits), total: 0 };
  /** A streamed entry is held to the ratio and to its own size limit, and counts toward no total. */
  const streamedBudget: Budget = {
    limits: {
      ...budget.limits,
      maxEntryBytes: options.maxStreamedEntryBytes ?? 2048 * MB,
      maxTotalBytes: Number.POSITIVE_INFINITY,
    },
    total: 0,
  };
  let entries = 0;
  let pushed = 0;
  let beforeStep = 0;
  let failure: unknown;
  const startEntry = (file: UnzipFile, own: Budget) => {
    const from = beforeStep;
    // The entry's compressed bytes so far are at most those pushed since its step began.
    const entry = {
      name: file.name,
      get compressedSize() {
        return file.size ?? pushed - from;
      },
    } as ZipEntry;
    const declared = (file as { originalSize?: number }).originalSize;
    if (declared !== undefined) checkDeclared({ ...entry, declaredSize: declared }, own);
    let expanded = 0;
    file.ondata = (err, chunk) => {
      if (failure) return;
      try {
        if (err) throw unreadable(message(`解压出错：${err.message}`, err.message), file.name);
        expanded += chunk.length;
        count(entry, expanded, own === budget ? chunk.length : 0, own);
      } catch (e) {
        failure = e;
      }
    };
    try {
      file.start();
    } catch (e) {
      throw unreadable(message(`无法解压：${(e as Error).message}`, (e as Error).message), file.name);
    }
  };
  const unzip = new Unzip((file) => {
    if (failure) return;
    try {
      entries++;
      if (entries > budget.limits.maxEntries) throw tooManyEntries(entries, budget.limits.maxEntries);
      startEntry(file, options.streamed?.(file.name) ? streamedBudget : budget);
    } catch (e) {
      failure = e;
    }
  });
  unzip.register(UnzipInflate);
  const push = (step: Uint8Array, final: boolean) => {
    beforeStep = pushed;
    pushed += step.length;
    try {
      unzip.push(step, final);
    } catch (e) {
      failure ??= isZipError(e)
        ? e
        : unreadable(message(`解压出错：${(e as Error).message}`, (e as Error).message));
    }
  };
  return {
    push(chunk, final = false) {
      // In steps, so that an entry's compressed size so far is known to within a step.
      for (let at = 0; !failure && (at < chunk.length || (at === 0 && final)); at += STEP) {
        push(chunk.subarray(at, at + STEP), final && at + STEP >= chunk.length);
      }
      if (failure) throw failure;
    },
  };
}
