// The checker's rule catalogue as data (spec/rules.md): id, severity, formats, origin,
// whether it runs by default, a bilingual title. Ids are stable: never reused, never renamed.
import type { FormatId } from "@disclosure/schema";
import type { Message } from "../finding.js";

/** Severity of a finding: error = internally impossible or against the format; warning = probably wrong. */
export type Severity = "error" | "warning" | "info";

/** Where a rule's statement comes from (rules.md): F = the format itself, N = a notice or the 条例, P = practice. */
export type RuleOrigin = "F" | "N" | "P";

/** The part of `check` (one file of src/check/) that implements a rule. */
export type RuleFamily =
  | "cells"
  | "structure"
  | "table2"
  | "table3"
  | "table4"
  | "crossYear"
  | "text"
  | "deadline"
  | "rollup"
  | "migration"
  | "records";

/** One rule of the catalogue. */
export interface RuleDef {
  /** Stable id, e.g. T3-BALANCE. */
  readonly id: string;
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** Formats the rule applies to. */
  readonly formats: readonly FormatId[];
  readonly origin: readonly RuleOrigin[];
  /** Whether `check` runs it without being asked: always, never (opt in), or only for these formats. */
  readonly enabledByDefault: boolean | readonly FormatId[];
  /** What the rule needs beyond the report's tables. */
  readonly needs?: "previous" | "text" | "units" | "publishedDate" | "headings";
  /**
   * `rules.md` for the rules of spec/rules.md; `check` for rules this package adds (same
   * id style); `records` for rules over raw application records, which `check` does not
   * run (see replyDeadline / overdueByUnit).
   */
  readonly source: "rules.md" | "check" | "records";
  /** `reading` for a rule about our reading of a document rather than the document itself. */
  readonly concerns?: "reading";
  readonly title: Message;
}

const BOTH: readonly FormatId[] = ["2021", "2019"];
const Y2021: readonly FormatId[] = ["2021"];
const Y2019: readonly FormatId[] = ["2019"];

function rule(
  id: string,
  severity: Severity,
  family: RuleFamily,
  formats: readonly FormatId[],
  origin: string,
  zh: string,
  en: string,
  extra: Partial<Pick<RuleDef, "enabledByDefault" | "needs" | "source" | "concerns">> = {},
): RuleDef {
  return {
    id,
    severity,
    family,
    formats,
    origin: origin.split("") as RuleOrigin[],
    enabledByDefault: extra.enabledByDefault ?? true,
    ...(extra.needs ? { needs: extra.needs } : {}),
    source: extra.source ?? "rules.md",
    ...(extra.concerns ? { concerns: extra.concerns } : {}),
    title: { zh, en },
  };
}

/**
 * Every rule of spec/rules.md, plus the few `check` adds (source `check`), in the order of
 * rules.md. The APP-* rules apply to raw application records (source `records`): they are
 * listed for completeness and run by the reply-deadline functions, not by `check`.
 *
 * @example
 * RULES.find((r) => r.id === "T3-BALANCE")
 * //=> { id: "T3-BALANCE", severity: "error", family: "table3", formats: ["2021", "2019"], origin: ["F"],
 * //     enabledByDefault: true, source: "rules.md", title: { zh: "表三勾稽关系：一加二等于三（七）加四", en: "table 三 balance: …" } }
 */
