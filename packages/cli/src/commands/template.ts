import { renderTemplate } from "@disclosure/report-text";
import { AGENCY_LEVEL_NAMES, type AgencyLevel, formatForYear } from "@disclosure/schema";
import { defineCommand } from "../command.js";
import { CliError, EXIT } from "../io.js";
import { agencyOption, choice, formatOption, outputFile, year } from "../options.js";

/** `--to`: the forms of renderTemplate. */
const FORMS = { xlsx: "xlsx", docx: "docx", csv: "csv" } as const;

/** `--level`: a level by its code (township) or its Chinese name (乡镇). */
const LEVELS: Readonly<Record<string, AgencyLevel>> = Object.fromEntries([
  ...Object.keys(AGENCY_LEVEL_NAMES).map((code) => [code, code]),
  ...Object.entries(AGENCY_LEVEL_NAMES).map(([code, name]) => [name, code]),
]);

/** `disclosure template`: an empty fill-in form for a unit to fill and send back. */
export const templateCommand = defineCommand(
  {
    name: "template",
    args: { zh: "", en: "" },
    positionals: { min: 0, max: 0 },
    summary: {
      zh: "生成空白填报表：Excel（表格受保护、逐格校验，填好后可直接汇总）、Word 或 CSV（xlsx 和 docx 须用 -o）",
      en: "write an empty fill-in form: Excel (tables protected, every cell validated, read back as filled), Word or CSV (xlsx and docx need -o)",
    },
    options: {
      to: choice(
        FORMS,
        { zh: "填报表的形式（默认 xlsx）", en: "the form's kind (xlsx by default)" },
        "--to docx",
      ),
      format: formatOption({
        zh: "报告格式：2021 年版或 2019 年版（默认按 --year，无年度时为 2021）",
        en: "the report format, the 2021 or the 2019 version (by default from --year, else 2021)",
      }),
      agency: agencyOption({
        zh: "填报单位的名称（预先填入）",
        en: "the name of the unit filling it in (filled in ahead)",
      }),
      level: choice(
        LEVELS,
        {
          zh: "填报单位的级别（预先填入 Excel 表）",
          en: "the unit's level (filled in ahead on the Excel form)",
        },
        "--level township",
      ),
      year: year({ zh: "报告年度（预先填入）", en: "the report year (filled in ahead)" }, "--year 2024"),
      output: outputFile({ zh: "写入该文件", en: "write to this file" }, "-o 花马池镇.xlsx"),
    },
    examples: [
      "disclosure template --agency 花马池镇人民政府 --level township --year 2024 -o 花马池镇.xlsx",
      "disclosure template --to docx --format 2019 -o 填报表.docx",
      "disclosure template --to csv > 填报表.csv",
    ],
  },
  async ({ values }, io) => {
    const to = values.to ?? "xlsx";
    if (to !== "csv" && !values.output) {
      throw new CliError({
        zh: `${to} 是二进制文件，请用 -o 指定输出文件`,
        en: `${to} is binary: give an output file with -o`,
      });
    }
    const format = values.format ?? (values.year !== undefined ? formatForYear(values.year) : "2021");
    const out = await renderTemplate(format, {
      to,
      ...(values.agency ? { agency: values.agency } : {}),
      ...(values.level ? { level: values.level } : {}),
      ...(values.year ? { year: values.year } : {}),
    });
    if (values.output) await io.writeFile(values.output, out);
    else io.stdout(typeof out === "string" ? out : "");
    return EXIT.ok;
  },
);
