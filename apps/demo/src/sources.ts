// Where the report on screen comes from: the sample county, the synthetic county rolled up
// from its 33 units, or the user's own file (read in ./file-loaded.ts, loaded on the first
// file). Every loader returns plain data; bad input is listed (located, bilingual), never thrown.
import { yanchiReport2020 } from "@disclosure/samples";
import { syntheticCountyRollup } from "@disclosure/samples/rollup";
import type { FormatId, Issue, Report, Message } from "@disclosure/schema";
import { type Finding, ledgerCsv, ledgerRows, type RollupResult } from "@disclosure/stats";
import { reportDocument } from "@disclosure/report-text";

/** What is on screen. */
export interface Loaded {
  readonly source: "sample" | "synthetic" | "file";
  /** One line saying where the data come from. */
  readonly description: Message;
  /** The report; absent when the input could not be used at all. */
  readonly report?: Report;
  /** Last year's report of the same agency (cross-year checks). */
  readonly previous?: Report;
  /** The unit reports of a roll-up, in the order of the county's units. */
  readonly units?: readonly Report[];
  /** The roll-up of the units (per-unit breakdown, roll-up findings). */
  readonly rollup?: RollupResult;
  /** Rejected input: lines, cells, fields. */
  readonly issues: readonly Issue[];
  readonly warnings: readonly Issue[];
  /** Options for `check` beyond `previous` and `units` (e.g. the tables a parser found). */
  readonly checkTables?: readonly ("table2" | "table3" | "table4")[];
  /** The raw applications behind the figures as a ledger (依申请公开台账) to download, where there are records. */
  readonly ledger?: {
    readonly title: string;
    readonly csv: () => string;
    readonly rows: () => string[][];
  };
  readonly headings?: readonly string[];
}

/** The built-in sample: 盐池县人民政府's report on 2020 (2019 format). */
export function loadSample(): Loaded {
  return {
    source: "sample",
    description: {
      zh: "示例县：盐池县人民政府 2020 年政府信息公开工作年度报告（表二、三、四为示意数据）",
      en: "Sample county: 盐池县 (Yanchi County) annual report on 2020 (tables 二/三/四 are illustrative)",
    },
    report: yanchiReport2020,
    issues: [],
    warnings: [],
    // Section 一 is written from the sample's facts when the report is rendered, and the
    // tables stand in sections 二 to 四: the headings as printed are those of the rendering.
    headings: reportDocument(yanchiReport2020).sections.map((s) => s.heading),
  };
}

/**
 * The synthetic 盐池县 for a year: 33 units' raw records (and the county government's own)
 * tabulated with `tabulate`, rolled up with `rollup`; last year's roll-up too, for the
 * cross-year checks.
 */
export function loadSynthetic(seed: number, year: number): Loaded {
  const now = syntheticCountyRollup({ seed, year });
  const before = syntheticCountyRollup({ seed, year: year - 1 });
  const county = now.county.county;
  const own = () => now.county.ownRecords() as Iterable<Record<string, unknown>>;
  return {
    source: "synthetic",
    description: {
      zh: `合成县（随机种子 ${seed}）：${county.name}本级及 ${now.units.length} 个单位 ${year} 年的原始记录，逐单位统计后汇总；与 ${year - 1} 年的汇总对照跨年度检查`,
      en: `Synthetic county (seed ${seed}): the records of ${county.name} and its ${now.units.length} units for ${year}, tabulated per unit and rolled up; checked against the roll-up of ${year - 1}`,
    },
    report: now.rollup.report,
    previous: before.rollup.report,
    units: [now.own, ...now.units],
    rollup: now.rollup,
    ledger: {
      title: `${county.name}本级${year}年政府信息公开申请办理台账`,
      csv: () => ledgerCsv(own()),
      rows: () => ledgerRows(own()),
    },
    issues: now.issues.filter((i) => i.severity === "error"),
    warnings: now.issues.filter((i) => i.severity !== "error"),
  };
}

/** Findings of the roll-up itself (duplicates, missing units …), to list with those of `check`. */
export function rollupFindings(l: Loaded): readonly Finding[] {
  return l.rollup?.findings ?? [];
}

/** For cells files, which carry no agency, year or format of their own. */
export interface CellsContext {
  /** Absent when the form leaves it empty: the file must then say it, or the page asks for it. */
  readonly year?: number;
  /** `auto`: the format of the year (2019 format up to 2020). */
  readonly format: FormatId | "auto";
  readonly agency: string;
}

/**
 * A user's file: the Excel fill-in form, a report or cells as JSON, cells as JSON Lines or CSV
 * in UTF-8 or GBK, raw records or a ledger (JSON Lines, CSV, Excel), or a published report
 * (HTML, text, PDF, .docx) — read by readSubmission of @disclosure/report-text, which is
 * loaded with the first file.
 */
export async function loadFile(name: string, bytes: Uint8Array, ctx: CellsContext): Promise<Loaded> {
  const { loadFile: read } = await import("./file-loaded.js");
  return read(name, bytes, ctx);
}
