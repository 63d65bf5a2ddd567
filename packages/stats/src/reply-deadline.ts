// The reply deadline of one application, step by step: where the period starts (receipt or
// 补正), the ranges not counted (consultations, the fee period), the working days counted
// (2019 条例 第三十条、第三十三条; 109号; spec/law.md §1–§3, spec/rules.md §H).
import { addDays, differenceInCalendarDays } from "date-fns";
import type { WorkingCalendar } from "./calendar.js";
import {
  type DeadlineInput,
  type DeadlineOptions,
  type DeadlineResult,
  type DeadlineStep,
  issue,
  type Range,
  type Validated,
  validate,
} from "./deadline-input.js";
import { REPLY_WORKING_DAYS } from "./deadline-limits.js";
import type { Message } from "./finding.js";
import { addWorkingDays, CalendarRangeError, dayWalker, formatCalendarDate } from "./working-days.js";

/**
 * The reply deadline of one application under 2019 条例 第三十三条: 20 working days from
 * the day after receipt; from the day after the corrected application arrived when a
 * 补正 was requested (第三十条); plus an approved extension of at most 20 working days;
 * not counting the working days spent consulting third parties or other agencies
 * (第三十三条第三款) nor, by default, the fee-payment period (109号). Each step of the
 * computation is explained in `steps`, Chinese and English.
 *
 * - `onTheSpot` → the deadline is the day of receipt (当场答复);
 * - a correction requested and never received → `deadline: null` with a `reason`
 *   (视为放弃申请); a fee notice never paid likewise (with `excludeFeePeriod`);
 * - invalid dates, contradictory dates, an extension over 20 days (APP-EXTENSION-MAX) or
 *   a date outside the holiday calendar → `{ ok: false, issues }`, each issue located.
 *   Never throws for bad records.
 *
 * Excluded ranges only matter where they fall inside the running period: the deadline
 * is the day on which the count of working days after the start, skipping the excluded
 * ones, reaches 20 (+ extension).
 *
 * @example
 * // Received Friday 2024-09-27, before 国庆节 (1–7 October) and its make-up days
 * // 29 September and 12 October: the 20th working day is Wednesday 30 October.
 * replyDeadline({ id: "YC-2024-017", receivedDate: "2024-09-27" }).deadline;
 * //=> "2024-10-30"
 *
 * // The same application, a third party consulted from 8 to 14 October: 6 working days
 * // (8–11 October, the make-up Saturday 12 October, 14 October) are not counted.
 * replyDeadline({
 *   receivedDate: "2024-09-27",
 *   consultations: [{ from: "2024-10-08", to: "2024-10-14" }],
 * }).deadline;
 * //=> "2024-11-07"
 */
export function replyDeadline(app: DeadlineInput, options: DeadlineOptions = {}): DeadlineResult {
  const checked = validate(app);
  if (!checked.ok) return checked;
  const v = checked.value;
  const receivedText = formatCalendarDate(v.received);
  const steps: DeadlineStep[] = [
    {
      kind: "received",
      date: receivedText,
      message: {
        zh: `收到申请之日：${receivedText}，期限自次日起算`,
        en: `application received on ${receivedText}; the period starts the next day`,
      },
    },
  ];
  if (app.onTheSpot) {
    steps.push({
      kind: "onTheSpot",
      date: receivedText,
      message: {
        zh: `当场答复：答复期限为收到申请当日 ${receivedText}`,
        en: `answered on the spot: the deadline is the day of receipt, ${receivedText}`,
      },
    });
    return { ok: true, deadline: receivedText, steps };
  }
  const from = periodStart(v, steps);
  if ("abandoned" in from) return { ok: true, deadline: null, reason: from.abandoned, steps };
  const excluded = excludedRanges(v, options.excludeFeePeriod ?? true, steps);
  if ("abandoned" in excluded) return { ok: true, deadline: null, reason: excluded.abandoned, steps };
  return countedDeadline(app, v, from, excluded, options, steps);
}

/**
 * Where the period starts: the day of receipt, or the day a requested 补正 was received; a
 * correction requested and never received abandons the application (第三十条).
 */
