import { defineCommand } from "../command.js";
import { EXIT, formatIssue, json } from "../io.js";
import { loadOptionsOf, loadReport } from "../load.js";
import { jsonOption, reportInputOptions } from "../options.js";

/** `disclosure validate <file>`: every issue located and bilingual; exit 0, 1 (invalid) or 2 (unreadable). */
export const validateCommand = defineCommand(
  {
    name: "validate",
    args: { zh: "<文件>", en: "<file>" },
    positionals: { min: 1, max: 1, files: true },
    summary: {
      zh: "检查报告 JSON 或单元格（JSONL/CSV）是否合规，每个问题标明位置",
      en: "validate a report JSON or cells (JSONL/CSV), every issue located",
    },
    options: {
      ...reportInputOptions("--year 2022"),
      json: jsonOption(),
    },
    examples: [
      "disclosure validate yanchi.json",
      "disclosure validate 表三.csv --year 2022 --format 2021 --lang en",
    ],
  },
  async ({ values, positionals: [file], lang }, io) => {
    const loaded = await loadReport(io, file, loadOptionsOf(values));
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
  },
);
