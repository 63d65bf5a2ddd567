import { encodeGbk, writeGridXlsx } from "@disclosure/catalog";
import { isRejected, ledgerCsv, ledgerRows } from "@disclosure/stats";
import { langOf, parse } from "../args.js";
import { CliError, EXIT, formatIssue, type Io, requireFile } from "../io.js";
import { recordStreams } from "../records.js";

export const ledgerHelp = {
  zh: "disclosure ledger [记录文件…] -o 台账.xlsx|台账.csv [--title 标题] [--encoding gbk]  把申请记录写成中文的政府信息公开申请办理台账（不给记录文件则为空白台账）",
  en: "disclosure ledger [records…] -o ledger.xlsx|ledger.csv [--title T] [--encoding gbk]  write application records as a Chinese ledger (依申请公开台账); with no records, an empty one",
};

/**
 * `disclosure ledger`: application records (JSONL, CSV, another ledger) written as the ledger
 * offices keep — Chinese headers, official labels, dates as 2021年3月4日 — in XLSX or CSV
 * (UTF-8 with BOM, or GBK for an old Excel). What `tabulate` reads back.
 */
export async function ledgerCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { title: { type: "string" }, encoding: { type: "string" } });
  const lang = langOf(values.lang);
  const out = values.output;
  if (!out || !/\.(xlsx|csv)$/i.test(out)) {
    throw new CliError({
      zh: "请用 -o 给出台账文件名（.xlsx 或 .csv）",
      en: "give the ledger's file name with -o (.xlsx or .csv)",
    });
  }
  const encoding = values.encoding ?? "utf-8";
  if (!["utf-8", "utf8", "gbk", "gb18030"].includes(encoding.toLowerCase())) {
    throw new CliError({
      zh: `--encoding 应为 utf-8 或 gbk：${encoding}`,
      en: `--encoding must be utf-8 or gbk: ${encoding}`,
    });
  }
  for (const p of positionals) await requireFile(io, p);
  const records: Record<string, unknown>[] = [];
  let rejected = 0;
  if (positionals.length) {
    for await (const item of recordStreams(io, positionals)) {
      if (isRejected(item)) {
        rejected++;
        for (const i of item.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      } else if (item.record.type === "application") {
        records.push(item.record as Record<string, unknown>);
      }
    }
  }
  if (/\.xlsx$/i.test(out)) {
    const title = values.title ?? "政府信息公开申请办理台账";
    await io.writeFile(out, await writeGridXlsx([{ name: "台账", title, rows: ledgerRows(records) }]));
  } else {
    const text = ledgerCsv(records);
    if (encoding.toLowerCase().startsWith("gb")) {
      const { bytes, unmappable } = encodeGbk(text.replace(/^\uFEFF/, ""));
      if (unmappable.length) {
        throw new CliError({
          zh: `有字符无法用 GBK 表示：${unmappable.join("")}；请改用 UTF-8`,
          en: `some characters cannot be written in GBK: ${unmappable.join("")}; use UTF-8`,
        });
      }
      await io.writeFile(out, bytes);
    } else {
      await io.writeFile(out, text);
    }
  }
  io.stderr(
    lang === "en"
      ? `${out}: ${records.length} applications written${rejected ? `, ${rejected} records rejected` : ""}\n`
      : `${out}：写入申请 ${records.length} 件${rejected ? `，拒收记录 ${rejected} 条` : ""}\n`,
  );
  return rejected ? EXIT.findings : EXIT.ok;
}
