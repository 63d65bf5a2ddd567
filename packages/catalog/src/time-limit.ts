/**
 * `parseTimeLimit`: a 公开时限 phrase as catalogs print it → a structured rule (catalog.md §4).
 * Unknown wordings come back as `{ kind: "unparsed" }` with a warning; nothing is guessed.
 */
import type { Duration, ParsedTimeLimit, SimpleRule, StartEvent, TimeLimitRule } from "./item";
import { normalizeText } from "./normalize";
import {
  CHINESE_DIGITS,
  CONSULTATION_PERIOD_PATTERN,
  DISPLAY_PERIOD_PATTERN,
  DURATION_UNITS,
  DYNAMIC_WORDS,
  GENERIC_SUBJECTS,
  LAW_OVERRIDES_PATTERN,
  ONGOING_WORDS,
  PART_INTRODUCERS,
  PER_REGULATION_WORDS,
  PERIODIC_WORDS,
  PREVIOUS_YEAR_WORDS,
  PROMPT_WORDS,
  REALTIME_WORDS,
  SAME_AS_ABOVE_WORDS,
  START_EVENT_PHRASES,
} from "./standard/time-limit-words";

const CN_NUM = `[${Object.keys(CHINESE_DIGITS).join("")}十百]+`;
const UNIT_ALTERNATION = DURATION_UNITS.flatMap((u) => u.words).join("|");
const CN_NUMBER_BEFORE_UNIT = new RegExp(`(${CN_NUM})(?=${UNIT_ALTERNATION})`, "gu");
const DURATION = new RegExp(`(\\d+)(${UNIT_ALTERNATION})`, "u");
const ANNUAL_DATE = /每年(\d{1,2})月(\d{1,2})日(?:前|之前|以前)/u;
const ANNUAL_MONTH_END = /每年(\d{1,2})月底(?:前|之前|以前)?/u;

/** Chinese numeral (二十, 十五, 七, 一百二十) → number; NaN when not a numeral. */
function chineseToNumber(s: string): number {
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === "百") {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (c === "十") {
      total += (digit || 1) * 10;
      digit = 0;
    } else if (c in CHINESE_DIGITS) {
      digit = CHINESE_DIGITS[c];
    } else return Number.NaN;
  }
  return total + digit;
}

function unitOf(word: string): Duration["unit"] {
  for (const u of DURATION_UNITS) if (u.words.includes(word)) return u.unit;
  throw new Error(`unknown duration unit ${word}`);
}

