import { toCells, writeCellsCsv, writeCellsJsonl } from "@disclosure/schema";
import { formatOf, langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, formatIssue } from "../io.js";
import { loadReport } from "../load.js";

export const cellsHelp = {
  zh: "disclosure cells <文件> [--year 年 --format 2021|2019] [--csv] [-o 输出]  转为单元格 JSONL（或 CSV）",
  en: "disclosure cells <file> [--year Y --format 2021|2019] [--csv] [-o out]  convert to cells JSONL (or CSV)",
};

/** `disclosure cells <file>`: a report or cells file to cells JSON Lines (or CSV with --csv). */
export async function cellsCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, { csv: { type: "boolean" } });
  const lang = langOf(values.lang);
  const file = positionals[0];
  if (!file) throw new CliError({ zh: "请给出输入文件", en: "give the input file" });
  const loaded = await loadReport(io, file, {
    year: yearOf(values.year),
    format: formatOf(values.format),
    agency: values.agency,
  });
  for (const i of [...loaded.issues, ...loaded.warnings]) io.stderr(`${formatIssue(i, lang)}\n`);
  if (!loaded.report) return EXIT.findings;
  const cells = toCells(loaded.report);
  const out = values.csv ? writeCellsCsv(cells, { labels: loaded.report.format }) : writeCellsJsonl(cells);
  if (values.output) await io.writeFile(values.output, out);
  else io.stdout(out);
  return loaded.issues.length ? EXIT.findings : EXIT.ok;
}
