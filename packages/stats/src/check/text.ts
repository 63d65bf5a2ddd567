// Text rules other than TXT-NUMBERS (spec/rules.md §F): TXT-ZERO-CLAIMS,
// TXT-OVERVIEW-ASPECTS, TXT-PROBLEMS-NONEMPTY, TXT-OTHER-FEES, TXT-OTHER-ITEMS,
// TXT-FEE-CONSISTENCY, and TXT-YEAR (narrative figures of another year).
import { isGovernment, section } from "@disclosure/schema";
import { CASE_GROUPS } from "@disclosure/schema/internal";
import type { CellRef, Finding } from "../finding.js";
import { sumCells } from "./arith.js";
import { appendAll } from "./collect.js";
import { type CheckContext, cellName, ref, sectionText } from "./context.js";
import { prepareJoined, prepareText, sentences, yearsIn } from "./text-normalize.js";

const G = `[^，,。；;：:！!？?]`;
const NEGATION = `(?:未发生|没有发生|未出现|未曾|未有|没有|未收到|未接到|未涉及|不存在|无)`;

/** Words of a case's outcome: a claim that qualifies the case by them is not a "none" claim. */
const OUTCOME = /纠错|纠正|败诉|撤销|确认违法|责令|被告|被诉|变更|不利/;

/** The text up to the end of its clause. */
function clauseOf(text: string): string {
  const end = text.search(/[，,。；;：:！!？?]/);
  return end < 0 ? text : text.slice(0, end);
}

interface ZeroClaim {
  topic: "applications" | "review" | "litigation";
  excerpt: string;
}

/**
 * "None" claims of a narrative: no applications (未收到…申请), no 行政复议, no 行政诉讼.
 *
 * @example
 * zeroClaims("全县未发生因信息公开申请被行政复议提起行政诉讼情况。")
 * //=> [{ topic: "review", … }, { topic: "litigation", … }]
 */
export function zeroClaims(text: string): ZeroClaim[] {
  return zeroClaimsIn(prepareText(text));
}

// Compiled once (matchAll works on a copy of a regex, so sharing them is safe).
export const NO_APPLICATIONS = new RegExp(
  `(?:未|没有)(?:收到|接到|受理)(?:过)?(?:任何)?${G}{0,15}?申请|(?:无|没有)(?:政府信息公开|信息公开|依申请公开)申请(?!人)`,
  "g",
);
export const NO_CASES = new RegExp(
  `${NEGATION}(?!被)(?<g>${G}{0,20}?)(?<t>行政复议|行政诉讼|复议|诉讼)`,
  "g",
);

