/**
 * The 26 areas (试点领域) of 基层政务公开标准化规范化 as data: official names, the names
 * county catalogs print instead, the 2017 pilot names and the State Council department's
 * 标准指引 where it is known. Source: spec catalog.md §2 (国办发〔2017〕42号, 国办发〔2019〕54号
 * and the departments' notices). Order = the order of catalog.md §2.1.
 */

/** Stable codes of the 26 standard areas, in the order of catalog.md §2.1. */
export const AREA_CODES = [
  "majorProjects",
  "publicResourceTrading",
  "budget",
  "workSafety",
  "tax",
  "landExpropriationCompensation",
  "stateLandHouseExpropriation",
  "ruralDilapidatedHousing",
  "urbanRuralPlanning",
  "ecoEnvironment",
  "publicCulture",
  "povertyAlleviation",
  "disasterRelief",
  "foodDrugRegulation",
  "urbanLawEnforcement",
  "employment",
  "socialInsurance",
  "socialAssistance",
  "elderlyCare",
  "householdRegistration",
  "agriSubsidies",
  "healthcare",
  "municipalServices",
  "compulsoryEducation",
  "publicLegalServices",
  "affordableHousing",
] as const;

/** Stable code of one of the 26 standard areas. */
export type AreaCode = (typeof AREA_CODES)[number];

/** How well a guideline's details were verified in stored copies (catalog.md key ✔✔ / ✔ / ○). */
export type Verification = "double" | "single" | "unverified";

/** The State Council department's 标准指引 for an area. */
export type Guideline = {
  issuer: string;
  docNo?: string;
  date?: string;
  title?: string;
  verified: Verification;
};

/** One standard area. `name` is the official name (headings add 领域: "重大建设项目领域"). */
export type Area = {
  code: AreaCode;
  name: string;
  aliases: string[];
  pilot2017Name?: string;
  guideline: Guideline;
};

/**
 * The 26 areas, in the order of catalog.md §2.1.
 *
 * @example
 * AREAS.find((a) => a.code === "socialAssistance")?.guideline.docNo; //=> "民办函〔2019〕52号"
 */
