// Applications answered late (or open past their deadline), one finding per unit: the
// reply deadline of each record judged against its completion date or a day of reference.
import type { Issue } from "@disclosure/schema";
import type { DeadlineInput, DeadlineOptions } from "./deadline-input.js";
import type { Finding } from "./finding.js";
import { replyDeadline } from "./reply-deadline.js";
import { parseCalendarDate } from "./working-days.js";

/** A finding about a unit's applications: the rule's finding plus the records involved. */
export type ApplicationFinding = Finding & {
  count: number;
  /** Record ids; a record without an id is named by its 1-based position, `#3`. */
  ids: string[];
  /** Per overdue record: its deadline and completion date (null = still open at `asOf`). */
  overdue?: { id: string; deadline: string; completedDate: string | null }[];
  /** Per record that could not be judged: why. */
  issues?: Issue[];
};

const LISTED_IDS = 10;

function listIds(ids: string[]): string {
  return ids.length <= LISTED_IDS ? ids.join("、") : `${ids.slice(0, LISTED_IDS).join("、")} 等`;
}

function listIdsEn(ids: string[]): string {
  return ids.length <= LISTED_IDS ? ids.join(", ") : `${ids.slice(0, LISTED_IDS).join(", ")}, …`;
}

/** An APP-REPLY-DEADLINE finding of a unit (or of all records) about the records `ids`. */
function replyDeadlineFinding(
  unit: string | undefined,
  ids: string[],
  records: Pick<ApplicationFinding, "overdue" | "issues">,
  message: Finding["message"],
): ApplicationFinding {
  return {
    rule: "APP-REPLY-DEADLINE",
    severity: "warning",
    cells: [],
    ...(unit === undefined ? {} : { unit }),
    count: ids.length,
    ids,
    ...records,
    message,
  };
}

/**
 * Applications answered after their reply deadline (or still open past it on `asOf`),
 * one APP-REPLY-DEADLINE finding (warning) per unit that has any. Records whose deadline
 * cannot be computed (invalid dates, APP-EXTENSION-MAX, a year outside the holiday
 * calendar) are not dropped: each unit with such records gets one more APP-REPLY-DEADLINE
 * warning saying they could not be checked, with their issues. Applications abandoned
 * (补正 or fee never received) owe no reply and give no finding. Without `asOf`, open
 * applications are not judged. Consumes the iterable once; memory grows with the number
 * of units and offending records only.
 *
 * @example
 * overdueByUnit(
 *   [
 *     { id: "CZ-01", unit: "盐池县财政局", receivedDate: "2024-09-27", completedDate: "2024-10-31" },
 *     { id: "CZ-02", unit: "盐池县财政局", receivedDate: "2024-09-27", completedDate: "2024-10-30" },
 *   ],
 *   "2024-12-31",
 * );
 * //=> [{ rule: "APP-REPLY-DEADLINE", severity: "warning", cells: [], unit: "盐池县财政局",
 * //      count: 1, ids: ["CZ-01"], message: { zh: "盐池县财政局：1 件政府信息公开申请超过答复期限（CZ-01）", … }, … }]
 */
export function overdueByUnit(
  apps: Iterable<DeadlineInput & { unit?: string; completedDate?: string | null }>,
  asOf?: string,
  options: DeadlineOptions = {},
): ApplicationFinding[] {
  if (asOf !== undefined && !parseCalendarDate(asOf)) {
    throw new RangeError(`overdueByUnit: asOf is not a YYYY-MM-DD date: ${JSON.stringify(asOf)}`);
  }
  type Bucket = {
    unit: string | undefined;
    overdue: { id: string; deadline: string; completedDate: string | null }[];
    unchecked: { id: string; issues: Issue[] }[];
  };
  const buckets = new Map<string | undefined, Bucket>();
  let position = 0;
  for (const app of apps) {
    position++;
    const id = app.id ?? `#${position}`;
    const result = replyDeadline(app, options);
    if (result.ok && result.deadline === null) continue;
    let bucket = buckets.get(app.unit);
    const ensure = (): Bucket => {
      if (!bucket) {
        bucket = { unit: app.unit, overdue: [], unchecked: [] };
        buckets.set(app.unit, bucket);
      }
      return bucket;
    };
    if (!result.ok) {
      ensure().unchecked.push({ id, issues: result.issues });
      continue;
    }
    const deadline = result.deadline as string;
    if (overdueAgainst(deadline, app.completedDate, asOf)) {
      const completed =
        app.completedDate && (asOf === undefined || app.completedDate <= asOf) ? app.completedDate : null;
      ensure().overdue.push({ id, deadline, completedDate: completed });
    }
  }

  const findings: ApplicationFinding[] = [];
  for (const b of buckets.values()) {
    const zhUnit = b.unit === undefined ? "" : `${b.unit}：`;
    const enUnit = b.unit === undefined ? "" : `${b.unit}: `;
    if (b.overdue.length > 0) {
      const ids = b.overdue.map((o) => o.id);
      findings.push(
        replyDeadlineFinding(
          b.unit,
          ids,
          { overdue: b.overdue },
          {
            zh: `${zhUnit}${ids.length} 件政府信息公开申请超过答复期限（${listIds(ids)}）`,
            en: `${enUnit}${ids.length} ${ids.length === 1 ? "application was" : "applications were"} not answered within the reply deadline (${listIdsEn(ids)})`,
          },
        ),
      );
    }
    if (b.unchecked.length > 0) {
      const ids = b.unchecked.map((u) => u.id);
      const issues = b.unchecked.flatMap((u) => u.issues);
      findings.push(
        replyDeadlineFinding(
          b.unit,
          ids,
          { issues },
          {
            zh: `${zhUnit}${ids.length} 件申请无法核对答复期限（${listIds(ids)}）；首个问题：${issues[0]?.message.zh}`,
            en: `${enUnit}the reply deadline of ${ids.length} ${ids.length === 1 ? "application" : "applications"} could not be checked (${listIdsEn(ids)}); first problem: ${issues[0]?.message.en}`,
          },
        ),
      );
    }
  }
  return findings;
}

/** Whether a reply completed on `completed` (or still open on `asOf`) is after `deadline`; null when it cannot be said. */
export function overdueAgainst(
  deadline: string,
  completed: string | null | undefined,
  asOf?: string,
): boolean | null {
  if (completed !== undefined && completed !== null) {
    if (!parseCalendarDate(completed)) return null;
    if (asOf === undefined || completed <= asOf) return completed > deadline;
  }
  if (asOf === undefined) return null;
  return asOf > deadline;
}
