// The same agency's consecutive years, found as reports arrive, and what the cross-year
// rules (结转 continuity, 现行有效 continuity, …) say of each pair.
import type { Report } from "@disclosure/schema";
import { foldIdeographVariants } from "@disclosure/schema/internal";
import { check, ruleDef } from "@disclosure/stats";
import type { AuditPair, AuditedReport } from "./model.js";

/**
 * What pairing needs of a report: its file, agency and year as audited, and the report as
 * read (a `CheckedReport` is one; so is a summary that leaves the findings elsewhere).
 */
export interface PairableReport {
  readonly audited: Pick<AuditedReport, "file" | "agency" | "year">;
  readonly report?: Report;
}

/** An agency's name as a key: no white space or brackets, radicals folded. */
export function agencyKey(name: string): string {
  return foldIdeographVariants(name.normalize("NFKC")).replace(/[\s()（）〔〕[\]【】"“”]/g, "");
}

/** The cross-year findings of `current` against `previous` (the year before). */
export function crossYear(previous: PairableReport, current: PairableReport): AuditPair | undefined {
  const prev = previous.report;
  const cur = current.report;
  if (!prev || !cur) return undefined;
  const findings = check(cur, { previous: prev }).filter((f) => ruleDef(f.rule)?.family === "crossYear");
  return {
    agency: cur.agency.name,
    previous: { file: previous.audited.file, year: prev.year },
    current: { file: current.audited.file, year: cur.year },
    findings,
  };
}

/**
 * Pairs reports of one agency in consecutive years as they come: `add` returns the pairs the
 * new report completes (with the year before and the year after, when already seen). A report
 * without an agency name or year is never paired; of two files of one agency and year (the
 * same report as PDF and as a page), the first is paired and the later one is not.
 */
export function yearPairer(): { add(report: PairableReport): AuditPair[] } {
  const seen = new Map<string, PairableReport>();
  return {
    add(report) {
      const { agency, year } = report.audited;
      if (!report.report || !agency || year === undefined || agency === "（未注明）") return [];
      const k = agencyKey(agency);
      if (seen.has(`${k}|${year}`)) return [];
      seen.set(`${k}|${year}`, report);
      const before = seen.get(`${k}|${year - 1}`);
      const after = seen.get(`${k}|${year + 1}`);
      return [before && crossYear(before, report), after && crossYear(report, after)].filter(
        (p): p is AuditPair => p !== undefined,
      );
    },
  };
}
