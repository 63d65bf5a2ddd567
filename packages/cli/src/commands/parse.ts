import { renderCellsPreview, parseReport, summarizeParse } from "@disclosure/report-text";
import { toCells } from "@disclosure/schema";
import { check, formatFinding } from "@disclosure/stats";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, json, readInput } from "../io.js";
import { publishedKind } from "../load.js";

export const parseHelp = {
  zh: "disclosure parse <文件.html|.htm|.txt|.md|.pdf|.docx> [--json] [--check]  把已发布的报告读回数据（--check 同时检查）；什么都读不出时退出码 2",
  en: "disclosure parse <file.html|.htm|.txt|.md|.pdf|.docx> [--json] [--check]  read a published report back into data (--check also checks it); exit 2 when nothing could be read",
};

/** `disclosure parse <file>`: every cell anchored to its row and column labels; unread cells listed with the reason. */
export async function parseCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { check: { type: "boolean" } });
  const lang = langOf(values.lang);
  const file = positionals[0];
  if (!file) throw new CliError({ zh: "请给出要读取的报告文件", en: "give the report file to read" });
  const bytes = await readInput(io, file);
  const from = publishedKind(file);
  const input = from === "pdf" || from === "docx" ? bytes : new TextDecoder().decode(bytes);
  const result = await parseReport(input, {
    ...(from ? { from } : {}),
    ...(values.format ? { format: formatOf(values.format) } : {}),
    ...(values.year ? { year: yearOf(values.year) } : {}),
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
}
