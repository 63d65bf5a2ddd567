import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue, json } from "../io.js";
import { loadReport } from "../load.js";

export const validateHelp = {
  zh: "disclosure validate <文件> [--year 年 --format 2021|2019] [--json]  检查报告 JSON 或单元格（JSONL/CSV）是否合规",
  en: "disclosure validate <file> [--year Y --format 2021|2019] [--json]  validate a report JSON or cells (JSONL/CSV)",
};

/** `disclosure validate <file>`: every issue located and bilingual; exit 0, 1 (invalid) or 2 (unreadable). */
export async function validateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv);
  const lang = langOf(values.lang);
  const file = positionals[0];
  if (!file) throw new CliError({ zh: "请给出要检查的文件", en: "give the file to validate" });
  const loaded = await loadReport(io, file, {
    year: yearOf(values.year),
    format: formatOf(values.format),
    agency: values.agency,
  });
  const ok = loaded.issues.length === 0;
  if (values.json) {
    io.stdout(json({ ok, file, issues: loaded.issues, warnings: loaded.warnings }));
  } else {
    for (const i of [...loaded.issues, ...loaded.warnings]) io.stdout(`${formatIssue(i, lang)}\n`);
    const cells =
      ok && loaded.report
        ? Object.values(loaded.report.tables).reduce(
            (n, t) => n + Object.values(t ?? {}).reduce((m, r) => m + Object.keys(r).length, 0),
            0,
          )
        : 0;
    io.stdout(
      lang === "en"
        ? `${ok ? "valid" : "invalid"}: ${file} — ${loaded.issues.length} errors, ${loaded.warnings.length} warnings${ok ? `, ${cells} cells` : ""}\n`
        : `${ok ? "合规" : "不合规"}：${file} — 错误 ${loaded.issues.length} 个，警告 ${loaded.warnings.length} 个${ok ? `，单元格 ${cells} 个` : ""}\n`,
    );
  }
  return ok ? EXIT.ok : EXIT.findings;
}
