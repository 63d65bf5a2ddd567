// The wording of the Excel fill-in form around the official tables: sheet names, the
// unit's fields, the notes to the person filling it in, and what Excel says when a value
// does not fit a cell. The tables' own labels come from @disclosure/schema's formats.
import type { CellUnit, FormatDef, TableId } from "@disclosure/schema";

/** Sheet names of the form. */
export const FORM_SHEETS = {
  unit: "填报单位",
  table2: "表二",
  table3: "表三",
  table4: "表四",
  text: "文字",
} as const satisfies Record<"unit" | "text" | TableId, string>;

/** Title of the unit sheet. */
export const FORM_TITLE = "政府信息公开工作年度报告填报表";

/** The line under the title: the format the form follows. */
export function formBasis(format: FormatDef): string {
  return `按《${format.title}》（${format.notice}）填报`;
}

/** Labels of the unit's fields on the unit sheet. */
export const FORM_UNIT_LABELS = {
  name: "单位名称",
  level: "单位级别",
  year: "报告年度",
} as const;

/** Title of the wording sheet. */
export const FORM_TEXT_TITLE = "报告正文（表格以外的部分，每节填在一个单元格内）";

/** The notes on the unit sheet, one a line; the 2019 format's 本年增/减 may be negative. */
export function formNotes(format: FormatDef): string[] {
  return [
    "填写说明：",
    "1. 黄色单元格为填写处，其余单元格受保护，不能修改。",
    "2. 表二、表三、表四填写件数（不小于 0 的整数）；金额以万元为单位，最多 4 位小数。",
    ...(format.id === "2019" ? ["   表二的“本年增/减”可填负数。"] : []),
    "3. 没有发生的填 0；空着的单元格视为未填写，不按 0 计。",
    "4. 请直接填写数值，不要填写公式、文字或单位。",
    "5. 报告正文的第一、五、六部分填在“文字”工作表中。",
  ];
}

/** What Excel says when a typed value does not fit the cell (Chinese, then English). */
export const FORM_VALUE_ALERTS: Readonly<Record<CellUnit | "year", { title: string; text: string }>> = {
  count: { title: "须为整数", text: "请填写不小于 0 的整数（件数）。\nA whole number ≥ 0 (a count)." },
  signedCount: {
    title: "须为整数",
    text: "请填写整数，减少时填负数。\nA whole number; negative for a decrease.",
  },
  wan: {
    title: "须为金额",
    text: "请填写不小于 0 的金额（万元），最多 4 位小数。\nAn amount ≥ 0 in 万元, at most 4 decimals.",
  },
  year: { title: "须为年份", text: "请填写 2008 至 2100 之间的年份。\nA year from 2008 to 2100." },
};

/** What Excel says when the level typed is not one of the list. */
export const FORM_LEVEL_ALERT = {
  title: "须从列表中选择",
  text: "请从下拉列表中选择单位级别。\nChoose the level from the list.",
};
