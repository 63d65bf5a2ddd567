// Order and display of findings.
import { type FormatDef, type FormatId, getFormat } from "@disclosure/schema";
import type { CellRef, Finding } from "../finding.js";
import { cellPosition } from "./context.js";
import { ruleIndex } from "./rules.js";

/** The earliest printed position of some cells (the least, not all of them sorted: READ-UNREAD may name 200). */
function firstPosition(format: FormatDef, cells: Finding["cells"]): [number, number, number] | undefined {
  let first: [number, number, number] | undefined;
  for (let i = 0; i < cells.length; i++) {
    const p = cellPosition(format, cells[i] as CellRef);
    if (!first || (p[0] - first[0] || p[1] - first[1] || p[2] - first[2]) < 0) first = p;
  }
  return first;
}

const SEVERITY_ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/**
 * Findings in reading order: errors, then warnings, then info; within a severity, findings
 * about the whole report (no cells) first, then by the first cell's place in the tables
 * (table 二 < 三 < 四, rows and columns in the format's order), then by rule. Stable; does
 * not modify its input.
 *
 * @example
 * sortFindings([
 *   { rule: "CELL-BLANK", severity: "warning", cells: [{ table: "table3", row: "granted", col: "total" }], message },
 *   { rule: "T3-ROW-TOTAL", severity: "error", cells: [{ table: "table3", row: "granted", col: "total" }], message },
 * ]).map((f) => f.rule) //=> ["T3-ROW-TOTAL", "CELL-BLANK"]
 */
export function sortFindings(findings: readonly Finding[], format: FormatDef | FormatId = "2021"): Finding[] {
  const f = typeof format === "string" ? getFormat(format) : format;
  // Built by a loop (one kind of array, one shape of entry) rather than by map.
  const keyed: Keyed[] = [];
  for (let i = 0; i < findings.length; i++) {
    const x = findings[i] as Finding;
    keyed.push({ x, i, pos: firstPosition(f, x.cells) });
  }
  keyed.sort((a, b) => {
    const s = SEVERITY_ORDER[a.x.severity] - SEVERITY_ORDER[b.x.severity];
    if (s) return s;
    if (!a.pos !== !b.pos) return a.pos ? 1 : -1;
    if (a.pos && b.pos) {
      const d = a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.pos[2] - b.pos[2];
      if (d) return d;
    }
    return ruleIndex(a.x.rule) - ruleIndex(b.x.rule) || a.i - b.i;
  });
  const out: Finding[] = [];
  for (const k of keyed) out.push(k.x);
  return out;
}

/** A finding with its place in the input and the earliest position of its cells. */
interface Keyed {
  readonly x: Finding;
  readonly i: number;
  readonly pos: [number, number, number] | undefined;
}

const SEVERITY_NAMES: Record<Finding["severity"], { zh: string; en: string }> = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
};

/**
 * One line for a finding, in Chinese, English, or both (for the CLI); also a finding of another
 * catalogue's rule (`Finding<string>`).
 *
 * @example
 * formatFinding(finding, "zh")
 * //=> "错误 T3-BALANCE 表三“总计”列：“一、本年新收政府信息公开申请数量”加“二、上年结转政府信息公开申请数量”为36，但…"
 * formatFinding(finding, "en")
 * //=> "error T3-BALANCE table3 column total (“总计”): received + carried in = 36, but results + carried out = 35 …"
 */
export function formatFinding(finding: Finding<string>, lang: "zh" | "en" | "both" = "zh"): string {
  const sev = SEVERITY_NAMES[finding.severity] ?? { zh: finding.severity, en: finding.severity };
  const unitZh = finding.unit ? `［${finding.unit}］` : "";
  const unitEn = finding.unit ? `[${finding.unit}] ` : "";
  const zh = `${sev.zh} ${finding.rule} ${unitZh}${finding.message.zh}`;
  const en = `${sev.en} ${finding.rule} ${unitEn}${finding.message.en}`;
  return lang === "zh" ? zh : lang === "en" ? en : `${zh}\n  ${en}`;
}
