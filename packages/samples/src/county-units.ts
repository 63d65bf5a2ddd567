// The synthetic county's units: 盐池县人民政府 (本级), its 24 departments and 9 townships /
// 街道, each with the yearly quantities its records are drawn from.
import type { Agency } from "@disclosure/schema";
import { yanchiAgencies, yanchiCounty } from "./yanchi-2020.js";

/** The county government (本级): 盐池县人民政府, 行政区划代码 640323. */
export const YANCHI_COUNTY: Agency = yanchiCounty;

/**
 * What a unit does, in expected yearly quantities: applications received, 复议/诉讼 cases,
 * 行政规范性文件 issued, decisions (许可/处罚/强制) and 行政事业性收费 in 元 with its item.
 */
export interface UnitProfile {
  /** Short code used in record ids (CZJ for 财政局). */
  readonly code: string;
  /** Abbreviation in 文号 (财 for 财政局: 盐财规发〔2021〕1号). */
  readonly short: string;
  readonly applications: number;
  readonly reviews: number;
  readonly lawsuits: number;
  readonly normativeDocuments: number;
  readonly licensing: number;
  readonly penalty: number;
  readonly enforcement: number;
  readonly feeYuan: number;
  readonly feeItem?: string;
}

export interface UnitDef extends UnitProfile {
  readonly name: string;
  readonly level: "department" | "township" | "subdistrict";
}

const P = (
  code: string,
  short: string,
  applications: number,
  more: Partial<Omit<UnitProfile, "code" | "short" | "applications">> = {},
): UnitProfile => ({
  code,
  short,
  applications,
  reviews: 0,
  lawsuits: 0,
  normativeDocuments: 0,
  licensing: 0,
  penalty: 0,
  enforcement: 0,
  feeYuan: 0,
  ...more,
});

/**
 * The 24 county departments (县政府工作部门) and 9 townships / 街道 of 盐池县, with the
 * yearly quantities of a small county: about 50 applications a year for the whole county
 * (the 2020 report counts 5, larger counties a few hundred), a handful of 复议 cases,
 * thousands of 许可 decisions. The 2020 report names 24 departments and 9 乡镇（街道办）.
 */
