// The catalog commands' text: the catalog's own checks, what each unit has to act on after a
// coverage check, the findings counted by rule.
import {
  type CatalogFinding,
  type CoverageResult,
  itemName,
  type UnitWorklist,
  unitWorklists,
} from "@disclosure/catalog";
import { describeLocation, type Issue, type Message } from "@disclosure/schema";
import { formatFinding } from "@disclosure/stats";
import { type Lang, say } from "../io.js";

/** An issue's message after its location in words: "导出.csv 第1行: 发布记录的表头缺少…". */
export function locatedMessage(i: Issue): Message {
  const where = i.location ? describeLocation(i.location) : undefined;
  if (!where?.zh) return i.message;
  return { zh: `${where.zh}: ${i.message.zh}`, en: `${where.en}: ${i.message.en}` };
}

/** One line per issue: "警告 目录.xlsx 社会救助!F9 “公开时限”列: … [CODE]". */
export function formatCatalogIssue(i: Issue, lang: Lang): string {
  const sev =
    lang === "en" ? i.severity : i.severity === "error" ? "错误" : i.severity === "warning" ? "警告" : "提示";
  return `${sev} ${say(locatedMessage(i), lang)} [${i.code}]`;
}

/** Lines of one rule listed before the rest are counted. */
const LISTED_PER_RULE = 20;

/**
 * The catalog's own checks (`checkCatalog`): warnings one a line with the row they were read
 * from, at most 20 of a rule; information counted by rule.
 */
export function catalogChecksText(findings: readonly CatalogFinding[], file: string, lang: Lang): string {
  const byRule = new Map<string, CatalogFinding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const lines: string[] = [];
  for (const [rule, list] of byRule) {
    const listed = list[0]?.severity === "info" ? 0 : LISTED_PER_RULE;
    for (const f of list.slice(0, listed)) {
      const where = f.location ? say(describeLocation(f.location), lang) : file;
      const sev = lang === "en" ? f.severity : f.severity === "error" ? "错误" : "警告";
      lines.push(`${sev} ${where} — ${say(f.message, lang)} [${rule}]`);
    }
    const rest = list.length - Math.min(listed, list.length);
    if (rest > 0) {
      lines.push(
        lang === "en"
          ? `${file}: ${listed ? `${rest} more ` : `${rest} `}${rule} (--json lists them)`
          : `${file}：${listed ? "另有" : ""}${rule} ${rest} 条（--json 列出全部）`,
      );
    }
  }
  return lines.map((l) => `${l}\n`).join("");
}

/**
 * Findings of a coverage run in plain text: the errors given one by one, the others counted by
 * rule (all of them, also those past the findings listed).
 */
export function coverageFindingsText(result: CoverageResult, lang: Lang): string {
  const lines = result.findings
    .filter((f) => f.severity === "error")
    .map((f) => `${formatFinding(f, lang)}\n`);
  const errors = new Set(result.findings.filter((f) => f.severity === "error").map((f) => f.rule));
  for (const [rule, n] of Object.entries(result.findingCounts)) {
    if (errors.has(rule)) continue;
    lines.push(
      lang === "en" ? `${rule}: ${n} (--json lists them)\n` : `${rule}：${n} 条（--json 列出全部）\n`,
    );
  }
  return lines.join("");
}

/** Lines of one kind listed for a unit in text; the 督查清单 (-o) and --json list more. */
const LISTED_PER_UNIT = 20;

function unitHead(w: UnitWorklist, lang: Lang): string {
  const c = w.counts;
  const zh = [
    c.missing ? `缺失 ${c.missing} 项` : "",
    c.periods ? `有期间未公开的事项 ${c.periods} 项` : "",
    c.late ? `逾期 ${c.late} 条` : "",
    c.unmatched ? `未对应目录 ${c.unmatched} 条` : "",
  ];
  const en = [
    c.missing ? `${c.missing} items missing` : "",
    c.periods ? `${c.periods} items with periods missing` : "",
    c.late ? `${c.late} published late` : "",
    c.unmatched ? `${c.unmatched} matching no item` : "",
  ];
  return lang === "en"
    ? `${w.unit}: ${en.filter(Boolean).join(", ")}`
    : `${w.unit}：${zh.filter(Boolean).join("，")}`;
}

function unitLines(w: UnitWorklist, lang: Lang): string[] {
  const en = lang === "en";
  const cap = <T>(xs: readonly T[]) => xs.slice(0, LISTED_PER_UNIT);
  const lines = [
    ...cap(w.missing).map((i) =>
      en ? `  missing: ${i.areaName} ${itemName(i)}` : `  缺失：${i.areaName} ${itemName(i)}`,
    ),
    ...cap(w.periods).map((i) => {
      const periods = (i.missingPeriods ?? []).join(en ? ", " : "、");
      return en
        ? `  periods missing: ${i.areaName} ${itemName(i)} (${periods})`
        : `  期间未公开：${i.areaName} ${itemName(i)}（${periods}）`;
    }),
    ...cap(w.late).map((l) =>
      en
        ? `  late: "${l.title}" published ${l.date}, due ${l.deadline}, ${l.lateByWorkingDays} working day(s) late`
        : `  逾期：“${l.title}” ${l.date} 发布，期限 ${l.deadline}，逾期 ${l.lateByWorkingDays} 个工作日`,
    ),
    ...cap(w.unmatched).map((u) =>
      en
        ? `  no item: "${u.title}" ${u.date} — ${u.why.en}`
        : `  未对应：“${u.title}” ${u.date} — ${u.why.zh}`,
    ),
  ];
  const more = {
    missing: w.missing.length - cap(w.missing).length,
    periods: w.periods.length - cap(w.periods).length,
    late: w.counts.late - cap(w.late).length,
    unmatched: w.counts.unmatched - cap(w.unmatched).length,
  };
  const rest = Object.values(more).reduce((a, b) => a + b, 0);
  if (rest > 0) {
    lines.push(
      en
        ? `  (${rest} more not listed here: -o 督查清单.xlsx or --json lists them)`
        : `  （另有 ${rest} 条未在此列出，见 -o 督查清单.xlsx 或 --json）`,
    );
  }
  return lines;
}

/** Each unit with something to act on: a head line with its counts, then its problems. */
export function worklistText(result: CoverageResult, lang: Lang): string {
  return unitWorklists(result)
    .map((w) => [unitHead(w, lang), ...unitLines(w, lang)].map((l) => `${l}\n`).join(""))
    .join("");
}
