// A command: its declaration (see args.ts) and the work it does once its arguments are read
// and every file it names is known to be usable.
import { resolve } from "node:path";
import { type CommandSpec, type MinPositionals, type Parsed, allOptions, parseCommandArgs } from "./args.js";
import { CliError, type Io, requireFile } from "./io.js";
import type { Options } from "./options.js";

export interface Command {
  readonly spec: CommandSpec;
  run(argv: string[], io: Io): Promise<number>;
}

/** Input files exist and are not empty, output files can be written: before any work. */
/** The same file named twice would be read (and counted) twice: refused before any work. */
function refuseRepeated(paths: readonly string[]): void {
  const seen = new Set<string>();
  for (const p of paths) {
    const key = resolve(p);
    if (seen.has(key)) {
      throw new CliError({
        zh: `文件 ${p} 给出了两次，会被重复计算；每个文件只给一次`,
        en: `the file ${p} is given twice and would be counted twice; give each file once`,
      });
    }
    seen.add(key);
  }
}

async function checkFiles(spec: CommandSpec, parsed: Parsed<Options>, io: Io): Promise<void> {
  // Commands that add files up (tabulate, rollup); `catalog diff a a` compares, and may.
  if (spec.positionals.files && spec.positionals.max > 2) refuseRepeated(parsed.positionals);
  if (spec.positionals.files) for (const p of parsed.positionals) await requireFile(io, p);
  for (const [name, o] of Object.entries(allOptions(spec))) {
    const v = (parsed.values as Record<string, unknown>)[name];
    if (typeof v !== "string") continue;
    if (o.file === "input") await requireFile(io, v);
    else if (o.file === "output") await io.checkOutput?.(v);
  }
}

/** A command from its declaration and its work. */
export function defineCommand<O extends Options, N extends MinPositionals>(
  spec: CommandSpec<O, N>,
  work: (args: Parsed<O, N>, io: Io) => Promise<number>,
): Command {
  return {
    spec: spec as unknown as CommandSpec,
    async run(argv, io) {
      const args = parseCommandArgs(spec, argv);
      await checkFiles(spec as unknown as CommandSpec, args as unknown as Parsed<Options>, io);
      return work(args, io);
    },
  };
}
