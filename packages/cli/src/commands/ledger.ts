import { encodeGbk, writeGridXlsx } from "@disclosure/catalog";
import { isRejected, ledgerCsv, ledgerRows } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, type Lang, formatIssue } from "../io.js";
import { choice, outputFile, required, text } from "../options.js";
import { countingIo, progress } from "../progress.js";
import { recordStreams, whyNoRecords } from "../records.js";

/** The application records of the files; rejected records printed with their location. */
async function readApplications(io: Io, paths: readonly string[], lang: Lang) {
  const records: Record<string, unknown>[] = [];
  let rejected = 0;
  let otherKinds = 0;
  const p = progress(io, lang, { label: { zh: "读取记录", en: "reading records" }, unit: "bytes" });
  try {
    for await (const item of recordStreams(countingIo(io, p), paths)) {
      if (isRejected(item)) {
        rejected++;
        for (const i of item.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      } else if (item.record.type === "application") records.push(item.record as Record<string, unknown>);
      else otherKinds++;
    }
  } finally {
    p.done();
  }
  return { records, rejected, otherKinds };
}

/** The ledger file's bytes: XLSX, or CSV in UTF-8 with BOM or GBK. */
async function ledgerBytes(
  out: string,
  records: Record<string, unknown>[],
  title: string | undefined,
  gbk: boolean,
) {
  if (/\.xlsx$/i.test(out)) {
    return writeGridXlsx([
      { name: "台账", title: title ?? "政府信息公开申请办理台账", rows: ledgerRows(records) },
    ]);
  }
  const csv = ledgerCsv(records);
  if (!gbk) return csv;
  const { bytes, unmappable } = encodeGbk(csv.replace(/^\uFEFF/, ""));
  if (unmappable.length) {
    throw new CliError({
      zh: `有字符无法用 GBK 表示：${unmappable.join("")}；请改用 UTF-8`,
      en: `some characters cannot be written in GBK: ${unmappable.join("")}; use UTF-8`,
    });
  }
  return bytes;
}

/**
 * `disclosure ledger`: application records (JSONL, CSV, another ledger) written as the ledger
 * offices keep — Chinese headers, official labels, dates as 2021年3月4日 — in XLSX or CSV
 * (UTF-8 with BOM, or GBK for an old Excel). What `tabulate` reads back.
 */
export const ledgerCommand = defineCommand(
  {
    name: "ledger",
    args: { zh: "[记录文件…]", en: "[records…]" },
    positionals: { min: 0, max: Number.POSITIVE_INFINITY, files: true },
    summary: {
      zh: "把申请记录写成中文的政府信息公开申请办理台账（XLSX 或 CSV）；不给记录文件则为空白台账",
      en: "write application records as a Chinese ledger (依申请公开台账, XLSX or CSV); with no records, an empty one",
    },
    options: {
      output: required(
        outputFile(
          { zh: "台账文件（.xlsx 或 .csv）", en: "the ledger file (.xlsx or .csv)" },
          "-o 台账.xlsx",
        ),
      ),
      title: text(
        { zh: "标题", en: "title" },
        {
          zh: "XLSX 台账首行的标题（默认“政府信息公开申请办理台账”）",
          en: "the title row of an XLSX ledger (政府信息公开申请办理台账 by default)",
        },
        "--title 盐池县财政局2024年政府信息公开申请办理台账",
      ),
      encoding: choice(
        { "utf-8": "utf-8", utf8: "utf-8", gbk: "gbk", gb18030: "gbk" } as const,
        {
          zh: "CSV 台账的编码：utf-8（带 BOM，默认）或 gbk（旧版 Excel）",
          en: "the encoding of a CSV ledger: utf-8 (with BOM, the default) or gbk (an old Excel)",
        },
        "--encoding gbk",
      ),
    },
    examples: [
      "disclosure ledger apps.jsonl -o 台账.xlsx",
      "disclosure ledger -o 空白台账.csv --encoding gbk",
    ],
  },
  async ({ values, positionals, lang }, io) => {
    const out = values.output;
    const xlsx = /\.xlsx$/i.test(out);
    if (!xlsx && !/\.csv$/i.test(out)) {
      throw new CliError({
        zh: `台账文件名须以 .xlsx 或 .csv 结尾：${out}`,
        en: `the ledger's file name must end in .xlsx or .csv: ${out}`,
      });
    }
    if (xlsx ? values.encoding !== undefined : values.title !== undefined) {
      throw new CliError(
        xlsx
          ? { zh: "--encoding 只用于 .csv 台账", en: "--encoding applies to a .csv ledger only" }
          : { zh: "--title 只用于 .xlsx 台账", en: "--title applies to an .xlsx ledger only" },
      );
    }
    const read = positionals.length ? await readApplications(io, positionals, lang) : undefined;
    if (read && read.records.length + read.rejected + read.otherKinds === 0) {
      throw new CliError(await whyNoRecords(io, positionals));
    }
    const records = read?.records ?? [];
    await io.writeFile(out, await ledgerBytes(out, records, values.title, values.encoding === "gbk"));
    const rejected = read?.rejected ?? 0;
    const other = read?.otherKinds ?? 0;
    io.stderr(
      lang === "en"
        ? `${out}: ${records.length} applications written${rejected ? `, ${rejected} records rejected` : ""}${other ? `, ${other} records of other kinds (cases …) not in a ledger of applications` : ""}\n`
        : `${out}：写入申请 ${records.length} 件${rejected ? `，拒收记录 ${rejected} 条` : ""}${other ? `，另有其他种类的记录（案件等）${other} 条，不写入申请台账` : ""}\n`,
    );
    return rejected ? EXIT.findings : EXIT.ok;
  },
);
