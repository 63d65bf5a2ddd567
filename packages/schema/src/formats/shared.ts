// Parts of the official formats that 2019 (国办公开办函〔2019〕60号) and 2021
// (国办公开办函〔2021〕30号) share verbatim: section headings, table 三's columns
// and most of its rows, and table 四.
import { column, group, groupRows, row } from "./build.js";
import type { BlockDef, ColumnDef, RowDef, RowGroupDef, SectionDef, TableDef } from "./types.js";

export const SECTIONS: readonly SectionDef[] = [
  {
    id: "overview",
    numeral: "一",
    heading: "一、总体情况",
    title: "总体情况",
    aliases: [],
  },
  {
    id: "proactive",
    numeral: "二",
    heading: "二、主动公开政府信息情况",
    title: "主动公开政府信息情况",
    aliases: ["主动公开政府信息的情况"],
    table: "table2",
  },
  {
    id: "applications",
    numeral: "三",
    heading: "三、收到和处理政府信息公开申请情况",
    title: "收到和处理政府信息公开申请情况",
    aliases: ["收到和处理政府信息公开申请的情况"],
    table: "table3",
  },
  {
    id: "reviewLitigation",
    numeral: "四",
    heading: "四、政府信息公开行政复议、行政诉讼情况",
    title: "政府信息公开行政复议、行政诉讼情况",
    aliases: [
      "因政府信息公开工作被申请行政复议、提起行政诉讼情况",
      "因政府信息公开工作被申请行政复议提起行政诉讼情况",
      "因政府信息公开工作被申请行政复议、提起行政诉讼的情况",
      "政府信息公开行政法复议、行政诉讼情况",
    ],
    table: "table4",
  },
  {
    id: "problems",
    numeral: "五",
    heading: "五、存在的主要问题及改进情况",
    title: "存在的主要问题及改进情况",
    aliases: [
      "政府信息公开工作存在的主要问题及改进情况",
      "存在的主要问题及整改措施",
      "存在的主要问题及整改情况",
    ],
  },
  {
    id: "otherMatters",
    numeral: "六",
    heading: "六、其他需要报告的事项",
    title: "其他需要报告的事项",
    aliases: ["其他报告事项"],
  },
];

const APPLICANT = "申请人情况";
const ORGANIZATION = "法人或其他组织";

export const TABLE3_COLUMNS: readonly ColumnDef[] = [
  column("naturalPerson", "自然人", [APPLICANT]),
  column("commercial", "商业企业", [APPLICANT, ORGANIZATION]),
  column("research", "科研机构", [APPLICANT, ORGANIZATION]),
  column("publicInterest", "社会公益组织", [APPLICANT, ORGANIZATION]),
  column("legalService", "法律服务机构", [APPLICANT, ORGANIZATION]),
  column("otherOrganization", "其他", [APPLICANT, ORGANIZATION]),
  column("total", "总计", [APPLICANT]),
];

export const TABLE3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

const RESULTS = "三、本年度办理结果";
export const RESULTS_GROUP: RowGroupDef = group("results", RESULTS);
const WITHHELD = group("withheld", "（三）不予公开", { parent: "results" });
const UNAVAILABLE = group("unavailable", "（四）无法提供", { parent: "results" });
const NOT_PROCESSED = group("notProcessed", "（五）不予处理", { parent: "results" });

