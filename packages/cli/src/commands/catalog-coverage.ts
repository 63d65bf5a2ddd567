// `disclosure catalog coverage`: a publication log read in small pieces and counted against
// the catalog as it is read (coverageCounter), then the text, the JSON or the 督查清单 file.
import {
  type CoverageCounter,
  type CoverageResult,
  coverageCounter,
  readPublicationBatches,
  worklistSheets,
  writeGridXlsx,
} from "@disclosure/catalog";
import { csvText, type Message } from "@disclosure/schema";
import { CALENDAR_OPTION_MEANING, readCalendarFile } from "../calendar-file.js";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, json, type Lang, say } from "../io.js";
import { date, inputFile, jsonOption, outputFile, required } from "../options.js";
import { type Progress, progress } from "../progress.js";
import { loadCatalog } from "./catalog-file.js";
import { coverageFindingsText, formatCatalogIssue, locatedMessage, worklistText } from "./catalog-text.js";

/**
 * The publications are read 64 KiB at a time: a chunk lives while its lines are counted, and
 * chunks of a megabyte would outlive the young generation's collections and swell the heap.
 */
const READ_CHUNK = 1 << 16;

/** Issue lines printed before the rest are only counted. */
const MAX_PRINTED_ISSUES = 1000;

/** What reading the publications gave besides the publications: counts, and why nothing could be used. */
export type PublicationTally = { read: number; rejected: number; notPrinted: number; fatal?: Message };

/**
 * Count the publications of a log (CSV or JSON Lines, as a content system exports it) as they
 * are read from the file, a batch at a time; every issue printed on stderr (the first 1000),
 * counted in `tally`.
 */
export async function countPublications(
  io: Io,
  path: string,
  lang: Lang,
  counter: CoverageCounter,
  tally: PublicationTally,
  p: Progress,
): Promise<void> {
  const chunks = io.readStream(path, READ_CHUNK);
  for await (const batch of readPublicationBatches(chunks, { file: path, onRead: (n) => p.add(n) })) {
    for (const r of batch) {
      if (r.kind === "publication") {
        tally.read++;
        counter.add(r.publication);
        continue;
      }
      if (r.rejected) tally.rejected++;
      if (r.fatal) {
        tally.fatal = locatedMessage(r.issue);
        return;
      }
      if (tally.rejected + tally.notPrinted > MAX_PRINTED_ISSUES) tally.notPrinted++;
      else io.stderr(`${formatCatalogIssue(r.issue, lang)}\n`);
    }
  }
}

/** Nothing could be used: why, for exit 2. */
export function nothingRead(path: string, tally: PublicationTally): CliError {
  if (tally.fatal) return new CliError(tally.fatal);
  return new CliError(
    tally.rejected > 0
      ? {
          zh: `没有读到任何可用的发布记录：${path} 的 ${tally.rejected} 行均被拒收（见上文）`,
          en: `no publication could be read: all ${tally.rejected} lines of ${path} were rejected (see above)`,
        }
      : { zh: `${path} 中没有发布记录`, en: `${path} holds no publications` },
  );
}

/** The 督查清单 file: .xlsx (a summary and the list) or .csv (the list). */
export async function worklistBytes(
  path: string,
  result: CoverageResult,
  lang: Lang,
): Promise<Uint8Array | string> {
  const sheets = worklistSheets(result, lang);
  if (/\.xlsx$/i.test(path)) return writeGridXlsx(sheets);
  const [, list] = sheets;
  return csvText(list.rows);
}

export const checkWorklistName = (path: string | undefined) => {
  if (path !== undefined && !/\.(xlsx|csv)$/i.test(path)) {
    throw new CliError({
      zh: `督查清单的文件名须以 .xlsx 或 .csv 结尾：${path}`,
      en: `the worklist's file name must end in .xlsx or .csv: ${path}`,
    });
  }
};

/** A publication log given as a workbook is refused: a log is read as text, a piece at a time. */
export function refuseWorkbookLog(path: string): void {
  if (/\.(xlsx|xls|et)$/i.test(path)) {
    throw new CliError({
      zh: `发布记录须为 CSV 或 JSON Lines 文件：${path}（可在 Excel 或 WPS 中另存为 CSV）`,
      en: `the publications must be a CSV or JSON Lines file: ${path} (save it as CSV from Excel or WPS)`,
    });
  }
}

