// 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号 (spec/format-2021.md).
import { column, group, groupRows, row } from "./build.js";
import {
  RESULTS_GROUP,
  RESULTS_LABEL,
  SECTIONS,
  TABLE3_COLUMNS,
  TABLE3_CORNER_NOTE,
  TABLE3_GROUPS_HEAD,
  TABLE3_ROWS_HEAD,
  TABLE3_ROWS_TAIL,
  TABLE4_BLOCK,
} from "./shared.js";
import type { FormatDef } from "./types.js";

const INFO = "信息内容";
const DECISIONS = "本年处理决定数量";
const OTHER_HANDLING = group("otherHandling", "（六）其他处理", { parent: "results" });

export const v2021: FormatDef = {
  id: "2021",
  title: "中华人民共和国政府信息公开工作年度报告格式",
  notice: "国办公开办函〔2021〕30号",
  issued: "2021-09-26",
  years: { from: 2021 },
  sections: SECTIONS,
  tables: {
    table2: {
      id: "table2",
      section: "proactive",
      blocks: [
        {
          id: "article20.1",
          heading: "第二十条第（一）项",
          rowHeader: INFO,
          columns: [
            column("issued", "本年制发件数"),
            column("repealed", "本年废止件数"),
            column("inForce", "现行有效件数"),
          ],
          rows: [
            row("rules", "规章"),
            row("normativeDocuments", "行政规范性文件", { aliases: ["规范性文件"] }),
          ],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.5",
          heading: "第二十条第（五）项",
          rowHeader: INFO,
          columns: [column("decisions", DECISIONS)],
          rows: [row("licensing", "行政许可")],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.6",
          heading: "第二十条第（六）项",
          rowHeader: INFO,
          columns: [column("decisions", DECISIONS)],
          rows: [row("penalty", "行政处罚"), row("enforcement", "行政强制")],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.8",
          heading: "第二十条第（八）项",
          rowHeader: INFO,
          columns: [column("amountWan", "本年收费金额（单位：万元）", [], "wan", ["本年收费金额（万元）"])],
          rows: [row("fees", "行政事业性收费")],
          groups: [],
          labelColumns: 1,
        },
      ],
    },
    table3: {
      id: "table3",
      section: "applications",
      blocks: [
        {
          id: "applications",
          cornerNote: TABLE3_CORNER_NOTE,
          columns: TABLE3_COLUMNS,
          rows: [
            ...TABLE3_ROWS_HEAD,
            ...groupRows(
              OTHER_HANDLING,
              [RESULTS_LABEL],
              [
                [
                  "noCorrection",
                  "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                  ["1.申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请"],
                ],
                [
                  "unpaidFee",
                  "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                  ["2.申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请"],
                ],
                ["other", "3.其他"],
              ],
            ),
            ...TABLE3_ROWS_TAIL,
          ],
          groups: [...TABLE3_GROUPS_HEAD, OTHER_HANDLING],
          labelColumns: 3,
        },
      ],
    },
    table4: { id: "table4", section: "reviewLitigation", blocks: [TABLE4_BLOCK] },
  },
};

/**
 * The row a 2021-format report uses when it prints （六）其他处理 as one row
 * without sub-rows (corpus 2024-hongze-district; rules.md STRUCT-GROUP-COLLAPSED).
 * Not part of the official layout: readers accept it, renderers never draw it.
 */
export const COLLAPSED_OTHER_HANDLING_2021 = row("otherHandling", "（六）其他处理", {
  parent: "results",
  path: [RESULTS_GROUP.label],
});