function lastDayOfMonth(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/** The scope of a composite part: the words before its start event, without filler. */
function cleanSubject(prefix: string): string | undefined {
  let s = prefix;
  for (const p of PART_INTRODUCERS) if (s.startsWith(p)) s = s.slice(p.length);
  s = s.replace(/^[自在于]/u, "").replace(/[应自在于的之该]+$/u, "");
  s = s.replace(/[、,]+$/u, "");
  return GENERIC_SUBJECTS.includes(s) ? undefined : s;
}

type Segment = { appliesTo?: string; rule: SimpleRule | null };

/** One clause → a rule, `null` when it carries no time limit at all (a note), or unparsed. */
function parseSegment(text: string): Segment {
  let seg = text;
  for (const p of PART_INTRODUCERS) if (seg.startsWith(p)) seg = seg.slice(p.length);
  let label: string | undefined;
  const colon = seg.indexOf(":");
  if (colon > 0) {
    label = seg.slice(0, colon);
    seg = seg.slice(colon + 1);
  }
  const withLabel = (rule: SimpleRule | null, subject?: string): Segment =>
    label !== undefined ? { appliesTo: label, rule } : subject ? { appliesTo: subject, rule } : { rule };

  if (SAME_AS_ABOVE_WORDS.includes(seg)) return withLabel({ kind: "sameAsAbove" });

  const annual = ANNUAL_DATE.exec(seg) ?? ANNUAL_MONTH_END.exec(seg);
  if (annual) {
    const month = Number(annual[1]);
    const day = annual[2] !== undefined ? Number(annual[2]) : lastDayOfMonth(month);
    if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(month))
      return withLabel({ kind: "unparsed", text });
    const covers = includesAny(seg, PREVIOUS_YEAR_WORDS) ? "previousYear" : "currentYear";
    return withLabel({ kind: "annualDate", month, day, covers });
  }

  const duration = DURATION.exec(seg);
  if (duration) {
    const limit: Duration = { amount: Number(duration[1]), unit: unitOf(duration[2]) };
    const before = seg.slice(0, duration.index);
    for (const { event, phrases } of START_EVENT_PHRASES) {
      for (const phrase of phrases) {
        const at = before.indexOf(phrase);
        if (at < 0) continue;
        return withLabel({ kind: "within", start: event, limit }, cleanSubject(before.slice(0, at)));
      }
    }
    const rest = before.replace(/^(?:自|在)/u, "");
    const dateStart = /^(.+?)(?:之日起|之日|后|起)$/u.exec(rest);
    if (dateStart) {
      const start: StartEvent = { other: dateStart[1] };
      return withLabel({ kind: "within", start, limit });
    }
    if (rest === "" || rest === "于") {
      // A bare "20个工作日内": the 条例第二十六条 default clock, or the decision for a 决定 part.
      const start = label?.includes("决定") ? "decisionMade" : "formedOrChanged";
      return withLabel({ kind: "within", start, limit });
    }
    return withLabel({ kind: "unparsed", text });
  }

  if (includesAny(seg, REALTIME_WORDS)) return withLabel({ kind: "realtime" });
  if (includesAny(seg, ONGOING_WORDS)) {
    return withLabel(
      includesAny(seg, DYNAMIC_WORDS) ? { kind: "ongoing", dynamic: true } : { kind: "ongoing" },
    );
  }
  for (const { words, every } of PERIODIC_WORDS) {
    if (includesAny(seg, words)) return withLabel({ kind: "periodic", every });
  }
  if (includesAny(seg, PER_REGULATION_WORDS)) return withLabel({ kind: "perRegulation" });
  if (includesAny(seg, PROMPT_WORDS)) return withLabel({ kind: "prompt" });
  if (/\d/u.test(seg)) return withLabel({ kind: "unparsed", text });
  return { rule: null };
}

/** Does a clause say anything about time? */
function bearsRule(text: string): boolean {
  const s = parseSegment(text);
  return s.rule !== null && s.rule.kind !== "unparsed";
}

/** Split into clauses: sentences, numbered parts "1." "2、", and comma-joined parts that each carry a rule. */
function splitClauses(text: string): string[] {
  const sentences = text
    .split(/[;。]|(?=其中)/u)
    .flatMap((s) => s.split(/(?:^|(?<=[,，]))\d+[.、)](?!\d)/u))
    .map((s) => s.replace(/^[,、]+|[,、]+$/gu, ""))
    .filter((s) => s.length > 0);
  const out: string[] = [];
  for (const s of sentences) {
    const parts = s.split(",").filter((p) => p.length > 0);
    const ruled = parts.filter(bearsRule);
    if (parts.length > 1 && ruled.length > 1) out.push(...parts);
    else out.push(s);
  }
  return out;
}

function warnUnparsed(raw: string): ParsedTimeLimit {
  return {
    raw,
    rule: { kind: "unparsed", text: raw },
    warning:
      raw.trim() === ""
        ? { zh: "公开时限为空", en: "the time limit is empty" }
        : {
            zh: `无法识别的公开时限"${raw}"，未推定期限`,
            en: `unrecognised time limit "${raw}"; no deadline assumed`,
          },
  };
}

