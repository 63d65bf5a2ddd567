import { renderCellsPreview, parseReport, summarizeParse } from "@disclosure/report-text";
import { toCells } from "@disclosure/schema";
import { check, formatFinding } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { EXIT, json, readInput } from "../io.js";
import { publishedKind } from "../load.js";
import { agencyOption, flag, formatOption, jsonOption, year } from "../options.js";

/** `disclosure parse <file>`: every cell anchored to its row and column labels; unread cells listed with the reason. */
export const parseCommand = defineCommand(
  {
    name: "parse",
    args: { zh: "<文件.html|.htm|.txt|.md|.pdf|.docx>", en: "<file.html|.htm|.txt|.md|.pdf|.docx>" },
    positionals: { min: 1, max: 1, files: true },
    summary: {
      zh: "把已发布的报告读回数据，每个单元格对应行列名，读不出的单元格注明原因；什么都读不出时退出码 2",
      en: "read a published report back into data, every cell anchored to its labels, unread cells with the reason; exit 2 when nothing could be read",
    },
    options: {
      check: flag(
        { zh: "同时按全部规则检查读出的报告", en: "also run every rule on what was read" },
        "--check",
      ),
      year: year(
        { zh: "报告年度（文中找不到时使用）", en: "the report year (when the text does not say)" },
        "--year 2024",
      ),
      format: formatOption({
        zh: "报告格式：2021 年版或 2019 年版（默认从表格判断）",
        en: "the report format, the 2021 or the 2019 version (by default from the tables)",
      }),
      agency: agencyOption(),
      json: jsonOption(),
    },
    examples: ["disclosure parse 2024年报.pdf --check", "disclosure parse report.html --json > report.json"],
  },
  async ({ values, positionals: [file], lang }, io) => {
    const bytes = await readInput(io, file);
    const from = publishedKind(file);
    // Text and HTML are decoded by parseReport as every reader decodes (GBK, UTF-16, <meta charset>).
    const result = await parseReport(bytes, {
      ...(from ? { from } : {}),
      ...(values.format ? { format: values.format } : {}),
      ...(values.year ? { year: values.year } : {}),
      ...(values.agency ? { agency: values.agency } : {}),
    });
    const findings =
      values.check && result.report
        ? check(result.report, {
            ...(result.detected?.tables ? { tables: result.detected.tables } : {}),
            unread: result.unread,
          })
        : [];
    if (values.json) {
      io.stdout(json({ ...result, ...(values.check ? { findings } : {}) }));
    } else {
      io.stdout(`${summarizeParse(result, lang)}\n`);
      if (result.report) {
        io.stdout(
          await renderCellsPreview(toCells(result.report), { format: result.report.format, to: "text" }),
        );
      }
      for (const f of findings) io.stdout(`${formatFinding(f, lang)}\n`);
    }
    if (!result.report || result.cells.length === 0) return EXIT.unusable;
    return findings.some((f) => f.severity === "error") || result.unread.length ? EXIT.findings : EXIT.ok;
  },
);
