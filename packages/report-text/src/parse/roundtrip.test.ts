// The law: parseReport(renderReport(r, { to })) gives back r's cells, for every output
// form and both scripts, on generated reports of both formats.
import { type FormatId, type Report, type TableValues, type Tables, cellDefs } from "@disclosure/schema";
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReport } from "../render/report.js";
import { parseReport } from "./index.js";

type Form = "html" | "markdown" | "text" | "docx";

const AGENCIES = [
  { name: "盐池县人民政府", level: "county" },
  { name: "淮安市洪泽区人民政府", level: "county" },
  { name: "沭阳县发展和改革局", level: "department" },
  { name: "抚松县松江河镇人民政府", level: "township" },
] as const;

/** Narrative with numbers of its own, which must not be taken for cells. */
const PARAGRAPHS = [
  "2020年，盐池县共收到政府信息公开申请5件，办结5件，结转下年度0件。",
  "全年主动公开政府信息4万余条，开展培训3次，专项经费120万元。",
  "（一）主要问题\n政策解读形式不够丰富。",
  "本年度无收取信息处理费情况。",
];

function arbValue(unit: string): fc.Arbitrary<number | null> {
  const count = fc.oneof(
    { weight: 6, arbitrary: fc.nat({ max: 99 }) },
    { weight: 2, arbitrary: fc.nat({ max: 999_999 }) },
  );
  const value =
    unit === "wan"
      ? fc.nat({ max: 99_999_999 }).map((n) => n / 10_000)
      : unit === "signedCount"
        ? fc.integer({ min: -999, max: 999 })
        : count;
  return fc.oneof({ weight: 8, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) });
}

/** A report of a format with every cell generated. */
function arbReport(format: FormatId): fc.Arbitrary<Report> {
  const defs = cellDefs(format);
  return fc
    .record({
      values: fc.tuple(...defs.map((d) => arbValue(d.unit))),
      agency: fc.constantFrom(...AGENCIES),
      year: format === "2019" ? fc.constantFrom(2019, 2020) : fc.integer({ min: 2021, max: 2025 }),
      texts: fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 6, maxLength: 6 }),
    })
    .map(({ values, agency, year, texts }) => {
      const tables: Tables = {};
      defs.forEach((d, i) => {
        const t = tables[d.table] ?? ({} as TableValues);
        tables[d.table] = t;
        const row = t[d.row] ?? {};
        t[d.row] = row;
        row[d.col] = values[i] ?? null;
      });
      return {
        agency: { ...agency },
        year,
        format,
        sections: {
          overview: texts[0],
          proactive: texts[1],
          problems: texts[4],
          otherMatters: texts[5],
        },
        tables,
      } satisfies Report;
    });
}

function cellMap(tables: Tables): Map<string, number | null> {
  const m = new Map<string, number | null>();
  for (const [t, rows] of Object.entries(tables)) {
    for (const [r, cols] of Object.entries(rows ?? {})) {
      for (const [c, v] of Object.entries(cols)) m.set(`${t}/${r}/${c}`, v);
    }
  }
  return m;
}

const FORMS: Form[] = ["html", "markdown", "text", "docx"];

describe("parseReport ∘ renderReport = identity on the cells", () => {
  for (const format of ["2021", "2019"] as const) {
    for (const to of FORMS) {
      for (const script of ["hans", "hant"] as const) {
        it(`${format} format, ${to}, ${script}`, async () => {
          await fc.assert(
            fc.asyncProperty(arbReport(format), async (report) => {
              const out = await renderReport(report, { to, script });
              const res = await parseReport(out, { from: to === "markdown" ? "text" : to });
              expect(res.ok).toBe(true);
              expect(res.unread).toEqual([]);
              expect(res.report?.format).toBe(format);
              expect(res.report?.year).toBe(report.year);
              expect(res.report?.agency.name).toBe(report.agency.name);
              expect(cellMap(res.report?.tables ?? {})).toEqual(cellMap(report.tables));
            }),
            { numRuns: to === "docx" ? 10 : 25 },
          );
        });
      }
    }
  }
});

describe("narrow text tables (labels wrapped over several lines)", () => {
  for (const format of ["2021", "2019"] as const) {
    it(`${format} format, text at 60 and 90 columns`, async () => {
      await fc.assert(
        fc.asyncProperty(arbReport(format), fc.constantFrom(60, 90), async (report, width) => {
          const out = await renderReport(report, { to: "text", width });
          const res = await parseReport(out);
          expect(res.unread).toEqual([]);
          expect(cellMap(res.report?.tables ?? {})).toEqual(cellMap(report.tables));
        }),
        { numRuns: 25 },
      );
    });
  }
});
