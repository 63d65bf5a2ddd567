// `disclosure`: the command line of @disclosure. Thin wiring only: every command is
// one call into a package; messages are Chinese unless --lang en.
import { isOptionalModuleError, type Message } from "@disclosure/schema";
import { version } from "../package.json";
import { langIn } from "./args.js";
import type { Command } from "./command.js";
import { auditCommand } from "./commands/audit.js";
import { CATALOG_COMMANDS } from "./commands/catalog.js";
import { cellsCommand } from "./commands/cells.js";
import { checkCommand } from "./commands/check.js";
import { ledgerCommand } from "./commands/ledger.js";
import { parseCommand } from "./commands/parse.js";
import { renderCommand } from "./commands/render.js";
import { rollupCommand } from "./commands/rollup.js";
import { sampleCommand } from "./commands/sample.js";
import { tabulateCommand } from "./commands/tabulate.js";
import { templateCommand } from "./commands/template.js";
import { validateCommand } from "./commands/validate.js";
import { commandHelp, commandList } from "./help.js";
import { CliError, EXIT, type Io, type Lang, nodeIo, say } from "./io.js";
import {
  StdoutClosed,
  outputError,
  removePendingOutputs,
  stdoutState,
  watchStandardStreams,
} from "./output.js";
import { didYouMean, nearest } from "./suggest.js";

/** The commands, in the order help lists them. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  cells: cellsCommand,
  sample: sampleCommand,
  tabulate: tabulateCommand,
  rollup: rollupCommand,
  ledger: ledgerCommand,
  check: checkCommand,
  render: renderCommand,
  template: templateCommand,
  audit: auditCommand,
  parse: parseCommand,
};

/** Commands with subcommands: `disclosure catalog coverage …`. */
export const GROUPS: Readonly<Record<string, Readonly<Record<string, Command>>>> = {
  catalog: CATALOG_COMMANDS,
};

/** Every command and subcommand, as help lists them. */
export function allCommands(): Command[] {
  return [...Object.values(COMMANDS), ...Object.values(GROUPS).flatMap((g) => Object.values(g))];
}

const EXIT_RULE: Message = {
  zh: "退出码：0 正常；1 数据读出了，但有问题（错误、拒收的行）；2 输入或环境无法使用（文件缺失或读不出、选项有误、无法写出）。",
  en: "Exit status: 0 clean; 1 the data was read and has findings (errors, rejected lines); 2 the input or the environment is unusable (a file missing or unreadable, a bad option, output that cannot be written).",
};

function usage(lang: Lang): string {
  const head =
    lang === "en"
      ? `disclosure ${version} — 政府信息公开工作年度报告 toolkit\n\nUsage: disclosure <command> [arguments] [options]\n\nCommands:\n`
      : `disclosure ${version} — 政府信息公开工作年度报告工具\n\n用法：disclosure <命令> [参数] [选项]\n\n命令：\n`;
  const tail =
    lang === "en"
      ? "\nEach command's options and examples: disclosure <command> --help. Every command takes --lang en|zh and -h/--help; disclosure --version prints the version.\n"
      : "\n每个命令的选项和示例：disclosure <命令> --help。每个命令都接受 --lang en|zh 和 -h/--help；disclosure --version 显示版本。\n";
  return `${head}${commandList(
    allCommands().map((c) => c.spec),
    lang,
  )}${tail}${say(EXIT_RULE, lang)}\n`;
}

const HELP = new Set(["--help", "-h"]);
const VERSION = new Set(["--version", "-v"]);

function unknownCommand(name: string, known: readonly string[], prefix: string): CliError {
  const near = nearest(name, known);
  const hint = didYouMean(near === undefined ? undefined : `${prefix}${near}`);
  return new CliError({
    zh: `未知命令：${prefix}${name}${hint.zh}（disclosure --help 列出全部命令）`,
    en: `unknown command: ${prefix}${name}${hint.en} (disclosure --help lists them all)`,
  });
}

/** The command `argv` names, with the arguments left for it; help and version answered here. */
function resolve(argv: string[], io: Io, lang: Lang): { command: Command; rest: string[] } | number {
  const args = argv[0] === "help" ? [...argv.slice(1), "--help"] : argv;
  const [name, ...rest] = args;
  if (name === undefined || name.startsWith("-")) {
    if (name !== undefined && VERSION.has(name)) {
      io.stdout(`${version}\n`);
      return EXIT.ok;
    }
    const asked = args.some((a) => HELP.has(a));
    (asked ? io.stdout : io.stderr)(usage(lang));
    return asked ? EXIT.ok : EXIT.unusable;
  }
  const group = GROUPS[name];
  if (!group) {
    const command = COMMANDS[name];
    if (!command) throw unknownCommand(name, [...Object.keys(COMMANDS), ...Object.keys(GROUPS)], "");
    return { command, rest };
  }
  const [sub, ...more] = rest;
  if (sub === undefined || sub.startsWith("-")) {
    const asked = rest.some((a) => HELP.has(a));
    (asked ? io.stdout : io.stderr)(
      commandList(
        Object.values(group).map((c) => c.spec),
        lang,
      ),
    );
    return asked ? EXIT.ok : EXIT.unusable;
  }
  const command = group[sub];
  if (!command) throw unknownCommand(sub, Object.keys(group), `${name} `);
  return { command, rest: more };
}

async function dispatch(argv: string[], io: Io, lang: Lang): Promise<number> {
  const found = resolve(argv, io, lang);
  if (typeof found === "number") return found;
  if (found.rest.some((a) => HELP.has(a))) {
    io.stdout(commandHelp(found.command.spec, lang));
    return EXIT.ok;
  }
  return found.command.run(found.rest, io);
}

/** Runs the command line; returns the exit status. */
export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  const lang = langIn(argv);
  try {
    return await dispatch(argv, io, lang);
  } catch (e) {
    // The reader of stdout has gone (`… | head -1`): nothing more to say, nothing wrong.
    if (e instanceof StdoutClosed) return EXIT.ok;
    if (e instanceof CliError) {
      io.stderr(`${lang === "en" ? e.bilingual.en : e.bilingual.zh}\n`);
      return e.status;
    }
    // A library installed without one of its optional modules (pdfjs-dist, docx, exceljs).
    if (isOptionalModuleError(e)) {
      io.stderr(`${say(e.bilingual, lang)}\n`);
      return EXIT.unusable;
    }
    throw e;
  }
}

/** Runs the command line on `argv` as a process: sets the exit code, never throws. */
export function main(argv: string[]): void {
  let status: number = EXIT.ok;
  let reported = false;
  // Standard output that fails (a full disk) is exit 2 with one message; closed by its reader, exit 0.
  const settle = () => {
    const failed = stdoutState.error;
    if (failed && !reported) {
      reported = true;
      process.stderr.write(`${say(outputError("stdout", failed, "incomplete").bilingual, langIn(argv))}\n`);
    }
    process.exitCode = failed ? EXIT.unusable : stdoutState.closed ? EXIT.ok : status;
  };
  watchStandardStreams(settle);
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const) {
    process.once(signal, () => {
      removePendingOutputs();
      process.exit(code);
    });
  }
  run(argv).then(
    (code) => {
      status = code;
      settle();
    },
    (e) => {
      process.stderr.write(
        `内部错误 / internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`,
      );
      process.exitCode = EXIT.unusable;
    },
  );
}

// `node dist/cli.js …` runs directly; the `disclosure` bin (bin/disclosure.js) calls main().
const invokedDirectly = typeof process !== "undefined" && /cli\.[cm]?js$/.test(process.argv[1] ?? "");
if (invokedDirectly) main(process.argv.slice(2));
