import { check, formatFinding } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { EXIT, formatIssue, json } from "../io.js";
import { loadOptionsOf, loadReport } from "../load.js";
import { inputFile, jsonOption, list, reportInputOptions } from "../options.js";

const TABLES = { table2: "table2", table3: "table3", table4: "table4" } as const;

/** `disclosure check <report>`: findings sorted by severity and table position. */
export const checkCommand = defineCommand(
  {
    name: "check",
    args: { zh: "<报告>", en: "<report>" },
    positionals: { min: 1, max: 1, files: true },
    summary: {
      zh: "按全部规则检查报告（JSON、单元格或已发布的网页、文本、PDF、Word）；有错误时退出码 1",
      en: "run every rule on a report (JSON, cells, or a published page, text, PDF, Word); exit 1 on an error",
    },
    options: {
      previous: inputFile(
        {
          zh: "上一年度的报告，用于跨年核对（结转、现行有效件数）",
          en: "last year's report, for the checks across years (carried over, in force)",
        },
        "--previous 2021.json",
      ),
      tables: list(
        TABLES,
        {
          zh: "完整转录的表（其余的表只核对给出的单元格）；空列表表示都不完整",
          en: "the tables held in full (the others are checked on the cells given only); an empty list for none",
        },
        "--tables table2,table3",
      ),
      ...reportInputOptions("--year 2022"),
      json: jsonOption(),
    },
    examples: [
      "disclosure check yanchi.json",
      "disclosure check 2022.json --previous 2021.json --tables table2,table3,table4 --json",
    ],
  },
  async ({ values, positionals: [file], lang }, io) => {
    const opts = loadOptionsOf(values);
    const loaded = await loadReport(io, file, opts);
    for (const i of loaded.report ? [] : loaded.issues) io.stderr(`${formatIssue(i, lang)}\n`);
    if (!loaded.report) return EXIT.findings;
    let previous: typeof loaded.report | undefined;
    if (values.previous) {
      const p = await loadReport(io, values.previous, {
        ...opts,
        year: opts.year ? opts.year - 1 : undefined,
      });
      for (const i of p.report ? [] : p.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      if (!p.report) return EXIT.findings;
      previous = p.report;
    }
    const findings = check(loaded.report, {
      ...(previous ? { previous } : {}),
      ...(values.tables ? { tables: values.tables } : {}),
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
  },
);
