// 《中华人民共和国政府信息公开工作年度报告格式（试行）》, 国办公开办函〔2019〕60号 (spec/format-2019.md).
import { column, row } from "./build.js";
import {
  RESULTS_LABEL,
  SECTIONS,
  TABLE3_COLUMNS,
  TABLE3_CORNER_NOTE,
  TABLE3_GROUPS_HEAD,
  TABLE3_ROWS_HEAD,
  TABLE3_ROWS_TAIL,
  TABLE4_BLOCK,
} from "./shared.js";
import type { ColumnDef, FormatDef } from "./types.js";

const INFO = "信息内容";
const ITEMS_COLUMNS: readonly ColumnDef[] = [
  column("itemsLastYear", "上一年项目数量"),
  column("itemsChange", "本年增/减", [], "signedCount", ["本年增/", "本年增减", "本年增（减）"]),
];

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
        {
          id: "article20.1",
          heading: "第二十条第（一）项",
          rowHeader: INFO,
          columns: [
            column("newlyMade", "本年新制作数量"),
            column("newlyPublished", "本年新公开数量"),
            column("publishedTotal", "对外公开总数量"),
          ],
          rows: [
            row("rules", "规章"),
            row("normativeDocuments", "规范性文件", { aliases: ["行政规范性文件"] }),
          ],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.5",
          heading: "第二十条第（五）项",
          rowHeader: INFO,
          columns: [...ITEMS_COLUMNS, column("decisions", "处理决定数量")],
          rows: [row("licensing", "行政许可"), row("otherServices", "其他对外管理服务事项")],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.6",
          heading: "第二十条第（六）项",
          rowHeader: INFO,
          columns: [...ITEMS_COLUMNS, column("decisions", "处理决定数量")],
          rows: [row("penalty", "行政处罚"), row("enforcement", "行政强制")],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.8",
          heading: "第二十条第（八）项",
          rowHeader: INFO,
          columns: ITEMS_COLUMNS,
          rows: [row("fees", "行政事业性收费")],
          groups: [],
          labelColumns: 1,
        },
        {
          id: "article20.9",
          heading: "第二十条第（九）项",
          rowHeader: INFO,
          columns: [column("projects", "采购项目数量"), column("amountWan", "采购总金额", [], "wan")],
          rows: [row("procurement", "政府集中采购")],
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
            row("otherHandling", "（六）其他处理", { parent: "results", path: [RESULTS_LABEL] }),
            ...TABLE3_ROWS_TAIL,
          ],
          groups: TABLE3_GROUPS_HEAD,
          labelColumns: 3,
        },
      ],
    },
    table4: { id: "table4", section: "reviewLitigation", blocks: [TABLE4_BLOCK] },
  },
};
