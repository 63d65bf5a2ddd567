/**
 * `parseTimeLimit`: a 公开时限 phrase as catalogs print it → a structured rule (catalog.md §4).
 * Unknown wordings come back as `{ kind: "unparsed" }` with a warning; nothing is guessed.
 */
import type { Duration, ParsedTimeLimit, PeriodDue, SimpleRule, StartEvent, TimeLimitRule } from "./item.js";
import { normalizeText } from "./normalize.js";
import {
  CHINESE_DIGITS,
  CONSULTATION_PERIOD_PATTERN,
  CURRENT_MONTH_WORDS,
  DISPLAY_PERIOD_PATTERN,
  DURATION_UNITS,
  DYNAMIC_WORDS,
  EACH_WORDS,
  FIRST_HALF_WORD,
  GENERIC_SUBJECTS,
  INEXACT_WORDS,
  LAW_OVERRIDES_PATTERN,
  NEXT_YEAR_WORDS,
  ONGOING_WORDS,
  PART_INTRODUCERS,
  PER_REGULATION_WORDS,
  PERIOD_END_WORDS,
  PERIOD_NOUNS,
  PERIODIC_WORDS,
  PREVIOUS_MONTH_WORDS,
  PREVIOUS_YEAR_WORDS,
  PROMPT_WORDS,
  QUARTER_ORDINALS,
  REALTIME_WORDS,
  SAME_AS_ABOVE_WORDS,
  SECOND_HALF_WORD,
  START_EVENT_PHRASES,
  START_LINK_WORDS,
  WITHIN_TAIL_PATTERN,
} from "./standard/time-limit-words.js";

type Every = "month" | "quarter" | "halfYear" | "year";

const alt = (words: readonly string[]) => words.join("|");
const CN_NUMERAL_CHARS = `${Object.keys(CHINESE_DIGITS).join("")}十百`;
const UNIT_ALTERNATION = alt(DURATION_UNITS.flatMap((u) => u.words));
/** A Chinese numeral before a unit, a month (三月) or a day (十五号) — not after a digit (1十五个月). */
const CN_NUMBER_BEFORE_UNIT = new RegExp(
  `(?<!\\d)([${CN_NUMERAL_CHARS}]+)(?=${UNIT_ALTERNATION}|月|号)`,
  "gu",
);
/** A count in words the parser does not read as a number (二二个工作日, 半个月, 几个工作日). */
const UNREAD_COUNT = new RegExp(`[${CN_NUMERAL_CHARS}半几数多]+(?:${UNIT_ALTERNATION}|月)`, "u");
/** A number that is not a whole count: 1.5, -5, 1e5, or a range 5至10 / 10~20. */
const INEXACT_NUMBER = /[+\-−]\d+(?:\.\d+)?|\d+\.\d+|\d+[eE][+\-−]?\d+|\d+(?:[-~—]|至|到)\d+/u;
const DURATION = new RegExp(`(\\d+)(${UNIT_ALTERNATION})`, "u");
const START_LINK = new RegExp(
  `^(?:[\\p{Script=Han}()]*?(?:${alt(START_LINK_WORDS)}))?[,、]?(?:在|于)?$`,
  "u",
);
const OTHER_START = new RegExp(`^(.+?)(?:${alt(START_LINK_WORDS)})[,、]?(?:在|于)?$`, "u");
const PERIOD_NOUN = alt(PERIOD_NOUNS.flatMap((n) => n.words));
/** 各季度结束后15日内, 每季度结束后15个工作日内, 每月结束后5个工作日内, 每半年结束后1个月内. */
const AFTER_PERIOD_END = new RegExp(
  `^(?:(.*?)(?:${alt(EACH_WORDS)}))?(${PERIOD_NOUN})(?:${alt(PERIOD_END_WORDS)})后(\\d+)(${UNIT_ALTERNATION})(.*)$`,
  "u",
);
/** 每月10日前 (the month before), 每月5日前公开当月… (the same month). */
const DAY_OF_MONTH = /^(.*?)每月的?(\d+)[日号](?:前|之前|以前)(.*)$/u;
const ANNUAL_DATE = /^(.*?)每年的?(\d+)月(\d+)[日号](?:前|之前|以前)(.*)$/u;
const ANNUAL_MONTH_END = /^(.*?)每年的?(\d+)月(?:底|末)(?:前|之前|以前)?(.*)$/u;
const ANNUAL_QUARTER = new RegExp(
  `^(.*?)每年的?第?([${Object.keys(QUARTER_ORDINALS).join("")}])季度(?:末|结束)?(?:内|前|之前|以前)?(.*)$`,
  "u",
);
const ANNUAL_HALF = new RegExp(
  `^(.*?)每年的?(${FIRST_HALF_WORD}|${SECOND_HALF_WORD})(?:末|结束)?(?:内|前|之前|以前)?(.*)$`,
  "u",
);
/** 上半年…7月31日前…，下半年…次年1月31日前…: each half due on the same day of the month after it. */
const HALF_YEAR_PAIR = new RegExp(
  `^(.*?)${FIRST_HALF_WORD}(.*?)(\\d+)月(\\d+)[日号](?:前|之前|以前)(.*?)${SECOND_HALF_WORD}(.*?)(?:${alt(
    NEXT_YEAR_WORDS,
  )})(\\d+)月(\\d+)[日号](?:前|之前|以前)(.*)$`,
  "u",
);
/** Numbered parts "1." "2、" at the start of a sentence or after a comma. */
const PART_NUMBER = /(?:^|(?<=[,，]))(\d+)[.、)](?!\d)/gu;