function periodStart(
  v: Validated,
  steps: DeadlineStep[],
): { start: Date; startPath: (string | number)[] } | { abandoned: Message } {
  if (!v.correctionRequested) return { start: v.received, startPath: ["receivedDate"] };
  const requested = formatCalendarDate(v.correctionRequested);
  if (!v.correctionReceived) {
    const reason = {
      zh: `${requested} 要求补正，未收到补正：申请人逾期不补正的，视为放弃申请（《条例》第三十条），不再计算答复期限`,
      en: `a correction was requested on ${requested} and never received: an applicant who does not correct in time is deemed to have abandoned the application (Article 30), so no reply deadline runs`,
    };
    steps.push({ kind: "abandoned", date: requested, message: reason });
    return { abandoned: reason };
  }
  const start = v.correctionReceived;
  const corrected = formatCalendarDate(start);
  steps.push({
    kind: "correction",
    date: corrected,
    from: requested,
    to: corrected,
    message: {
      zh: `${requested} 要求补正，${corrected} 收到补正：答复期限自收到补正之日起重新计算（《条例》第三十条）`,
      en: `correction requested on ${requested} and received on ${corrected}: the period restarts from the day the correction was received (Article 30)`,
    },
  });
  return { start, startPath: ["correction", "receivedDate"] };
}

/**
 * The ranges not counted: consultations, and the fee-payment period unless
 * `excludeFeePeriod` is false (then a note says so). An unpaid fee with the period
 * excluded abandons the application.
 */
function excludedRanges(
  v: Validated,
  excludeFeePeriod: boolean,
  steps: DeadlineStep[],
): { ranges: Range[]; feeNote: DeadlineStep | undefined } | { abandoned: Message } {
  const ranges: Range[] = v.consultations.map((c, index) => ({
    kind: "consultation",
    index,
    from: c.from,
    to: c.to,
    label: [formatCalendarDate(c.from), formatCalendarDate(c.to)],
  }));
  if (!v.feeNotice) return { ranges, feeNote: undefined };
  const notice = formatCalendarDate(v.feeNotice);
  if (!v.feePaid) {
    if (excludeFeePeriod) {
      const reason = {
        zh: `${notice} 发出收费通知，未缴费：缴费期间答复期限中止，申请人逾期未缴费的视为放弃申请`,
        en: `a fee notice was sent on ${notice} and the fee is unpaid: the period is suspended while payment is due, and an applicant who does not pay in time is deemed to have abandoned the application`,
      };
      steps.push({ kind: "abandoned", date: notice, message: reason });
      return { abandoned: reason };
    }
    const feeNote: DeadlineStep = {
      kind: "fee",
      from: notice,
      message: {
        zh: `${notice} 发出收费通知，未缴费；缴费期间不予扣除（excludeFeePeriod: false）`,
        en: `a fee notice was sent on ${notice} and is unpaid; the payment period is not excluded (excludeFeePeriod: false)`,
      },
    };
    return { ranges, feeNote };
  }
  const paid = formatCalendarDate(v.feePaid);
  if (excludeFeePeriod) {
    // the payment period runs from the day after the notice up to the payment day
    ranges.push({
      kind: "fee",
      index: 0,
      from: addDays(v.feeNotice, 1),
      to: v.feePaid,
      label: [notice, paid],
    });
    return { ranges, feeNote: undefined };
  }
  const feeNote: DeadlineStep = {
    kind: "fee",
    from: notice,
    to: paid,
    message: {
      zh: `${notice} 发出收费通知，${paid} 缴费；缴费期间不予扣除（excludeFeePeriod: false）`,
      en: `fee notice sent on ${notice}, paid on ${paid}; the payment period is not excluded (excludeFeePeriod: false)`,
    },
  };
  return { ranges, feeNote };
}

