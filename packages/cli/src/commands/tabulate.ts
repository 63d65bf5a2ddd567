import { renderCellsPreview } from "@disclosure/report-text";
import { tabulate } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, formatIssue, json } from "../io.js";
import { CALENDAR_OPTION_MEANING, readCalendarFile } from "../calendar-file.js";
import { flag, formatOption, inputFile, jsonOption, required, year } from "../options.js";
import { countingIo, progress } from "../progress.js";
import { recordStreams, whyNoRecords } from "../records.js";

/** The bytes of all the files, for progress. */
async function totalSize(io: Io, paths: readonly string[]): Promise<number> {
  let n = 0;
  for (const p of paths) n += await io.fileSize(p);
  return n;
}

/** `disclosure tabulate <records…>`: streamed, constant memory; every rejected record located. */
export const tabulateCommand = defineCommand(
  {
    name: "tabulate",
    args: { zh: "<记录文件…>", en: "<records…>" },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, files: true },
    summary: {
      zh: "由原始记录（JSONL/CSV，或中文表头的申请办理台账 CSV/XLSX）统计出表二、三、四，几个文件合为一次统计",
      en: "tabulate raw records (JSONL/CSV, or an application ledger with Chinese headers as CSV/XLSX) into tables 二, 三, 四; several files as one",
    },
    options: {
      year: required(year({ zh: "统计年度", en: "the report year" }, "--year 2024")),
      format: formatOption({
        zh: "报告格式：2021 年版或 2019 年版（默认按年度）",
        en: "the report format, the 2021 or the 2019 version (by default from the year)",
      }),
      overdue: flag(
        {
          zh: "另计逾期答复的申请（条例第三十三条：20 个工作日，按法定节假日，补正和延期计入）并列出编号",
          en: "also count and list the replies after the statutory deadline (条例第三十三条: 20 working days on the official holidays, 补正 and extensions counted)",
        },
        "--overdue",
      ),
      calendar: inputFile(CALENDAR_OPTION_MEANING, "--calendar 2027.json"),
      json: jsonOption(),
    },
    examples: [
      "disclosure tabulate apps.jsonl --year 2024",
      "disclosure tabulate 申请办理台账.xlsx 2024下半年.csv --year 2024 --overdue",
      "disclosure tabulate 申请办理台账.xlsx --year 2027 --overdue --calendar 2027.json",
    ],
  },
  async ({ values, positionals, lang }, io) => {
    const calendar =
      values.calendar === undefined ? undefined : await readCalendarFile(io, values.calendar, lang);
    const p = progress(io, lang, {
      label: { zh: "读取记录", en: "reading records" },
      unit: "bytes",
      total: await totalSize(io, positionals),
      quiet: values.json,
    });
    let result: Awaited<ReturnType<typeof tabulate>>;
    try {
      result = await tabulate(recordStreams(countingIo(io, p), positionals), {
        year: values.year,
        ...(values.format ? { format: values.format } : {}),
        ...(values.overdue ? { overdue: true } : {}),
        ...(calendar ? { calendar } : {}),
      });
    } finally {
      p.done();
    }
    if (result.accepted === 0 && result.rejected === 0)
      throw new CliError(await whyNoRecords(io, positionals));
    const { tables, explain: _e, ...summary } = result;
    if (values.json) {
      io.stdout(json({ ...summary, tables }));
      return result.rejected ? EXIT.findings : EXIT.ok;
    }
    for (const i of result.issues) io.stdout(`${formatIssue(i, lang)}\n`);
    io.stdout(await renderCellsPreview(result.cells, { format: result.format, to: "text" }));
    const y = values.year;
    io.stdout(
      lang === "en"
        ? `\naccepted ${result.accepted}, rejected ${result.rejected}; counted ${result.counted}, outside ${y} ${result.outsideYear}, not in the tables ${result.notTabulated}\n`
        : `\n接受 ${result.accepted} 条，拒收 ${result.rejected} 条；计入 ${result.counted} 条，不属于 ${y} 年 ${result.outsideYear} 条，表格不统计 ${result.notTabulated} 条\n`,
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
    return result.rejected ? EXIT.findings : EXIT.ok;
  },
);
