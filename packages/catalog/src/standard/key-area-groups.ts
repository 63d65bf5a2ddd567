/**
 * Key-area groups (重点领域) an annual report organises its proactive disclosure by
 * (catalog.md §5). They differ between counties and years, so a report passes its own list;
 * `DEFAULT_KEY_AREA_GROUPS` is the structure of the seed report (盐池县2020年政府信息公开工作
 * 年度报告), which follows the national 重点领域 documents.
 */
import type { AreaRef } from "../item.js";

/** What a fact counts: publications (条), distinct publishing units (个), or items published. */
export type FactCount = "publications" | "units" | "items";

/** Which catalog items a fact counts: by area, optionally narrowed to some 一级事项; or everything. */
export type FactFilter = { all?: boolean; areas?: AreaRef[]; level1?: string[] };

/** One figure a report prints in a group's paragraph ("…等8类信息171条"). */
export type FactDefinition = {
  code: string;
  what: { zhHans: string; zhHant?: string };
  filter: FactFilter;
  count?: FactCount;
  unit: "条" | "件" | "个" | "类" | "大领域" | "次" | "人次";
};

/** A key-area group: its heading as published, where it comes from, the areas it covers, its figures. */
export type KeyAreaGroup = {
  code: string;
  label: { zhHans: string; zhHant?: string };
  source: string;
  areas: AreaRef[];
  facts?: FactDefinition[];
};

/**
 * The groups of the seed report's section （一）, in its order (catalog.md §5.1). Without
 * `facts`, a group yields one figure: the publications of its areas. The seed prints
 * "深化行政檔案信息公開" (a conversion error for 文件); the label here is the intended one.
 *
 * @example
 * DEFAULT_KEY_AREA_GROUPS.find((g) => g.code === "publicResources")?.areas;
 * //=> ["publicResourceTrading", "affordableHousing"]
 */
export const DEFAULT_KEY_AREA_GROUPS: readonly KeyAreaGroup[] = [
  {
    code: "total",
    label: { zhHans: "主动公开各类信息", zhHant: "主動公開各類信息" },
    source: "盐池县2020年政府信息公开工作年度报告",
    areas: [],
    facts: [
      {
        code: "total",
        what: { zhHans: "主动公开各类信息", zhHant: "主動公開各類信息" },
        filter: { all: true },
        unit: "条",
      },
    ],
  },
  {
    code: "powerAllocation",
    label: { zhHans: "深化权力配置信息公开", zhHant: "深化權力配置信息公開" },
    source: "国办发〔2020〕17号 一（一）",
    areas: [],
  },
  {
    code: "normativeDocuments",
    label: { zhHans: "深化行政文件信息公开", zhHant: "深化行政文件信息公開" },
    source: "国办发〔2020〕17号",
    areas: [],
  },
  {
    code: "budgetAudit",
    label: { zhHans: "全面推进预决算和审计信息公开", zhHant: "全面推進預決算和審計信息公開" },
    source: "盐池县2020年政府信息公开工作年度报告",
    areas: ["budget"],
  },
  {
    code: "majorProjects",
    label: {
      zhHans: "全面推进重大建设项目批准和实施领域政府信息公开",
      zhHant: "全面推進重大建設項目批准和實施領域政府信息公開",
    },
    source: "国办发〔2017〕94号",
    areas: ["majorProjects", "landExpropriationCompensation", "agriSubsidies"],
  },
  {
    code: "publicResources",
    label: {
      zhHans: "全面推进公共资源配置领域政府信息公开",
      zhHant: "全面推進公共資源配置領域政府信息公開",
    },
    source: "国办发〔2017〕97号",
    areas: ["publicResourceTrading", "affordableHousing"],
  },
  {
    code: "socialWelfare",
    label: {
      zhHans: "全面推进社会公益事业建设领域政府信息公开",
      zhHant: "全面推進社會公益事業建設領域政府信息公開",
    },
    source: "国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见（2018-02）",
    areas: [
      "socialAssistance",
      "disasterRelief",
      "employment",
      "compulsoryEducation",
      "healthcare",
      "foodDrugRegulation",
      "workSafety",
    ],
  },
  {
    code: "proposals",
    label: {
      zhHans: "全面推进人大代表建议、政协提案办理结果公开",
      zhHant: "全面推進人大代表建議、政協提案辦理結果公開",
    },
    source: "盐池县2020年政府信息公开工作年度报告",
    areas: [],
  },
];
