// check over real reports: the 12 reports of testdata/corpus with their cells and their
// narrative cut into sections (test/corpus-reports.ts), each checked as the audit checks a
// report read from a document (the tables it holds in full given).
import { bench, describe } from "vitest";
import { check } from "../src/check/index";
import { corpusEntries, reportWithText } from "../test/corpus-reports";

const reports = corpusEntries().map((e) => ({ report: reportWithText(e), opts: { tables: e.complete } }));

// warm the per-format caches so the first sample is not an outlier
for (const { report, opts } of reports) check(report, opts);

describe(`check over the ${reports.length} corpus reports`, () => {
  bench(`check × ${reports.length} (tables and section text)`, () => {
    for (const { report, opts } of reports) check(report, opts);
  });
  bench(`check × ${reports.length}, tables only`, () => {
    for (const { report, opts } of reports) check({ ...report, sections: {} }, opts);
  });
});
