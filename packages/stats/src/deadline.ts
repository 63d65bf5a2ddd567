import { addDays, differenceInCalendarDays } from "date-fns";
import type { CalendarOption, WorkingCalendar } from "./calendar";
import type { Finding, Message } from "./finding";
import {
  addWorkingDays,
  CalendarRangeError,
  dayWalker,
  formatCalendarDate,
  parseCalendarDate,
} from "./working-days";

/**
 * Reply deadlines for 政府信息公开 applications (2019 条例 第三十条、第三十三条; 109号 for
 * the fee-payment period; spec/law.md §1–§3, spec/rules.md §H).
 */

/** 第三十三条: reply within 20 working days of receipt. */
export const REPLY_WORKING_DAYS = 20;
/** 第三十三条: an approved extension adds at most 20 working days. */
export const MAX_EXTENSION_WORKING_DAYS = 20;
/** 第三十条: a 补正 request is sent within 7 working days of receipt. */
export const CORRECTION_NOTICE_WORKING_DAYS = 7;

/**
 * The fields of an application record that decide its reply deadline. Structural, so a
 * `@disclosure/schema` ApplicationRecord (or any object with these fields) can be passed.
 * All dates are `YYYY-MM-DD` calendar dates in Asia/Shanghai.
 */
export type DeadlineInput = {
  id?: string;
  /** 收到申请之日 (第三十一条). */
  receivedDate: string;
  /** 当场答复. */
  onTheSpot?: boolean;
  /** 补正: the day the request was sent, and the day the corrected application arrived (null = never). */
  correction?: { requestedDate: string; receivedDate?: string | null };
  /** 延长答复期限, approved by the head of the 政府信息公开工作机构. */
  extension?: { workingDays: number };
  /** 征求第三方和其他机关意见: inclusive date ranges, not counted in the period. */
  consultations?: { from: string; to: string }[];
  /** 信息处理费: the day the 收费通知 was sent and the day the fee was paid (null = not paid). */
  fee?: { noticeDate?: string; paidDate?: string | null };
};

export type DeadlineOptions = CalendarOption & {
  /**
   * Whether the fee-payment period (the working days after the notice day up to and
   * including the payment day) is left out of the reply period. Default `true`: the
   * period is suspended while the applicant decides to pay (law.md §3).
   */
  excludeFeePeriod?: boolean;
};

/**
 * A problem with a record, located by its JSON path inside the record (and the record's
 * `id` when it has one). `code` is a rule id of spec/rules.md when the problem is a rule
 * violation (`APP-EXTENSION-MAX`), otherwise a lowercase code (`invalid-date`,
 * `date-order`, `invalid-extension`, `calendar-range`, `fee-without-notice`, …).
 */
export type RecordIssue = {
  code: string;
  severity: "error" | "warning";
  path: (string | number)[];
  message: Message;
  id?: string;
};

/** One line of the explanation of a deadline. */
export type DeadlineStep = {
  kind:
    | "received"
    | "onTheSpot"
    | "correction"
    | "abandoned"
    | "period"
    | "extension"
    | "consultation"
    | "fee"
    | "deadline";
  message: Message;
  /** The date the step ends on, when it has one. */
  date?: string;
  from?: string;
  to?: string;
  workingDays?: number;
};

export type DeadlineResult =
  | {
      ok: true;
      /** The last day on which a reply is in time; `null` when no reply is owed (`reason`). */
      deadline: string | null;
      reason?: Message;
      steps: DeadlineStep[];
    }
  | { ok: false; issues: RecordIssue[] };

type Range = { kind: "consultation" | "fee"; index: number; from: Date; to: Date; label: [string, string] };

type Validated = {
  received: Date;
  correctionRequested: Date | null;
  correctionReceived: Date | null | undefined;
  extension: number;
  consultations: { from: Date; to: Date }[];
  feeNotice: Date | null;
  feePaid: Date | null | undefined;
};

