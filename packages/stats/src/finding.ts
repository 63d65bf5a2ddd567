import type { Message, Severity } from "@disclosure/schema";
import type { RuleId } from "./check/rule-id.js";

/** A message a user reads, Chinese first with its English twin: `Message` of @disclosure/schema. */
export type { Message };

/**
 * A table cell addressed by codes (spec/codes.md), never by label. `year` is set when the
 * cell belongs to another year's report than the one checked (cross-year rules: last
 * year's 结转下年度继续办理); `unit` when it belongs to a unit report of a county roll-up.
 */
export type CellRef = { table: string; row: string; col: string; year?: number; unit?: string };

/**
 * One violated instance of a checker rule (spec/rules.md): the rule id, its severity,
 * the cells involved and a bilingual message; `unit` names the reporting unit when the
 * finding is about one unit of a county roll-up. `Rule` is a rule of this package's catalogue
 * ({@link RuleId}); another catalogue's findings (e.g. a document catalogue's CAT-* rules) are
 * `Finding<string>`.
 *
 * @example
 * const f: Finding = {
 *   rule: "APP-REPLY-DEADLINE",
 *   severity: "warning",
 *   cells: [],
 *   unit: "盐池县财政局",
 *   message: { zh: "1 件申请超过答复期限", en: "1 application past its reply deadline" },
 * };
 */
export type Finding<Rule extends string = RuleId> = {
  /** A rule of the catalogue (`RULES`); a misspelt id does not compile. */
  rule: Rule;
  severity: Severity;
  /**
   * Whom the finding is about: the publication (its figures or wording), or our reading of
   * it (cells a parser could not read: READ-UNREAD). `check` sets it on every finding;
   * absent means the publication.
   */
  concerns?: "publication" | "reading";
  cells: CellRef[];
  message: Message;
  unit?: string;
  /** The report section a wording rule is about (TEXT-SECTION-EMPTY): overview, problems, otherMatters. */
  section?: string;
  expected?: unknown;
  actual?: unknown;
};
