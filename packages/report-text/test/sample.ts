// Reports to render in tests and benchmarks: the sample county (盐池县 2020,
// text from the seed, tables illustrative) and generated reports with every
// cell of a format filled.
import {
  type FormatId,
  type Report,
  type TableValues,
  type Tables,
  cellDefs,
  fromScaled,
} from "@disclosure/schema";
import * as fc from "fast-check";
import { normalizeOfficialTerms, toSimplified } from "../src/hant.js";
import { itemAt } from "./item-at.js";
import { readTestdata } from "./testdata.js";

/** A report of `format` with every cell set by `value(table, row, col, unit, index)`. */
export function fullReport(
  format: FormatId,
  value: (table: string, row: string, col: string, unit: string, i: number) => number | null,
  extra: Partial<Report> = {},
): Report {
  const tables: Tables = {};
  cellDefs(format).forEach((d, i) => {
    const t = tables[d.table] ?? ({} as TableValues);
    tables[d.table] = t;
    const row = t[d.row] ?? {};
    t[d.row] = row;
    row[d.col] = value(d.table, d.row, d.col, d.unit, i);
  });
  return {
    agency: { name: "盐池县", level: "county", regionCode: "640323" },
    year: format === "2019" ? 2020 : 2021,
    format,
    sections: {},
    tables,
    ...extra,
  };
}

/**
 * The 盐池县 2020 report: opening, sections 一 and 五 from the seed (converted to
 * Simplified with mainland terms), tables illustrative: 5 applications received
 * from natural persons and all granted, no reviews or lawsuits (the seed: "办理…
 * 政府信息公开申请 5 件", "未发生因信息公开申请被行政复议提起行政诉讼").
 */
export async function yanchi2020(): Promise<Report> {
  const seed = readTestdata("seed/yanchi-2020-annual-report.txt").split("\n");
  // The mirror's half-width punctuation back to the full-width forms of the published report.
  const fullWidth = (s: string) =>
    s.replace(/[,;:()]/g, (ch) => ({ ",": "，", ";": "；", ":": "：", "(": "（", ")": "）" })[ch] ?? ch);
  const simplify = async (s: string) =>
    fullWidth(await toSimplified(normalizeOfficialTerms(s, { phrased: true })));
  const preamble = await simplify(itemAt(seed, 4));
  const overview = await simplify(
    seed
      .slice(5, 18)
      .join("\n")
      .replace(/^一、總體情況/, ""),
  );
  const problems = await simplify(
    seed
      .slice(18, 22)
      .join("\n")
      .replace(/^五、存在的主要問題及改進情況/, ""),
  );
  const received: Record<string, number> = { total: 5, naturalPerson: 5 };
  return fullReport(
    "2019",
    (table, row, col) => {
      if (table === "table3" && (row === "received" || row === "granted" || row === "resultTotal")) {
        return received[col] ?? 0;
      }
      if (table === "table2" && row === "normativeDocuments") return col === "publishedTotal" ? 52 : 3;
      if (table === "table2" && row === "licensing" && col === "decisions") return 17_356;
      if (table === "table2" && row === "procurement" && col === "amountWan") return 9116.36;
      if (table === "table2" && row === "fees" && col === "itemsChange") return -2;
      return 0;
    },
    {
      title: "盐池县2020年政府信息公开工作年度报告",
      preamble,
      sections: { overview, problems },
    },
  );
}

/** A money value in 万元 with at most 4 decimals, exact (from integer 元). */
export const moneyArb = fc.bigInt({ min: 0n, max: 10n ** 12n }).map((yuan) => Number(fromScaled(yuan, 4)));

/** A generated report: every cell of a random format filled with a count, a blank, or money. */
export const reportArb: fc.Arbitrary<Report> = fc.constantFrom<FormatId>("2021", "2019").chain((format) => {
  const defs = cellDefs(format);
  const valueArb = (unit: string) =>
    unit === "wan"
      ? fc.option(moneyArb, { nil: null, freq: 5 })
      : unit === "signedCount"
        ? fc.option(fc.integer({ min: -9999, max: 9999 }), { nil: null, freq: 5 })
        : fc.option(fc.nat({ max: 2_000_000 }), { nil: null, freq: 5 });
  return fc.tuple(...defs.map((d) => valueArb(d.unit))).map((values) => {
    const r = fullReport(format, (_t, _r, _c, _u, i) => values[i] ?? null);
    return r;
  });
});
