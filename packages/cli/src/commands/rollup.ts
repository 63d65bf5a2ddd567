import { type Agency, agencyId } from "@disclosure/schema";
import { check, formatFinding, rollup, type UnitInput } from "@disclosure/stats";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue, json, requireFile } from "../io.js";
import { loadReport } from "../load.js";
import { looksLikeRecords, recordStream } from "../records.js";

export const rollupHelp = {
  zh: "disclosure rollup <单位报告或记录…> --year 年 [--own <本级>] [--expect 单位1,单位2] [--agency 县名] [--json] [-o 输出]  汇总乡镇和部门为全县报告，并核对",
  en: "disclosure rollup <unit reports or records…> --year Y [--own <file>] [--expect a,b] [--agency name] [--json] [-o out]  add townships and departments up to the county report, and check it",
};

function unitName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.(cells\.)?(json|jsonl|ndjson|csv)$/i, "");
}

/** `disclosure rollup`: the county report with per-unit breakdown; findings on units and sums. */
export async function rollupCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { own: { type: "string" }, expect: { type: "string" } });
  const lang = langOf(values.lang);
  if (!positionals.length)
    throw new CliError({ zh: "请给出各单位的报告或记录文件", en: "give the units' report or record files" });
  const year = yearOf(values.year);
  if (!year) throw new CliError({ zh: "请用 --year 说明统计年度", en: "give the report year with --year" });
  const format = formatOf(values.format);

  const load = async (path: string): Promise<UnitInput> => {
    if (await looksLikeRecords(io, path)) {
      return { unit: { name: unitName(path), level: "department" }, records: recordStream(io, path) };
    }
    const loaded = await loadReport(io, path, {
      year,
      format: format ?? (year <= 2020 ? "2019" : "2021"),
      agency: unitName(path),
    });
    if (!loaded.report) {
      for (const i of loaded.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      throw new CliError({ zh: `无法读取单位报告：${path}`, en: `cannot read the unit report: ${path}` });
    }
    return { unit: loaded.report.agency, report: loaded.report };
  };
  const units = [];
  for (const p of positionals) {
    await requireFile(io, p);
    units.push(await load(p));
  }
  const county: Agency = { name: values.agency ?? "（县级汇总）", level: "county" };
  const own = values.own ? { ...(await load(values.own)), unit: county } : undefined;
  const result = await rollup(units, {
    year,
    ...(format ? { format } : {}),
    agency: county,
    ...(own ? { own } : {}),
    ...(values.expect
      ? {
          expectedUnits: values.expect
            .split(/[,，]/)
            .map((s) => s.trim())
            .filter(Boolean),
        }
      : {}),
  });
  const findings = [
    ...result.findings,
    ...check(result.report, { units: units.flatMap((u) => (u.report ? [u.report] : [])) }),
  ];
  if (values.output) await io.writeFile(values.output, json(result.report));
  if (values.json) {
    io.stdout(json({ report: result.report, breakdown: result.breakdown, units: result.units, findings }));
  } else {
    for (const f of findings) io.stdout(`${formatFinding(f, lang)}\n`);
    const ids = result.units.map(
      (u) => `${u.name}${u.included ? "" : lang === "en" ? " (not summed)" : "（未计入）"}`,
    );
    io.stdout(lang === "en" ? `units: ${ids.join(", ")}\n` : `单位：${ids.join("、")}\n`);
    io.stdout(
      lang === "en"
        ? `county ${agencyId(result.report.agency)} ${year}: ${result.units.filter((u) => u.included).length} units summed\n`
        : `${agencyId(result.report.agency)} ${year} 年：汇总 ${result.units.filter((u) => u.included).length} 个单位\n`,
    );
  }
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
