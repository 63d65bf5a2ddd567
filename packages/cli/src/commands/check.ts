import { check, formatFinding } from "@disclosure/stats";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue, json } from "../io.js";
import { loadReport } from "../load.js";

export const checkHelp = {
  zh: "disclosure check <报告> [--previous <上年报告>] [--tables table2,table3] [--year 年 --format 2021|2019] [--json]  按全部规则检查报告（--tables：完整转录的表）；有错误时退出码 1",
  en: "disclosure check <report> [--previous <last year>] [--tables table2,table3] [--year Y --format 2021|2019] [--json]  run every rule (--tables: the tables held in full); exit 1 on an error-severity finding",
};

/** `disclosure check <report>`: findings sorted by severity and table position. */
export async function checkCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { previous: { type: "string" }, tables: { type: "string" } });
  const lang = langOf(values.lang);
  const file = positionals[0];
  if (!file) throw new CliError({ zh: "请给出要检查的报告", en: "give the report to check" });
  const opts = { year: yearOf(values.year), format: formatOf(values.format), agency: values.agency };
  const loaded = await loadReport(io, file, opts);
  if (!loaded.report) {
    for (const i of loaded.issues) io.stderr(`${formatIssue(i, lang)}\n`);
    return EXIT.unusable;
  }
  let previous: typeof loaded.report | undefined;
  if (values.previous) {
    const p = await loadReport(io, values.previous, {
      format: opts.format,
      agency: opts.agency,
      year: opts.year ? opts.year - 1 : undefined,
    });
    if (!p.report) {
      for (const i of p.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      return EXIT.unusable;
    }
    previous = p.report;
  }
  // `--tables ""` says no table is held in full (a partial transcription).
  const tables = values.tables
    ?.split(/[,，]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const bad = tables?.find((t) => t !== "table2" && t !== "table3" && t !== "table4");
  if (bad !== undefined) {
    throw new CliError({
      zh: `--tables 应为 table2、table3、table4 的列表：${bad}`,
      en: `--tables lists table2, table3, table4: ${bad}`,
    });
  }
  const findings = check(loaded.report, {
    ...(previous ? { previous } : {}),
    ...(tables ? { tables: tables as ("table2" | "table3" | "table4")[] } : {}),
  });
  const errors = findings.filter((f) => f.severity === "error").length;
  if (values.json) {
    io.stdout(json({ file, findings }));
  } else {
    for (const f of findings) io.stdout(`${formatFinding(f, lang)}\n`);
    const warnings = findings.filter((f) => f.severity === "warning").length;
    io.stdout(
      lang === "en"
        ? `${file}: ${errors} errors, ${warnings} warnings, ${findings.length - errors - warnings} notes\n`
        : `${file}：错误 ${errors} 个，警告 ${warnings} 个，提示 ${findings.length - errors - warnings} 个\n`,
    );
  }
  return errors ? EXIT.findings : EXIT.ok;
}
