import { readFile, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { run } from "../src/cli.js";
import type { Io } from "../src/io.js";

export const testdataDir = fileURLToPath(new URL("../../../testdata/", import.meta.url));

/** A terminal for stderr and a clock, for the progress line. */
export interface FakeTerminal {
  isTTY?: boolean;
  now?: () => number;
}

/** Runs the CLI in-process with files from disk plus in-memory ones. */
export async function cli(
  argv: string[],
  files: Record<string, string | Uint8Array> = {},
  terminal: FakeTerminal = {},
) {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string | Uint8Array> = {};
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    readFile: async (p) => {
      const f = files[p];
      if (f !== undefined) return typeof f === "string" ? new TextEncoder().encode(f) : f;
      return new Uint8Array(await readFile(p));
    },
    writeFile: async (p, d) => {
      written[p] = d;
    },
    readStream: (p) =>
      (async function* () {
        const f = files[p];
        yield f !== undefined
          ? typeof f === "string"
            ? new TextEncoder().encode(f)
            : f
          : new Uint8Array(await readFile(p));
      })(),
    fileSize: async (p) => {
      const f = files[p];
      if (f !== undefined) return typeof f === "string" ? new TextEncoder().encode(f).length : f.length;
      return (await stat(p)).size;
    },
    writer: (p) => ({
      write: async (t) => {
        const text = typeof t === "string" ? t : new TextDecoder().decode(t);
        if (p) written[p] = String(written[p] ?? "") + text;
        else stdout += text;
      },
      end: async () => {},
      abort: async () => {
        if (p) delete written[p];
      },
    }),
    ...terminal,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, written };
}

/** A value the test goes on with, or a failure here naming what was missing. */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} is missing`);
  return value;
}
