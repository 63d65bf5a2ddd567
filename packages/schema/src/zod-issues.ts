// zod's issues as ours: located by JSON path, worded in Chinese with an English twin. A key
// the schema does not know is one issue per key, with the known key it probably meant; a
// count that is not a whole number says so; a field is "missing" only when it is absent.
import type * as z from "zod/mini";
import { type Issue, message } from "./issues.js";
import { didYouMean, suggestKey } from "./suggest.js";

type Path = readonly (string | number)[];
type Schema = z.core.$ZodType;
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  valueType?: Schema;
  options?: Schema[];
  discriminator?: string;
  values?: unknown[];
  getter?: () => Schema;
}

const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "nonoptional", "readonly", "catch"]);

function defOf(s: Schema): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/** The option of a discriminated union that `value` names, if any. */
function unionOption(d: Def, value: unknown): Schema | undefined {
  if (!d.discriminator || typeof value !== "object" || value === null) return undefined;
  const tag = (value as Record<string, unknown>)[d.discriminator];
  return d.options?.find((o) => {
    const field = defOf(unwrap(o) ?? o).shape?.[d.discriminator!];
    return field !== undefined && (defOf(unwrap(field) ?? field).values ?? []).includes(tag);
  });
}

/** The schema under wrappers (optional, default, pipe …), a union resolved by the value where it can be. */
function unwrap(s: Schema, value?: unknown): Schema | undefined {
  for (let cur = s; ; ) {
    const d = defOf(cur);
    if (WRAPPERS.has(d.type)) cur = d.innerType!;
    else if (d.type === "pipe") cur = d.in!;
    else if (d.type === "lazy") cur = d.getter!();
    else if (d.type === "union") {
      const option = unionOption(d, value);
      if (!option) return cur;
      cur = option;
    } else return cur;
  }
}

/** The schema that checks the value at `path` of `input`, or undefined when it cannot be told. */
export function schemaAt(schema: Schema, path: Path, input: unknown): Schema | undefined {
  let s: Schema | undefined = schema;
  let value = input;
  for (const key of path) {
    s = s && unwrap(s, value);
    if (!s) return undefined;
    const d = defOf(s);
    if (d.type === "object") s = d.shape?.[String(key)];
    else if (d.type === "array") s = d.element;
    else if (d.type === "record") s = d.valueType;
    else return undefined;
    value = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  }
  return s && unwrap(s, value);
}

/** The keys an object schema knows (every option's, for a union). */
export function knownKeys(s: Schema | undefined): string[] {
  if (!s) return [];
  const d = defOf(s);
  if (d.type === "object") return Object.keys(d.shape ?? {});
  if (d.type === "union") return [...new Set((d.options ?? []).flatMap((o) => knownKeys(unwrap(o))))];
  return [];
}

/** The value at `path` of `input`, and whether it is there at all. */
function valueAt(input: unknown, path: Path): { present: boolean; value?: unknown } {
  let v = input;
  for (const key of path) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, key)) return { present: false };
    v = (v as Record<string, unknown>)[key];
  }
  return { present: v !== undefined, value: v };
}

/** A short display of a value for a message. */
function shown(v: unknown): string {
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  const s = typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const ZOD_TYPE_ZH: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "布尔值",
  object: "对象",
  array: "数组",
  null: "空值",
  undefined: "未填写",
};

export interface ZodIssueContext {
  /** The schema that was parsed: for the keys an object knows, and what a number must be. */
  schema?: Schema;
  /** The value that was parsed: tells a missing field from a wrong one. */
  input?: unknown;
  /** A path to put before the issue's own. */
  base?: Path;
}

type Words = { zh: string; en: string };

/** A check of a number schema as zod defines it (the same in zod and zod/mini). */
interface NumberCheckDef {
  check?: string;
  format?: string;
  value?: number;
  inclusive?: boolean;
}

function checkDefs(s: Schema): NumberCheckDef[] {
  const def = defOf(s) as Def & NumberCheckDef & { checks?: { _zod: { def: NumberCheckDef } }[] };
  return [def, ...(def.checks ?? []).map((c) => c._zod.def)];
}

/** The lower bound of a whole-number field ("must be a whole number ≥ 0"), if the schema is one. */
function wholeNumberMin(s: Schema | undefined): number | undefined {
  if (!s || defOf(s).type !== "number") return undefined;
  const checks = checkDefs(s);
  if (!checks.some((c) => c.check === "number_format" && c.format?.includes("int"))) return undefined;
  const mins = checks.flatMap((c) =>
    c.check === "greater_than" && typeof c.value === "number"
      ? [c.inclusive ? c.value : Math.floor(c.value) + 1]
      : [],
  );
  return mins.length ? Math.max(...mins) : undefined;
}

function numberWords(
  zi: z.core.$ZodIssue,
  field: string,
  fieldEn: string,
  ctx: ZodIssueContext,
): Words | undefined {
  if (zi.code !== "invalid_type" && zi.code !== "too_small" && zi.code !== "too_big") return undefined;
  const min = ctx.schema ? wholeNumberMin(schemaAt(ctx.schema, zi.path as Path, ctx.input)) : undefined;
  if (min === undefined || zi.code === "too_big") return undefined;
  const at = valueAt(ctx.input, zi.path as Path);
  if (ctx.input !== undefined && !at.present) return undefined;
  const value = at.present ? `：${shown(at.value)}` : "";
  const valueEn = at.present ? `: ${shown(at.value)}` : "";
  if (String(zi.path.at(-1)) === "year") {
    return {
      zh: `年份必须是 ${min} 至今的整数（${field}）${value}`,
      en: `year must be an integer from ${min} on (${fieldEn})${valueEn}`,
    };
  }
  return {
    zh: `${field} 须为不小于 ${min} 的整数${value}`,
    en: `${fieldEn} must be a whole number ≥ ${min}${valueEn}`,
  };
}

