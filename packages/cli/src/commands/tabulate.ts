import { renderCellsPreview } from "@disclosure/report-text";
import { tabulate } from "@disclosure/stats";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue, json, requireFile } from "../io.js";
import { recordStreams } from "../records.js";

export const tabulateHelp = {
  zh: "disclosure tabulate <记录文件…> --year 年 [--format 2021|2019] [--overdue] [--json]  由原始记录（JSONL/CSV，或中文表头的申请办理台账 CSV/XLSX）统计出表二、三、四；--overdue 另计逾期答复的申请",
  en: "disclosure tabulate <records…> --year Y [--format 2021|2019] [--overdue] [--json]  tabulate raw records (JSONL/CSV, or an application ledger with Chinese headers as CSV/XLSX) into tables 二, 三, 四; --overdue also counts the replies after the statutory deadline",
};

/** `disclosure tabulate <records…>`: streamed, constant memory; every rejected record located. */
export async function tabulateCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { overdue: { type: "boolean" } });
  const lang = langOf(values.lang);
  if (!positionals.length) throw new CliError({ zh: "请给出记录文件", en: "give the record files" });
  const year = yearOf(values.year);
  if (!year) throw new CliError({ zh: "请用 --year 说明统计年度", en: "give the report year with --year" });
  for (const p of positionals) await requireFile(io, p);
  const result = await tabulate(recordStreams(io, positionals), {
    year,
    format: formatOf(values.format),
    ...(values.overdue ? { overdue: true } : {}),
  });
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
    const o = result.overdue;
    if (o) {
      const shown = o.ids.slice(0, 20).join("、");
      const more = o.ids.length > 20 ? (lang === "en" ? " …" : "等") : "";
      io.stdout(
        lang === "en"
          ? `replied after the statutory deadline (条例第三十三条): ${o.count}${o.count ? ` (${shown}${more})` : ""}; deadline not computable: ${o.unknown}\n`
          : `逾期答复（条例第三十三条）${o.count} 件${o.count ? `：${shown}${more}` : ""}；无法计算期限 ${o.unknown} 件\n`,
      );
    }
  }
  if (result.accepted === 0) return EXIT.unusable;
  return result.rejected ? EXIT.findings : EXIT.ok;
}
