import * as z from "zod/mini";
import { AgencySchema } from "./agency.js";
import { RawRecordSchema } from "./records.js";
import { CellSchema, ReportSchema } from "./report.js";

const BASE = "https://unpkg.com/@disclosure/schema/schema";

/**
 * The JSON Schema documents (draft 2020-12) of the report, cell, agency and raw
 * record schemas, as published in the package's schema/ folder.
 * @example jsonSchemas().report.title //=> "政府信息公开工作年度报告 / annual report on government information disclosure"
 */
export function jsonSchemas(): Record<"report" | "cell" | "agency" | "record", Record<string, unknown>> {
  const doc = (schema: z.ZodMiniType, id: string, title: string) => ({
    ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }),
    $id: `${BASE}/${id}.schema.json`,
    title,
  });
  return {
    report: doc(
      ReportSchema,
      "report",
      "政府信息公开工作年度报告 / annual report on government information disclosure",
    ),
    cell: doc(CellSchema, "cell", "单元格 / a table cell in the interchange form"),
    agency: doc(AgencySchema, "agency", "报告机关 / reporting agency"),
    record: doc(RawRecordSchema, "record", "原始记录 / a raw record"),
  };
}
