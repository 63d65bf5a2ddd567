// TXT-NUMBERS (spec/rules.md §F): a number the narrative states for a quantity that is
// also in a table equals that cell. The recognised phrasings are those of rules.md, in
// Simplified (Traditional text is folded first), with Chinese numerals read (四项 = 4);
// approximations (余 / 多 / 近 / 约) are skipped, and so are sentences about another year.
import { isCellNumberFailure, readCellNumber } from "@disclosure/schema";
import type { CellRef, Finding } from "../finding.js";
import { type CellSum, sumCells } from "./arith.js";
import { type CheckContext, cellName, ref, sectionText } from "./context.js";
import { prepareText, sentences, yearsIn } from "./text-normalize.js";

/** What a number in the narrative is about. */
export type ClaimKind =
  /** 新收…申请 N 件 */
  | "received"
  /** 收到 / 受理…申请 N 件: received, or received + carried in */
  | "receivedAny"
  /** 办理…申请 N 件: received, received + carried in, or the results */
  | "handled"
  /** 上年结转 N 件 */
  | "carriedIn"
  /** 办结 / 答复 N 件 */
  | "resultTotal"
  /** 结转下年度 N 件 */
  | "carriedOut"
  /** 行政复议 N 件 */
  | "review"
  /** 行政诉讼 N 件 */
  | "litigation"
  /** 制发 / 印发 / 出台规范性文件 N 件 */
  | "normativeIssued"
  /** 废止…N 件 */
  | "repealed"
  /** 现行有效…N 件 */
  | "inForce"
  /** 行政许可…N 件 */
  | "licensing"
  /** 行政处罚…N 件 */
  | "penalty"
  /** 行政事业性收费…N 万元 */
  | "fees";

/** A number stated in the narrative, with what it is about. */
export interface NumberClaim {
  readonly kind: ClaimKind;
  readonly value: number;
  /** The words matched, as prepared (whitespace removed). */
  readonly excerpt: string;
  /** For repealed / inForce: the row named (规章 or 规范性文件), when only one is. */
  readonly scope?: "rules" | "normativeDocuments";
}

const NUM = String.raw`(?<![\d.])(?<n>\d+|[零〇一二两三四五六七八九十百千万]+)`;
// A gap inside one clause: no clause punctuation, no brackets.
const G = `[^，,。；;：:！!？?、（）()《》“”"]`;
// The same inside a noun phrase that may enumerate (公民、法人和其他组织提交的…申请).
const GE = `[^，,。；;：:！!？?（）()《》“”"]`;
const APPROX_BEFORE = /(?:近|约|逾|超过|将近|大约|约计|上|达到近)$/;

interface Phrase {
  kind: ClaimKind;
  re: RegExp;
  /** Words of which every match holds one: a sentence without any is not searched (for speed). */
  needs: readonly string[];
  /** Accepts (or rejects) a match; may refine the kind or scope. */
  accept?: (
    m: RegExpExecArray,
    sentence: string,
  ) => boolean | { kind?: ClaimKind; scope?: NumberClaim["scope"] };
}

const has = (s: string | undefined, re: RegExp) => re.test(s ?? "");
const APPLICATION = /申请/;

function phrase(
  kind: ClaimKind,
  needs: readonly string[],
  source: string,
  accept?: Phrase["accept"],
): Phrase {
  return { kind, re: new RegExp(source, "g"), needs, ...(accept ? { accept } : {}) };
}

const COUNT_WORDS = `(?:数量|数)?(?:为|共|共计|合计|达|计)?`;

/** Every phrasing ends its number with one of these (件, 起, 个, 项, 万元): a sentence without any states no claim. */
export const UNIT_WORD = /[件起个项元]/;

