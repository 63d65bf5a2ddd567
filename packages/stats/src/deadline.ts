/**
 * Reply deadlines for 政府信息公开 applications (2019 条例 第三十条、第三十三条; 109号 for
 * the fee-payment period; spec/law.md §1–§3, spec/rules.md §H): the deadline of one
 * application (reply-deadline), whether it was answered late, the 补正 notice, and the
 * overdue applications of each unit (overdue-by-unit).
 */
import type { CalendarOption } from "./calendar.js";
import type { DeadlineInput, DeadlineOptions } from "./deadline-input.js";
import { CORRECTION_NOTICE_WORKING_DAYS } from "./deadline-limits.js";
import { overdueAgainst } from "./overdue-by-unit.js";
import { replyDeadline } from "./reply-deadline.js";
import { addWorkingDays, CalendarRangeError, parseCalendarDate } from "./working-days.js";

export type {
  DeadlineInput,
  DeadlineOptions,
  DeadlineResult,
  DeadlineStep,
  RecordIssue,
} from "./deadline-input.js";
export {
  CORRECTION_NOTICE_WORKING_DAYS,
  MAX_EXTENSION_WORKING_DAYS,
  REPLY_WORKING_DAYS,
} from "./deadline-limits.js";
export { type ApplicationFinding, overdueByUnit } from "./overdue-by-unit.js";
export { replyDeadline } from "./reply-deadline.js";

/**
 * Whether an application was (or, by `asOf`, is) answered after its reply deadline
 * (rule APP-REPLY-DEADLINE).
 *
 * @param app the record, with `completedDate` (答复日期) when it has been answered
 * @param asOf `YYYY-MM-DD`: judge as of this day (an answer dated later is treated as not
 *   yet given); needed to judge applications still open
 * @returns `true` overdue, `false` in time (so far), `null` when it cannot be said: the
 *   record is invalid (see {@link replyDeadline}), no reply is owed (abandoned), the
 *   completion date is invalid, or the application is open and no `asOf` is given
 * @throws RangeError when `asOf` is not a date (a programmer error)
 *
 * @example
 * // received 2024-09-27, deadline 2024-10-30
 * isOverdue({ receivedDate: "2024-09-27", completedDate: "2024-10-31" });
 * //=> true
 * isOverdue({ receivedDate: "2024-09-27", completedDate: null }, "2024-10-30");
 * //=> false
 */
export function isOverdue(
  app: DeadlineInput & { completedDate?: string | null | undefined },
  asOf?: string,
  options: DeadlineOptions = {},
): boolean | null {
  if (asOf !== undefined && !parseCalendarDate(asOf)) {
    throw new RangeError(`isOverdue: asOf is not a YYYY-MM-DD date: ${JSON.stringify(asOf)}`);
  }
  const result = replyDeadline(app, options);
  if (!result.ok || result.deadline === null) return null;
  return overdueAgainst(result.deadline, app.completedDate, asOf);
}

/**
 * Whether the 补正 request came later than 7 working days after receipt (rule
 * APP-CORRECTION-NOTICE, 条例第三十条: "自收到申请之日起7个工作日内一次性告知").
 *
 * @returns `true` late, `false` in time, `null` when the record has no correction or its
 *   dates are invalid or outside the holiday calendar
 *
 * @example
 * // received Friday 2024-09-27: the 7th working day is 2024-10-12 (a make-up Saturday)
 * correctionNoticeLate({ receivedDate: "2024-09-27", correction: { requestedDate: "2024-10-12" } });
 * //=> false
 * correctionNoticeLate({ receivedDate: "2024-09-27", correction: { requestedDate: "2024-10-14" } });
 * //=> true
 */
export function correctionNoticeLate(app: DeadlineInput, options: CalendarOption = {}): boolean | null {
  if (!app.correction) return null;
  const received = parseCalendarDate(app.receivedDate);
  const requested = parseCalendarDate(app.correction.requestedDate);
  if (!received || !requested) return null;
  try {
    return (
      app.correction.requestedDate > addWorkingDays(app.receivedDate, CORRECTION_NOTICE_WORKING_DAYS, options)
    );
  } catch (e) {
    if (e instanceof CalendarRangeError) return null;
    throw e;
  }
}
