// 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号 (spec/format-2019.md).
import { column, row } from "./build.js";
import { article20Block, RESULTS_LABEL, SECTIONS, TABLE4_BLOCK, table3 } from "./shared.js";
import type { ColumnDef, FormatDef } from "./types.js";

const ITEMS_COLUMNS: readonly ColumnDef[] = [
  column("itemsLastYear", "上一年项目数量"),
  column("itemsChange", "本年增/减", [], "signedCount", ["本年增/", "本年增减", "本年增（减）"]),
];
const DECISIONS = column("decisions", "处理决定数量");

export const v2019: FormatDef = {
  id: "2019",
  title: "中华人民共和国政府信息公开工作年度报告格式（试行）",
  notice: "国办公开办函〔2019〕60号",
  issued: "2019-11-27",
  years: { from: 2019, to: 2020 },
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
            column("newlyMade", "本年新制作数量"),
            column("newlyPublished", "本年新公开数量"),
            column("publishedTotal", "对外公开总数量"),
          ],
          [row("rules", "规章"), row("normativeDocuments", "规范性文件", { aliases: ["行政规范性文件"] })],
        ),
        article20Block(
          "5",
          "第二十条第（五）项",
          [...ITEMS_COLUMNS, DECISIONS],
          [row("licensing", "行政许可"), row("otherServices", "其他对外管理服务事项")],
        ),
        article20Block(
          "6",
          "第二十条第（六）项",
          [...ITEMS_COLUMNS, DECISIONS],
          [row("penalty", "行政处罚"), row("enforcement", "行政强制")],
        ),
        article20Block("8", "第二十条第（八）项", ITEMS_COLUMNS, [row("fees", "行政事业性收费")]),
        article20Block(
          "9",
          "第二十条第（九）项",
          [column("projects", "采购项目数量"), column("amountWan", "采购总金额", [], "wan")],
          [row("procurement", "政府集中采购")],
        ),
      ],
    },
    table3: table3({
      rows: [row("otherHandling", "（六）其他处理", { parent: "results", path: [RESULTS_LABEL] })],
      groups: [],
    }),
    table4: { id: "table4", section: "reviewLitigation", blocks: [TABLE4_BLOCK] },
  },
};