function locate(id: string | undefined, path: (string | number)[]): string {
  const where = path.reduce<string>(
    (acc, p) => (typeof p === "number" ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p),
    "",
  );
  return id === undefined ? where : `${id}: ${where}`;
}

function issue(
  app: DeadlineInput,
  code: string,
  path: (string | number)[],
  message: Message,
  severity: "error" | "warning" = "error",
): RecordIssue {
  return {
    code,
    severity,
    path,
    message: { zh: `${locate(app.id, path)}：${message.zh}`, en: `${locate(app.id, path)}: ${message.en}` },
    ...(app.id === undefined ? {} : { id: app.id }),
  };
}

function validate(app: DeadlineInput): { ok: true; value: Validated } | { ok: false; issues: RecordIssue[] } {
  const issues: RecordIssue[] = [];
  const date = (value: unknown, path: (string | number)[], required: boolean): Date | null | undefined => {
    if (value === undefined || value === null) {
      if (required) {
        issues.push(issue(app, "missing-date", path, { zh: "缺少日期", en: "date is missing" }));
      }
      return value;
    }
    const parsed = parseCalendarDate(value);
    if (!parsed) {
      issues.push(
        issue(app, "invalid-date", path, {
          zh: `不是有效日期（应为 YYYY-MM-DD）：${JSON.stringify(value)}`,
          en: `not a valid date (expected YYYY-MM-DD): ${JSON.stringify(value)}`,
        }),
      );
    }
    return parsed;
  };
  const order = (
    earlier: Date | null | undefined,
    later: Date | null | undefined,
    path: (string | number)[],
    message: Message,
  ) => {
    if (earlier && later && later < earlier) issues.push(issue(app, "date-order", path, message));
  };

  const received = date(app.receivedDate, ["receivedDate"], true);

  let correctionRequested: Date | null = null;
  let correctionReceived: Date | null | undefined;
  if (app.correction) {
    correctionRequested = date(app.correction.requestedDate, ["correction", "requestedDate"], true) ?? null;
    correctionReceived = date(app.correction.receivedDate, ["correction", "receivedDate"], false);
    order(received, correctionRequested, ["correction", "requestedDate"], {
      zh: "要求补正的日期早于收到申请的日期",
      en: "the correction was requested before the application was received",
    });
    order(correctionRequested, correctionReceived, ["correction", "receivedDate"], {
      zh: "收到补正的日期早于要求补正的日期",
      en: "the correction was received before it was requested",
    });
  }

  let extension = 0;
  if (app.extension) {
    const n = app.extension.workingDays;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
      issues.push(
        issue(app, "invalid-extension", ["extension", "workingDays"], {
          zh: `延长的工作日数应为非负整数：${JSON.stringify(n)}`,
          en: `the extension must be a non-negative integer number of working days: ${JSON.stringify(n)}`,
        }),
      );
    } else if (n > MAX_EXTENSION_WORKING_DAYS) {
      issues.push(
        issue(app, "APP-EXTENSION-MAX", ["extension", "workingDays"], {
          zh: `延长答复期限 ${n} 个工作日，超过《条例》第三十三条规定的最长 20 个工作日`,
          en: `the reply period was extended by ${n} working days, more than the 20 allowed by Article 33 of the Regulations`,
        }),
      );
    } else {
      extension = n;
    }
  }

  const consultations: { from: Date; to: Date }[] = [];
  (app.consultations ?? []).forEach((c, i) => {
    const from = date(c?.from, ["consultations", i, "from"], true);
    const to = date(c?.to, ["consultations", i, "to"], true);
    order(from, to, ["consultations", i, "to"], {
      zh: "征求意见的结束日期早于开始日期",
      en: "the consultation ends before it starts",
    });
    if (from && to && from <= to) consultations.push({ from, to });
  });

  let feeNotice: Date | null = null;
  let feePaid: Date | null | undefined;
  if (app.fee) {
    feeNotice = date(app.fee.noticeDate, ["fee", "noticeDate"], false) ?? null;
    feePaid = date(app.fee.paidDate, ["fee", "paidDate"], false);
    if (app.fee.noticeDate == null && feePaid) {
      issues.push(
        issue(app, "fee-without-notice", ["fee", "noticeDate"], {
          zh: "有缴费日期但没有收费通知日期",
          en: "a payment date is given without the date of the fee notice",
        }),
      );
    }
    order(feeNotice, feePaid, ["fee", "paidDate"], {
      zh: "缴费日期早于收费通知日期",
      en: "the fee was paid before the fee notice was sent",
    });
  }

  if (issues.length > 0 || !received) return { ok: false, issues };
  return {
    ok: true,
    value: {
      received,
      correctionRequested,
      correctionReceived,
      extension,
      consultations,
      feeNotice,
      feePaid,
    },
  };
}

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
  const excludeFeePeriod = options.excludeFeePeriod ?? true;
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

  let start = v.received;
  let startPath: (string | number)[] = ["receivedDate"];
  if (v.correctionRequested) {
    const requested = formatCalendarDate(v.correctionRequested);
    if (!v.correctionReceived) {
      const reason = {
        zh: `${requested} 要求补正，未收到补正：申请人逾期不补正的，视为放弃申请（《条例》第三十条），不再计算答复期限`,
        en: `a correction was requested on ${requested} and never received: an applicant who does not correct in time is deemed to have abandoned the application (Article 30), so no reply deadline runs`,
      };
      steps.push({ kind: "abandoned", date: requested, message: reason });
      return { ok: true, deadline: null, reason, steps };
    }
    start = v.correctionReceived;
    startPath = ["correction", "receivedDate"];
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
  }

  const ranges: Range[] = v.consultations.map((c, index) => ({
    kind: "consultation",
    index,
    from: c.from,
    to: c.to,
    label: [formatCalendarDate(c.from), formatCalendarDate(c.to)],
  }));
  let feeNote: DeadlineStep | undefined;
  if (v.feeNotice) {
    const notice = formatCalendarDate(v.feeNotice);
    if (!v.feePaid) {
      if (excludeFeePeriod) {
        const reason = {
          zh: `${notice} 发出收费通知，未缴费：缴费期间答复期限中止，申请人逾期未缴费的视为放弃申请`,
          en: `a fee notice was sent on ${notice} and the fee is unpaid: the period is suspended while payment is due, and an applicant who does not pay in time is deemed to have abandoned the application`,
        };
        steps.push({ kind: "abandoned", date: notice, message: reason });
        return { ok: true, deadline: null, reason, steps };
      }
      feeNote = {
        kind: "fee",
        from: notice,
        message: {
          zh: `${notice} 发出收费通知，未缴费；缴费期间不予扣除（excludeFeePeriod: false）`,
          en: `a fee notice was sent on ${notice} and is unpaid; the payment period is not excluded (excludeFeePeriod: false)`,
        },
      };
    } else {
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
      } else {
        feeNote = {
          kind: "fee",
          from: notice,
          to: paid,
          message: {
            zh: `${notice} 发出收费通知，${paid} 缴费；缴费期间不予扣除（excludeFeePeriod: false）`,
            en: `fee notice sent on ${notice}, paid on ${paid}; the payment period is not excluded (excludeFeePeriod: false)`,
          },
        };
      }
    }
  }

  const total = REPLY_WORKING_DAYS + v.extension;
  let walk: { deadline: Date; skipped: number[] };
  let base: string;
  let extended: string;
  try {
    const calendar = { calendar: options.calendar };
    base = addWorkingDays(formatCalendarDate(start), REPLY_WORKING_DAYS, calendar);
    extended = addWorkingDays(base, v.extension, calendar);
    walk = countSkipping(start, total, ranges, options.calendar);
  } catch (e) {
    if (!(e instanceof CalendarRangeError)) throw e;
    return { ok: false, issues: [issue(app, "calendar-range", startPath, e.bilingual)] };
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
    const n = walk.skipped[i] ?? 0;
    const [from, to] = r.label;
    steps.push(
      r.kind === "consultation"
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
          },
    );
  });
  if (feeNote) steps.push(feeNote);

  const deadline = formatCalendarDate(walk.deadline);
  const excluded = walk.skipped.reduce((a, b) => a + b, 0);
  steps.push({
    kind: "deadline",
    date: deadline,
    workingDays: total + excluded,
    message: {
      zh:
        `答复期限：${deadline}` +
        (excluded > 0 || v.extension > 0
          ? `（${REPLY_WORKING_DAYS}${v.extension > 0 ? ` + 延长 ${v.extension}` : ""}${excluded > 0 ? ` + 不计入 ${excluded}` : ""} 个工作日）`
          : ""),
      en:
        `reply deadline: ${deadline}` +
        (excluded > 0 || v.extension > 0
          ? ` (${REPLY_WORKING_DAYS}${v.extension > 0 ? ` + ${v.extension} extension` : ""}${excluded > 0 ? ` + ${excluded} not counted` : ""} working days)`
          : ""),
    },
  });
  return { ok: true, deadline, steps };
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
  app: DeadlineInput & { completedDate?: string | null },
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

