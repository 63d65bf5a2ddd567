// `disclosure`: the command line of @disclosure. Thin wiring only: every command is
// one call into a package; messages are Chinese unless --lang en.
import { catalogCommand, catalogHelp } from "./commands/catalog.js";
import { cellsCommand, cellsHelp } from "./commands/cells.js";
import { checkCommand, checkHelp } from "./commands/check.js";
import { ledgerCommand, ledgerHelp } from "./commands/ledger.js";
import { parseCommand, parseHelp } from "./commands/parse.js";
import { renderCommand, renderHelp } from "./commands/render.js";
import { rollupCommand, rollupHelp } from "./commands/rollup.js";
import { sampleCommand, sampleHelp } from "./commands/sample.js";
import { tabulateCommand, tabulateHelp } from "./commands/tabulate.js";
import { validateCommand, validateHelp } from "./commands/validate.js";
import { isOptionalModuleError } from "@disclosure/schema";
import { CliError, EXIT, type Io, nodeIo, say } from "./io.js";

type Command = { run: (argv: string[], io: Io) => Promise<number>; help: { zh: string; en: string } };

export const COMMANDS: Record<string, Command> = {
  validate: { run: validateCommand, help: validateHelp },
  cells: { run: cellsCommand, help: cellsHelp },
  sample: { run: sampleCommand, help: sampleHelp },
  tabulate: { run: tabulateCommand, help: tabulateHelp },
  rollup: { run: rollupCommand, help: rollupHelp },
  ledger: { run: ledgerCommand, help: ledgerHelp },
  check: { run: checkCommand, help: checkHelp },
  render: { run: renderCommand, help: renderHelp },
  parse: { run: parseCommand, help: parseHelp },
  catalog: { run: catalogCommand, help: catalogHelp },
};

function usage(lang: "zh" | "en"): string {
  const head =
    lang === "en"
      ? "disclosure — 政府信息公开工作年度报告 toolkit\n\nCommands:\n"
      : "disclosure — 政府信息公开工作年度报告工具\n\n命令：\n";
  const tail =
    lang === "en"
      ? "\nCommon options: --json (machine-readable output), --lang en|zh. Exit status: 0 ok, 1 findings, 2 unusable input.\n"
      : "\n通用选项：--json（机器可读输出），--lang en|zh。退出码：0 正常，1 有问题，2 输入无法使用。\n";
  return (
    head +
    Object.values(COMMANDS)
      .map((c) => `  ${c.help[lang]}\n`)
      .join("") +
    tail
  );
}

/** Runs the command line; returns the exit status. */
export async function run(argv: string[], io: Io = nodeIo): Promise<number> {
  const lang = argv.includes("en") && argv[argv.indexOf("en") - 1] === "--lang" ? "en" : "zh";
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(usage(lang));
    return name ? EXIT.ok : EXIT.unusable;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(lang === "en" ? `unknown command: ${name}\n\n` : `未知命令：${name}\n\n`);
    io.stderr(usage(lang));
    return EXIT.unusable;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(`${command.help[lang]}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
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
  run(argv).then(
    (code) => {
      process.exitCode = code;
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
