// check: every rule of spec/rules.md over one report (and last year's, and a roll-up's
// units), as findings — data, never exceptions.
import type { Report } from "@disclosure/schema";
import type { Finding } from "../finding.js";
import { checkCells } from "./cells.js";
import { type CheckContext, type CheckOptions, createContext } from "./context.js";
import { checkCrossYear } from "./cross-year.js";
import { checkDeadline } from "./deadline.js";
import { checkMigration } from "./migration.js";
import { checkRollup } from "./rollup.js";
import { sortFindings } from "./sort.js";
import { checkStructure } from "./structure.js";
import { checkTable2 } from "./table2.js";
import { checkTable3 } from "./table3.js";
import { checkTable4 } from "./table4.js";
import { checkText } from "./text.js";
import { checkSectionWording } from "./text-sections.js";
import { checkTextNumbers } from "./text-numbers.js";

/** The rule families, in the order their findings are collected (before sorting). */
const FAMILIES: readonly ((ctx: CheckContext) => Finding[])[] = [
  checkStructure,
  checkCells,
  checkTable2,
  checkTable3,
  checkTable4,
  checkCrossYear,
  checkText,
  checkSectionWording,
  checkTextNumbers,
  checkDeadline,
  checkMigration,
  checkRollup,
];

/**
 * Runs every rule of spec/rules.md that applies to the report (its format, the options
 * given) and returns one finding per violated instance, sorted (errors first, then by the
 * place of the cells in the tables). Pure; never throws on data: unreadable cells are
 * findings, absent cells make the instances that need them skipped (and are reported by
 * STRUCT-MISSING when the table is taken as complete). Blank cells (null) are kept apart
 * from 0: each is a CELL-BLANK warning, counts as 0 in the arithmetic, and an arithmetic
 * finding that involves one names it.
 *
 * @param report the report (validated by @disclosure/schema's validateReport, or built by code)
 * @param opts last year's report, rule switches, the roll-up's units, which tables are complete …
 * @returns findings `{ rule, severity, cells, expected, actual, message: { zh, en }, unit? }`
 *
 * @example
 * // 上海市科学技术委员会 2024: 四、结转下年度继续办理 has 自然人 1 and a blank 总计
 * check(kewei2024).filter((f) => f.severity === "error").map((f) => f.rule)
 * //=> ["T3-BALANCE", "T3-ROW-TOTAL"]
 * // The 平潭综合实验区 2022 report against its 2021 report: 1 application carried over both ways
 * check(pingtan2022, { previous: pingtan2021 }).filter((f) => f.rule === "CROSS-YEAR-CARRY") //=> []
 */
export function check(report: Report, opts: CheckOptions = {}): Finding[] {
  const ctx = createContext(report, opts ?? {});
  if (!ctx) {
    const format = (report as { format?: unknown } | null | undefined)?.format;
    return [
      {
        rule: "FORMAT-UNKNOWN",
        severity: "error",
        cells: [],
        actual: format,
        message: {
          zh: `未知的报告格式“${String(format)}”（应为 2021 或 2019），未进行检查`,
          en: `unknown report format “${String(format)}” (expected 2021 or 2019); nothing was checked`,
        },
      },
    ];
  }
  const findings: Finding[] = [];
  // One call a family through the list: check itself stays small for the optimising compiler.
  for (const family of FAMILIES) {
    for (const f of family(ctx)) if (ctx.on(f.rule)) findings.push(f);
  }
  return sortFindings(findings, ctx.format);
}

export type { CheckOptions } from "./context.js";
export { cellName } from "./context.js";
export { sortFindings, formatFinding } from "./sort.js";
export { numberClaims, type ClaimKind, type NumberClaim } from "./text-numbers.js";
export { zeroClaims } from "./text.js";
export { WORDING_SECTIONS, isEmptyWording } from "./text-sections.js";
export { sectionOfHeading } from "./structure.js";
export { publicationDeadline } from "./deadline.js";
export { mayMakeRules } from "./table2.js";
