// Options as data. Each option is declared once — its value, its meaning in Chinese and
// English, an example — and parseArgs' configuration, the check of its value and the help
// text are all made from that one declaration, so they cannot drift apart.
import { DateStringSchema, type Message } from "@disclosure/schema";
import { CliError } from "./io.js";
import { didYouMean, nearest } from "./suggest.js";

/** One option: how it is typed, what it means, and how its text becomes the value a command uses. */
export interface Opt<V = unknown, R extends boolean = boolean> {
  readonly type: "string" | "boolean";
  readonly short?: string;
  /** The value's placeholder in help (年 / Y); absent for a flag. */
  readonly value?: Message;
  readonly meaning: Message;
  /** The option as one types it: "--year 2024". */
  readonly example: string;
  readonly required: R;
  /** An input file (must exist and not be empty) or an output file (its folder must exist). */
  readonly file?: "input" | "output";
  /** The value from its text; throws a CliError naming the option (exit 2). */
  readonly read: (text: string, flag: string) => V;
}

export type Options = Readonly<Record<string, Opt>>;

/** The values a command receives: typed, required ones always present. */
export type Values<O extends Options> = {
  -readonly [K in keyof O]: O[K] extends Opt<infer V, infer R> ? (R extends true ? V : V | undefined) : never;
};

function option<V>(
  type: "string" | "boolean",
  decl: Pick<Opt, "value" | "meaning" | "example" | "file" | "short">,
  read: (text: string, flag: string) => V,
): Opt<V, false> {
  return { type, ...decl, read, required: false };
}

/** The option, required: the command does not start without it. */
export function required<V>(o: Opt<V, boolean>): Opt<V, true> {
  return { ...o, required: true };
}

/** A rejected option value: "--year 须为…：abc" / "--year must be …: abc". */
export function badValue(flag: string, text: string, rule: Message, hint: Message = { zh: "", en: "" }) {
  return new CliError({
    zh: `${flag} ${rule.zh}：${text}${hint.zh}`,
    en: `${flag} ${rule.en}: ${text}${hint.en}`,
  });
}

/** An option without a value. */
export function flag(meaning: Message, example: string, short?: string): Opt<boolean, false> {
  return option("boolean", { meaning, example, ...(short ? { short } : {}) }, () => true);
}

/** Free text (a name, a title). */
export function text(value: Message, meaning: Message, example: string): Opt<string, false> {
  return option("string", { value, meaning, example }, (t) => t);
}

/** A file to read. */
export function inputFile(meaning: Message, example: string): Opt<string, false> {
  return option("string", { value: FILE, meaning, example, file: "input" }, (t) => t);
}

/** A file to write (written whole or not at all). */
export function outputFile(meaning: Message, example: string): Opt<string, false> {
  return option("string", { value: FILE, meaning, example, file: "output", short: "o" }, (t) => t);
}

const FILE: Message = { zh: "文件", en: "file" };
const FIRST_YEAR = 2008; // 《政府信息公开条例》 took effect on 2008-05-01
const LAST_YEAR = 2100;

/** A report year, 2008 to 2100. */
export function year(meaning: Message, example: string): Opt<number, false> {
  const read = (t: string, f: string) => {
    const n = Number(t);
    if (!/^\d{4}$/.test(t) || n < FIRST_YEAR || n > LAST_YEAR) {
      throw badValue(f, t, {
        zh: `须为 ${FIRST_YEAR} 至 ${LAST_YEAR} 之间的年份`,
        en: `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`,
      });
    }
    return n;
  };
  return option("string", { value: { zh: "年", en: "Y" }, meaning, example }, read);
}

/** A calendar date YYYY-MM-DD that exists (not 2020-02-30), 1949 to 2100. */
export function date(meaning: Message, example: string): Opt<string, false> {
  const read = (t: string, f: string) => {
    const y = Number(t.slice(0, 4));
    if (!DateStringSchema.safeParse(t).success || y < 1949 || y > LAST_YEAR) {
      throw badValue(f, t, {
        zh: `须为 1949 至 ${LAST_YEAR} 年间实际存在的日期，写作 YYYY-MM-DD`,
        en: `must be a real date from 1949 to ${LAST_YEAR}, written YYYY-MM-DD`,
      });
    }
    return t;
  };
  return option("string", { value: { zh: "日期", en: "YYYY-MM-DD" }, meaning, example }, read);
}