/**
 * Chinese numeral → number: 七, 十五, 二十, 一百二十, 两百零五; NaN for anything that is not one
 * exact numeral (二二, 十十, 百二, 二〇).
 */
function chineseToNumber(s: string): number {
  const d = (c: string | undefined) => (c === undefined ? 0 : (CHINESE_DIGITS[c] ?? Number.NaN));
  if (s === "零" || s === "〇") return 0;
  const single = /^[一二两三四五六七八九]$/u.exec(s);
  if (single) return d(s);
  const tens = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(s);
  if (tens) return (tens[1] ? d(tens[1]) : 1) * 10 + d(tens[2]);
  const hundreds =
    /^([一二两三四五六七八九])百(?:零([一二三四五六七八九])|([一二三四五六七八九])十([一二三四五六七八九])?)?$/u.exec(
      s,
    );
  if (hundreds) return d(hundreds[1]) * 100 + d(hundreds[2]) + d(hundreds[3]) * 10 + d(hundreds[4]);
  return Number.NaN;
}

function unitOf(word: string): Duration["unit"] {
  for (const u of DURATION_UNITS) if (u.words.includes(word)) return u.unit;
  throw new Error(`unknown duration unit ${word}`);
}

function lastDayOfMonth(month: number): number {
  return [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
}

const includesAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));
const digitRuns = (s: string) => s.match(/\d+/gu)?.length ?? 0;

/** The scope of a composite part: the words before its start event, without filler. */
function cleanSubject(prefix: string): string | undefined {
  let s = prefix;
  for (const p of PART_INTRODUCERS) if (s.startsWith(p)) s = s.slice(p.length);
  s = s.replace(/^[自在于]/u, "").replace(/[应自在于的之该]+$/u, "");
  s = s.replace(/[、,]+$/u, "");
  return GENERIC_SUBJECTS.includes(s) ? undefined : s;
}

/** What a form made of a clause: a rule (with its scope), or the part it could not read. */
type FormResult = { rule: SimpleRule; subject?: string | undefined } | { unread: string } | undefined;

/**
 * A rule read from a form with free words around it (the subject before, what is published
 * after): kept only when those words hold no other number and the clause nothing that makes
 * the number inexact (或, 前后, 不超过 …).
 */
function exactly(rule: SimpleRule, seg: string, numbers: number, free: readonly string[]): FormResult {
  const extra = free.find((part) => /\d/u.test(part));
  if (extra !== undefined) return { unread: extra };
  if (digitRuns(seg) !== numbers) return { unread: seg };
  const word = INEXACT_WORDS.find((w) => seg.includes(w));
  return word === undefined ? { rule } : { unread: word };
}