/**
 * Parse a 公开时限 cell into its rule. Never throws: a wording it does not know is returned as
 * `{ kind: "unparsed" }` with a bilingual `warning`. Posting periods (公示7个工作日) go to
 * `displayPeriod`, "法律、法规…从其规定" sets `lawOverrides`; Traditional characters, full-width
 * digits and line breaks inside the phrase are accepted.
 *
 * @example
 * parseTimeLimit("信息形成或变更之日起20个工作日内").rule;
 * //=> { kind: "within", start: "formedOrChanged", limit: { amount: 20, unit: "workingDay" } }
 * parseTimeLimit("制定或获取信息之日起10个工作日内，公示7个工作日").displayPeriod;
 * //=> { amount: 7, unit: "workingDay" }   (盐池县 民政局 低保 审核信息)
 * parseTimeLimit("看情况").rule; //=> { kind: "unparsed", text: "看情况" }
 */
export function parseTimeLimit(raw: string): ParsedTimeLimit {
  let text = normalizeText(raw).replace(CN_NUMBER_BEFORE_UNIT, (m) => {
    const n = chineseToNumber(m);
    return Number.isNaN(n) ? m : String(n);
  });
  if (text === "") return warnUnparsed(raw);
  const result: Omit<ParsedTimeLimit, "raw" | "rule"> = {};
  if (LAW_OVERRIDES_PATTERN.test(text)) {
    result.lawOverrides = true;
    text = text.replace(LAW_OVERRIDES_PATTERN, "");
  }
  const display = DISPLAY_PERIOD_PATTERN.exec(text);
  if (display) {
    result.displayPeriod = { amount: Number(display[1]), unit: unitOf(display[2]) };
    text = text.replace(DISPLAY_PERIOD_PATTERN, "");
  }
  const consultation = CONSULTATION_PERIOD_PATTERN.exec(text);
  if (consultation) {
    result.consultationPeriod = { amount: Number(consultation[1]), unit: unitOf(consultation[2]) };
    text = text.replace(CONSULTATION_PERIOD_PATTERN, "");
  }
  const segments = splitClauses(text).map((c) => ({ clause: c, ...parseSegment(c) }));
  const ruled = segments.filter((s) => s.rule !== null);
  const notes = segments.filter((s) => s.rule === null).map((s) => s.clause);
  if (ruled.length === 0 || ruled.some((s) => s.rule?.kind === "unparsed")) return warnUnparsed(raw);
  let rule: TimeLimitRule;
  if (ruled.length === 1) rule = ruled[0].rule as SimpleRule;
  else {
    rule = {
      kind: "composite",
      parts: ruled.map((s) =>
        s.appliesTo !== undefined
          ? { appliesTo: s.appliesTo, rule: s.rule as SimpleRule }
          : { rule: s.rule as SimpleRule },
      ),
    };
  }
  const out: ParsedTimeLimit = { raw, rule, ...result };
  if (notes.length > 0) out.note = notes.join("；");
  return out;
}

/**
 * Replace `sameAsAbove` ("同上") by the rule of the row above; `previous` is that row's time
 * limit (already resolved). Without a row above, "同上" stays and gets a warning.
 *
 * @example
 * const above = parseTimeLimit("信息形成之日起20个工作日内");
 * resolveSameAsAbove(parseTimeLimit("同上"), above).rule.kind; //=> "within"
 */
export function resolveSameAsAbove(
  timeLimit: ParsedTimeLimit,
  previous: ParsedTimeLimit | undefined,
): ParsedTimeLimit {
  if (timeLimit.rule.kind !== "sameAsAbove") return timeLimit;
  if (!previous) {
    return {
      ...timeLimit,
      warning: { zh: "“同上”没有可参照的上一行", en: '"同上" (same as above) has no row above' },
    };
  }
  const { raw: _raw, warning: _warning, ...rest } = previous;
  return { ...rest, raw: timeLimit.raw, resolvedFrom: previous.resolvedFrom ?? previous.raw };
}