/** A whole number ≥ 0 (not 1.5, not 1e309, not -5). */
export function count(meaning: Message, example: string): Opt<number, false> {
  const read = (t: string, f: string) => {
    const n = Number(t);
    if (!/^\d+$/.test(t) || !Number.isSafeInteger(n)) {
      throw badValue(f, t, { zh: "须为不小于 0 的整数", en: "must be a whole number ≥ 0" });
    }
    return n;
  };
  return option("string", { value: { zh: "数", en: "N" }, meaning, example }, read);
}

/** A whole number, negative too. */
export function integer(meaning: Message, example: string): Opt<number, false> {
  const read = (t: string, f: string) => {
    const n = Number(t);
    if (!/^-?\d+$/.test(t) || !Number.isSafeInteger(n)) {
      throw badValue(f, t, { zh: "须为整数", en: "must be a whole number" });
    }
    return n;
  };
  return option("string", { value: { zh: "数", en: "N" }, meaning, example }, read);
}

/** The canonical names of a word list (the values, in order, once each). */
export function canonical(words: Readonly<Record<string, string>>): string[] {
  return [...new Set(Object.values(words))];
}

/** A word from a list; `words` maps every accepted spelling to the value the API takes. */
function readWord<V extends string>(words: Readonly<Record<string, V>>, t: string, f: string): V {
  const v = words[t] ?? words[t.toLowerCase()];
  if (v !== undefined) return v;
  const names = canonical(words);
  throw badValue(
    f,
    t,
    { zh: `须为 ${names.join("、")} 之一`, en: `must be one of ${names.join(", ")}` },
    didYouMean(nearest(t, Object.keys(words))),
  );
}

/** One of a list of words, each mapped to the value the API takes (`md` → `markdown`). */
export function choice<V extends string>(
  words: Readonly<Record<string, V>>,
  meaning: Message,
  example: string,
): Opt<V, false> {
  const names = canonical(words).join("|");
  return option("string", { value: { zh: names, en: names }, meaning, example }, (t, f) =>
    readWord(words, t, f),
  );
}

/** A comma-separated list of words (full-width commas too); empty for none. */
export function list<V extends string>(
  words: Readonly<Record<string, V>>,
  meaning: Message,
  example: string,
): Opt<V[], false> {
  const names = canonical(words).join(",");
  const read = (t: string, f: string) =>
    t
      .split(/[,，]/)
      .map((w) => w.trim())
      .filter(Boolean)
      .map((w) => readWord(words, w, f));
  return option("string", { value: { zh: names, en: names }, meaning, example }, read);
}

/** Every command's options: help and the language of messages. */
export const COMMON = {
  lang: choice(
    { zh: "zh", en: "en" } as const,
    { zh: "提示和输出的语言（默认中文）", en: "the language of messages and output (Chinese by default)" },
    "--lang en",
  ),
  help: flag({ zh: "显示本命令的帮助", en: "show this command's help" }, "--help", "h"),
} as const;

export type WithCommon<O extends Options> = O & typeof COMMON;

/** --json, as every command that has a machine-readable output declares it. */
export function jsonOption(): Opt<boolean, false> {
  return flag({ zh: "输出机器可读的 JSON", en: "print machine-readable JSON" }, "--json");
}

/** --format 2021|2019: the version of the statutory format (the API's FormatId). */
export function formatOption(meaning?: Message): Opt<"2021" | "2019", false> {
  return choice(
    { "2021": "2021", "2019": "2019" } as const,
    meaning ?? {
      zh: "报告格式：2021 年版或 2019 年版（读单元格数据时须给出）",
      en: "the report format, the 2021 or the 2019 version (needed to read cells)",
    },
    "--format 2021",
  );
}

/** --agency: the agency a report is of. */
export function agencyOption(meaning?: Message): Opt<string, false> {
  return text(
    { zh: "机关", en: "name" },
    meaning ?? { zh: "报告机关的名称", en: "the reporting agency's name" },
    "--agency 盐池县人民政府",
  );
}

/** --year, --format and --agency: what a cells file does not say of itself, for a command reading a report. */
export function reportInputOptions(yearExample: string) {
  return {
    year: year(
      { zh: "报告年度（读单元格数据时须给出）", en: "the report year (needed to read cells)" },
      yearExample,
    ),
    format: formatOption(),
    agency: agencyOption(),
  };
}

/** -o: the file to write, standard output without it. */
export function outputOrStdout(example: string): Opt<string, false> {
  return outputFile(
    { zh: "写入该文件，而非标准输出", en: "write to this file instead of standard output" },
    example,
  );
}
