// The raw records a county office collects from its townships and departments,
// from which @disclosure/stats tabulates the official tables.
import * as z from "zod/mini";
import { DateStringSchema } from "./report.js";

/** Table 三's applicant columns (申请人情况), by code. */
export const ApplicantTypeSchema = z.enum([
  "naturalPerson",
  "commercial",
  "research",
  "publicInterest",
  "legalService",
  "otherOrganization",
]);
export type ApplicantType = z.infer<typeof ApplicantTypeSchema>;

/**
 * Table 三's result rows (本年度办理结果), by code, 2021 format. An application is counted in
 * exactly one (a partly disclosed one only in partlyGranted).
 */
export const ApplicationResultSchema = z.enum([
  "granted",
  "partlyGranted",
  "withheld.stateSecret",
  "withheld.lawProhibited",
  "withheld.securityStability",
  "withheld.thirdPartyRights",
  "withheld.internalAffairs",
  "withheld.deliberative",
  "withheld.enforcementFile",
  "withheld.queryMatter",
  "unavailable.notHeld",
  "unavailable.needsCreation",
  "unavailable.unclearAfterCorrection",
  "notProcessed.petition",
  "notProcessed.duplicate",
  "notProcessed.publication",
  "notProcessed.excessive",
  "notProcessed.confirmation",
  "otherHandling.noCorrection",
  "otherHandling.unpaidFee",
  "otherHandling.other",
]);
export type ApplicationResult = z.infer<typeof ApplicationResultSchema>;

/** How an application arrived (条例第三十一条 fixes the receipt date per channel). */
export const ApplicationChannelSchema = z.enum([
  "inPerson",
  "post",
  "online",
  "fax",
  "email",
  "phone",
  "other",
]);

/** An inclusive range of dates (a consultation, a suspension). */
export const DateRangeSchema = z.strictObject({ from: DateStringSchema, to: DateStringSchema });

/** A 政府信息公开申请 and what became of it. */
export const ApplicationRecordSchema = z.strictObject({
  type: z._default(z.literal("application"), "application"),
  id: z.string().check(z.minLength(1)),
  /** The reporting unit (township / department id) that handled it. */
  unit: z.optional(z.string()),
  /** Date of receipt per 条例第三十一条. */
  receivedDate: DateStringSchema,
  channel: z.optional(ApplicationChannelSchema),
  applicantType: ApplicantTypeSchema,
  /** Identifies the applicant for the monthly 信息处理费 accumulation (109号 第四条). */
  applicantId: z.optional(z.string()),
  /** Answered on the spot (当场答复, 条例第三十三条第一款). */
  onTheSpot: z.optional(z.boolean()),
  /** 补正 (条例第三十条): request date and, if it came, the corrected application's receipt date. */
  correction: z.optional(
    z.strictObject({
      requestedDate: DateStringSchema,
      receivedDate: z.optional(z.nullable(DateStringSchema)),
    }),
  ),
  /** Approved extension of the reply period, in working days (≤ 20). */
  extension: z.optional(
    z.strictObject({
      workingDays: z.int().check(z.nonnegative()),
      approvedDate: z.optional(DateStringSchema),
    }),
  ),
  /** Third-party / other-agency consultations, excluded from the period (条例第三十三条第三款). */
  consultations: z.optional(z.array(DateRangeSchema)),
  /** 信息处理费 notice and payment (国办函〔2020〕109号). */
  fee: z.optional(
    z.strictObject({
      basis: z.optional(z.enum(["perRequest", "perVolume"])),
      pages: z.optional(z.int().check(z.nonnegative())),
      noticeDate: z.optional(DateStringSchema),
      amountYuan: z.optional(z.int().check(z.nonnegative())),
      paidDate: z.optional(z.nullable(DateStringSchema)),
    }),
  ),
  /** The result row, once handling is completed. */
  result: z.optional(ApplicationResultSchema),
  /** Date handling was completed (the reply date); absent while still open. */
  completedDate: z.optional(DateStringSchema),
  /** Free text: the matter applied for. */
  subject: z.optional(z.string()),
});
export type ApplicationRecord = z.infer<typeof ApplicationRecordSchema>;

