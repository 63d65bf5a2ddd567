// The JSON Schema files in schema/ are zod's, and agree with zod on real reports.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { ReportSchema, fromCells, jsonSchemas } from "../src/index.js";
import { corpusReports } from "./testdata.js";

const files = ["report", "cell", "agency", "record"] as const;
const committed = Object.fromEntries(
  files.map((f) => [
    f,
    JSON.parse(readFileSync(new URL(`../schema/${f}.schema.json`, import.meta.url), "utf8")),
  ]),
);

describe("JSON Schema export", () => {
  it("the files in schema/ are what the zod schemas export (run `npm run build` after a change)", () => {
    expect(committed).toEqual(jsonSchemas());
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(committed.report);
  const reports = corpusReports().map((r) => ({
    slug: r.slug,
    report: {
      agency: { name: r.agency, level: "county" },
      year: r.year,
      format: r.format,
      tables: fromCells(r.cells, { format: r.format }).tables,
    },
  }));

  for (const { slug, report } of reports.slice(0, 6)) {
    it(`${slug}: valid for both the JSON Schema and zod`, () => {
      expect(validate(report), ajv.errorsText(validate.errors)).toBe(true);
      expect(ReportSchema.safeParse(report).success).toBe(true);
    });
  }

  it.each([
    [
      "a cell value given as text",
      (r: Record<string, unknown>) => ({ ...r, tables: { table3: { received: { total: "五" } } } }),
    ],
    ["a year before 2008", (r: Record<string, unknown>) => ({ ...r, year: 2007 })],
    ["an unknown format", (r: Record<string, unknown>) => ({ ...r, format: "2008" })],
    ["a missing agency", ({ agency: _a, ...r }: Record<string, unknown>) => r],
  ])("rejects %s in both", (_name, spoil) => {
    const bad = spoil(reports[0]?.report as unknown as Record<string, unknown>);
    expect(validate(bad)).toBe(false);
    expect(ReportSchema.safeParse(bad).success).toBe(false);
  });
});
