import { renderReport } from "@disclosure/report-text";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue } from "../io.js";
import { loadReport } from "../load.js";

export const renderHelp = {
  zh: "disclosure render <报告> --to html|md|text|docx [--script hans|hant] [-o 输出]  生成报告全文（docx 须用 -o）",
  en: "disclosure render <report> --to html|md|text|docx [--script hans|hant] [-o out]  render the full report (docx needs -o)",
};

const FORMS = {
  html: "html",
  md: "markdown",
  markdown: "markdown",
  text: "text",
  txt: "text",
  docx: "docx",
} as const;

/** `disclosure render <report>`: the report in the form it is published. */
export async function renderCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { to: { type: "string" }, script: { type: "string" } });
  const lang = langOf(values.lang);
  const file = positionals[0];
  if (!file) throw new CliError({ zh: "请给出要生成的报告", en: "give the report to render" });
  const to = FORMS[(values.to ?? "text") as keyof typeof FORMS];
  if (!to)
    throw new CliError({
      zh: `--to 应为 html、md、text 或 docx：${values.to}`,
      en: `--to must be html, md, text or docx: ${values.to}`,
    });
  const script = values.script ?? "hans";
  if (script !== "hans" && script !== "hant") {
    throw new CliError({
      zh: `--script 应为 hans 或 hant：${script}`,
      en: `--script must be hans or hant: ${script}`,
    });
  }
  if (to === "docx" && !values.output) {
    throw new CliError({
      zh: "docx 是二进制文件，请用 -o 指定输出文件",
      en: "docx is binary: give an output file with -o",
    });
  }
  const loaded = await loadReport(io, file, {
    year: yearOf(values.year),
    format: formatOf(values.format),
    agency: values.agency,
  });
  for (const i of [...loaded.issues, ...loaded.warnings]) io.stderr(`${formatIssue(i, lang)}\n`);
  if (!loaded.report) return EXIT.unusable;
  const out = await renderReport(loaded.report, { to, script });
  if (values.output) await io.writeFile(values.output, out);
  else io.stdout(typeof out === "string" ? out : "");
  return loaded.issues.length ? EXIT.findings : EXIT.ok;
}
