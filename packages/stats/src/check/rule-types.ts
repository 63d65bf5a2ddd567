// The shape of the checker's rule catalogue: severities, origins, families, one entry.
import type { FormatId, Severity } from "@disclosure/schema";
import type { Message } from "../finding.js";
import type { RuleId } from "./rule-id.js";

/**
 * Severity of a finding (`Severity` of @disclosure/schema): error = internally impossible or
 * against the format; warning = probably wrong; info = worth knowing.
 */
export type { Severity };

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

/** What a rule needs beyond the report's tables. */
export type RuleNeed = "previous" | "text" | "units" | "publishedDate" | "headings";

/**
 * `rules.md` for the rules of spec/rules.md; `check` for rules this package adds (same id
 * style); `records` for rules over raw application records, which `check` does not run (see
 * replyDeadline / overdueByUnit).
 */
export type RuleSource = "rules.md" | "check" | "records";

/** One entry of the catalogue as written: {@link RuleDef} with its defaults left out. */
export type RuleEntry = Omit<RuleDef, "id" | "enabledByDefault" | "source"> & {
  readonly id: string;
  /** Default `true`. */
  readonly enabledByDefault?: RuleDef["enabledByDefault"];
  /** Default `rules.md`. */
  readonly source?: RuleSource;
};

/** One rule of the catalogue. */
export interface RuleDef {
  /** Stable id, e.g. T3-BALANCE. */
  readonly id: RuleId;
  readonly severity: Severity;
  readonly family: RuleFamily;
  /** Formats the rule applies to. */
  readonly formats: readonly FormatId[];
  readonly origin: readonly RuleOrigin[];
  /** Whether `check` runs it without being asked: always, never (opt in), or only for these formats. */
  readonly enabledByDefault: boolean | readonly FormatId[];
  /** What the rule needs beyond the report's tables. */
  readonly needs?: RuleNeed;
  /** Where the rule is stated, and whether `check` runs it (not for `records`). */
  readonly source: RuleSource;
  /** `reading` for a rule about our reading of a document rather than the document itself. */
  readonly concerns?: "reading";
  readonly title: Message;
}
