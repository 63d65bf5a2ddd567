/**
 * The catalog model as zod schemas (catalog.md §3, §4.2, §6); the types are inferred from them.
 */
import type { Location, Message } from "@disclosure/schema";
import * as z from "zod";
import { AREA_CODES } from "./standard/areas.js";
import { CHANNEL_CODES } from "./standard/channels.js";
import { AUDIENCE_CODES, LEVEL_CODES, MODE_CODES } from "./standard/columns.js";

/** A user-facing message, Chinese first with its English twin: `Message` of @disclosure/schema. */
export const MessageSchema: z.ZodType<Message> = z.object({ zh: z.string(), en: z.string() });
export type { Message };

/** A calendar date 'YYYY-MM-DD' (Asia/Shanghai). */
export const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "YYYY-MM-DD");

/** One of the 26 standard areas, or an additional area named as the catalog names it. */
export const AreaRefSchema = z.union([z.enum(AREA_CODES), z.object({ other: z.string().min(1) })]);
export type AreaRef = z.infer<typeof AreaRefSchema>;

/** A length of time: 20 working days, 20 calendar days, 5 hours. */
export const DurationSchema = z.object({
  amount: z.int().nonnegative(),
  unit: z.enum(["workingDay", "calendarDay", "hour", "month"]),
});
export type Duration = z.infer<typeof DurationSchema>;

/** What starts the clock of a `within` rule (catalog.md §4.2). */
export const START_EVENTS = [
  "formedOrChanged",
  "formed",
  "receivedByUnit",
  "decisionMade",
  "approvedByCongress",
  "approvedByFinance",
  "resultDetermined",
  "applicationReceived",
] as const;
export const StartEventSchema = z.union([z.enum(START_EVENTS), z.object({ other: z.string() })]);
export type StartEvent = z.infer<typeof StartEventSchema>;

const WithinSchema = z.object({ kind: z.literal("within"), start: StartEventSchema, limit: DurationSchema });
const RealtimeSchema = z.object({ kind: z.literal("realtime") });
const PromptSchema = z.object({ kind: z.literal("prompt") });
const OngoingSchema = z.object({ kind: z.literal("ongoing"), dynamic: z.boolean().optional() });
/**
 * When a period's publication is due: a length of time after the period ends (各季度结束后15日内,
 * 每季度结束后15个工作日内), or a day of the month after the period (`"next"`: 每月10日前 — the
 * 10th of the following month) or of its last month (`"same"`: 每月10日前公开当月…). A day past
 * the month's end means its last day.
 */
export const PeriodDueSchema = z.union([
  z.object({ afterEnd: DurationSchema }),
  z.object({ day: z.int().min(1).max(31), month: z.enum(["next", "same"]) }),
]);
export type PeriodDue = z.infer<typeof PeriodDueSchema>;

const PeriodicSchema = z.object({
  kind: z.literal("periodic"),
  every: z.enum(["month", "quarter", "halfYear", "year"]),
  /** Absent when the wording names no due date (每季度, 按年公开). */
  due: PeriodDueSchema.optional(),
});
const AnnualDateSchema = z.object({
  kind: z.literal("annualDate"),
  month: z.int().min(1).max(12),
  day: z.int().min(1).max(31),
  covers: z.enum(["previousYear", "currentYear"]),
});
const PerRegulationSchema = z.object({ kind: z.literal("perRegulation") });
const SameAsAboveSchema = z.object({ kind: z.literal("sameAsAbove") });
const UnparsedSchema = z.object({ kind: z.literal("unparsed"), text: z.string() });

/** A rule that is not composite: one part of a composite rule. */
export const SimpleRuleSchema = z.discriminatedUnion("kind", [
  WithinSchema,
  RealtimeSchema,
  PromptSchema,
  OngoingSchema,
  PeriodicSchema,
  AnnualDateSchema,
  PerRegulationSchema,
  SameAsAboveSchema,
  UnparsedSchema,
]);
export type SimpleRule = z.infer<typeof SimpleRuleSchema>;

/** "1.除处罚决定外其他内容：长期公开（动态调整）；2.处罚决定：20个工作日内" — parts with their scope. */
export const CompositeRuleSchema = z.object({
  kind: z.literal("composite"),
  parts: z.array(z.object({ appliesTo: z.string().optional(), rule: SimpleRuleSchema })).min(2),
});

/** The structured meaning of a 公开时限 phrase (catalog.md §4.2). */
export const TimeLimitRuleSchema = z.discriminatedUnion("kind", [
  ...SimpleRuleSchema.options,
  CompositeRuleSchema,
]);
export type TimeLimitRule = z.infer<typeof TimeLimitRuleSchema>;