/** The phrasings of rules.md TXT-NUMBERS (exported for the tests). */
export const PHRASES: readonly Phrase[] = [
  phrase("received", ["新收"], `新收(?<g>${GE}{0,25}?)${COUNT_WORDS}${NUM}件`, (m) => {
    const g = m.groups?.g ?? "";
    return (g === "" || APPLICATION.test(g)) && !/结转/.test(g);
  }),
  phrase(
    "receivedAny",
    ["收到", "接收", "接到"],
    `(?:收到|接收|接到)(?<g>${GE}{0,25}?)${COUNT_WORDS}${NUM}件`,
    (m) => {
      const g = m.groups?.g ?? "";
      return APPLICATION.test(g) && !/结转|复议|诉讼/.test(g);
    },
  ),
  phrase(
    "receivedAny",
    ["收到", "接收", "受理"],
    `(?:收到|接收|受理)(?:了)?${NUM}件(?:政府信息公开|信息公开|依申请公开|依申请)?申请`,
  ),
  phrase(
    "receivedAny",
    ["受理", "办理"],
    `(?<v>受理|办理)(?<g>${GE}{0,25}?)${COUNT_WORDS}${NUM}件`,
    (m, s) => {
      const g = m.groups?.g ?? "";
      if (/结转|案件|复议|诉讼/.test(g)) return false;
      const together = g === "" && s[m.index - 1] === "共";
      if (!APPLICATION.test(g) && !together) return false;
      return { kind: m.groups?.v === "办理" ? "handled" : "receivedAny" };
    },
  ),
  phrase("carriedIn", ["结转", "转结"], `上一?年度?(?:结转|转结)(?<g>${G}{0,20}?)${COUNT_WORDS}${NUM}件`),
  phrase(
    "resultTotal",
    ["办结", "答复"],
    `(?<!公开|处理|提供|予以|不予|部分|同意)(?:办结|答复)(?:了)?(?:政府信息公开申请|政府信息公开|信息公开申请|依申请公开申请|依申请公开|申请)?(?:共|共计|合计)?${NUM}件`,
  ),
  phrase(
    "carriedOut",
    ["转"],
    `(?:结转|转入|转)(?:到|至)?下一?年度?(?<g>${G}{0,12}?)(?:的)?(?:有|共|为)?${NUM}件`,
  ),
  phrase("carriedOut", ["结转", "转入"], `${NUM}件(?:申请)?(?:结转|转入)(?:到|至)?下一?年`),
  phrase(
    "review",
    ["行政复议"],
    `行政复议(?<g>${G}{0,10}?)(?:案件数|数量|数)?(?:为|共|共计)?${NUM}(?:件|起)`,
    (m) => !has(m.groups?.g, /诉讼/),
  ),
  phrase(
    "review",
    ["行政复议"],
    `${NUM}(?:件|起)(?<g>${G}{0,15}?)行政复议(?![和及与]?行政诉讼)`,
    (m) => !has(m.groups?.g, /诉讼/),
  ),
  phrase(
    "litigation",
    ["行政诉讼"],
    `行政诉讼(?<g>${G}{0,10}?)(?:案件数|数量|数)?(?:为|共|共计)?${NUM}(?:件|起)`,
    (m) => !has(m.groups?.g, /复议/),
  ),
  phrase(
    "litigation",
    ["行政诉讼"],
    `${NUM}(?:件|起)(?<g>${G}{0,15}?)行政诉讼`,
    (m) => !has(m.groups?.g, /复议/),
  ),
  phrase(
    "normativeIssued",
    ["规范性文件"],
    `(?:制发|印发|出台)(?:了)?(?:的)?(?:行政)?规范性文件(?:共|共计)?${NUM}(?:件|个|项)`,
  ),
  phrase("normativeIssued", ["规范性文件"], `(?:制发|印发|出台)(?:了)?${NUM}(?:件|个|项)(?:行政)?规范性文件`),
  phrase("repealed", ["废止"], `废止(?<g>${G}{0,15}?)${NUM}件`, (m) => docScope(m.groups?.g)),
  phrase("inForce", ["现行有效"], `现行有效(?<g>${G}{0,15}?)${NUM}件`, (m) => docScope(m.groups?.g)),
  phrase("licensing", ["行政许可"], `行政许可(?<g>${G}{0,15}?)${NUM}(?<u>件|项)(?<d>决定)?`, (m) => {
    const g = m.groups?.g ?? "";
    if (/处罚|强制|收费/.test(g)) return false;
    if (/决定/.test(g) || m.groups?.d) return true;
    return m.groups?.u === "件" && !/事项/.test(g);
  }),
  phrase(
    "fees",
    ["行政事业性收费"],
    String.raw`行政事业性收费(?<g>${G}{0,15}?)(?:金额|收入)?(?:为|共|共计|合计|达)?(?<![\d.])(?<n>\d+(?:\.\d+)?)万元`,
    (m) => !/许可|处罚|强制/.test(m.groups?.g ?? ""),
  ),
  phrase(
    "penalty",
    ["行政处罚"],
    `行政处罚(?<g>${G}{0,15}?)${NUM}件`,
    (m) => !/事项|许可|强制|收费/.test(m.groups?.g ?? ""),
  ),
];

function docScope(g: string | undefined): boolean | { scope?: NumberClaim["scope"] } {
  const s = g ?? "";
  const docs = /规范性文件/.test(s);
  const rules = /规章/.test(s);
  if (!docs && !rules) return false;
  if (rules && !docs) return { scope: "rules" };
  if (docs && !rules) return { scope: "normativeDocuments" };
  return true;
}