export const RULES: readonly RuleDef[] = [
  // A. Cell values
  rule("CELL-COUNT", "error", "cells", BOTH, "FN", "计数单元格为非负整数", "count cells are integers ≥ 0"),
  rule(
    "CELL-SIGNED",
    "error",
    "cells",
    Y2019,
    "FP",
    "增减数为整数，且不使项目数为负",
    "本年增/减 is an integer and leaves a non-negative item count",
  ),
  rule(
    "CELL-MONEY",
    "error",
    "cells",
    BOTH,
    "F",
    "金额（万元）为非负数",
    "amounts in 万元 are non-negative decimals",
  ),
  rule(
    "CELL-MONEY-PRECISION",
    "warning",
    "cells",
    Y2021,
    "P",
    "收费金额以万元计最多4位小数",
    "the fee amount in 万元 has at most 4 decimals",
  ),
  rule(
    "CELL-MONEY-UNIT",
    "warning",
    "cells",
    Y2019,
    "P",
    "采购金额应注明单位",
    "the 2019 procurement amount states its unit",
  ),
  rule(
    "CELL-BLANK",
    "warning",
    "cells",
    BOTH,
    "P",
    "单元格为空（应填0）",
    "a cell is blank (the form expects 0)",
  ),
  rule(
    "CELL-UNKNOWN",
    "warning",
    "cells",
    BOTH,
    "P",
    "格式之外的行或列（不检查）",
    "a row or column outside the format (kept aside)",
  ),
  rule(
    "STRUCT-MISSING",
    "error",
    "structure",
    BOTH,
    "F",
    "表格缺少格式规定的行或列",
    "a row or column of the format is missing",
  ),
  rule(
    "READ-UNREAD",
    "info",
    "structure",
    BOTH,
    "P",
    "单元格未能读出（读取的问题，不是报告的问题；相关规则未检查）",
    "cells could not be read (our reading, not the report; the rules that need them were not checked)",
    { source: "check", concerns: "reading" },
  ),
  rule(
    "STRUCT-GROUP-COLLAPSED",
    "warning",
    "structure",
    Y2021,
    "P",
    "办理结果分组印为一行",
    "a result group is printed as one row",
  ),
  // B. Table 二
  rule(
    "T2-INFORCE-MIN",
    "warning",
    "table2",
    Y2021,
    "P",
    "现行有效数不少于制发数减废止数",
    "in force ≥ issued − repealed",
  ),
  rule(
    "T2-INFORCE-CONTINUITY",
    "warning",
    "crossYear",
    Y2021,
    "P",
    "上年现行有效数加制发数减废止数等于现行有效数",
    "last year's in force + issued − repealed = in force",
    { needs: "previous" },
  ),
  rule(
    "T2-REPEAL-BOUND",
    "warning",
    "crossYear",
    Y2021,
    "P",
    "废止数不多于上年现行有效数加制发数",
    "repealed ≤ last year's in force + issued",
    { needs: "previous" },
  ),
  rule(
    "T2-RULES-LEVEL",
    "warning",
    "table2",
    BOTH,
    "NP",
    "无规章制定权的机关规章栏应为0",
    "an agency that cannot make 规章 reports 0 规章",
  ),
  rule(
    "T2-2019-PUBLISHED-BOUND",
    "warning",
    "table2",
    Y2019,
    "P",
    "新公开数不超过公开总数",
    "newly published ≤ published in total",
  ),
  rule(
    "T2-2019-ITEMS-CONTINUITY",
    "warning",
    "crossYear",
    Y2019,
    "P",
    "项目数与上年报告的项目数及增减衔接",
    "items last year = last report's items + change",
    { needs: "previous" },
  ),
  // C. Table 三
  rule(
    "T3-ROW-TOTAL",
    "error",
    "table3",
    BOTH,
    "F",
    "表三各行合计等于各列之和",
    "each table 三 row's 总计 is the sum of its columns",
  ),
  rule(
    "T3-COL-TOTAL",
    "error",
    "table3",
    BOTH,
    "F",
    "办理结果合计等于各项办理结果之和",
    "（七）总计 is the sum of the result rows",
  ),
  rule(
    "T3-BALANCE",
    "error",
    "table3",
    BOTH,
    "F",
    "表三勾稽关系：一加二等于三（七）加四",
    "table 三 balance: 一 + 二 = 三（七） + 四",
  ),
  rule(
    "T3-GROUP-SUBTOTAL",
    "warning",
    "table3",
    BOTH,
    "P",
    "分组小计等于其子项之和",
    "a group subtotal equals the sum of its sub-rows",
  ),
  rule(
    "T3-UNPAID-FEE-EPOCH",
    "error",
    "table3",
    Y2021,
    "N",
    "2021年前不可能有逾期未缴费",
    "no unpaid-fee results before 2021",
  ),
  rule(
    "T3-CARRYOUT-PLAUSIBLE",
    "warning",
    "table3",
    BOTH,
    "NP",
    "结转下年度数不多于本年新收数",
    "carried out ≤ received",
  ),
  rule(
    "T3-CARRYIN-AGE",
    "warning",
    "crossYear",
    BOTH,
    "P",
    "上年结转数不多于上年新收数",
    "carried in ≤ last year's received",
    { needs: "previous" },
  ),
  // D. Table 四
  rule(
    "T4-GROUP-TOTAL",
    "error",
    "table4",
    BOTH,
    "F",
    "表四各组合计等于四项结果之和",
    "each table 四 group's 总计 is the sum of its four results",
  ),
  rule(
    "T4-PENDING-FOLLOWUP",
    "warning",
    "crossYear",
    BOTH,
    "P",
    "本年案件数不少于上年尚未审结数",
    "this year's cases ≥ last year's pending",
    { needs: "previous", enabledByDefault: false },
  ),
  // E. Cross-year
  rule(
    "CROSS-YEAR-CARRY",
    "error",
    "crossYear",
    BOTH,
    "FN",
    "上年的结转下年度数等于本年的上年结转数",
    "last year's carried out = this year's carried in",
    { needs: "previous" },
  ),
  rule(
    "YOY-JUMP",
    "warning",
    "crossYear",
    BOTH,
    "P",
    "主要数字与上年相比变化超过10倍",
    "a headline number changed more than tenfold",
    { needs: "previous" },
  ),
  rule(
    "CROSS-YEAR-PREVIOUS",
    "warning",
    "crossYear",
    BOTH,
    "P",
    "所给上年报告不是同一机关的上一年度报告",
    "the previous report is not the same agency's report for the year before",
    { needs: "previous", source: "check" },
  ),
  // F. Text, structure, completeness
  rule(
    "STRUCT-SECTIONS",
    "error",
    "structure",
    BOTH,
    "N",
    "六个部分齐全且顺序正确",
    "the six sections are present, in order",
    { needs: "text" },
  ),
  rule(
    "STRUCT-HEADING-WORDING",
    "warning",
    "structure",
    BOTH,
    "F",
    "标题措辞与格式不同",
    "a heading differs from the official wording",
    { needs: "headings" },
  ),
  rule("STRUCT-TABLES", "error", "structure", BOTH, "F", "三张表格齐全", "tables 二, 三, 四 are all present"),
  rule(
    "FORMAT-YEAR",
    "warning",
    "structure",
    BOTH,
    "N",
    "报告格式与年度不符",
    "the format does not match the report year",
  ),
  rule(
    "TXT-NUMBERS",
    "warning",
    "text",
    BOTH,
    "P",
    "正文数字与表格一致",
    "numbers in the narrative match the tables",
    { needs: "text" },
  ),
  rule(
    "TXT-ZERO-CLAIMS",
    "warning",
    "text",
    BOTH,
    "P",
    "正文称“未发生”与表格一致",
    "“none” claims in the narrative match the tables",
    { needs: "text" },
  ),
  rule(
    "TXT-OVERVIEW-ASPECTS",
    "warning",
    "text",
    BOTH,
    "NP",
    "第一部分涵盖五个方面",
    "the overview covers the five aspects",
    { needs: "text", enabledByDefault: Y2021 },
  ),
  rule("TXT-PROBLEMS-NONEMPTY", "warning", "text", BOTH, "NP", "第五部分不为空", "section 五 is not empty", {
    needs: "text",
  }),
  rule(
    "TEXT-SECTION-EMPTY",
    "warning",
    "text",
    BOTH,
    "N",
    "第一、五、六部分有文字",
    "sections 一, 五 and 六 have wording",
    // Off by default: tables-only data (cells, a roll-up, a partial transcription) has no
    // wording by nature. A report about to be published turns it on.
    { source: "check", enabledByDefault: false },
  ),
  rule(
    "TXT-OTHER-FEES",
    "warning",
    "text",
    Y2021,
    "N",
    "第六部分说明信息处理费情况",
    "section 六 states the 信息处理费 situation",
    { needs: "text" },
  ),
  rule(
    "TXT-OTHER-ITEMS",
    "warning",
    "text",
    Y2021,
    "NP",
    "第六部分说明建议提案和工作要点",
    "section 六 covers proposals and the work points",
    { needs: "text", enabledByDefault: false },
  ),
  rule(
    "TXT-FEE-CONSISTENCY",
    "warning",
    "text",
    Y2021,
    "P",
    "有逾期未缴费时不应称未发出收费通知",
    "unpaid fees in table 三 contradict “no fee notice” in section 六",
    { needs: "text" },
  ),
  rule(
    "TXT-YEAR",
    "warning",
    "text",
    BOTH,
    "P",
    "正文统计数字属于其他年度",
    "narrative figures are for another year",
    { needs: "text", source: "check" },
  ),
  rule(
    "DEADLINE",
    "warning",
    "deadline",
    BOTH,
    "NP",
    "按期发布年度报告",
    "the report is published by its deadline",
    { needs: "publishedDate" },
  ),
  // G. Roll-up
  rule(
    "ROLLUP-SUM",
    "error",
    "rollup",
    BOTH,
    "P",
    "汇总报告表三、表四等于各单位之和",
    "a roll-up's tables 三 and 四 are the sums of its units",
    { needs: "units" },
  ),
  rule(
    "ROLLUP-SUM-T2",
    "warning",
    "rollup",
    BOTH,
    "P",
    "汇总报告表二等于各单位之和",
    "a roll-up's table 二 is the sum of its units",
    { needs: "units" },
  ),
  rule("ROLLUP-DUPLICATE-UNIT", "error", "rollup", BOTH, "P", "同一单位重复汇总", "a unit appears twice", {
    needs: "units",
  }),
  rule(
    "ROLLUP-UNIT-YEAR",
    "error",
    "rollup",
    BOTH,
    "P",
    "各单位报告年度相同",
    "all unit reports cover the same year",
    { needs: "units" },
  ),
  rule(
    "ROLLUP-FORMAT-MIX",
    "warning",
    "rollup",
    BOTH,
    "P",
    "各单位报告格式不同",
    "unit reports in different formats",
    { needs: "units" },
  ),
  rule(
    "ROLLUP-UNIT-MISSING",
    "warning",
    "rollup",
    BOTH,
    "P",
    "应汇总的单位缺少报告或数据",
    "a unit to be summed has no report or data",
    { needs: "units", source: "check" },
  ),
  rule(
    "ROLLUP-UNIT-UNLISTED",
    "warning",
    "rollup",
    BOTH,
    "P",
    "提供了汇总未列出的单位报告",
    "a unit report was supplied that the roll-up does not list",
    { needs: "units", source: "check" },
  ),
  rule(
    "ROLLUP-RECORDS-REJECTED",
    "warning",
    "rollup",
    BOTH,
    "P",
    "单位的原始记录有被拒收的条目",
    "some of a unit's raw records were rejected",
    { needs: "units", source: "check" },
  ),
  // H. Application records (run by replyDeadline / overdueByUnit, not by check)
  rule("APP-REPLY-DEADLINE", "warning", "records", BOTH, "N", "按期答复", "replied by the deadline", {
    source: "records",
  }),
  rule(
    "APP-EXTENSION-MAX",
    "error",
    "records",
    BOTH,
    "N",
    "延期不超过20个工作日",
    "an extension is at most 20 working days",
    { source: "records" },
  ),
  rule(
    "APP-CORRECTION-NOTICE",
    "warning",
    "records",
    BOTH,
    "N",
    "7个工作日内一次性告知补正",
    "a correction request within 7 working days",
    { source: "records" },
  ),
  rule(
    "APP-RESULT-SINGLE",
    "error",
    "records",
    BOTH,
    "F",
    "每件申请只有一种办理结果",
    "one result per application",
    { source: "records" },
  ),
  rule(
    "APP-YEAR-BUCKET",
    "error",
    "records",
    BOTH,
    "FN",
    "按日期归入年度",
    "records are counted in the year of their dates",
    { source: "records" },
  ),
  rule(
    "APP-FEE-AMOUNT",
    "error",
    "records",
    BOTH,
    "N",
    "信息处理费金额正确",
    "the 信息处理费 is computed correctly",
    { source: "records" },
  ),
  // Raw records of any kind (run by tabulate and its readers, not by check)
  rule(
    "RECORD-DUPLICATE-ID",
    "error",
    "records",
    BOTH,
    "P",
    "记录编号不重复（重复的记录只计一次）",
    "each record id appears once (a repeated record is counted once)",
    { source: "records" },
  ),
  // I. Migration
  rule(
    "MIGRATE-APPROX",
    "warning",
    "migration",
    Y2021,
    "P",
    "由2019年格式近似迁移的单元格",
    "cells filled by an approximate 2019 → 2021 mapping",
  ),
  rule(
    "MIGRATE-LEGACY-KEPT",
    "warning",
    "migration",
    Y2021,
    "P",
    "2019年格式数据在2021年格式中无对应栏目",
    "2019 cells with no 2021 home are kept aside",
  ),
  // Added by check for input it cannot read.
  rule("FORMAT-UNKNOWN", "error", "structure", BOTH, "F", "未知的报告格式", "unknown report format", {
    source: "check",
  }),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/**
 * The catalogue entry of a rule id, or undefined.
 * @example ruleDef("CROSS-YEAR-CARRY")?.severity //=> "error"
 */
export function ruleDef(id: string): RuleDef | undefined {
  return BY_ID.get(id);
}

/** Position of a rule in the catalogue (for a stable order of findings without cells). */
export function ruleIndex(id: string): number {
  const i = RULES.findIndex((r) => r.id === id);
  return i < 0 ? RULES.length : i;
}
