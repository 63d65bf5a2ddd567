// A command's arguments read against its declaration: every option known, given once, with
// a value that passes its check, the positionals counted, required options present, ranges
// in order — all before any work starts. Anything else is a bilingual CliError (exit 2).
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { Message } from "@disclosure/schema";
import { CliError, type Lang } from "./io.js";
import { COMMON, type Options, type Values, type WithCommon } from "./options.js";
import { didYouMean, nearest } from "./suggest.js";

/** The fewest positionals a command takes. */
export type MinPositionals = 0 | 1 | 2;

/** The positionals once counted: at least `N` of them, typed so. */
export type Positionals<N extends MinPositionals> = N extends 2
  ? [string, string, ...string[]]
  : N extends 1
    ? [string, ...string[]]
    : string[];

/** What a command is, as data: its arguments, options, meaning and examples. */
export interface CommandSpec<O extends Options = Options, N extends MinPositionals = MinPositionals> {
  /** "tabulate", "catalog coverage". */
  readonly name: string;
  /** The positionals as help shows them: "<记录文件…>" / "<records…>". */
  readonly args: Message;
  /** How many positionals, and whether they are files to read. */
  readonly positionals: { readonly min: N; readonly max: number; readonly files?: boolean };
  /** One line: what the command does. */
  readonly summary: Message;
  readonly options: O;
  /** Whole command lines. */
  readonly examples: readonly string[];
  /** Pairs of options whose values must come in order (--from ≤ --to). */
  readonly ordered?: readonly (readonly [keyof O & string, keyof O & string])[];
}

export interface Parsed<O extends Options, N extends MinPositionals = MinPositionals> {
  values: Values<WithCommon<O>>;
  positionals: Positionals<N>;
  lang: Lang;
}

/** The language asked for anywhere in argv (--lang en, --lang=en), for messages before parsing. */
export function langIn(argv: readonly string[]): Lang {
  const i = argv.lastIndexOf("--lang");
  if (i >= 0 && argv[i + 1] === "en") return "en";
  return argv.includes("--lang=en") ? "en" : "zh";
}

/** The spec's options with the common ones (help, lang). */
export function allOptions<O extends Options>(spec: CommandSpec<O>): WithCommon<O> {
  return { ...spec.options, ...COMMON };
}

/** parseArgs' configuration, made from the declarations. */
export function parseArgsOptions(options: Options): NonNullable<ParseArgsConfig["options"]> {
  return Object.fromEntries(
    Object.entries(options).map(([name, o]) => [
      name,
      { type: o.type, ...(o.short ? { short: o.short } : {}) },
    ]),
  );
}

/** "--year <年>" for messages. */
export function flagOf(name: string, options: Options, lang: Lang): string {
  const v = options[name]?.value;
  return v ? `--${name} <${lang === "en" ? v.en : v.zh}>` : `--${name}`;
}

function unknownOption<O extends Options>(raw: string, spec: CommandSpec<O>, options: Options): CliError {
  const names = Object.entries(options).flatMap(([n, o]) => [`--${n}`, ...(o.short ? [`-${o.short}`] : [])]);
  const hint = didYouMean(nearest(raw, names));
  return new CliError({
    zh: `disclosure ${spec.name} 没有选项 ${raw}${hint.zh}（disclosure ${spec.name} --help 列出全部选项）`,
    en: `disclosure ${spec.name} has no option ${raw}${hint.en} (disclosure ${spec.name} --help lists them all)`,
  });
}

type Token = NonNullable<ReturnType<typeof parseArgs>["tokens"]>[number];

/** The text of every option given, by name; unknown, repeated or value-less options rejected. */
function optionTexts<O extends Options>(
  tokens: readonly Token[],
  spec: CommandSpec<O>,
  options: Options,
): Map<string, string> {
  const texts = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind !== "option") continue;
    const o = options[t.name];
    if (!o) throw unknownOption(t.rawName, spec, options);
    const flag = `--${t.name}`;
    if (texts.has(t.name)) {
      throw new CliError({ zh: `${flag} 只能给一次`, en: `${flag} can be given only once` });
    }
    if (o.type === "boolean") {
      if (t.value !== undefined) {
        throw new CliError({ zh: `${flag} 不带取值：${t.rawName}=${t.value}`, en: `${flag} takes no value` });
      }
      texts.set(t.name, "");
      continue;
    }
    // `--year --json`: parseArgs takes the next option for the value; that is a missing value.
    if (t.value === undefined || (!t.inlineValue && /^--./.test(t.value))) {
      throw new CliError({
        zh: `${flag} 缺少取值，例：${o.example}`,
        en: `${flag} needs a value, e.g. ${o.example}`,
      });
    }
    texts.set(t.name, t.value);
  }
  return texts;
}

function checkPositionals<O extends Options, N extends MinPositionals>(
  spec: CommandSpec<O, N>,
  positionals: string[],
): asserts positionals is Positionals<N> {
  const { min, max } = spec.positionals;
  if (positionals.length < min) {
    throw new CliError({
      zh: `请给出 ${spec.args.zh}，例：${spec.examples[0]}`,
      en: `give ${spec.args.en}, e.g. ${spec.examples[0]}`,
    });
  }
  if (positionals.length > max) {
    const extra = positionals.slice(max).join(" ");
    throw new CliError({
      zh: `多余的参数：${extra}（disclosure ${spec.name} 只接受 ${spec.args.zh || "选项"}）`,
      en: `unexpected argument: ${extra} (disclosure ${spec.name} takes ${spec.args.en || "options only"})`,
    });
  }
}

/** Values in order: a reversed range is refused before any work. */
function checkOrder<O extends Options>(spec: CommandSpec<O>, values: Record<string, unknown>): void {
  for (const [lo, hi] of spec.ordered ?? []) {
    const a = values[lo];
    const b = values[hi];
    if (a !== undefined && b !== undefined && String(a) > String(b)) {
      throw new CliError({
        zh: `--${lo} ${a} 晚于 --${hi} ${b}：起止顺序颠倒`,
        en: `--${lo} ${a} is after --${hi} ${b}: the range is reversed`,
      });
    }
  }
}

/** Reads argv against a command's declaration; throws a bilingual CliError (exit 2) on anything amiss. */
export function parseCommandArgs<O extends Options, N extends MinPositionals>(
  spec: CommandSpec<O, N>,
  argv: string[],
): Parsed<O, N> {
  const options: Options = allOptions(spec);
  const lang = langIn(argv);
  const { tokens, positionals } = parseArgs({
    args: argv,
    options: parseArgsOptions(options),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const texts = optionTexts(tokens ?? [], spec, options);
  const values: Record<string, unknown> = {};
  for (const [name, o] of Object.entries(options)) {
    const t = texts.get(name);
    if (t !== undefined) values[name] = o.read(t, `--${name}`);
    else if (o.required) {
      throw new CliError({
        zh: `缺少 ${flagOf(name, options, "zh")}（${o.meaning.zh}），例：${o.example}`,
        en: `missing ${flagOf(name, options, "en")} (${o.meaning.en}), e.g. ${o.example}`,
      });
    }
  }
  checkPositionals(spec, positionals);
  checkOrder(spec, values);
  return { values: values as Values<WithCommon<O>>, positionals, lang };
}