/** {@link zeroClaims} of a prepared text. */
function zeroClaimsIn(prepared: string): ZeroClaim[] {
  const out: ZeroClaim[] = [];
  const apps = NO_APPLICATIONS;
  const cases = NO_CASES;
  for (const s of sentences(prepared)) {
    // Every match of apps holds 申请, every match of cases 复议 or 诉讼: other sentences are not searched.
    const aboutApplications = s.includes("申请");
    const aboutCases = s.includes("复议") || s.includes("诉讼");
    for (const m of aboutApplications ? s.matchAll(apps) : []) {
      // "未发生因…申请被行政复议" is about 复议, not applications.
      const after = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 8);
      if (/复议|诉讼/.test(m[0] + after)) continue;
      out.push({ topic: "applications", excerpt: m[0] });
    }
    for (const m of aboutCases ? s.matchAll(cases) : []) {
      const rest = s.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12);
      // "未发生…被行政复议纠错" says no case ended against the agency, not that there was none.
      if (OUTCOME.test(clauseOf(rest))) continue;
      const span = m[0] + rest;
      if (/复议/.test(span.slice(0, m[0].length + 8))) out.push({ topic: "review", excerpt: m[0] });
      if (/诉讼/.test(span.slice(0, m[0].length + 8))) out.push({ topic: "litigation", excerpt: m[0] });
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => {
    const k = `${c.topic}|${c.excerpt}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const FIGURE_SECTIONS = [
  "overview",
  "proactive",
  "applications",
  "reviewLitigation",
  "otherMatters",
] as const;

/** The preamble and the sections that state figures, joined with 。 and prepared. */
function allTextPrepared(ctx: CheckContext): string {
  const texts: string[] = [typeof ctx.report.preamble === "string" ? ctx.report.preamble : ""];
  for (const id of FIGURE_SECTIONS) texts.push(sectionText(ctx.report, id) ?? "");
  // The sections prepared one by one are the ones the other text rules prepare.
  return prepareJoined(texts);
}

/** The totals of the 行政诉讼 groups of table 四 (fresh references, built by a loop: one kind of array). */
function litigationTotals(): CellRef[] {
  const out: CellRef[] = [];
  for (let i = 1; i < CASE_GROUPS.length; i++) out.push(ref("table4", "cases", `${CASE_GROUPS[i]}.total`));
  return out;
}

function zeroClaimFindings(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  const done = new Set<string>();
  for (const claim of zeroClaimsIn(allTextPrepared(ctx))) {
    if (done.has(claim.topic)) continue;
    const refs: CellRef[] =
      claim.topic === "applications"
        ? [ref("table3", "received", "total")]
        : claim.topic === "review"
          ? [ref("table4", "cases", `${CASE_GROUPS[0]}.total`)]
          : litigationTotals();
    const s = sumCells(ctx, refs);
    if (!s || s.value === 0) continue;
    done.add(claim.topic);
    const names = refs.map((r) => cellName(ctx.format, r));
    out.push(
      ctx.finding(
        "TXT-ZERO-CLAIMS",
        refs,
        {
          zh: `正文称“${claim.excerpt}”，但${names.map((n) => n.zh).join("与")}${refs.length > 1 ? "之和" : ""}为${s.value}`,
          en: `the narrative says “${claim.excerpt}” (none), but ${names.map((n) => n.en).join(" + ")} = ${s.value}`,
        },
        { expected: 0, actual: s.value },
      ),
    );
  }
  return out;
}

const ASPECTS: readonly { zh: string; en: string; re: RegExp }[] = [
  { zh: "主动公开", en: "proactive disclosure", re: /主动公开/ },
  { zh: "依申请公开", en: "disclosure on application", re: /依申请/ },
  { zh: "政府信息管理", en: "information management", re: /信息管理/ },
  { zh: "政府信息公开平台建设", en: "disclosure platforms", re: /平台/ },
  { zh: "监督保障", en: "supervision and safeguards", re: /监督|保障/ },
];
const GOVERNMENT_ASPECT = {
  zh: "考核、评议或责任追究",
  en: "assessment, public evaluation or accountability",
  re: /考核|评议|责任追究/,
};

function overviewAspects(ctx: CheckContext): Finding[] {
  const raw = sectionText(ctx.report, "overview");
  if (raw === undefined) return [];
  const text = prepareText(raw);
  const wanted = isGovernment(ctx.agency) ? [...ASPECTS, GOVERNMENT_ASPECT] : ASPECTS;
  const missing = wanted.filter((a) => !a.re.test(text));
  if (!missing.length) return [];
  const heading = section(ctx.format, "overview").heading;
  return [
    ctx.finding(
      "TXT-OVERVIEW-ASPECTS",
      [],
      {
        zh: `“${heading}”未提及：${missing.map((a) => a.zh).join("、")}`,
        en: `section “${heading}” does not mention: ${missing.map((a) => a.en).join(", ")}`,
      },
      {
        expected: wanted.map((a) => a.zh),
        actual: wanted.filter((a) => !missing.includes(a)).map((a) => a.zh),
      },
    ),
  ];
}

function problemsNonEmpty(ctx: CheckContext): Finding[] {
  const raw = sectionText(ctx.report, "problems");
  if (raw === undefined) return [];
  const bare = prepareText(raw).replace(/[，,。；;：:！!？?、\s.．]/g, "");
  if (bare !== "" && !/^(?:无|暂无|没有|无其他|无问题)$/.test(bare)) return [];
  const heading = section(ctx.format, "problems").heading;
  return [
    ctx.finding("TXT-PROBLEMS-NONEMPTY", [], {
      zh: `“${heading}”${bare === "" ? "为空" : `只写了“${raw.trim()}”`}，应说明本年存在的主要问题和改进情况`,
      en: `section “${heading}” ${bare === "" ? "is empty" : `says only “${raw.trim()}”`}; it must state the main problems and the improvements`,
    }),
  ];
}

const FEE = /信息处理费|收费|处理费/;
const AMOUNT = /\d+(?:\.\d+)?(?:万)?元|[零〇一二两三四五六七八九十百千万]+元/;
const FEE_NEGATION = /未收取|不收取|未发生|没有|无|未产生|未涉及|不涉及|均未|未向/;

function otherFees(ctx: CheckContext): Finding[] {
  const raw = sectionText(ctx.report, "otherMatters");
  if (raw === undefined) return [];
  const facts = ctx.report.otherMatters;
  if (facts && (facts.feeNotices !== undefined || facts.feeCollectedYuan !== undefined)) return [];
  const ok = sentences(prepareText(raw)).some((s) => FEE.test(s) && (AMOUNT.test(s) || FEE_NEGATION.test(s)));
  if (ok) return [];
  const heading = section(ctx.format, "otherMatters").heading;
  return [
    ctx.finding("TXT-OTHER-FEES", [], {
      zh: `“${heading}”未说明收取信息处理费的情况（金额，或未收取）`,
      en: `section “${heading}” does not state the 信息处理费 situation (an amount, or that none was charged)`,
    }),
  ];
}

function otherItems(ctx: CheckContext): Finding[] {
  const raw = sectionText(ctx.report, "otherMatters");
  if (raw === undefined) return [];
  const text = prepareText(raw);
  const missing: { zh: string; en: string }[] = [];
  if (!/人大代表建议|政协提案|建议提案|建议和提案/.test(text)) {
    missing.push({
      zh: "人大代表建议和政协提案办理结果公开情况",
      en: "publication of the results on deputies' proposals",
    });
  }
  if (!/工作要点/.test(text)) {
    missing.push({ zh: "落实上级年度政务公开工作要点情况", en: "implementation of the annual work points" });
  }
  if (!missing.length) return [];
  const heading = section(ctx.format, "otherMatters").heading;
  return [
    ctx.finding("TXT-OTHER-ITEMS", [], {
      zh: `“${heading}”未说明：${missing.map((m) => m.zh).join("、")}`,
      en: `section “${heading}” does not cover: ${missing.map((m) => m.en).join(", ")}`,
    }),
  ];
}

const NO_FEE_NOTICE =
  /(?:未|没有|无)(?:向申请人)?(?:发出|出具|下发|开具|发生)?(?:过)?(?:任何)?(?:信息处理费)?收费通知|(?:未发生|没有发生|不涉及|未涉及)[^，,。；;]{0,12}?(?:收费|处理费|费用)/;

function feeConsistency(ctx: CheckContext): Finding[] {
  const raw = sectionText(ctx.report, "otherMatters");
  if (raw === undefined) return [];
  const row = ctx.format.tables.table3.blocks[0].rows.find((r) => r.code.endsWith(".unpaidFee"));
  if (!row) return [];
  const cells = ctx.format.tables.table3.blocks[0].columns.map((c) => ref("table3", row.code, c.code));
  const nonZero = cells.filter((r) => {
    const s = ctx.cell("table3", r.row, r.col);
    return s.kind === "value" && s.value > 0;
  });
  const last = nonZero.at(-1);
  if (last === undefined) return [];
  const m = NO_FEE_NOTICE.exec(prepareText(raw));
  if (!m) return [];
  const name = cellName(ctx.format, last);
  const v = ctx.cell("table3", row.code, last.col);
  return [
    ctx.finding("TXT-FEE-CONSISTENCY", nonZero, {
      zh: `${name.zh}为${v.kind === "value" ? v.value : ""}（申请人逾期未缴费，说明发出过收费通知），但正文称“${m[0]}”`,
      en: `${name.en} is ${v.kind === "value" ? v.value : ""} (a fee notice was sent and not paid), but the narrative says “${m[0]}”`,
    }),
  ];
}

const STAT_SECTIONS = ["overview", "proactive", "applications", "reviewLitigation"] as const;

function otherYear(ctx: CheckContext): Finding[] {
  if (!Number.isFinite(ctx.year)) return [];
  const out: Finding[] = [];
  for (const id of STAT_SECTIONS) {
    const raw = sectionText(ctx.report, id);
    if (!raw) continue;
    for (const s of sentences(prepareText(raw))) {
      const m =
        /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.．]|\d+[.．、])?((?:19|20)\d{2})年度?[，,]?/.exec(
          s,
        );
      if (!m) continue;
      const y = Number(m[1]);
      if (y >= ctx.year || yearsIn(s).includes(ctx.year)) continue;
      if (!/\d+(?:件|条|项|个|期|篇|次)/.test(s)) continue;
      out.push(
        ctx.finding(
          "TXT-YEAR",
          [],
          {
            zh: `${ctx.year}年度报告的正文列出${y}年的统计数字：“${s.length > 60 ? `${s.slice(0, 60)}…` : s}”`,
            en: `the report on ${ctx.year} states figures for ${y}: “${s.length > 60 ? `${s.slice(0, 60)}…` : s}”`,
          },
          { expected: ctx.year, actual: y },
        ),
      );
    }
  }
  return out;
}

/** Findings of the text rules (none without section text). */
export function checkText(ctx: CheckContext): Finding[] {
  const zero = ctx.on("TXT-ZERO-CLAIMS") ? zeroClaimFindings(ctx) : [];
  if (!ctx.hasText) return zero;
  const out = appendAll([], zero);
  if (ctx.on("TXT-OVERVIEW-ASPECTS")) appendAll(out, overviewAspects(ctx));
  if (ctx.on("TXT-PROBLEMS-NONEMPTY")) appendAll(out, problemsNonEmpty(ctx));
  if (ctx.on("TXT-OTHER-FEES")) appendAll(out, otherFees(ctx));
  if (ctx.on("TXT-OTHER-ITEMS")) appendAll(out, otherItems(ctx));
  if (ctx.on("TXT-FEE-CONSISTENCY")) appendAll(out, feeConsistency(ctx));
  if (ctx.on("TXT-YEAR")) appendAll(out, otherYear(ctx));
  return out;
}
