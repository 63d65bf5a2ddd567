import { renderReport } from "@disclosure/report-text";
import { defineCommand } from "../command.js";
import { CliError, EXIT } from "../io.js";
import { loadReportTold } from "../load.js";
import { choice, outputOrStdout, reportInputOptions } from "../options.js";

/** `--to`: the API's output forms (renderReport's `to`), with the short names people type. */
const FORMS = {
  html: "html",
  markdown: "markdown",
  md: "markdown",
  text: "text",
  txt: "text",
  docx: "docx",
} as const;

/** `disclosure render <report>`: the report in the form it is published. */
export const renderCommand = defineCommand(
  {
    name: "render",
    args: { zh: "<报告>", en: "<report>" },
    positionals: { min: 1, max: 1, files: true },
    summary: {
      zh: "生成报告全文：网页、Markdown、纯文本或 Word（docx 须用 -o）",
      en: "render the full report: a web page, Markdown, plain text or Word (docx needs -o)",
    },
    options: {
      to: choice(
        FORMS,
        {
          zh: "输出形式（默认 text；md 同 markdown，txt 同 text）",
          en: "the output form (text by default; md is markdown, txt is text)",
        },
        "--to markdown",
      ),
      script: choice(
        { hans: "hans", hant: "hant" } as const,
        {
          zh: "简体（hans，默认）或繁体（hant，保留大陆用语）",
          en: "Simplified (hans, the default) or Traditional (hant, mainland terms kept)",
        },
        "--script hant",
      ),
      output: outputOrStdout("-o yanchi.docx"),
      ...reportInputOptions("--year 2020"),
    },
    examples: [
      "disclosure render yanchi.json --to docx -o yanchi.docx",
      "disclosure render yanchi.json --to markdown --script hant",
    ],
  },
  async ({ values, positionals: [file], lang }, io) => {
    const to = values.to ?? "text";
    if (to === "docx" && !values.output) {
      throw new CliError({
        zh: "docx 是二进制文件，请用 -o 指定输出文件",
        en: "docx is binary: give an output file with -o",
      });
    }
    const loaded = await loadReportTold(io, file, values, lang);
    if (!loaded.report) return EXIT.findings;
    const out = await renderReport(loaded.report, { to, script: values.script ?? "hans" });
    if (values.output) await io.writeFile(values.output, out);
    else io.stdout(typeof out === "string" ? out : "");
    return loaded.issues.length ? EXIT.findings : EXIT.ok;
  },
);