/** Table 三 rows before （六）其他处理, identical in both formats. */
export const TABLE3_ROWS_HEAD: readonly RowDef[] = [
  row("received", "一、本年新收政府信息公开申请数量"),
  row("carriedIn", "二、上年结转政府信息公开申请数量"),
  row("granted", "（一）予以公开", { parent: "results", path: [RESULTS] }),
  row("partlyGranted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", {
    parent: "results",
    path: [RESULTS],
    aliases: ["（二）部分公开（区分处理的，只计这一情况，不计其他情形）", "（二）部分公开"],
  }),
  ...groupRows(
    WITHHELD,
    [RESULTS],
    [
      ["stateSecret", "1.属于国家秘密"],
      ["lawProhibited", "2.其他法律行政法规禁止公开", ["2.其他法律行政止公开"]],
      ["securityStability", "3.危及“三安全一稳定”", ['3.危及"三安全一稳定"', "3.危及「三安全一稳定」"]],
      ["thirdPartyRights", "4.保护第三方合法权益"],
      ["internalAffairs", "5.属于三类内部事务信息"],
      ["deliberative", "6.属于四类过程性信息"],
      ["enforcementFile", "7.属于行政执法案卷"],
      ["queryMatter", "8.属于行政查询事项"],
    ],
  ),
  ...groupRows(
    UNAVAILABLE,
    [RESULTS],
    [
      ["notHeld", "1.本机关不掌握相关政府信息"],
      ["needsCreation", "2.没有现成信息需要另行制作"],
      ["unclearAfterCorrection", "3.补正后申请内容仍不明确"],
    ],
  ),
  ...groupRows(
    NOT_PROCESSED,
    [RESULTS],
    [
      ["petition", "1.信访举报投诉类申请"],
      ["duplicate", "2.重复申请"],
      ["publication", "3.要求提供公开出版物"],
      ["excessive", "4.无正当理由大量反复申请"],
      ["confirmation", "5.要求行政机关确认或重新出具已获取信息"],
    ],
  ),
];

export const TABLE3_GROUPS_HEAD: readonly RowGroupDef[] = [
  RESULTS_GROUP,
  WITHHELD,
  UNAVAILABLE,
  NOT_PROCESSED,
];

/** Table 三 rows after （六）其他处理, identical in both formats. */
export const TABLE3_ROWS_TAIL: readonly RowDef[] = [
  row("resultTotal", "（七）总计", { parent: "results", path: [RESULTS] }),
  row("carriedOut", "四、结转下年度继续办理"),
];

export const RESULTS_LABEL = RESULTS;

const REVIEW = "行政复议";
const LITIGATION = "行政诉讼";
function caseColumns(groupCode: string, path: readonly string[]): ColumnDef[] {
  return [
    column(`${groupCode}.upheld`, "结果维持", path),
    column(`${groupCode}.corrected`, "结果纠正", path),
    column(`${groupCode}.other`, "其他结果", path),
    column(`${groupCode}.pending`, "尚未审结", path),
    column(`${groupCode}.total`, "总计", path),
  ];
}

/** Table 四 — 政府信息公开行政复议、行政诉讼情况, the same in both formats. */
export const TABLE4_BLOCK: BlockDef = {
  id: "cases",
  columns: [
    ...caseColumns("review", [REVIEW]),
    ...caseColumns("litigationDirect", [LITIGATION, "未经复议直接起诉"]),
    ...caseColumns("litigationAfterReview", [LITIGATION, "复议后起诉"]),
  ],
  rows: [row("cases", "")],
  groups: [],
  labelColumns: 0,
};

/** The column groups of table 四 (行政复议, 行政诉讼 › 未经复议直接起诉, 行政诉讼 › 复议后起诉). */
export const CASE_GROUPS = ["review", "litigationDirect", "litigationAfterReview"] as const;
/** The columns of each table 四 group. */
export const CASE_COLUMNS = ["upheld", "corrected", "other", "pending", "total"] as const;

/** A block of table 二: the article item it reports, 信息内容 over the row labels. */
export function article20Block(
  item: string,
  heading: string,
  columns: readonly ColumnDef[],
  rows: readonly RowDef[],
): BlockDef {
  return {
    id: `article20.${item}`,
    heading,
    rowHeader: "信息内容",
    columns,
    rows,
    groups: [],
    labelColumns: 1,
  };
}

/** Table 三 of a format, given how it prints （六）其他处理: its rows and the groups they add. */
export function table3(otherHandling: { rows: readonly RowDef[]; groups: readonly RowGroupDef[] }): TableDef {
  return {
    id: "table3",
    section: "applications",
    blocks: [
      {
        id: "applications",
        cornerNote: TABLE3_CORNER_NOTE,
        columns: TABLE3_COLUMNS,
        rows: [...TABLE3_ROWS_HEAD, ...otherHandling.rows, ...TABLE3_ROWS_TAIL],
        groups: [...TABLE3_GROUPS_HEAD, ...otherHandling.groups],
        labelColumns: 3,
      },
    ],
  };
}