function readNumber(n: string, kind: ClaimKind): number | undefined {
  if (kind === "fees") return /^\d+(?:\.\d+)?$/.test(n) ? Number(n) : undefined;
  if (/^[百千万]+$/.test(n)) return undefined;
  const r = readCellNumber(n);
  if (isCellNumberFailure(r) || r.value === null || !Number.isInteger(r.value)) return undefined;
  return r.value;
}

/**
 * The numbers a narrative states for quantities that are also table cells (the phrasings
 * of rules.md TXT-NUMBERS). Sentences that name only other years than `year` are skipped
 * (figures of another year), as are approximations.
 *
 * @example
 * numberClaims("2024年，区政府办代表区政府受理政府信息公开申请 17 件，均已在法定期限内予以答复。", 2024)
 * //=> [{ kind: "receivedAny", value: 17, excerpt: "受理政府信息公开申请17件" }]
 * numberClaims("2023年,长春新区科技局出台四项规范性文件", 2023)
 * //=> [{ kind: "normativeIssued", value: 4, excerpt: "出台四项规范性文件" }]
 */
export function numberClaims(text: string, year?: number): NumberClaim[] {
  const out: NumberClaim[] = [];
  for (const s of sentences(prepareText(text))) {
    if (!UNIT_WORD.test(s)) continue;
    if (year !== undefined && aboutOtherYears(s, year)) continue;
    addClaims(out, sentenceClaims(s));
  }
  return out;
}

// The search is cut into small functions and its claims built in one literal each (every
// property present): one hidden class for the code that sorts and copies them, and small
// compiles for the optimising compiler.

/** A claim as found in a sentence: where it starts, and its scope (undefined when none). */
interface FoundClaim {
  readonly kind: ClaimKind;
  readonly value: number;
  readonly excerpt: string;
  readonly scope: NumberClaim["scope"] | undefined;
  readonly at: number;
}

/** Whether a sentence names years, none of them `year`. */
function aboutOtherYears(s: string, year: number): boolean {
  const years = yearsIn(s);
  return years.length > 0 && !years.includes(year);
}

/** Whether a sentence holds one of some words. */
function mentionsAny(s: string, words: readonly string[]): boolean {
  for (const w of words) if (s.includes(w)) return true;
  return false;
}

