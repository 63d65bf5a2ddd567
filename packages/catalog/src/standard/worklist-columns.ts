/**
 * The labels of the 督查清单 (the list a 政务公开办 sends its units after a coverage check):
 * its columns, the kinds of problem, and the summary sheet's columns, in Chinese and English.
 */

/** The unit a row is of: the first column of both sheets. */
const UNIT = { zh: "单位", en: "unit" } as const;

/** The columns of the list, one problem a row. */
export const WORKLIST_COLUMNS = {
  unit: UNIT,
  problem: { zh: "问题", en: "problem" },
  area: { zh: "领域", en: "area" },
  item: { zh: "目录事项", en: "catalog item" },
  title: { zh: "信息标题", en: "title" },
  date: { zh: "发布日期", en: "published" },
  eventDate: { zh: "成文日期", en: "formed" },
  deadline: { zh: "公开期限", en: "deadline" },
  lateBy: { zh: "逾期工作日", en: "working days late" },
  note: { zh: "说明", en: "note" },
  link: { zh: "链接", en: "link" },
} as const;

/** The kinds of problem a row names. */
export const WORKLIST_PROBLEMS = {
  missing: { zh: "缺失事项", en: "item missing" },
  periods: { zh: "期间未公开", en: "periods missing" },
  late: { zh: "逾期公开", en: "published late" },
  unmatched: { zh: "未对应目录", en: "matches no item" },
} as const;

/** The columns of the summary: one row a unit. */
export const WORKLIST_SUMMARY_COLUMNS = {
  unit: UNIT,
  items: { zh: "目录事项（项）", en: "catalog items" },
  missing: { zh: "缺失事项（项）", en: "items missing" },
  periods: { zh: "有期间未公开的事项（项）", en: "items with periods missing" },
  publications: { zh: "公开信息（条）", en: "publications" },
  late: { zh: "逾期公开（条）", en: "published late" },
  unmatched: { zh: "未对应目录（条）", en: "matching no item" },
} as const;

/** The sheet names and title of the list. */
export const WORKLIST_SHEETS = {
  summary: { zh: "汇总", en: "summary" },
  detail: { zh: "督查清单", en: "worklist" },
  title: { zh: "政务公开事项督查清单", en: "Disclosure catalog worklist" },
} as const;
