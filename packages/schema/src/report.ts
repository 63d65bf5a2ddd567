import * as z from "zod/mini";
import { AgencySchema } from "./agency.js";
import { OverviewFactsSchema } from "./facts.js";

export const FormatIdSchema = z.enum(["2021", "2019"]);
export const TableIdSchema = z.enum(["table2", "table3", "table4"]);

/** A calendar date, YYYY-MM-DD (Asia/Shanghai). */
export const DateStringSchema = z.iso.date();

/** One table's values: row code → column code → value (null = shown blank). */
export const TableValuesSchema = z.record(z.string(), z.record(z.string(), z.nullable(z.number())));
export type TableValues = z.infer<typeof TableValuesSchema>;

export const TablesSchema = z.strictObject({
  table2: z.optional(TableValuesSchema),
  table3: z.optional(TableValuesSchema),
  table4: z.optional(TableValuesSchema),
});
export type Tables = z.infer<typeof TablesSchema>;

export const SectionTextsSchema = z.strictObject({
  overview: z.optional(z.string()),
  proactive: z.optional(z.string()),
  applications: z.optional(z.string()),
  reviewLitigation: z.optional(z.string()),
  problems: z.optional(z.string()),
  otherMatters: z.optional(z.string()),
});
export type SectionTexts = z.infer<typeof SectionTextsSchema>;

/** Notes printed under a table (注：行政复议、行政诉讼数量含上年度结转数量). Never cells. */
export const TableNotesSchema = z.strictObject({
  table2: z.optional(z.string()),
  table3: z.optional(z.string()),
  table4: z.optional(z.string()),
});

/**
 * Facts of section 六 (其他需要报告的事项) that the 2021 format asks for: the 信息处理费
 * situation (国办函〔2020〕109号) and the other matters.
 */
export const OtherMattersFactsSchema = z.strictObject({
  /** 收费通知 issued in the year. */
  feeNotices: z.optional(z.int().check(z.nonnegative())),
  /** Amount notified, in 元. */
  feeNoticedYuan: z.optional(z.int().check(z.nonnegative())),
  /** 信息处理费 actually collected, in 元. */
  feeCollectedYuan: z.optional(z.int().check(z.nonnegative())),
  /** 本机关落实上级年度政务公开工作要点情况. */
  workPoints: z.optional(z.string()),
  /** 人大代表建议和政协提案办理结果公开情况. */
  proposals: z.optional(z.string()),
  /** 年度政务公开工作创新情况. */
  innovation: z.optional(z.string()),
  /** 其他 matters. */
  other: z.optional(z.string()),
});
export type OtherMattersFacts = z.infer<typeof OtherMattersFactsSchema>;

/**
 * A 政府信息公开工作年度报告 as data: the agency, the year it covers, its format, the
 * sections' texts, the tables' cells (codes of spec/codes.md), notes and facts.
 */
export const ReportSchema = z.strictObject({
  agency: AgencySchema,
  /** The calendar year the report covers (statistics 1 January – 31 December). */
  year: z.int().check(z.minimum(2008)),
  format: FormatIdSchema,
  /** Title as published: 盐池县2020年政府信息公开工作年度报告. */
  title: z.optional(z.string()),
  /** Date the report was published. */
  publishedDate: z.optional(DateStringSchema),
  /** The opening paragraph(s) before 一、总体情况. */
  preamble: z.optional(z.string()),
  sections: z._default(SectionTextsSchema, {}),
  tables: z._default(TablesSchema, {}),
  /** The published text of cells that were not plain numbers, by cell key (table2/procurement/amountWan → "251000元"). */
  raw: z.optional(z.record(z.string(), z.string())),
  tableNotes: z.optional(TableNotesSchema),
  /** Structured facts behind the narrative (see @disclosure/report-text renderOverview). */
  facts: z.optional(OverviewFactsSchema),
  otherMatters: z.optional(OtherMattersFactsSchema),
  /** Set on a report migrated from the 2019 format. */
  source: z.optional(z.strictObject({ format: FormatIdSchema, migrated: z.boolean() })),
  /** 2019 cells with no 2021 home, kept by migrate2019to2021. */
  legacy2019: z.optional(TablesSchema),
  /** Declares the report an aggregate of these units (ids). */
  rollup: z.optional(z.strictObject({ units: z.array(z.string()) })),
});
export type Report = z.infer<typeof ReportSchema>;
export type ReportInput = z.input<typeof ReportSchema>;

/** One cell in the interchange form of spec/codes.md. */
export const CellSchema = z.strictObject({
  table: TableIdSchema,
  row: z.string().check(z.minLength(1)),
  col: z.string().check(z.minLength(1)),
  value: z.nullable(z.number()),
  raw: z.optional(z.string()),
});
export type Cell = z.infer<typeof CellSchema>;