export const UNITS: readonly UnitDef[] = [
  { name: "盐池县人民政府办公室", level: "department", ...P("ZFB", "政办", 1.5, { normativeDocuments: 1 }) },
  {
    name: "盐池县发展和改革局",
    level: "department",
    ...P("FGJ", "发改", 1.2, { normativeDocuments: 0.6, licensing: 60 }),
  },
  {
    name: "盐池县教育体育局",
    level: "department",
    ...P("JTJ", "教体", 1.5, { normativeDocuments: 0.4, licensing: 40, penalty: 2 }),
  },
  {
    name: "盐池县工业信息化和商务局",
    level: "department",
    ...P("GXJ", "工信商", 0.6, { normativeDocuments: 0.3, licensing: 30 }),
  },
  {
    name: "盐池县公安局",
    level: "department",
    ...P("GAJ", "公", 2, {
      reviews: 0.5,
      lawsuits: 0.2,
      licensing: 5200,
      penalty: 1400,
      enforcement: 60,
      feeYuan: 312_000,
      feeItem: "居民身份证工本费",
    }),
  },
  {
    name: "盐池县民政局",
    level: "department",
    ...P("MZJ", "民", 1.2, { normativeDocuments: 0.4, licensing: 25 }),
  },
  { name: "盐池县司法局", level: "department", ...P("SFJ", "司", 0.8, { reviews: 0.1 }) },
  {
    name: "盐池县财政局",
    level: "department",
    ...P("CZJ", "财", 2, { normativeDocuments: 0.5, reviews: 0.1 }),
  },
  {
    name: "盐池县人力资源和社会保障局",
    level: "department",
    ...P("RSJ", "人社", 2.5, { normativeDocuments: 0.5, licensing: 30, penalty: 4, reviews: 0.2 }),
  },
  {
    name: "盐池县自然资源局",
    level: "department",
    ...P("ZRJ", "自然资", 6, {
      normativeDocuments: 0.6,
      reviews: 0.6,
      lawsuits: 0.4,
      licensing: 900,
      penalty: 25,
      enforcement: 3,
      feeYuan: 486_500,
      feeItem: "不动产登记费",
    }),
  },
  {
    name: "盐池县住房和城乡建设局",
    level: "department",
    ...P("ZJJ", "建", 4, {
      normativeDocuments: 0.6,
      reviews: 0.3,
      lawsuits: 0.2,
      licensing: 350,
      penalty: 18,
      enforcement: 2,
      feeYuan: 58_000,
      feeItem: "城镇垃圾处理费",
    }),
  },
  {
    name: "盐池县交通运输局",
    level: "department",
    ...P("JTJ2", "交", 1, { licensing: 420, penalty: 160, enforcement: 12 }),
  },
  {
    name: "盐池县水务局",
    level: "department",
    ...P("SWJ", "水", 1, { licensing: 45, penalty: 3, normativeDocuments: 0.2 }),
  },
  {
    name: "盐池县农业农村局",
    level: "department",
    ...P("NNJ", "农", 3.5, {
      normativeDocuments: 0.6,
      reviews: 0.2,
      licensing: 260,
      penalty: 12,
      enforcement: 1,
    }),
  },
  {
    name: "盐池县文化旅游广电局",
    level: "department",
    ...P("WLJ", "文旅", 0.5, { licensing: 35, penalty: 5 }),
  },
  {
    name: "盐池县卫生健康局",
    level: "department",
    ...P("WJJ", "卫健", 1.5, { normativeDocuments: 0.3, licensing: 310, penalty: 40, enforcement: 1 }),
  },
  { name: "盐池县退役军人事务局", level: "department", ...P("TYJ", "退役", 0.8) },
  {
    name: "盐池县应急管理局",
    level: "department",
    ...P("YJJ", "应急", 0.6, { licensing: 55, penalty: 20, enforcement: 2 }),
  },
  { name: "盐池县审计局", level: "department", ...P("SJJ", "审", 0.4) },
  {
    name: "盐池县市场监督管理局",
    level: "department",
    ...P("SCJ", "市监", 2.5, {
      normativeDocuments: 0.2,
      reviews: 0.3,
      lawsuits: 0.1,
      licensing: 3600,
      penalty: 210,
      enforcement: 30,
    }),
  },
  { name: "盐池县统计局", level: "department", ...P("TJJ", "统", 0.3, { penalty: 1 }) },
  {
    name: "盐池县医疗保障局",
    level: "department",
    ...P("YBJ", "医保", 0.8, { normativeDocuments: 0.2, penalty: 6 }),
  },
  {
    name: "盐池县林业和草原局",
    level: "department",
    ...P("LCJ", "林草", 0.8, { licensing: 120, penalty: 15, enforcement: 1 }),
  },
  { name: "盐池县信访局", level: "department", ...P("XFJ", "信访", 0.5) },
  {
    name: "花马池镇人民政府",
    level: "township",
    ...P("HMC", "花镇", 3, { reviews: 0.2, lawsuits: 0.1, penalty: 4, enforcement: 1 }),
  },
  { name: "大水坑镇人民政府", level: "township", ...P("DSK", "大镇", 1.2, { penalty: 2 }) },
  { name: "惠安堡镇人民政府", level: "township", ...P("HAB", "惠镇", 1, { penalty: 1 }) },
  { name: "高沙窝镇人民政府", level: "township", ...P("GSW", "高镇", 1, { reviews: 0.1, penalty: 1 }) },
  { name: "王乐井乡人民政府", level: "township", ...P("WLJX", "王乡", 0.8) },
  { name: "冯记沟乡人民政府", level: "township", ...P("FJG", "冯乡", 0.6) },
  { name: "青山乡人民政府", level: "township", ...P("QSX", "青乡", 0.6) },
  { name: "麻黄山乡人民政府", level: "township", ...P("MHS", "麻乡", 0.5) },
  { name: "盐州路街道办事处", level: "subdistrict", ...P("YZL", "盐州街", 1.5, { penalty: 1 }) },
];

/** The county government's own figures (本级): applications and cases addressed to 盐池县人民政府. */
export const OWN: UnitProfile = P("XZF", "政", 5, {
  reviews: 1.2,
  lawsuits: 0.6,
  normativeDocuments: 5,
});

/** The unit as an agency: the one of the 2020 sample (same names, 区划代码 of the townships). */
function agencyOf(u: UnitDef): Agency {
  const known = yanchiAgencies.find((a) => a.name === u.name);
  if (known) return known;
  return u.level === "department"
    ? { name: u.name, level: u.level, tier: "county", parent: YANCHI_COUNTY.name }
    : { name: u.name, level: u.level, parent: YANCHI_COUNTY.name };
}

/** The 33 reporting units of 盐池县: 24 departments, then 8 townships and 1 街道. */
export const YANCHI_UNITS: readonly Agency[] = UNITS.map(agencyOf);

/**
 * The yearly profile of a unit by name (and of the county government itself).
 * @example unitProfile("盐池县公安局")?.feeItem //=> "居民身份证工本费"
 */
export function unitProfile(name: string): UnitProfile | undefined {
  if (name === YANCHI_COUNTY.name) return OWN;
  const u = UNITS.find((x) => x.name === name);
  return u && { ...u };
}