function overdueAgainst(
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

/** A finding about a unit's applications: the rule's finding plus the records involved. */
export type ApplicationFinding = Finding & {
  count: number;
  /** Record ids; a record without an id is named by its 1-based position, `#3`. */
  ids: string[];
  /** Per overdue record: its deadline and completion date (null = still open at `asOf`). */
  overdue?: { id: string; deadline: string; completedDate: string | null }[];
  /** Per record that could not be judged: why. */
  issues?: RecordIssue[];
};

const LISTED_IDS = 10;

function listIds(ids: string[]): string {
  return ids.length <= LISTED_IDS ? ids.join("、") : `${ids.slice(0, LISTED_IDS).join("、")} 等`;
}

function listIdsEn(ids: string[]): string {
  return ids.length <= LISTED_IDS ? ids.join(", ") : `${ids.slice(0, LISTED_IDS).join(", ")}, …`;
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
    unchecked: { id: string; issues: RecordIssue[] }[];
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
    const unitField = b.unit === undefined ? {} : { unit: b.unit };
    if (b.overdue.length > 0) {
      const ids = b.overdue.map((o) => o.id);
      findings.push({
        rule: "APP-REPLY-DEADLINE",
        severity: "warning",
        cells: [],
        ...unitField,
        count: ids.length,
        ids,
        overdue: b.overdue,
        message: {
          zh: `${zhUnit}${ids.length} 件政府信息公开申请超过答复期限（${listIds(ids)}）`,
          en: `${enUnit}${ids.length} ${ids.length === 1 ? "application was" : "applications were"} not answered within the reply deadline (${listIdsEn(ids)})`,
        },
      });
    }
    if (b.unchecked.length > 0) {
      const ids = b.unchecked.map((u) => u.id);
      const issues = b.unchecked.flatMap((u) => u.issues);
      findings.push({
        rule: "APP-REPLY-DEADLINE",
        severity: "warning",
        cells: [],
        ...unitField,
        count: ids.length,
        ids,
        issues,
        message: {
          zh: `${zhUnit}${ids.length} 件申请无法核对答复期限（${listIds(ids)}）；首个问题：${issues[0]!.message.zh}`,
          en: `${enUnit}the reply deadline of ${ids.length} ${ids.length === 1 ? "application" : "applications"} could not be checked (${listIdsEn(ids)}); first problem: ${issues[0]!.message.en}`,
        },
      });
    }
  }
  return findings;
}