/** The text of a coverage run: per area, per unit, the findings counted, rejected lines, the summary. */
export function coverageText(
  result: CoverageResult,
  tally: PublicationTally,
  file: string,
  lang: Lang,
): string {
  const lines: string[] = [];
  for (const area of result.byArea.filter((x) => x.publications > 0 || x.missing > 0)) {
    lines.push(
      lang === "en"
        ? `${area.name}: ${area.publications} published (${area.onTime} on time, ${area.late} late), ${area.missing} items missing\n`
        : `${area.name}：公开 ${area.publications} 条（按时 ${area.onTime}，逾期 ${area.late}），缺失 ${area.missing} 项\n`,
    );
  }
  const units = worklistText(result, lang);
  if (units) lines.push("\n", units, "\n");
  lines.push(coverageFindingsText(result, lang));
  if (tally.rejected) {
    lines.push(
      lang === "en"
        ? `${file}: ${tally.rejected} lines rejected (listed above${tally.notPrinted ? `, ${tally.notPrinted} issues not printed` : ""}), not counted\n`
        : `${file}：${tally.rejected} 行发布记录被拒收（见上文${tally.notPrinted ? `；另有 ${tally.notPrinted} 条问题未打印` : ""}），未计入\n`,
    );
  }
  lines.push(`${say(result.summary, lang)}\n`);
  return lines.join("");
}

/** Late and unmatched publications listed, at most this many for one unit and in all; findings given one by one (all counted). */
const LISTED = { perUnit: 100, total: 20_000 } as const;

/** `disclosure catalog coverage <catalog> <publications>`: timeliness and gaps against the catalog. */
export const catalogCoverageCommand = defineCommand(
  {
    name: "catalog coverage",
    args: {
      zh: "<目录.xlsx|csv|json> <发布记录.csv|jsonl>",
      en: "<catalog.xlsx|csv|json> <publications.csv|jsonl>",
    },
    positionals: { min: 2, max: 2, files: true },
    summary: {
      zh: "按政务公开事项标准目录核对发布记录（网站内容管理系统导出的 CSV 或 JSON Lines）：是否按时、有无遗漏，分领域、分单位列出，可写出督查清单",
      en: "publications (a content system's CSV or JSON Lines export) against the 政务公开事项标准目录: on time, late, missing, per area and per unit, with a worklist file",
    },
    options: {
      from: required(
        date({ zh: "统计期间的第一天", en: "the first day of the period" }, "--from 2020-01-01"),
      ),
      to: required(date({ zh: "统计期间的最后一天", en: "the last day of the period" }, "--to 2020-12-31")),
      calendar: inputFile(CALENDAR_OPTION_MEANING, "--calendar 2027.json"),
      output: outputFile(
        {
          zh: "督查清单（.xlsx：汇总和清单两张表；.csv：清单）：各单位缺失的事项、逾期公开和未对应目录的信息",
          en: "the worklist (.xlsx: a summary and the list; .csv: the list): each unit's missing items, late and unmatched publications",
        },
        "-o 督查清单.xlsx",
      ),
      json: jsonOption(),
    },
    ordered: [["from", "to"]],
    examples: [
      "disclosure catalog coverage 目录.xlsx 发布记录.csv --from 2020-01-01 --to 2020-12-31",
      "disclosure catalog coverage 目录.xlsx 发布记录.csv --from 2020-01-01 --to 2020-12-31 -o 督查清单.xlsx",
      "disclosure catalog coverage 目录.csv 发布记录.jsonl --from 2020-07-01 --to 2020-09-30 --json",
    ],
  },
  async ({ values, positionals: [a, b], lang }, io) => {
    checkWorklistName(values.output);
    refuseWorkbookLog(b);
    const calendar =
      values.calendar === undefined ? undefined : await readCalendarFile(io, values.calendar, lang);
    const catalog = await loadCatalog(io, a, lang);
    if (catalog.items.length === 0) {
      throw new CliError({
        zh: `${a} 中没有目录事项，无从核对`,
        en: `${a} holds no catalog items to check against`,
      });
    }
    const p = progress(io, lang, {
      label: { zh: "读取发布记录", en: "reading publications" },
      unit: "bytes",
      total: await io.fileSize(b),
      quiet: values.json,
    });
    const tally: PublicationTally = { read: 0, rejected: 0, notPrinted: 0 };
    const counter = coverageCounter(catalog, {
      from: values.from,
      to: values.to,
      maxListed: LISTED.total,
      maxListedPerUnit: LISTED.perUnit,
      maxFindings: LISTED.total,
      ...(calendar ? { calendar } : {}),
    });
    await countPublications(io, b, lang, counter, tally, p).finally(() => p.done());
    if (tally.read === 0) throw nothingRead(b, tally);
    const result = counter.result();
    if (values.output) await io.writeFile(values.output, await worklistBytes(values.output, result, lang));
    if (values.json) io.stdout(json({ ...result, rejectedPublications: tally.rejected }));
    else io.stdout(coverageText(result, tally, b, lang));
    return tally.rejected || result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
  },
);
