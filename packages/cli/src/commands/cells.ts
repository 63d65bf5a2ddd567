import { toCells, writeCellsCsv, writeCellsJsonl } from "@disclosure/schema";
import { defineCommand } from "../command.js";
import { EXIT } from "../io.js";
import { loadReportTold } from "../load.js";
import { flag, outputOrStdout, reportInputOptions } from "../options.js";

/** `disclosure cells <file>`: a report or cells file to cells JSON Lines (or CSV with --csv). */
export const cellsCommand = defineCommand(
  {
    name: "cells",
    args: { zh: "<文件>", en: "<file>" },
    positionals: { min: 1, max: 1, files: true },
    summary: {
      zh: "把报告或单元格文件转为单元格 JSON Lines（或 CSV）",
      en: "convert a report or cells file to cells JSON Lines (or CSV)",
    },
    options: {
      csv: flag(
        {
          zh: "输出 CSV（带 BOM，附中文行列名），而非 JSON Lines",
          en: "write CSV (with BOM and the Chinese row and column labels) instead of JSON Lines",
        },
        "--csv",
      ),
      output: outputOrStdout("-o cells.jsonl"),
      ...reportInputOptions("--year 2019"),
    },
    examples: [
      "disclosure cells yanchi.json -o yanchi.cells.jsonl",
      "disclosure cells c.jsonl --year 2019 --format 2019 --csv -o c.csv",
    ],
  },
  async ({ values, positionals: [file], lang }, io) => {
    const loaded = await loadReportTold(io, file, values, lang);
    if (!loaded.report) return EXIT.findings;
    const cells = toCells(loaded.report);
    const out = values.csv ? writeCellsCsv(cells, { labels: loaded.report.format }) : writeCellsJsonl(cells);
    if (values.output) await io.writeFile(values.output, out);
    else io.stdout(out);
    return loaded.issues.length ? EXIT.findings : EXIT.ok;
  },
);