/** 各季度结束后15日内, 每季度结束后15个工作日内, 每月10日前, 上半年、下半年各公开一次. */
function periodicForm(seg: string): FormResult {
  const after = AFTER_PERIOD_END.exec(seg);
  if (after) {
    const [, prefix = "", noun = "", amount, unit = "", tail = ""] = after;
    const every = PERIOD_NOUNS.find((n) => n.words.includes(noun))?.every as Every;
    const due: PeriodDue = { afterEnd: { amount: Number(amount), unit: unitOf(unit) } };
    return exactly({ kind: "periodic", every, due }, seg, 1, [prefix, tail]);
  }
  const monthly = DAY_OF_MONTH.exec(seg);
  if (monthly) {
    const [, prefix = "", day, tail = ""] = monthly;
    const free = prefix + tail;
    const current = includesAny(free, CURRENT_MONTH_WORDS);
    if (current && includesAny(free, PREVIOUS_MONTH_WORDS)) return { unread: seg };
    if (Number(day) < 1 || Number(day) > 31) return { unread: `${day}日` };
    const due: PeriodDue = { day: Number(day), month: current ? "same" : "next" };
    return exactly({ kind: "periodic", every: "month", due }, seg, 1, [prefix, tail]);
  }
  if (seg.includes(FIRST_HALF_WORD) && seg.includes(SECOND_HALF_WORD)) {
    return digitRuns(seg) === 0 ? { rule: { kind: "periodic", every: "halfYear" } } : { unread: seg };
  }
  return undefined;
}

/** 每年1月31日前公开上一年度…, 每年3月底前, 每年第一季度, 每年上半年. */
function annualForm(seg: string): FormResult {
  const covers = includesAny(seg, PREVIOUS_YEAR_WORDS) ? "previousYear" : "currentYear";
  const annual = (month: number, day: number, numbers: number, free: string[]): FormResult => {
    if (month < 1 || month > 12) return { unread: `${month}月` };
    if (day < 1 || day > lastDayOfMonth(month)) return { unread: `${month}月${day}日` };
    return exactly({ kind: "annualDate", month, day, covers }, seg, numbers, free);
  };
  const date = ANNUAL_DATE.exec(seg);
  if (date) {
    const [, before = "", month, day, after = ""] = date;
    return annual(Number(month), Number(day), 2, [before, after]);
  }
  const monthEnd = ANNUAL_MONTH_END.exec(seg);
  if (monthEnd) {
    const [, before = "", m, after = ""] = monthEnd;
    const month = Number(m);
    return annual(month, lastDayOfMonth(month), 1, [before, after]);
  }
  const quarter = ANNUAL_QUARTER.exec(seg);
  if (quarter) {
    const [, before = "", q = "", after = ""] = quarter;
    const month = (QUARTER_ORDINALS[q] ?? Number.NaN) * 3;
    return annual(month, lastDayOfMonth(month), /\d/u.test(q) ? 1 : 0, [before, after]);
  }
  const half = ANNUAL_HALF.exec(seg);
  if (half) {
    const [, before = "", which, after = ""] = half;
    return which === FIRST_HALF_WORD ? annual(6, 30, 0, [before, after]) : annual(12, 31, 0, [before, after]);
  }
  return undefined;
}

/** The start of a `within` clock from the words before the number. */
function startOf(
  before: string,
  label: string | undefined,
): FormResult | { start: StartEvent; subject?: string | undefined } {
  for (const { event, phrases } of START_EVENT_PHRASES) {
    for (const phrase of phrases) {
      const at = before.indexOf(phrase);
      if (at < 0) continue;
      const link = before.slice(at + phrase.length);
      if (!START_LINK.test(link)) return { unread: link };
      return { start: event, subject: cleanSubject(before.slice(0, at)) };
    }
  }
  const rest = before.replace(/^(?:自|在)/u, "");
  const other = OTHER_START.exec(rest);
  const [, otherStart] = other ?? [];
  if (otherStart !== undefined) return { start: { other: otherStart } };
  // A bare "20个工作日内": the 条例第二十六条 default clock, or the decision for a 决定 part.
  if (rest === "" || rest === "于")
    return { start: label?.includes("决定") ? "decisionMade" : "formedOrChanged" };
  return { unread: before };
}