/**
 * A 公开时限 cell: the text exactly as published and its rule. `displayPeriod` (公示7个工作日,
 * 公告期限为5个工作日) is how long the item stays posted, never the deadline.
 */
export const ParsedTimeLimitSchema = z.object({
  raw: z.string(),
  rule: TimeLimitRuleSchema,
  displayPeriod: DurationSchema.optional(),
  consultationPeriod: DurationSchema.optional(),
  lawOverrides: z.boolean().optional(),
  note: z.string().optional(),
  /** For "同上": the text of the row above it refers to. */
  resolvedFrom: z.string().optional(),
  warning: MessageSchema.optional(),
});
export type ParsedTimeLimit = z.infer<typeof ParsedTimeLimitSchema>;

/** One entry of 公开渠道和载体: ■ (`required: true`) or □ (`required: false`), label as printed. */
export const ChannelSchema = z.object({
  code: z.union([z.enum(CHANNEL_CODES), z.object({ other: z.string() })]),
  required: z.boolean(),
  label: z.string().optional(),
});
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * Where a row came from: a `sheet` location of @disclosure/schema (file, sheet, row, cell,
 * column header), so that an issue about the row can carry it as its location. `kind` may be
 * left out of input (read as "sheet").
 */
export const SourceLocationSchema = z.object({
  kind: z.literal("sheet").default("sheet"),
  file: z.string().optional(),
  sheet: z.string().optional(),
  row: z.int().positive().optional(),
  /** The cell in A1 style ("F12"), when the problem is one cell's. */
  cell: z.string().optional(),
  column: z.string().optional(),
});
export type SourceLocation = z.infer<typeof SourceLocationSchema>;
/** The compiler's check that a row's source is a location an issue can carry. */
export type SourceIsSheetLocation = IsTrue<
  SourceLocation extends Extract<Location, { kind: "sheet" }> ? true : false
>;
type IsTrue<T extends true> = T;

/**
 * One row of a 政务公开事项标准目录 (catalog.md §3.1): 公开事项 (一级/二级/三级), 公开内容（要素）,
 * 公开依据, 公开时限, 公开主体, 公开渠道和载体, 公开对象, 公开方式, 公开层级.
 */
export const CatalogItemSchema = z.object({
  id: z.string().min(1).optional(),
  area: AreaRefSchema,
  seq: z.int().nonnegative().optional(),
  item: z.object({
    level1: z.string().optional(),
    level2: z.string().min(1),
    level3: z.string().optional(),
  }),
  content: z.string(),
  basis: z.string(),
  timeLimit: ParsedTimeLimitSchema,
  publisher: z.string(),
  responsibleOffice: z.string().optional(),
  channels: z.array(ChannelSchema),
  audience: z.array(z.enum(AUDIENCE_CODES)),
  audienceNote: z.string().optional(),
  mode: z.array(z.enum(MODE_CODES)),
  levels: z.array(z.enum(LEVEL_CODES)).optional(),
  displayPeriodText: z.string().optional(),
  extra: z.record(z.string(), z.string()).optional(),
  source: SourceLocationSchema.optional(),
});
export type CatalogItem = z.infer<typeof CatalogItemSchema>;

/** A catalog: the items of one jurisdiction (or unit) in one version (a year's revision). */
export const CatalogSchema = z.object({
  title: z.string().optional(),
  jurisdiction: z.string().optional(),
  version: z.string().optional(),
  items: z.array(CatalogItemSchema),
  /** Notes printed under the tables (注：…, 填表人：…), as printed. */
  notes: z.array(z.string()).optional(),
});
export type Catalog = z.infer<typeof CatalogSchema>;

/**
 * One published item of a unit: what coverage checks against the catalog. `item` is the
 * catalog item's key (`itemKey`); `itemName` (the 所属事项 a site's content system files it
 * under) and `section` (its 栏目, or 栏目 path "信息公开 > 社会救助 > 最低生活保障") name the item
 * the way offices file it; without them the title and `area` place the publication.
 * `eventDate` is the day the information was formed (成文日期, 生成日期, the decision…): the
 * start of the item's time limit; without it timeliness is unknown.
 */
export const PublicationSchema = z.object({
  id: z.string().optional(),
  title: z.string(),
  unit: z.string(),
  date: DateSchema,
  eventDate: DateSchema.optional(),
  area: AreaRefSchema.optional(),
  item: z.string().optional(),
  itemName: z.string().optional(),
  section: z.string().optional(),
  channel: z.string().optional(),
  category: z.string().optional(),
  link: z.string().optional(),
});
export type Publication = z.infer<typeof PublicationSchema>;
