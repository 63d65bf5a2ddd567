// Help text, made from the commands' declarations: every option with its meaning and an
// example, in Chinese or English.
import { type CommandSpec, allOptions } from "./args.js";
import type { Lang } from "./io.js";
import type { Opt } from "./options.js";

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      c >= 0x20000;
    w += wide ? 2 : 1;
  }
  return w;
}

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

const WORDS = {
  zh: {
    usage: "用法",
    options: "选项",
    examples: "示例",
    required: "（必填）",
    eg: "例",
    colon: "：",
    options_: "[选项]",
  },
  en: {
    usage: "Usage",
    options: "Options",
    examples: "Examples",
    required: " (required)",
    eg: "e.g.",
    colon: ": ",
    options_: "[options]",
  },
} as const;

function optionLeft(name: string, o: Opt, lang: Lang): string {
  const flag = `${o.short ? `-${o.short}, ` : "    "}--${name}`;
  return o.value ? `${flag} <${o.value[lang]}>` : flag;
}

/** `disclosure <command> --help`. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  const w = WORDS[lang];
  const rows = Object.entries(allOptions(spec)).map(([name, o]) => ({
    left: optionLeft(name, o, lang),
    right: `${o.meaning[lang]}${o.required ? w.required : ""}${lang === "en" ? "; " : "。"}${w.eg} ${o.example}`,
  }));
  const width = Math.max(...rows.map((r) => displayWidth(r.left)));
  const args = spec.args[lang];
  return [
    `${w.usage}${w.colon}disclosure ${spec.name}${args ? ` ${args}` : ""} ${w.options_}`,
    "",
    `  ${spec.summary[lang]}`,
    "",
    `${w.options}${w.colon.trimEnd()}`,
    ...rows.map((r) => `  ${pad(r.left, width)}  ${r.right}`),
    "",
    `${w.examples}${w.colon.trimEnd()}`,
    ...spec.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

/** The list of commands (or of a group's subcommands) with one line each. */
export function commandList(specs: readonly CommandSpec[], lang: Lang): string {
  const rows = specs.map((s) => ({ left: `disclosure ${s.name}`, summary: s.summary[lang] }));
  const width = Math.max(...rows.map((r) => displayWidth(r.left)));
  return rows.map((r) => `  ${pad(r.left, width)}  ${r.summary}\n`).join("");
}
