/**
 * The columns of a publication log as sites' content systems export it (信息公开目录 / 文章列表
 * exports), in Chinese and in English, matched after whitespace removal, full-width folding
 * and 繁→简. The first label of each list is the one the messages name. Several columns of
 * one role are taken in this order: the first non-empty cell wins.
 */

/** A field of `Publication` a column can fill. */
export type PublicationField =
  | "id"
  | "title"
  | "date"
  | "eventDate"
  | "unit"
  | "area"
  | "item"
  | "itemName"
  | "section"
  | "category"
  | "channel"
  | "link";

/** Header labels of each field; English field names first, then the Chinese an export prints. */
export const PUBLICATION_COLUMN_VARIANTS: Record<PublicationField, readonly string[]> = {
  title: ["标题", "title", "信息标题", "文章标题", "信息名称", "题名", "名称"],
  date: [
    "发布日期",
    "date",
    "publishDate",
    "publishedAt",
    "发布时间",
    "公开日期",
    "公开时间",
    "上网日期",
    "发文日期",
  ],
  eventDate: ["成文日期", "eventDate", "生成日期", "形成日期", "信息形成日期", "成文时间", "生成时间"],
  unit: ["发布机构", "unit", "publisher", "发布单位", "发布部门", "公开主体", "信息来源", "来源", "所属单位"],
  area: ["领域", "area", "所属领域", "公开领域"],
  item: ["事项编码", "item", "itemKey", "事项代码"],
  itemName: ["所属事项", "itemName", "目录事项", "公开事项", "事项名称"],
  section: ["栏目", "section", "所属栏目", "栏目名称", "栏目路径", "column"],
  category: ["类别", "category", "信息类别"],
  channel: ["公开渠道", "channel", "发布渠道"],
  link: ["链接", "link", "url", "网址", "原文链接", "访问地址"],
  id: ["索引号", "id", "编号", "信息编号", "文章编号"],
};

/** The fields without which a line is no publication. */
export const REQUIRED_PUBLICATION_FIELDS: readonly PublicationField[] = ["title", "unit", "date"];

/** Separators between the levels of a 栏目 path or a 所属事项 ("信息公开 > 社会救助 > 最低生活保障"). */
export const PATH_SEPARATORS = /\s*(?:>|＞|›|»|→|\/|／|\\|｜|\||-|—|－|·|・)\s*/u;