/** 信息形成或变更之日起20个工作日内, 决定作出后7个工作日内, 20个工作日 — one number, read whole. */
function withinForm(seg: string, label: string | undefined): FormResult {
  const duration = DURATION.exec(seg);
  if (!duration) return undefined;
  const tail = seg.slice(duration.index + duration[0].length);
  if (!WITHIN_TAIL_PATTERN.test(tail))
    return { unread: tail.replace(/^(?:内|以内|之内)?[,、]?/u, "") || tail };
  const start = startOf(seg.slice(0, duration.index), label);
  if (start === undefined || !("start" in start)) return start;
  if (digitRuns(seg) !== 1) return { unread: seg };
  const [, amount, unitWord = ""] = duration;
  const limit: Duration = { amount: Number(amount), unit: unitOf(unitWord) };
  return { rule: { kind: "within", start: start.start, limit }, subject: start.subject };
}

/** A clause without numbers: 实时, 长期（动态调整）, 每季度, 按有关规定, 及时. */
function keywordRule(seg: string): SimpleRule | undefined {
  if (includesAny(seg, REALTIME_WORDS)) return { kind: "realtime" };
  if (includesAny(seg, ONGOING_WORDS)) {
    return includesAny(seg, DYNAMIC_WORDS) ? { kind: "ongoing", dynamic: true } : { kind: "ongoing" };
  }
  for (const { words, every } of PERIODIC_WORDS) {
    if (includesAny(seg, words)) return { kind: "periodic", every };
  }
  if (includesAny(seg, PER_REGULATION_WORDS)) return { kind: "perRegulation" };
  if (includesAny(seg, PROMPT_WORDS)) return { kind: "prompt" };
  return undefined;
}

type Segment = { appliesTo?: string; rule: SimpleRule | null; unread?: string };

/**
 * One clause → a rule, `null` when it carries no time limit at all (a note), or unparsed with
 * the part not understood. A number is read only when the whole clause is one known form
 * around it; a decimal, a sign, an exponent, a range or a second number makes it unparsed.
 */
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
  const unread = (part: string): Segment => ({ ...withLabel({ kind: "unparsed", text }), unread: part });

  if (SAME_AS_ABOVE_WORDS.includes(seg)) return withLabel({ kind: "sameAsAbove" });
  const words = UNREAD_COUNT.exec(seg);
  if (words) return unread(words[0]);
  const inexact = INEXACT_NUMBER.exec(seg);
  if (inexact) return unread(inexact[0]);
  for (const form of [periodicForm, annualForm, (s: string) => withinForm(s, label)]) {
    const read = form(seg);
    if (read === undefined) continue;
    return "unread" in read ? unread(read.unread) : withLabel(read.rule, read.subject);
  }
  if (/\d/u.test(seg)) return unread(seg);
  const rule = keywordRule(seg);
  return rule ? withLabel(rule) : { rule: null };
}

/** Does a clause say anything about time? */
function bearsRule(text: string): boolean {
  const s = parseSegment(text);
  return s.rule !== null && s.rule.kind !== "unparsed";
}

/**
 * Split into clauses: sentences, numbered parts "1." "2、" (only when numbered 1, 2, 3 … in
 * order — "5、10个工作日内" is no list), and comma-joined parts that each carry a rule.
 */
function splitClauses(text: string): string[] {
  const sentences = text.split(/[;。]|(?=其中)/u);
  const numbers = sentences.flatMap((s) => [...s.matchAll(PART_NUMBER)].map((m) => Number(m[1])));
  const numbered = numbers.length > 0 && numbers.every((n, i) => n === i + 1);
  const out: string[] = [];
  for (const sentence of sentences) {
    const parts = numbered ? sentence.split(PART_NUMBER).filter((_, i) => i % 2 === 0) : [sentence];
    for (const raw of parts) {
      const s = raw.replace(/^[,、]+|[,、]+$/gu, "");
      if (s.length === 0) continue;
      const pieces = s.split(",").filter((p) => p.length > 0);
      if (pieces.length > 1 && pieces.filter(bearsRule).length > 1) out.push(...pieces);
      else out.push(s);
    }
  }
  return out;
}

