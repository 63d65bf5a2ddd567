/** Identifier of an official report format. */
export type FormatId = "2021" | "2019";

/** The three tables of the annual report. */
export type TableId = "table2" | "table3" | "table4";

/** The six sections of the annual report. */
export type SectionId =
  | "overview"
  | "proactive"
  | "applications"
  | "reviewLitigation"
  | "problems"
  | "otherMatters";

/**
 * What a cell holds: a count of 件 (non-negative integer), a signed count
 * (2019 本年增/减), or money in 万元 (exact decimal).
 */
export type CellUnit = "count" | "signedCount" | "wan";

export interface SectionDef {
  readonly id: SectionId;
  /** Chinese ordinal as printed: 一 … 六. */
  readonly numeral: string;
  /** Official heading, verbatim, with its numeral: 一、总体情况. */
  readonly heading: string;
  /** Heading text without the numeral: 总体情况. */
  readonly title: string;
  /** Wordings seen in real reports that mean this section (without numeral). */
  readonly aliases: readonly string[];
  /** The table printed in this section, if any. */
  readonly table?: TableId;
}

export interface ColumnDef {
  /** Stable code (spec/codes.md), unique within its block. */
  readonly code: string;
  /** Official label, verbatim. */
  readonly label: string;
  /** Header groups above the label, outermost first (e.g. 申请人情况 › 法人或其他组织). */
  readonly path: readonly string[];
  readonly unit: CellUnit;
  /** Variant wordings seen in real reports. */
  readonly aliases?: readonly string[];
}

export interface RowDef {
  /** Stable code (spec/codes.md), unique within its table. */
  readonly code: string;
  /** Official label, verbatim, with its numbering: （一）予以公开. */
  readonly label: string;
  /** The numbering part of the label: 一、 / （一） / 1. — empty when none. */
  readonly numbering: string;
  /** The label without its numbering. */
  readonly text: string;
  /** Code of the row group this row belongs to (withheld, unavailable …). */
  readonly parent?: string;
  /** Labels of the enclosing groups, outermost first (三、本年度办理结果 › （三）不予公开). */
  readonly path: readonly string[];
  /** Variant wordings seen in real reports (full label or text without numbering). */
  readonly aliases?: readonly string[];
  /** Overrides the column unit for this row (2019 fees.itemsChange stays signed through the column). */
  readonly unit?: CellUnit;
}

/** A row group without cells of its own (derived subtotals only). */
export interface RowGroupDef {
  readonly code: string;
  readonly label: string;
  readonly numbering: string;
  readonly text: string;
  readonly parent?: string;
  readonly aliases?: readonly string[];
}

/** One block of a table: a header and the rows under it (table 二 has four or five). */
export interface BlockDef {
  readonly id: string;
  /** The heading row above the block (第二十条第（一）项), when it has one. */
  readonly heading?: string;
  /** The label over the row labels (信息内容), when the header shows one. */
  readonly rowHeader?: string;
  /** The note in the top-left corner (table 三's 勾稽关系). */
  readonly cornerNote?: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
  readonly groups: readonly RowGroupDef[];
  /** How many columns the row labels take (3 for table 三, 1 for 二, 0 for 四). */
  readonly labelColumns: number;
}

export interface TableDef {
  readonly id: TableId;
  readonly section: SectionId;
  /** At least one block: a table is drawn block by block, the first holding its header. */
  readonly blocks: readonly [BlockDef, ...BlockDef[]];
}

export interface FormatDef {
  readonly id: FormatId;
  /** 《中华人民共和国政府信息公开工作年度报告格式》 */
  readonly title: string;
  /** 国办公开办函〔2021〕30号 */
  readonly notice: string;
  readonly issued: string;
  /** Report years the format applies to. */
  readonly years: { readonly from: number; readonly to?: number };
  readonly sections: readonly SectionDef[];
  readonly tables: Readonly<Record<TableId, TableDef>>;
}
