// The checks a valid record must pass besides its schema to be counted in the tables:
// dates in order (a reply before the application, a decision before the filing) and a result
// with its completion date, each a located, bilingual issue.
import type { Issue, RawRecord } from "@disclosure/schema";
import { type RecordLocation, recordIssue } from "./record-parse";

/** The checks a valid record must also pass to be counted: consistent dates and results. */
export function consistency(r: RawRecord, loc: RecordLocation): Issue[] {
  const issues: Issue[] = [];
  const order = (
    field: string,
    later: string,
    earlier: string,
    what: [string, string],
    than: [string, string],
  ) =>
    issues.push(
      recordIssue(
        "RECORD-DATE-ORDER",
        `${what[0]}（${later}）早于${than[0]}（${earlier}）`,
        `the ${what[1]} (${later}) is before the ${than[1]} (${earlier})`,
        loc,
        [field],
        later,
      ),
    );
  switch (r.type) {
    case "application":
      if (r.result !== undefined && r.completedDate === undefined) {
        issues.push(
          recordIssue(
            "APP-YEAR-BUCKET",
            "有办理结果但没有办结日期（completedDate），无法确定计入哪一年",
            "the application has a result but no completion date (completedDate), so its year cannot be told",
            loc,
            ["completedDate"],
          ),
        );
      }
      if (r.completedDate !== undefined && r.result === undefined) {
        issues.push(
          recordIssue(
            "APP-RESULT-SINGLE",
            "已办结（有 completedDate）但没有办理结果（result），每件办结的申请须计入且只计入一种办理结果",
            "the application is completed (completedDate) but has no result; each completed application has exactly one result",
            loc,
            ["result"],
          ),
        );
      }
      if (r.completedDate !== undefined && r.completedDate < r.receivedDate) {
        order(
          "completedDate",
          r.completedDate,
          r.receivedDate,
          ["办结日期", "completion date"],
          ["收到申请日期", "receipt date"],
        );
      }
      break;
    case "case":
      if ((r.outcome === undefined) !== (r.decidedDate === undefined)) {
        issues.push(
          recordIssue(
            "RECORD-CASE-OUTCOME",
            r.outcome === undefined
              ? "案件有审结日期（decidedDate）但没有结果（outcome）"
              : "案件有结果（outcome）但没有审结日期（decidedDate）",
            r.outcome === undefined
              ? "the case has a decision date (decidedDate) but no outcome"
              : "the case has an outcome but no decision date (decidedDate)",
            loc,
            [r.outcome === undefined ? "outcome" : "decidedDate"],
          ),
        );
      }
      if (r.decidedDate !== undefined && r.decidedDate < r.filedDate) {
        order(
          "decidedDate",
          r.decidedDate,
          r.filedDate,
          ["审结日期", "decision date"],
          ["立案日期", "filing date"],
        );
      }
      break;
    case "document":
      if (r.repealedDate !== undefined && r.repealedDate < r.issuedDate) {
        order(
          "repealedDate",
          r.repealedDate,
          r.issuedDate,
          ["废止日期", "repeal date"],
          ["制发日期", "issue date"],
        );
      }
      if (r.expiresDate !== undefined && r.expiresDate < r.issuedDate) {
        order(
          "expiresDate",
          r.expiresDate,
          r.issuedDate,
          ["有效期截止日期", "expiry date"],
          ["制发日期", "issue date"],
        );
      }
      break;
    case "decisions":
      if (r.to < r.from)
        order("to", r.to, r.from, ["统计截止日期", "end of the period"], ["统计起始日期", "start"]);
      break;
  }
  return issues;
}
