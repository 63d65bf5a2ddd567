// The fields of an application that decide its reply deadline, checked and read into dates:
// every problem an Issue of @disclosure/schema located by its JSON path in the record.
import type { Issue, Message, Severity } from "@disclosure/schema";
import type { CalendarOption } from "./calendar.js";
import { MAX_EXTENSION_WORKING_DAYS } from "./deadline-limits.js";
import { parseCalendarDate } from "./working-days.js";

/**
 * The fields of an application record that decide its reply deadline. Structural, so a
 * `@disclosure/schema` ApplicationRecord (or any object with these fields) can be passed.
 * All dates are `YYYY-MM-DD` calendar dates in Asia/Shanghai.
 */
export type DeadlineInput = {
  id?: string | undefined;
  /** 收到申请之日 (第三十一条). */
  receivedDate: string;
  /** 当场答复. */
  onTheSpot?: boolean | undefined;
  /** 补正: the day the request was sent, and the day the corrected application arrived (null = never). */
  correction?: { requestedDate: string; receivedDate?: string | null | undefined } | undefined;
  /** 延长答复期限, approved by the head of the 政府信息公开工作机构. */
  extension?: { workingDays: number } | undefined;
  /** 征求第三方和其他机关意见: inclusive date ranges, not counted in the period. */
  consultations?: { from: string; to: string }[] | undefined;
  /** 信息处理费: the day the 收费通知 was sent and the day the fee was paid (null = not paid). */
  fee?: { noticeDate?: string | undefined; paidDate?: string | null | undefined } | undefined;
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
 * A problem with a record: an `Issue` of @disclosure/schema whose location is the JSON path
 * inside the record (`{ kind: "json", path: ["extension", "workingDays"] }`, or from the input
 * list, `[3, "receivedDate"]`, when the record's place in it is known); its message starts with
 * the record's `id` when it has one. `code` is a rule id of spec/rules.md when the problem is
 * a rule violation (`APP-EXTENSION-MAX`), otherwise a lowercase code (`invalid-date`,
 * `date-order`, `invalid-extension`, `calendar-range`, `fee-without-notice`, …).
 *
 * @deprecated Use `Issue` of @disclosure/schema; this alias goes in the next minor release.
 */
export type RecordIssue = Issue;

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
  | { ok: false; issues: Issue[] };

export type Range = {
  kind: "consultation" | "fee";
  index: number;
  from: Date;
  to: Date;
  label: [string, string];
};

export type Validated = {
  received: Date;
  correctionRequested: Date | null;
  correctionReceived: Date | null | undefined;
  extension: number;
  consultations: { from: Date; to: Date }[];
  feeNotice: Date | null;
  feePaid: Date | null | undefined;
};

/**
 * The message about a record, after the record's id when it has one (the location says where
 * in the record).
 *
 * @example
 * aboutRecord("YC-9", { zh: "缺少日期", en: "date is missing" }); //=> { zh: "YC-9：缺少日期", en: "YC-9: date is missing" }
 */
export function aboutRecord(id: string | undefined, message: Message): Message {
  return id === undefined ? message : { zh: `${id}：${message.zh}`, en: `${id}: ${message.en}` };
}

/** An issue about an application, at a JSON path inside it. */
export function issue(
  app: DeadlineInput,
  code: string,
  path: (string | number)[],
  message: Message,
  severity: Severity = "error",
): Issue {
  return { code, severity, message: aboutRecord(app.id, message), location: { kind: "json", path } };
}

export function validate(
  app: DeadlineInput,
): { ok: true; value: Validated } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
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
