import * as z from "zod/mini";

/**
 * Administrative level of a reporting agency: 县 (county-level government), 乡镇, 街道,
 * 部门 (a department of a government); province and city for higher governments.
 */
export const AgencyLevelSchema = z.enum([
  "province",
  "city",
  "county",
  "township",
  "subdistrict",
  "department",
]);
export type AgencyLevel = z.infer<typeof AgencyLevelSchema>;

/** Chinese names of the levels, for messages and display. */
export const AGENCY_LEVEL_NAMES: Readonly<Record<AgencyLevel, string>> = {
  province: "省级",
  city: "市级",
  county: "县级",
  township: "乡镇",
  subdistrict: "街道",
  department: "部门",
};

/**
 * A reporting agency: the county government, one of its townships / 街道, or a department.
 * @example { name: "盐池县人民政府", level: "county", regionCode: "640323" }
 */
export const AgencySchema = z.strictObject({
  /** Stable id used to address the unit in roll-ups (defaults to the name). */
  id: z.optional(z.string().check(z.minLength(1))),
  name: z.string().check(z.minLength(1)),
  level: AgencyLevelSchema,
  /** For a department: the level of the government it belongs to (county for 盐池县财政局). */
  tier: z.optional(z.enum(["national", "province", "city", "county"])),
  /** Name or id of the parent government (盐池县人民政府 for its departments and townships). */
  parent: z.optional(z.string()),
  /** 行政区划代码, 6 digits (county) or 9/12 digits (township). */
  regionCode: z.optional(z.string().check(z.regex(/^\d{6}(\d{3})?(\d{3})?$/))),
  /** 统一社会信用代码 (18 characters). */
  creditCode: z.optional(z.string().check(z.regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/))),
});
export type Agency = z.infer<typeof AgencySchema>;

/** The id by which a unit is addressed: its id, else its credit code, else its name. */
export function agencyId(agency: Agency): string {
  return agency.id ?? agency.creditCode ?? agency.name;
}

/** Whether the agency reports as a people's government (县级以上人民政府, 乡镇, 街道 count as governments). */
export function isGovernment(agency: Agency): boolean {
  return agency.level !== "department";
}
