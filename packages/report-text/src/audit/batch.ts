// Many published reports, audited one after another and yielded as they are done, with the
// cross-year pairs as soon as both years of an agency have been read.
import type { AuditInput, AuditPair, AuditedReport } from "./model.js";
import { yearPairer } from "./pairs.js";
import { type AuditOptions, readAndCheck } from "./read-and-check.js";

/** What the batch yields: a report, or a pair of one agency's consecutive years. */
export type AuditEvent =
  | { readonly type: "report"; readonly report: AuditedReport }
  | { readonly type: "pair"; readonly pair: AuditPair };

/**
 * Audits many reports: each is read and checked with every rule, and the same agency's
 * consecutive years are paired for the cross-year rules without the caller pairing files.
 * Results come as they are done (an async iterable), so a portal can show progress; a file
 * that cannot be read is a report row with the reason and never stops the run.
 *
 * @example
 * for await (const e of auditReports(files)) {
 *   if (e.type === "report") console.log(e.report.file, e.report.findings.length);
 *   else console.log(e.pair.agency, e.pair.previous.year, "→", e.pair.current.year);
 * }
 */
export async function* auditReports(
  inputs: Iterable<AuditInput> | AsyncIterable<AuditInput>,
  opts: AuditOptions = {},
): AsyncIterable<AuditEvent> {
  const pairer = yearPairer();
  for await (const input of inputs) {
    const checked = await readAndCheck(input, opts);
    yield { type: "report", report: checked.audited };
    for (const pair of pairer.add(checked)) yield { type: "pair", pair };
  }
}

/** One report, read and checked (the batch's step for a single file). */
export async function auditReport(input: AuditInput, opts: AuditOptions = {}): Promise<AuditedReport> {
  return (await readAndCheck(input, opts)).audited;
}