export const AREAS: readonly Area[] = [
  {
    code: "majorProjects",
    name: "重大建设项目",
    aliases: [],
    guideline: {
      issuer: "国家发展改革委办公厅",
      docNo: "发改办投资〔2019〕621号",
      date: "2019-05-27",
      title: "重大建设项目领域基层政务公开标准指引",
      verified: "single",
    },
  },
  {
    code: "publicResourceTrading",
    name: "公共资源交易",
    aliases: [],
    guideline: {
      issuer: "国家发展改革委办公厅",
      docNo: "发改办法规〔2019〕752号",
      title: "公共资源交易领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "budget",
    name: "财政预决算",
    aliases: ["财政预算决算"],
    guideline: {
      issuer: "财政部",
      docNo: "财办发〔2019〕77号",
      title: "财政预决算领域基层政务公开标准指引",
      verified: "single",
    },
  },
  {
    code: "workSafety",
    name: "安全生产",
    aliases: [],
    guideline: {
      issuer: "应急管理部办公厅",
      docNo: "应急厅函〔2019〕390号",
      date: "2019-05-30",
      title: "安全生产领域基层政务公开标准目录",
      verified: "double",
    },
  },
  {
    code: "tax",
    name: "税收管理",
    aliases: [],
    guideline: { issuer: "国家税务总局", verified: "unverified" },
  },
  {
    code: "landExpropriationCompensation",
    name: "征地补偿",
    aliases: ["农村集体土地征收", "农村集体土地"],
    guideline: { issuer: "自然资源部", verified: "unverified" },
  },
  {
    code: "stateLandHouseExpropriation",
    name: "国有土地上房屋征收与补偿",
    aliases: [],
    pilot2017Name: "拆迁安置",
    guideline: { issuer: "住房城乡建设部", verified: "unverified" },
  },
  {
    code: "ruralDilapidatedHousing",
    name: "农村危房改造",
    aliases: ["农村危改房改造"],
    guideline: { issuer: "住房城乡建设部", verified: "unverified" },
  },
  {
    code: "urbanRuralPlanning",
    name: "城乡规划",
    aliases: [],
    guideline: { issuer: "自然资源部", verified: "unverified" },
  },
  {
    code: "ecoEnvironment",
    name: "生态环境",
    aliases: ["环境保护"],
    pilot2017Name: "环境保护",
    guideline: {
      issuer: "生态环境部办公厅",
      docNo: "环办厅函〔2019〕672号",
      date: "2019-08-05",
      title: "生态环境领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "publicCulture",
    name: "公共文化服务",
    aliases: [],
    guideline: {
      issuer: "文化和旅游部办公厅 国家文物局办公室",
      docNo: "办办发〔2019〕139号",
      date: "2019-10-30",
      title: "公共文化服务领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "povertyAlleviation",
    name: "扶贫",
    aliases: ["乡村振兴"],
    pilot2017Name: "扶贫救灾",
    guideline: { issuer: "国务院扶贫办", verified: "unverified" },
  },
  {
    code: "disasterRelief",
    name: "救灾",
    aliases: ["救灾生产"],
    pilot2017Name: "扶贫救灾",
    guideline: {
      issuer: "应急管理部办公厅",
      docNo: "应急厅函〔2019〕390号",
      date: "2019-05-30",
      verified: "double",
    },
  },
  {
    code: "foodDrugRegulation",
    name: "食品药品监管",
    aliases: ["食品药品"],
    guideline: {
      issuer: "市场监管总局",
      title: "食品药品监管领域基层政务公开标准指引",
      verified: "single",
    },
  },
  {
    code: "urbanLawEnforcement",
    name: "城市综合执法",
    aliases: [],
    guideline: { issuer: "住房城乡建设部", verified: "unverified" },
  },
  {
    code: "employment",
    name: "就业",
    aliases: ["就业创业"],
    pilot2017Name: "就业创业",
    guideline: {
      issuer: "人力资源社会保障部办公厅",
      docNo: "人社厅函〔2019〕113号",
      date: "2019-06-03",
      title: "就业和社会保险领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "socialInsurance",
    name: "社会保险",
    aliases: [],
    guideline: {
      issuer: "人力资源社会保障部办公厅",
      docNo: "人社厅函〔2019〕113号",
      date: "2019-06-03",
      title: "就业和社会保险领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "socialAssistance",
    name: "社会救助",
    aliases: [],
    guideline: {
      issuer: "民政部办公厅",
      docNo: "民办函〔2019〕52号",
      date: "2019-04-30",
      title: "社会救助领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "elderlyCare",
    name: "养老服务",
    aliases: [],
    guideline: {
      issuer: "民政部办公厅",
      docNo: "民办函〔2019〕52号",
      date: "2019-04-30",
      verified: "double",
    },
  },
  {
    code: "householdRegistration",
    name: "户籍管理",
    aliases: [],
    guideline: {
      issuer: "公安部",
      docNo: "公治安〔2019〕158号",
      title: "户籍管理领域基层政务公开标准指引",
      verified: "double",
    },
  },
  {
    code: "agriSubsidies",
    name: "涉农补贴",
    aliases: ["涉农资金"],
    guideline: { issuer: "财政部、农业农村部", verified: "unverified" },
  },
  {
    code: "healthcare",
    name: "医疗卫生",
    aliases: ["卫生健康"],
    guideline: { issuer: "国家卫生健康委", verified: "unverified" },
  },
  {
    code: "municipalServices",
    name: "市政服务",
    aliases: [],
    guideline: { issuer: "住房城乡建设部", verified: "unverified" },
  },
  {
    code: "compulsoryEducation",
    name: "义务教育",
    aliases: [],
    guideline: {
      issuer: "教育部",
      title: "义务教育领域基层政务公开标准指引",
      verified: "single",
    },
  },
  {
    code: "publicLegalServices",
    name: "公共法律服务",
    aliases: ["公共法律"],
    guideline: {
      issuer: "司法部办公厅",
      docNo: "司办通〔2019〕57号",
      title: "公共法律服务领域基层政务公开标准指引",
      verified: "single",
    },
  },
  {
    code: "affordableHousing",
    name: "保障性住房",
    aliases: [],
    guideline: { issuer: "住房城乡建设部", verified: "unverified" },
  },
];

/** Areas some counties add beyond the 26 (平昌县's list of 30, catalog.md §1). */
export const ADDITIONAL_AREA_NAMES: readonly string[] = [
  "广播电视和网络视听",
  "旅游",
  "新闻出版版权",
  "统计",
  "交通运输",
];

/** The 54号 deadline for county and township 标准目录 (catalog.md §1); provinces set earlier ones. */
export const DEFAULT_CATALOG_DEADLINE = "2020-12-31";

/** Suffixes a heading adds to an area name: "社会救助领域基层政务公开标准目录". */
export const AREA_HEADING_SUFFIXES: readonly string[] = [
  "领域基层政务公开标准目录",
  "基层政务公开标准目录",
  "领域政务公开事项标准目录",
  "政务公开事项标准目录",
  "领域",
];