/** A 行政复议 or 行政诉讼 case about the unit's disclosure work (table 四). */
export const CaseRecordSchema = z.strictObject({
  type: z._default(z.literal("case"), "case"),
  id: z.string().check(z.minLength(1)),
  unit: z.optional(z.string()),
  kind: z.enum(["review", "litigationDirect", "litigationAfterReview"]),
  filedDate: DateStringSchema,
  /** Outcome once decided; absent while pending (尚未审结). */
  outcome: z.optional(z.enum(["upheld", "corrected", "other"])),
  decidedDate: z.optional(DateStringSchema),
  applicationId: z.optional(z.string()),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

/** A 规章 or 行政规范性文件 in the unit's documents register (table 二, 第二十条第（一）项). */
export const DocumentRecordSchema = z.strictObject({
  type: z._default(z.literal("document"), "document"),
  id: z.string().check(z.minLength(1)),
  unit: z.optional(z.string()),
  kind: z.enum(["rules", "normativeDocuments"]),
  title: z.string().check(z.minLength(1)),
  /** 文号, e.g. 盐政规发〔2020〕1号. */
  docNumber: z.optional(z.string()),
  issuedDate: DateStringSchema,
  repealedDate: z.optional(DateStringSchema),
  /** End of validity (有效期), after which it is no longer in force without being repealed. */
  expiresDate: z.optional(DateStringSchema),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

/** Counts of 行政许可 / 行政处罚 / 行政强制 decisions made in a period (table 二). */
export const DecisionCountSchema = z.strictObject({
  type: z._default(z.literal("decisions"), "decisions"),
  id: z.string().check(z.minLength(1)),
  unit: z.optional(z.string()),
  kind: z.enum(["licensing", "penalty", "enforcement"]),
  count: z.int().check(z.nonnegative()),
  /** The period the count covers; a year's counts may come month by month. */
  from: DateStringSchema,
  to: DateStringSchema,
});
export type DecisionCount = z.infer<typeof DecisionCountSchema>;

/** 行政事业性收费 collected (table 二, 第二十条第（八）项), exact: integer 元. */
export const FeeRecordSchema = z.strictObject({
  type: z._default(z.literal("fee"), "fee"),
  id: z.string().check(z.minLength(1)),
  unit: z.optional(z.string()),
  /** Amount collected in 元 (integer; the table prints 万元 with up to 4 decimals). */
  amountYuan: z.int().check(z.nonnegative()),
  date: DateStringSchema,
  item: z.optional(z.string()),
});
export type FeeRecord = z.infer<typeof FeeRecordSchema>;

/** A proactively published item (a page on the portal, a notice on a board …). */
export const ProactiveItemSchema = z.strictObject({
  type: z._default(z.literal("proactive"), "proactive"),
  id: z.string().check(z.minLength(1)),
  unit: z.optional(z.string()),
  title: z.string().check(z.minLength(1)),
  date: DateStringSchema,
  /** Catalog area code or key-area group (see @disclosure/catalog). */
  area: z.optional(z.string()),
  /** Catalog item id it fulfils. */
  catalogItem: z.optional(z.string()),
  channel: z.optional(z.string()),
  url: z.optional(z.string()),
});
export type ProactiveItem = z.infer<typeof ProactiveItemSchema>;

/** Any raw record, tagged by `type`. */
export const RawRecordSchema = z.discriminatedUnion("type", [
  z.extend(ApplicationRecordSchema, { type: z.literal("application") }),
  z.extend(CaseRecordSchema, { type: z.literal("case") }),
  z.extend(DocumentRecordSchema, { type: z.literal("document") }),
  z.extend(DecisionCountSchema, { type: z.literal("decisions") }),
  z.extend(FeeRecordSchema, { type: z.literal("fee") }),
  z.extend(ProactiveItemSchema, { type: z.literal("proactive") }),
]);
export type RawRecord = z.infer<typeof RawRecordSchema>;
