// `disclosure catalog register`: table 二's first block from a register of 规章 and
// 规范性文件, checked against last year's report, with the documents whose 有效期 ran out.
import {
  expiredInYear,
  readRegisterCsv,
  readRegisterXlsx,
  registerFormatNote,
  registerTable2,
} from "@disclosure/catalog";
import { AGENCY_LEVEL_NAMES, type Agency, type AgencyLevel, formats, toCells } from "@disclosure/schema";
import { formatFinding } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { CliError, EXIT, formatIssue, type Io, json, type Lang, readInput, say } from "../io.js";
import { loadReport } from "../load.js";
import { choice, inputFile, jsonOption, required, text, year } from "../options.js";
import { formatCatalogIssue } from "./catalog-text.js";

/** The register's agency from --agency / --level; undefined to take last year's report's. */
function agencyOpt(name: string | undefined, level: AgencyLevel | undefined): Agency | undefined {
  if (name === undefined && level === undefined) return undefined;
  if (name === undefined || level === undefined) {
    throw new CliError({
      zh: "--agency 和 --level 须一起给出：机关名称及其层级",
      en: "give --agency and --level together: the agency's name and its level",
    });
  }
  return { name, level };
}

/** The text table of table 二 cut after its first block (the register's 规章 / 规范性文件 rows). */
async function firstBlockText(cells: ReturnType<typeof toCells>): Promise<string> {
  const { renderCellsPreview } = await import("@disclosure/report-text");
  const text = await renderCellsPreview(cells, { format: "2021", to: "text", tables: ["table2"] });
  const next = formats.v2021.tables.table2.blocks[1]?.heading;
  const lines = text.split("\n");
  const at = next ? lines.findIndex((l) => l.includes(next)) : -1;
  if (at < 2) return text;
  const border = lines[at - 1] ?? "";
  return `${[...lines.slice(0, at - 1), `└${border.slice(1, -1)}┘`].join("\n")}\n`;
}

/** The documents whose 有效期 ran out in the year, one a line. */
function expiredText(expired: ReturnType<typeof expiredInYear>, year: number, lang: Lang): string {
  if (expired.length === 0) return "";
  const head =
    lang === "en"
      ? `${expired.length} document(s) whose validity (有效期) ran out in ${year}, not in force at its end and not counted as repealed:`
      : `${year}年有效期届满的文件 ${expired.length} 件（年末不再现行有效，不计入本年废止件数）：`;
  const lines = expired.map((d) =>
    lang === "en"
      ? `  ${d.title}${d.docNumber ? ` (${d.docNumber})` : ""}, valid until ${d.expiresDate}`
      : `  ${d.title}${d.docNumber ? `（${d.docNumber}）` : ""}，有效期至${d.expiresDate}`,
  );
  return [head, ...lines].map((l) => `${l}\n`).join("");
}

/** `disclosure catalog register <file> --year Y`: table 二's first block from a documents register. */
async function registerRun(
  file: string,
  values: {
    year: number;
    previous?: string | undefined;
    agency?: string | undefined;
    level?: AgencyLevel | undefined;
    json?: boolean | undefined;
  },
  io: Io,
  lang: Lang,
): Promise<number> {
  const year = values.year;
  const agency = agencyOpt(values.agency, values.level);
  const bytes = await readInput(io, file);
  const read = /\.xlsx$/i.test(file)
    ? await readRegisterXlsx(bytes, { file })
    : await readRegisterCsv(bytes, { file });
  if (!read.ok) {
    for (const i of [...read.warnings, ...read.issues]) io.stderr(`${formatCatalogIssue(i, lang)}\n`);
    throw new CliError({
      zh: `无法读取文件登记表：${file}`,
      en: `cannot read the documents register: ${file}`,
    });
  }
  let previous: Awaited<ReturnType<typeof loadReport>>["report"];
  if (values.previous) {
    const p = await loadReport(io, values.previous, { year: year - 1 });
    if (!p.report) {
      for (const i of p.issues) io.stderr(`${formatIssue(i, lang)}\n`);
      return EXIT.findings;
    }
    previous = p.report;
  }
  const result = registerTable2(read.value.documents, {
    year,
    ...(agency ? { agency } : {}),
    ...(previous ? { previous } : {}),
  });
  const rows = read.value.rows;
  const expired = expiredInYear(read.value.documents, year);
  const formatNote = registerFormatNote(year);
  if (values.json) {
    io.stdout(
      json({
        file,
        year,
        rows,
        tables: result.tables,
        explain: result.explain,
        findings: result.findings,
        readIssues: read.warnings,
        issues: result.issues,
        report: result.report,
        expired,
        ...(formatNote ? { formatNote } : {}),
      }),
    );
  } else {
    for (const w of read.warnings) io.stderr(`${formatCatalogIssue(w, lang)}\n`);
    io.stdout(
      lang === "en"
        ? `${file}: ${rows.accepted} documents read, ${rows.rejected} rows not read, ${rows.notCounted} of other kinds\n\n`
        : `${file}：读入文件 ${rows.accepted} 件，未能读取 ${rows.rejected} 行，其他种类文件 ${rows.notCounted} 件\n\n`,
    );
    if (formatNote) io.stdout(`${say(formatNote, lang)}\n\n`);
    io.stdout(await firstBlockText(toCells(result.report)));
    io.stdout(expiredText(expired, year, lang));
    for (const f of result.findings) io.stdout(`${formatFinding(f, lang)}\n`);
    for (const i of result.issues) io.stdout(`${formatCatalogIssue(i, lang)}\n`);
    if (result.findings.length === 0 && result.issues.length === 0) {
      io.stdout(lang === "en" ? "no findings\n" : "未发现问题\n");
    }
  }
  return rows.rejected > 0 || result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

const LEVELS = Object.fromEntries(Object.keys(AGENCY_LEVEL_NAMES).map((l) => [l, l])) as Record<
  AgencyLevel,
  AgencyLevel
>;

/** `disclosure catalog register <file> --year Y`: table 二's first block from a documents register. */
export const catalogRegisterCommand = defineCommand(
  {
    name: "catalog register",
    args: { zh: "<文件登记表.xlsx|csv>", en: "<register.xlsx|csv>" },
    positionals: { min: 1, max: 1, files: true },
    summary: {
      zh: "由规章、规范性文件登记表生成表二第一部分（本年制发、本年废止、现行有效），并核对与上年报告的衔接",
      en: "table 二's first block (issued, repealed, in force) from the register of 规章 and 规范性文件, checked against last year's report",
    },
    options: {
      year: required(year({ zh: "报告年度", en: "the report year" }, "--year 2021")),
      previous: inputFile(
        {
          zh: "上一年度的报告，核对现行有效件数的衔接",
          en: "last year's report, to check that the numbers in force carry over",
        },
        "--previous 2020.json",
      ),
      agency: text(
        { zh: "机关", en: "name" },
        {
          zh: "登记表所属机关的名称（与 --level 一起给出；默认取上年报告的）",
          en: "the agency the register is of (with --level; by default last year's report's)",
        },
        "--agency 盐池县人民政府",
      ),
      level: choice(LEVELS, { zh: "该机关的层级", en: "the agency's level" }, "--level county"),
      json: jsonOption(),
    },
    examples: [
      "disclosure catalog register 文件登记表.xlsx --year 2021 --previous 2020.json",
      "disclosure catalog register 登记表.csv --year 2021 --agency 盐池县人民政府 --level county --json",
    ],
  },
  async ({ values, positionals: [file], lang }, io) => registerRun(file, values, io, lang),
);
