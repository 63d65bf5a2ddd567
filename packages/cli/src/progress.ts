// Progress of long work on stderr when stderr is a terminal: how much is done and how fast,
// redrawn at most ten times a second on one line, erased when the work ends. Silent in a
// pipe, in a file and with --json, so that nothing but results reaches them.
import type { Message } from "@disclosure/schema";
import type { Io, Lang } from "./io.js";

export interface Progress {
  /** Adds `n` (bytes, or items) to what is done. */
  add(n: number): void;
  /** Erases the progress line. */
  done(): void;
}

export interface ProgressOptions {
  /** What is being done: "读取记录" / "reading records". */
  label: Message;
  /** Bytes, or the name of the items counted ("条" / "publications"). */
  unit: "bytes" | Message;
  /** The amount when all is done, if known. */
  total?: number | undefined;
  /** No progress at all (--json). */
  quiet?: boolean | undefined;
}

/** Milliseconds between two redraws: ten a second at most. */
export const REDRAW_MS = 100;

const SILENT: Progress = { add: () => undefined, done: () => undefined };
const grouped = new Intl.NumberFormat("en-US");

function amount(n: number, unit: ProgressOptions["unit"], lang: Lang): string {
  if (unit === "bytes") return `${(n / 1e6).toFixed(1)} MB`;
  return lang === "en" ? `${grouped.format(n)} ${unit.en}` : `${grouped.format(n)} ${unit.zh}`;
}

/** The progress line: "读取记录 12.0 MB / 48.0 MB（25%），6.0 MB/秒". */
export function progressLine(done: number, elapsedMs: number, opts: ProgressOptions, lang: Lang): string {
  const perSecond = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const rate =
    opts.unit === "bytes" ? `${(perSecond / 1e6).toFixed(1)} MB` : grouped.format(Math.round(perSecond));
  const of = opts.total
    ? lang === "en"
      ? ` of ${amount(opts.total, opts.unit, lang)} (${Math.floor((100 * done) / opts.total)}%)`
      : ` / ${amount(opts.total, opts.unit, lang)}（${Math.floor((100 * done) / opts.total)}%）`
    : "";
  return lang === "en"
    ? `${opts.label.en} ${amount(done, opts.unit, lang)}${of}, ${rate}/s`
    : `${opts.label.zh} ${amount(done, opts.unit, lang)}${of}，${rate}/秒`;
}

/**
 * A progress counter for long work. Shown only when `io.isTTY` and not `quiet`; the first
 * line appears after REDRAW_MS, so quick work shows nothing.
 */
export function progress(io: Io, lang: Lang, opts: ProgressOptions): Progress {
  if (!io.isTTY || opts.quiet) return SILENT;
  const now = io.now ?? (() => performance.now());
  const write = (t: string) => (io.status ? io.status(t) : io.stderr(t));
  const start = now();
  let last = start;
  let count = 0;
  let shown = false;
  return {
    add(n) {
      count += n;
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      shown = true;
      write(`\r${progressLine(count, t - start, opts, lang)}\x1b[K`);
    },
    done() {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}

async function* counted(chunks: AsyncIterable<Uint8Array>, p: Progress): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    p.add(c.length);
    yield c;
  }
}

/** An Io whose file reads add the bytes read to `p`. */
export function countingIo(io: Io, p: Progress): Io {
  return {
    ...io,
    readStream: (path) => counted(io.readStream(path), p),
    readFile: async (path) => {
      const bytes = await io.readFile(path);
      p.add(bytes.length);
      return bytes;
    },
  };
}