/** The claims of one sentence, in the order they start. */
function sentenceClaims(s: string): FoundClaim[] {
  const found: FoundClaim[] = [];
  for (const p of PHRASES) {
    if (mentionsAny(s, p.needs)) phraseClaims(p, s, found);
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Pushes the claims one phrasing finds in a sentence onto `found`. */
function phraseClaims(p: Phrase, s: string, found: FoundClaim[]): void {
  p.re.lastIndex = 0;
  for (let m = p.re.exec(s); m; m = p.re.exec(s)) {
    if (m[0] === "") {
      p.re.lastIndex++;
      continue;
    }
    const claim = claimOf(p, m, s);
    if (claim) found.push(claim);
  }
}

/** The claim of one match, or undefined when it is an approximation, unreadable or rejected. */
function claimOf(p: Phrase, m: RegExpExecArray, s: string): FoundClaim | undefined {
  const n = m.groups?.n ?? "";
  const at = m.index + m[0].lastIndexOf(n);
  if (APPROX_BEFORE.test(s.slice(Math.max(0, at - 4), at))) return undefined;
  const value = readNumber(n, p.kind);
  if (value === undefined) return undefined;
  const verdict = p.accept ? p.accept(m, s) : true;
  if (verdict === false) return undefined;
  const extra = typeof verdict === "object" ? verdict : undefined;
  return {
    kind: extra?.kind ?? p.kind,
    value,
    excerpt: m[0],
    scope: extra?.scope ? extra.scope : undefined,
    at: m.index,
  };
}

/**
 * Adds a sentence's claims to `out`, each once. "收到…申请N件，上年结转M件": N is then the
 * new applications only.
 */
function addClaims(out: NumberClaim[], found: readonly FoundClaim[]): void {
  const split = found.some((c) => c.kind === "carriedIn");
  for (const c of found) {
    const kind = split && (c.kind === "receivedAny" || c.kind === "handled") ? "received" : c.kind;
    const dup = out.some((o) => o.kind === kind && o.value === c.value && o.excerpt === c.excerpt);
    if (dup) continue;
    out.push(
      c.scope === undefined
        ? { kind, value: c.value, excerpt: c.excerpt }
        : { kind, value: c.value, excerpt: c.excerpt, scope: c.scope },
    );
  }
}

/** The table sums a claim may equal (any one of them). */
function targets(ctx: CheckContext, claim: NumberClaim): CellRef[][] {
  const t3 = (row: string) => ref("table3", row, "total");
  const t4 = (g: string) => ref("table4", "cases", `${g}.total`);
  const t2 = (row: string, col: string) => ref("table2", row, col);
  const received = [t3("received")];
  const receivedAll = [t3("received"), t3("carriedIn")];
  const docCol = ctx.format.id === "2019" ? "newlyMade" : "issued";
  switch (claim.kind) {
    case "received":
      return [received];
    case "receivedAny":
      return [received, receivedAll];
    case "handled":
      return [received, receivedAll, [t3("resultTotal")]];
    case "carriedIn":
      return [[t3("carriedIn")]];
    case "resultTotal":
      return [[t3("resultTotal")]];
    case "carriedOut":
      return [[t3("carriedOut")]];
    case "review":
      return [[t4("review")]];
    case "litigation":
      return [[t4("litigationDirect"), t4("litigationAfterReview")]];
    case "normativeIssued":
      return [[t2("normativeDocuments", docCol)]];
    case "repealed":
    case "inForce": {
      if (ctx.format.id !== "2021") return [];
      const col = claim.kind;
      if (claim.scope === "rules") return [[t2("rules", col)]];
      return [[t2("normativeDocuments", col)], [t2("rules", col), t2("normativeDocuments", col)]];
    }
    case "licensing":
      return [[t2("licensing", "decisions")]];
    case "penalty":
      return [[t2("penalty", "decisions")]];
    case "fees":
      return ctx.format.id === "2021" ? [[t2("fees", "amountWan")]] : [];
  }
}

/** Findings of TXT-NUMBERS over the report's section texts. */
export function checkTextNumbers(ctx: CheckContext): Finding[] {
  if (!ctx.on("TXT-NUMBERS")) return [];
  const out: Finding[] = [];
  const seen = new Set<string>();
  const year = Number.isFinite(ctx.year) ? ctx.year : undefined;
  // The preamble, then the sections in the format's order.
  textFindings(ctx, ctx.report.preamble, year, seen, out);
  for (const s of ctx.format.sections) textFindings(ctx, sectionText(ctx.report, s.id), year, seen, out);
  return out;
}

/** A table sum a claim may equal: the cells and their sum. */
interface Alternative {
  readonly refs: CellRef[];
  readonly s: CellSum;
}

/** Pushes the TXT-NUMBERS findings of one text onto `out` (each claim once: `seen`). */
function textFindings(
  ctx: CheckContext,
  text: string | undefined,
  year: number | undefined,
  seen: Set<string>,
  out: Finding[],
): void {
  if (!text) return;
  for (const claim of numberClaims(text, year)) {
    const alts = alternatives(ctx, claim);
    if (!alts.length || alts.some((a) => a.s.value === claim.value)) continue;
    const key = `${claim.kind}|${claim.value}|${claim.excerpt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mismatch(ctx, claim, alts));
  }
}

/**
 * The table sums a claim may equal that are known (no absent cell, not all blank), each value
 * once: alternatives with the same value say nothing more (上年结转 0). A sum that is not a
 * number (NaN) equals none, itself included, and is left out.
 */
function alternatives(ctx: CheckContext, claim: NumberClaim): Alternative[] {
  const out: Alternative[] = [];
  for (const refs of targets(ctx, claim)) {
    const s = sumCells(ctx, refs);
    if (!s || s.blanks.length >= refs.length) continue;
    if (Number.isNaN(s.value) || out.some((b) => b.s.value === s.value)) continue;
    out.push({ refs, s });
  }
  return out;
}

function mismatch(ctx: CheckContext, claim: NumberClaim, alts: readonly Alternative[]): Finding {
  const cells = [
    ...new Map(alts.flatMap((a) => a.refs).map((r) => [`${r.table}/${r.row}/${r.col}`, r])).values(),
  ];
  const desc = alts.map((a) => {
    const names = a.refs.map((r) => cellName(ctx.format, r));
    const only = names.length === 1 ? names[0] : undefined;
    return only
      ? { zh: `${only.zh}（${a.s.value}）`, en: `${only.en} (${a.s.value})` }
      : {
          zh: `${names.map((n) => n.zh).join("与")}之和（${a.s.value}）`,
          en: `the sum of ${names.map((n) => n.en).join(" and ")} (${a.s.value})`,
        };
  });
  return ctx.finding(
    "TXT-NUMBERS",
    cells,
    {
      zh: `正文“${claim.excerpt}”所述${claim.value}与表格不符：${desc.map((d) => d.zh).join("；或")}`,
      en: `the narrative “${claim.excerpt}” states ${claim.value}, but the tables have ${desc.map((d) => d.en).join("; or ")}`,
    },
    {
      expected: alts.length === 1 ? alts[0]?.s.value : alts.map((a) => a.s.value),
      actual: claim.value,
    },
  );
}