/** 上半年…7月31日前，下半年…次年1月31日前 → each half due on that day of the month after it. */
function halfYearPair(text: string): SimpleRule | { unread: string } | undefined {
  const m = HALF_YEAR_PAIR.exec(text);
  if (!m) return undefined;
  const [, before = "", first = "", month1, day1, between = "", second = "", month2, day2, after = ""] = m;
  const day = Number(day1);
  if (Number(month1) !== 7 || Number(month2) !== 1 || Number(day2) !== day) return { unread: text };
  if (day < 1 || day > 31) return { unread: `${day1}日` };
  const rule: SimpleRule = { kind: "periodic", every: "halfYear", due: { day, month: "next" } };
  const read = exactly(rule, text, 4, [before, first, between, second, after]);
  return read !== undefined && "rule" in read ? read.rule : { unread: text };
}

function warnUnparsed(raw: string, part?: string): ParsedTimeLimit {
  const whole = part === undefined || part === normalizeText(raw);
  return {
    raw,
    rule: { kind: "unparsed", text: raw },
    warning:
      raw.trim() === ""
        ? { zh: "公开时限为空", en: "the time limit is empty" }
        : whole
          ? {
              zh: `无法识别的公开时限"${raw}"，未推定期限`,
              en: `unrecognised time limit "${raw}"; no deadline assumed`,
            }
          : {
              zh: `无法识别的公开时限"${raw}"：不能确定“${part}”的含义，未推定期限`,
              en: `unrecognised time limit "${raw}": "${part}" not understood; no deadline assumed`,
            },
  };
}

/**
 * Parse a 公开时限 cell into its rule. Never throws: a wording it does not know is returned as
 * `{ kind: "unparsed" }` with a bilingual `warning` naming the part not understood. A number is
 * read exactly or not at all: decimals (1.5个月), signs, exponents, ranges (5至10个工作日),
 * alternatives (10个工作日或15日内), caps (…但不超过3日) and second numbers make the cell unparsed,
 * never a different deadline. Periodic wordings carry their due date (各季度结束后15日内 →
 * `{ kind: "periodic", every: "quarter", due: { afterEnd: 15 calendar days } }`; 每月10日前 →
 * the 10th of the following month). Posting periods (公示7个工作日) go to `displayPeriod`,
 * "法律、法规…从其规定" sets `lawOverrides`; Traditional characters, full-width digits, Chinese
 * numerals and line breaks inside the phrase are accepted.
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
  // Each part taken out leaves a comma, so the words around it are not joined ("1公示3个工作日10…" is no 110).
  if (LAW_OVERRIDES_PATTERN.test(text)) {
    result.lawOverrides = true;
    text = text.replace(LAW_OVERRIDES_PATTERN, ",");
  }
  const display = DISPLAY_PERIOD_PATTERN.exec(text);
  if (display) {
    result.displayPeriod = { amount: Number(display[1]), unit: unitOf(display[2] ?? "") };
    text = text.replace(DISPLAY_PERIOD_PATTERN, ",");
  }
  const consultation = CONSULTATION_PERIOD_PATTERN.exec(text);
  if (consultation) {
    result.consultationPeriod = { amount: Number(consultation[1]), unit: unitOf(consultation[2] ?? "") };
    text = text.replace(CONSULTATION_PERIOD_PATTERN, ",");
  }
  const pair = /[;。]./u.test(text) ? undefined : halfYearPair(text);
  if (pair !== undefined)
    return "unread" in pair ? warnUnparsed(raw, pair.unread) : { raw, rule: pair, ...result };
  const segments = splitClauses(text).map((c) => ({ clause: c, ...parseSegment(c) }));
  const ruled = segments.filter((s) => s.rule !== null);
  const notes = segments.filter((s) => s.rule === null).map((s) => s.clause);
  const failed = ruled.find((s) => s.rule?.kind === "unparsed");
  if (failed) return warnUnparsed(raw, failed.unread);
  if (ruled.length === 0) return warnUnparsed(raw);
  let rule: TimeLimitRule;
  const [only] = ruled;
  if (ruled.length === 1 && only) rule = only.rule as SimpleRule;
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
