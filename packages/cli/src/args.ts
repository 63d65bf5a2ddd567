import { type ParseArgsConfig, parseArgs } from "node:util";
import type { FormatId } from "@disclosure/schema";
import { CliError, type Lang } from "./io.js";

/** Options every command accepts. */
export const COMMON_OPTIONS = {
  json: { type: "boolean" },
  lang: { type: "string" },
  year: { type: "string" },
  format: { type: "string" },
  agency: { type: "string" },
  output: { type: "string", short: "o" },
  help: { type: "boolean", short: "h" },
} as const;

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

export function parse<T extends OptionSpec = Record<never, never>>(argv: string[], extra?: T) {
  try {
    const options = { ...COMMON_OPTIONS, ...(extra ?? {}) } as typeof COMMON_OPTIONS & T;
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CliError({ zh: `参数错误：${msg}`, en: `bad arguments: ${msg}` });
  }
}

export function langOf(v: unknown): Lang {
  return v === "en" ? "en" : "zh";
}

export function yearOf(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 2008 || n > 2100) {
    throw new CliError({
      zh: `--year 应为 2008 至今的整数：${String(v)}`,
      en: `--year must be an integer from 2008 on: ${String(v)}`,
    });
  }
  return n;
}

export function formatOf(v: unknown): FormatId | undefined {
  if (v === undefined) return undefined;
  if (v === "2021" || v === "2019") return v;
  throw new CliError({
    zh: `--format 应为 2021 或 2019：${String(v)}`,
    en: `--format must be 2021 or 2019: ${String(v)}`,
  });
}
