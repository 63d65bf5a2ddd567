/**
 * The columns of a 基层政务公开标准目录 table (catalog.md §3.1) and the header variants real
 * catalogs print (§3.2). Labels are verbatim; the reader matches them after normalisation
 * (whitespace removed, full-width brackets folded, 繁→简), with a bracketed suffix optional.
 */

/** Code of a simple (one-cell-wide) column. */
export type ColumnCode =
  | "seq"
  | "id"
  | "area"
  | "level1"
  | "level2"
  | "level3"
  | "content"
  | "basis"
  | "timeLimit"
  | "publisher"
  | "responsibleOffice"
  | "channels"
  | "displayPeriod";

/** Code of a column group split into check-mark sub-columns in the second header row. */
export type GroupCode = "item" | "audience" | "mode" | "levels";

/** Audience (公开对象) values: 全社会 / 特定群体. */
export const AUDIENCE_CODES = ["public", "specific"] as const;
export type AudienceCode = (typeof AUDIENCE_CODES)[number];
/** Mode (公开方式) values: 主动 / 依申请. */
export const MODE_CODES = ["proactive", "onRequest"] as const;
export type ModeCode = (typeof MODE_CODES)[number];
/** Level (公开层级) values, from the top. */
export const LEVEL_CODES = ["province", "city", "county", "township", "village"] as const;
export type LevelCode = (typeof LEVEL_CODES)[number];

/**
 * Row-1 labels of the standard header, in order, with the row-2 sub-labels (catalog.md §3.1).
 * The writer prints exactly these.
 */
export const STANDARD_HEADER = {
  seq: "序号",
  id: "事项编码",
  area: "领域",
  item: "公开事项",
  level1: "一级事项",
  level2: "二级事项",
  level3: "三级事项",
  content: "公开内容（要素）",
  basis: "公开依据",
  timeLimit: "公开时限",
  publisher: "公开主体",
  responsibleOffice: "责任科室",
  channels: "公开渠道和载体",
  audience: "公开对象",
  mode: "公开方式",
  levels: "公开层级",
  displayPeriod: "公开时长",
} as const;

/** Row-2 labels the writer prints under 公开对象 / 公开方式. */
export const AUDIENCE_LABELS: Record<AudienceCode, string> = { public: "全社会", specific: "特定群体" };
export const MODE_LABELS: Record<ModeCode, string> = { proactive: "主动", onRequest: "依申请" };
/** Row-2 labels the writer prints under 公开层级. */
export const LEVEL_LABELS: Record<LevelCode, string> = {
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡级",
  village: "村级",
};

/**
 * Header variants of the simple columns (catalog.md §3.2). The first entry is the standard label.
 * "公开事项" alone (no sub-columns) means the 二级事项; 锡林浩特市 prints only 二级事项.
 */
export const COLUMN_VARIANTS: Record<ColumnCode, readonly string[]> = {
  seq: ["序号", "编号"],
  id: ["事项编码", "编码", "事项代码"],
  area: ["领域", "所属领域", "公开领域"],
  level1: ["一级事项"],
  level2: ["二级事项", "事项名称"],
  level3: ["三级事项"],
  content: ["公开内容（要素）", "公开内容", "公开内容(要素)及要求", "内容规范", "内容标准"],
  basis: ["公开依据"],
  timeLimit: ["公开时限", "时限要求", "公开要求", "公开时间"],
  publisher: ["公开主体", "责任主体", "责任单位"],
  responsibleOffice: ["责任科室"],
  channels: ["公开渠道和载体", "公开渠道", "公开形式", "公开载体"],
  displayPeriod: ["公开时长"],
};

/** Row-1 labels of the check-mark groups and of 公开事项. 公开范围 is 黄石's word for 公开对象. */
export const GROUP_VARIANTS: Record<GroupCode, readonly string[]> = {
  item: ["公开事项"],
  audience: ["公开对象", "公开范围"],
  mode: ["公开方式"],
  levels: ["公开层级"],
};

/** Row-2 labels under 公开对象 (特定群众 is the most common print of 特定群体). */
export const AUDIENCE_VARIANTS: Record<AudienceCode, readonly string[]> = {
  public: ["全社会", "社会"],
  specific: ["特定群体", "特定群众", "特定主体", "特定对象"],
};

/** Row-2 labels under 公开方式 (依申请公开 is the most common print). */
export const MODE_VARIANTS: Record<ModeCode, readonly string[]> = {
  proactive: ["主动", "主动公开"],
  onRequest: ["依申请", "依申请公开", "申请"],
};

/**
 * Row-2 labels under 公开层级 and the levels each one stands for (catalog.md §3.2: 县级 / 乡级,
 * 市级 / 县级 / 乡级, 区级 / 乡级, 乡、村级, 镇级 / 村级, 镇(街)级, 东阳市级 / 镇街乡 / 村,
 * 区级 / 镇街级, 州级县级 / 乡、村级).
 */
export const LEVEL_VARIANTS: readonly { label: string; levels: LevelCode[] }[] = [
  { label: "省级", levels: ["province"] },
  { label: "州级县级", levels: ["city", "county"] },
  { label: "市级", levels: ["city"] },
  { label: "州级", levels: ["city"] },
  { label: "县级", levels: ["county"] },
  { label: "区级", levels: ["county"] },
  { label: "旗级", levels: ["county"] },
  { label: "乡、村级", levels: ["township", "village"] },
  { label: "乡村级", levels: ["township", "village"] },
  { label: "乡级", levels: ["township"] },
  { label: "镇级", levels: ["township"] },
  { label: "乡镇级", levels: ["township"] },
  { label: "镇(街)级", levels: ["township"] },
  { label: "镇街级", levels: ["township"] },
  { label: "镇街乡", levels: ["township"] },
  { label: "乡镇(街道)级", levels: ["township"] },
  { label: "村级", levels: ["village"] },
  { label: "村", levels: ["village"] },
];

/** Cell marks meaning "ticked" in a check-mark column. */
export const TICK_MARKS: readonly string[] = ["√", "✓", "✔", "☑", "■", "●", "是", "Y", "y"];
/** Cell text meaning "not ticked". */
export const UNTICKED_MARKS: readonly string[] = ["×", "✗", "否", "/", "-", "—", "无", "□"];
/** The mark the writer prints in a ticked cell. */
export const TICK = "√";

/** Cell text meaning "same as the row above" (井头街道, 赛罕区, 大新县). */
export const SAME_AS_ABOVE: readonly string[] = ["同上"];

/**
 * Lines under a table that are notes, not items: a note ("注：…", "注1.", "备注：…", "说明：…")
 * and the lines that sign a table off ("填表人：…", "审核人：…", "填表日期：…"). A note word
 * counts when punctuation, a number or the end follows it, so an item named 注销登记 is no note.
 */
export const NOTE_WORDS: readonly string[] = ["注", "注释", "备注", "附注", "说明", "填表说明"];
export const SIGN_OFF_WORDS: readonly string[] = [
  "填表人",
  "填报人",
  "制表人",
  "审核人",
  "负责人",
  "单位负责人",
  "分管领导",
  "联系人",
  "联系电话",
  "填表日期",
  "填报日期",
  "制表日期",
  "审核日期",
  "报送日期",
  "填报单位",
  "填表单位",
];

/** Legend lines printed between the title and the header (skipped by the reader). */
export const LEGEND_MARKERS: readonly string[] = ["表示必选项", "表示可选项"];

/** The title the writer prints above one area's table: "社会救助领域基层政务公开标准目录". */
export const TABLE_TITLE_SUFFIX = "领域基层政务公开标准目录";
