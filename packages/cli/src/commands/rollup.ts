import { type Agency, type Report, type Tables, agencyId } from "@disclosure/schema";
import { check, formatFinding, type RollupResult, rollup, type UnitInput } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, type Lang, formatIssue, json } from "../io.js";
import { loadReport } from "../load.js";
import {
  agencyOption,
  formatOption,
  inputFile,
  jsonOption,
  outputFile,
  text,
  year,
  required,
} from "../options.js";
import { countingIo, progress } from "../progress.js";
import { looksLikeRecords, recordStream } from "../records.js";

function unitName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(cells\.)?(json|jsonl|ndjson|csv|xlsx)$/i, "");
}

/** A unit's report, or its records; a report that fails validation is printed and ends the run (exit 1). */
async function loadUnit(
  io: Io,
  path: string,
  opts: { year: number; format?: "2021" | "2019" | undefined; lang: Lang },
) {
  if (await looksLikeRecords(io, path)) {
    return {
      unit: { name: unitName(path), level: "department" },
      records: recordStream(io, path),
    } satisfies UnitInput;
  }
  const loaded = await loadReport(io, path, {
    year: opts.year,
    format: opts.format ?? (opts.year <= 2020 ? "2019" : "2021"),
    agency: unitName(path),
  });
  if (!loaded.report) {
    for (const i of loaded.issues) io.stderr(`${formatIssue(i, opts.lang)}\n`);
    throw new CliError(
      {
        zh: `单位报告有错误，无法汇总：${path}`,
        en: `the unit report has errors and cannot be summed: ${path}`,
      },
      EXIT.findings,
    );
  }
  return { unit: loaded.report.agency, report: loaded.report } satisfies UnitInput;
}

/** What a unit given as records was tabulated to, from the roll-up's breakdown: its report for the checks. */
function tabulatedReport(result: RollupResult, unit: Agency, year: number): Report {
  const id = agencyId(unit);
  const tables: Record<string, Record<string, Record<string, number | null>>> = {};
  for (const [key, parts] of Object.entries(result.breakdown)) {
    if (!(id in parts)) continue;
    const [table = "", row = "", col = ""] = key.split("/");
    const rows = tables[table] ?? {};
    tables[table] = rows;
    const cells = rows[row] ?? {};
    rows[row] = cells;
    cells[col] = parts[id] ?? null;
  }
  return { agency: unit, year, format: result.report.format, sections: {}, tables: tables as Tables };
}

/** The units' reports for the roll-up rules: reports as given, records as tabulated. */
function unitReports(result: RollupResult, inputs: readonly UnitInput[], year: number): Report[] {
  const summed = (unit: Agency) => result.units.some((x) => x.included && x.id === agencyId(unit));
  return inputs.flatMap((u) => {
    if (u.report) return [{ ...u.report, agency: u.unit }];
    return summed(u.unit) ? [tabulatedReport(result, u.unit, year)] : [];
  });
}

function printPlain(
  io: Io,
  result: RollupResult,
  findings: ReturnType<typeof check>,
  year: number,
  lang: Lang,
) {
  for (const u of result.units)
    for (const i of u.tabulation?.issues ?? []) io.stdout(`${formatIssue(i, lang)}\n`);
  for (const f of findings) io.stdout(`${formatFinding(f, lang)}\n`);
  const ids = result.units.map(
    (u) => `${u.name}${u.included ? "" : lang === "en" ? " (not summed)" : "（未计入）"}`,
  );
  io.stdout(lang === "en" ? `units: ${ids.join(", ")}\n` : `单位：${ids.join("、")}\n`);
  const summed = result.units.filter((u) => u.included).length;
  io.stdout(
    lang === "en"
      ? `county ${agencyId(result.report.agency)} ${year}: ${summed} units summed\n`
      : `${agencyId(result.report.agency)} ${year} 年：汇总 ${summed} 个单位\n`,
  );
}

/** `disclosure rollup`: the county report with per-unit breakdown; findings on units and sums. */
export const rollupCommand = defineCommand(
  {
    name: "rollup",
    args: { zh: "<单位报告或记录…>", en: "<unit reports or records…>" },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, files: true },
    summary: {
      zh: "把乡镇和部门的报告或原始记录汇总为全县报告，列出各单位的数并核对",
      en: "add townships' and departments' reports or raw records up to the county report, unit by unit, and check it",
    },
    options: {
      year: required(year({ zh: "统计年度", en: "the report year" }, "--year 2022")),
      own: inputFile(
        { zh: "县政府本级的报告或记录", en: "the county government's own report or records" },
        "--own 本级.json",
      ),
      expect: text(
        { zh: "单位1,单位2", en: "a,b" },
        {
          zh: "应当报送的单位（逗号分隔），缺少的会指出",
          en: "the units expected (comma-separated); those missing are named",
        },
        "--expect 盐池县财政局,花马池镇",
      ),
      agency: agencyOption({
        zh: "汇总报告的机关（县人民政府）名称",
        en: "the name of the county government the roll-up is of",
      }),
      format: formatOption({
        zh: "汇总报告的格式：2021 年版或 2019 年版（默认按年度）",
        en: "the roll-up's format, the 2021 or the 2019 version (by default from the year)",
      }),
      output: outputFile(
        { zh: "把汇总报告 JSON 写入该文件", en: "write the county report JSON to this file" },
        "-o 全县.json",
      ),
      json: jsonOption(),
    },
    examples: [
      "disclosure rollup 财政局.json 花马池镇.json --year 2022 --agency 盐池县人民政府 -o 全县.json",
      "disclosure rollup 部门记录/*.jsonl --year 2024 --expect 盐池县财政局,盐池县教育局 --json",
    ],
  },
  async ({ values, positionals, lang }, io) => {
    const { year: y, format } = values;
    const p = progress(io, lang, {
      label: { zh: "读取单位文件", en: "reading unit files" },
      unit: "bytes",
      quiet: values.json,
    });
    const counted = countingIo(io, p);
    let result: RollupResult;
    const units: UnitInput[] = [];
    const county: Agency = { name: values.agency ?? "（县级汇总）", level: "county" };
    let own: UnitInput | undefined;
    try {
      for (const path of positionals) units.push(await loadUnit(counted, path, { year: y, format, lang }));
      own = values.own
        ? { ...(await loadUnit(counted, values.own, { year: y, format, lang })), unit: county }
        : undefined;
      const expected = values.expect
        ?.split(/[,，]/)
        .map((s) => s.trim())
        .filter(Boolean);
      result = await rollup(units, {
        year: y,
        ...(format ? { format } : {}),
        agency: county,
        ...(own ? { own } : {}),
        ...(expected ? { expectedUnits: expected } : {}),
      });
    } finally {
      p.done();
    }
    const inputs = own ? [own, ...units] : units;
    const findings = [...result.findings, ...check(result.report, { units: unitReports(result, inputs, y) })];
    if (values.output) await io.writeFile(values.output, json(result.report));
    if (values.json) {
      io.stdout(json({ report: result.report, breakdown: result.breakdown, units: result.units, findings }));
    } else printPlain(io, result, findings, y, lang);
    const rejected = result.units.some((u) => (u.tabulation?.rejected ?? 0) > 0);
    return rejected || findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
  },
);
