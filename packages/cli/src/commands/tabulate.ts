import { renderCellsPreview } from "@disclosure/report-text";
import { tabulate } from "@disclosure/stats";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue, json, requireFile } from "../io.js";
import { recordStreams } from "../records.js";

export const tabulateHelp = {
  zh: "disclosure tabulate <记录文件…> --year 年 [--format 2021|2019] [--json]  由原始记录（JSONL/CSV，或中文表头的申请办理台账 CSV/XLSX）统计出表二、三、四",
  en: "disclosure tabulate <records…> --year Y [--format 2021|2019] [--json]  tabulate raw records (JSONL/CSV, or an application ledger with Chinese headers as CSV/XLSX) into tables 二, 三, 四",
};

/** `disclosure tabulate <records…>`: streamed, constant memory; every rejected record located. */
export async function tabulateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv);
  const lang = langOf(values.lang);
  if (!positionals.length) throw new CliError({ zh: "请给出记录文件", en: "give the record files" });
  const year = yearOf(values.year);
  if (!year) throw new CliError({ zh: "请用 --year 说明统计年度", en: "give the report year with --year" });
  for (const p of positionals) await requireFile(io, p);
  const result = await tabulate(recordStreams(io, positionals), { year, format: formatOf(values.format) });
  const { tables, explain: _e, ...summary } = result;
  if (values.json) {
    io.stdout(json({ ...summary, tables }));
  } else {
    for (const i of result.issues) io.stdout(`${formatIssue(i, lang)}\n`);
    io.stdout(await renderCellsPreview(result.cells, { format: result.format, to: "text" }));
    io.stdout(
      lang === "en"
        ? `\naccepted ${result.accepted}, rejected ${result.rejected}; counted ${result.counted}, outside ${year} ${result.outsideYear}, not in the tables ${result.notTabulated}\n`
        : `\n接受 ${result.accepted} 条，拒收 ${result.rejected} 条；计入 ${result.counted} 条，不属于 ${year} 年 ${result.outsideYear} 条，表格不统计 ${result.notTabulated} 条\n`,
    );
  }
  if (result.accepted === 0) return EXIT.unusable;
  return result.rejected ? EXIT.findings : EXIT.ok;
}
