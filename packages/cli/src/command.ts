// A command: its declaration (see args.ts) and the work it does once its arguments are read
// and every file it names is known to be usable.
import { type CommandSpec, type Parsed, allOptions, parseCommandArgs } from "./args.js";
import { type Io, requireFile } from "./io.js";
import type { Options } from "./options.js";

export interface Command {
  readonly spec: CommandSpec;
  run(argv: string[], io: Io): Promise<number>;
}

/** Input files exist and are not empty, output files can be written: before any work. */
async function checkFiles(spec: CommandSpec, parsed: Parsed<Options>, io: Io): Promise<void> {
  if (spec.positionals.files) for (const p of parsed.positionals) await requireFile(io, p);
  for (const [name, o] of Object.entries(allOptions(spec))) {
    const v = (parsed.values as Record<string, unknown>)[name];
    if (typeof v !== "string") continue;
    if (o.file === "input") await requireFile(io, v);
    else if (o.file === "output") await io.checkOutput?.(v);
  }
}

/** A command from its declaration and its work. */
export function defineCommand<O extends Options>(
  spec: CommandSpec<O>,
  work: (args: Parsed<O>, io: Io) => Promise<number>,
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
