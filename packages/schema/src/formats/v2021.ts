// 《中华人民共和国政府信息公开工作年度报告格式》, 国办公开办函〔2021〕30号 (spec/format-2021.md).
import { column, group, groupRows, row } from "./build.js";
import { article20Block, RESULTS_GROUP, RESULTS_LABEL, SECTIONS, TABLE4_BLOCK, table3 } from "./shared.js";
import type { FormatDef } from "./types.js";

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
        article20Block(
          "1",
          "第二十条第（一）项",
          [
            column("issued", "本年制发件数"),
            column("repealed", "本年废止件数"),
            column("inForce", "现行有效件数"),
          ],
          [row("rules", "规章"), row("normativeDocuments", "行政规范性文件", { aliases: ["规范性文件"] })],
        ),
        article20Block(
          "5",
          "第二十条第（五）项",
          [column("decisions", DECISIONS)],
          [row("licensing", "行政许可")],
        ),
        article20Block(
          "6",
          "第二十条第（六）项",
          [column("decisions", DECISIONS)],
          [row("penalty", "行政处罚"), row("enforcement", "行政强制")],
        ),
        article20Block(
          "8",
          "第二十条第（八）项",
          [column("amountWan", "本年收费金额（单位：万元）", [], "wan", ["本年收费金额（万元）"])],
          [row("fees", "行政事业性收费")],
        ),
      ],
    },
    table3: table3({
      rows: groupRows(
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
      groups: [OTHER_HANDLING],
    }),
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