/** The working days counted from the start, the extension and the ranges skipped, each a step. */
function countedDeadline(
  app: DeadlineInput,
  v: Validated,
  from: { start: Date; startPath: (string | number)[] },
  excluded: { ranges: Range[]; feeNote: DeadlineStep | undefined },
  options: DeadlineOptions,
  steps: DeadlineStep[],
): DeadlineResult {
  const { ranges, feeNote } = excluded;
  const total = REPLY_WORKING_DAYS + v.extension;
  let walk: { deadline: Date; skipped: number[] };
  let base: string;
  let extended: string;
  try {
    const calendar = options.calendar === undefined ? {} : { calendar: options.calendar };
    base = addWorkingDays(formatCalendarDate(from.start), REPLY_WORKING_DAYS, calendar);
    extended = addWorkingDays(base, v.extension, calendar);
    walk = countSkipping(from.start, total, ranges, options.calendar);
  } catch (e) {
    if (!(e instanceof CalendarRangeError)) throw e;
    return { ok: false, issues: [issue(app, "calendar-range", from.startPath, e.bilingual)] };
  }
  steps.push({
    kind: "period",
    date: base,
    workingDays: REPLY_WORKING_DAYS,
    message: {
      zh: `20 个工作日（《条例》第三十三条）：至 ${base}`,
      en: `20 working days (Article 33): until ${base}`,
    },
  });
  if (v.extension > 0) {
    steps.push({
      kind: "extension",
      date: extended,
      workingDays: v.extension,
      message: {
        zh: `经批准延长 ${v.extension} 个工作日：至 ${extended}`,
        en: `extended with approval by ${v.extension} working days: until ${extended}`,
      },
    });
  }
  ranges.forEach((r, i) => {
    steps.push(rangeStep(r, walk.skipped[i] ?? 0));
  });
  if (feeNote) steps.push(feeNote);
  const deadline = formatCalendarDate(walk.deadline);
  steps.push(
    deadlineStep(
      deadline,
      total,
      v.extension,
      walk.skipped.reduce((a, b) => a + b, 0),
    ),
  );
  return { ok: true, deadline, steps };
}

/** A range not counted, with the `n` working days of it inside the period. */
function rangeStep(r: Range, n: number): DeadlineStep {
  const [from, to] = r.label;
  return r.kind === "consultation"
    ? {
        kind: "consultation",
        from,
        to,
        workingDays: n,
        message: {
          zh: `征求第三方或其他机关意见 ${from} 至 ${to}：其中 ${n} 个工作日在答复期限内，不计算在期限内`,
          en: `consulting third parties or other agencies from ${from} to ${to}: ${n} working days inside the period are not counted`,
        },
      }
    : {
        kind: "fee",
        from,
        to,
        workingDays: n,
        message: {
          zh: `${from} 发出收费通知，${to} 缴费：缴费期间 ${n} 个工作日不计算在答复期限内`,
          en: `fee notice sent on ${from}, paid on ${to}: ${n} working days of the payment period are not counted`,
        },
      };
}

/** The last step: the deadline, with the working days it adds up. */
function deadlineStep(deadline: string, total: number, extension: number, excluded: number): DeadlineStep {
  return {
    kind: "deadline",
    date: deadline,
    workingDays: total + excluded,
    message: {
      zh:
        `答复期限：${deadline}` +
        (excluded > 0 || extension > 0
          ? `（${REPLY_WORKING_DAYS}${extension > 0 ? ` + 延长 ${extension}` : ""}${excluded > 0 ? ` + 不计入 ${excluded}` : ""} 个工作日）`
          : ""),
      en:
        `reply deadline: ${deadline}` +
        (excluded > 0 || extension > 0
          ? ` (${REPLY_WORKING_DAYS}${extension > 0 ? ` + ${extension} extension` : ""}${excluded > 0 ? ` + ${excluded} not counted` : ""} working days)`
          : ""),
    },
  };
}

/**
 * Walks working days after `start` until `total` of them have been counted, skipping
 * those inside any range (inclusive); returns the last counted day and, per range, how
 * many working days it made the walk skip (a day in overlapping ranges is charged to the
 * first of them).
 */
function countSkipping(
  start: Date,
  total: number,
  ranges: Range[],
  calendar: WorkingCalendar | undefined,
): { deadline: Date; skipped: number[] } {
  const skipped = ranges.map(() => 0);
  // ranges as day offsets from the start, so the walk compares integers
  const offsets = ranges.map((r) => [
    differenceInCalendarDays(r.from, start),
    differenceInCalendarDays(r.to, start),
  ]);
  const walk = dayWalker(start, calendar);
  let counted = 0;
  while (counted < total) {
    if (!walk.next()) continue;
    const at = walk.offset;
    const hit = offsets.findIndex(([from, to]) => from! <= at && at <= to!);
    if (hit >= 0) skipped[hit]!++;
    else counted++;
  }
  return { deadline: addDays(start, walk.offset), skipped };
}