/** Whether the field of an invalid_type issue is absent (rather than of the wrong type). */
function isMissing(zi: z.core.$ZodIssue, ctx: ZodIssueContext): boolean {
  if ("input" in zi) return zi.input === undefined;
  if (ctx.input !== undefined) return !valueAt(ctx.input, zi.path as Path).present;
  return /received undefined$/.test(zi.message);
}

function words(zi: z.core.$ZodIssue, field: string, fieldEn: string, ctx: ZodIssueContext): Words {
  const number = numberWords(zi, field, fieldEn, ctx);
  if (number) return number;
  const last = zi.path.at(-1);
  switch (zi.code) {
    case "invalid_type": {
      const expected = String((zi as { expected?: string }).expected ?? "");
      return isMissing(zi, ctx)
        ? { zh: `缺少必填项 ${field}`, en: `${fieldEn} is required` }
        : {
            zh: `${field} 应为${ZOD_TYPE_ZH[expected] ?? expected}`,
            en: `${fieldEn} must be ${expected === "int" ? "an integer" : `a ${expected}`}`,
          };
    }
    case "too_small":
    case "too_big": {
      const bound = (zi as { minimum?: unknown }).minimum ?? (zi as { maximum?: unknown }).maximum;
      if (last === "year") {
        return {
          zh: `年份必须是 2008 至今的整数（${field}）`,
          en: `year must be an integer from 2008 on (${fieldEn})`,
        };
      }
      const small = zi.code === "too_small";
      return {
        zh: `${field} ${small ? "不能小于" : "不能大于"} ${String(bound)}`,
        en: `${fieldEn} must be ${small ? "at least" : "at most"} ${String(bound)}`,
      };
    }
    case "invalid_value": {
      const values = ((zi as { values?: unknown[] }).values ?? []).map(String).join(" / ");
      return { zh: `${field} 的取值无效，应为：${values}`, en: `${fieldEn} is not one of: ${values}` };
    }
    case "invalid_format": {
      const date = (zi as { format?: string }).format === "date";
      return {
        zh: `${field} 格式无效${date ? "，日期应为 YYYY-MM-DD" : ""}`,
        en: `${fieldEn} has an invalid format${date ? "; dates are YYYY-MM-DD" : ""}`,
      };
    }
    case "invalid_union":
      return { zh: `${field} 不符合任何一种记录类型`, en: `${fieldEn} matches none of the record types` };
    default:
      return { zh: `${field} 无效：${zi.message}`, en: `${fieldEn} is invalid: ${zi.message}` };
  }
}

/**
 * A zod issue as one of ours: located, bilingual. With the schema and the input that were
 * parsed, a count says "须为不小于 0 的整数 / must be a whole number ≥ 0" and "is required"
 * is said only of a field that is absent.
 */
export function fromZodIssue(zi: z.core.$ZodIssue, base: Path = [], ctx: ZodIssueContext = {}): Issue {
  const path = [...base, ...zi.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  const field = path.length ? path.join(".") : "(根)";
  const fieldEn = path.length ? path.join(".") : "(root)";
  const { zh, en } = words(zi, field, fieldEn, ctx);
  return {
    code: `SCHEMA-${zi.code.toUpperCase().replace(/_/g, "-")}`,
    severity: "error",
    message: { zh, en },
    location: { kind: "json", path },
  };
}

/**
 * One issue per key that an object schema does not know (SCHEMA-UNKNOWN-KEY), located at
 * the key, with the known key it probably meant:
 * "未知字段 tables.tabel3（是否应为 table3？） / unknown key tables.tabel3 (did you mean table3?)".
 */
export function unknownKeyIssues(
  zi: z.core.$ZodIssue & { keys?: readonly string[] },
  ctx: ZodIssueContext = {},
): Issue[] {
  const at = zi.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  const known = ctx.schema ? knownKeys(schemaAt(ctx.schema, at, ctx.input)) : [];
  return (zi.keys ?? []).map((key) => {
    const path = [...(ctx.base ?? []), ...at, key];
    const suggestion = suggestKey(key, known);
    const hint = didYouMean(suggestion);
    const where = path.join(".");
    return {
      code: "SCHEMA-UNKNOWN-KEY",
      severity: "error",
      location: { kind: "json", path },
      value: key,
      ...(suggestion ? { suggestion } : {}),
      message: message(`未知字段 ${where}${hint.zh}`, `unknown key ${where}${hint.en}`),
    };
  });
}

/** zod's issues as ours (see {@link fromZodIssue} and {@link unknownKeyIssues}). */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], ctx: ZodIssueContext = {}): Issue[] {
  return issues.flatMap((zi) =>
    zi.code === "unrecognized_keys" ? unknownKeyIssues(zi, ctx) : [fromZodIssue(zi, ctx.base, ctx)],
  );
}
