/**
 * The words of a 规章 / 行政规范性文件 register (文件登记簿, 规范性文件目录) as offices keep it:
 * header variants, the 类别 and 状态 values, and the 有效期 words. The reader matches headers
 * after normalisation (whitespace removed, full-width folded, 繁→简, a trailing bracketed note
 * such as "（年月日）" dropped). These are register wording, not the official table labels
 * (those live in @disclosure/schema's format definitions).
 */

/** What a register column holds. */
export type RegisterColumnCode =
  | "seq"
  | "title"
  | "docNumber"
  | "kind"
  | "unit"
  | "issuedDate"
  | "endDate"
  | "validity"
  | "status"
  | "note";

/**
 * Header variants of each register column. The first entry is the label a register usually
 * prints. The issue date has several columns in some registers; see {@link ISSUED_DATE_PRIORITY}.
 */
/** Words for one thing, the first the one messages print. */
export type Words = readonly [string, ...string[]];

export const REGISTER_COLUMN_VARIANTS: Record<Exclude<RegisterColumnCode, "issuedDate">, Words> = {
  seq: ["序号", "编号"],
  title: ["文件名称", "标题", "名称", "文件标题", "规范性文件名称", "规章名称", "文件题目"],
  docNumber: ["文号", "发文字号", "发文文号", "文件编号", "文件字号", "字号"],
  kind: ["类别", "文件类型", "种类", "文件类别", "类型", "文件种类"],
  unit: ["制发单位", "发文机关", "制定机关", "发文单位", "制发机关", "印发单位", "发布机关"],
  endDate: [
    "废止日期",
    "失效日期",
    "废止时间",
    "失效时间",
    "废止/失效日期",
    "废止(失效)日期",
    "废止或失效日期",
  ],
  validity: ["有效期", "有效期至", "有效期限", "有效期截止日期", "有效期截至", "有效期届满日期"],
  status: ["状态", "效力状态", "文件状态", "有效性", "时效性", "现行状态", "是否有效"],
  note: ["备注", "说明"],
};

/**
 * Issue-date headers, most preferred first: a row's issue date is read from the first of
 * these columns that holds a valid date (印发 / 发布 before 成文, 成文 before 施行).
 */
export const ISSUED_DATE_PRIORITY: readonly [Words, ...Words[]] = [
  ["印发日期", "发布日期", "发文日期", "公布日期", "印发时间", "发布时间", "发文时间", "公布时间"],
  ["成文日期", "成文时间", "签发日期"],
  ["施行日期", "实施日期", "生效日期", "施行时间", "实施时间"],
];

/**
 * Group labels printed over date columns in a two-row header ("日期" merged over 印发日期 and
 * 废止日期). A sub-label under one is read on its own ("印发日期", "有效期") or with the group's
 * word after it ("印发" under "日期" → 印发日期, "废止" under "时间" → 废止时间).
 */
export const REGISTER_DATE_GROUP_VARIANTS: readonly string[] = ["日期", "时间", "相关日期", "有关日期"];

/** 类别 values and the table 二 row they are counted in. */
export const KIND_VALUES: Record<"rules" | "normativeDocuments", Words> = {
  rules: ["规章", "政府规章", "地方政府规章", "部门规章"],
  normativeDocuments: ["行政规范性文件", "规范性文件", "其他规范性文件"],
};

/** 状态 values. `lapsed`: no longer in force because its 有效期 ended, without being repealed. */
export const STATUS_VALUES: Record<"inForce" | "repealed" | "lapsed", Words> = {
  inForce: ["现行有效", "有效", "现行", "继续有效", "已修改", "已修订", "修订后有效", "正在施行"],
  repealed: ["已废止", "废止", "宣布废止", "已经废止", "已撤销", "撤销"],
  lapsed: ["已失效", "失效", "自动失效", "有效期届满", "已过期", "到期失效", "有效期满"],
};

/** 有效期 cells that mean "no end date". */
export const NO_EXPIRY_WORDS: readonly string[] = [
  "长期",
  "长期有效",
  "无",
  "无期限",
  "永久",
  "不设有效期",
  "未设有效期",
  "-",
  "—",
  "/",
];

/**
 * Words in a title row that name the kind of the documents below it (a register of one kind
 * often says so only in its title: "盐池县人民政府行政规范性文件登记表").
 */
export const KIND_TITLE_WORDS: Record<"rules" | "normativeDocuments", readonly string[]> = {
  normativeDocuments: ["规范性文件"],
  rules: ["规章"],
};

/** What offices write in a date cell that has no date (a document not repealed: "无", "/"). */
export const EMPTY_DATE_MARKS: readonly string[] = [
  "无",
  "暂无",
  "-",
  "—",
  "——",
  "/",
  "未废止",
  "未失效",
  "否",
];
