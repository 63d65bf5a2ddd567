import {
  type Catalog,
  CatalogSchema,
  type CatalogIssue,
  type Publication,
  PublicationSchema,
  coverage,
  describeLocation,
  diffCatalogs,
  readCatalogCsv,
  readCatalogXlsx,
  readRegisterCsv,
  readRegisterXlsx,
  registerTable2,
} from "@disclosure/catalog";
import {
  AGENCY_LEVEL_NAMES,
  type Agency,
  type AgencyLevel,
  decodeText,
  readCsvRows,
  formats,
  fromZodIssue,
  toCells,
} from "@disclosure/schema";
import { formatFinding } from "@disclosure/stats";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, type Lang, formatIssue, json, readInput, say } from "../io.js";
import { loadReport } from "../load.js";
import { CALENDAR_OPTION_MEANING, readCalendarFile } from "../calendar-file.js";
import { choice, date, inputFile, jsonOption, required, text, year } from "../options.js";
import { type Progress, progress } from "../progress.js";

function formatCatalogIssue(i: CatalogIssue, lang: Lang): string {
  const loc = say(describeLocation(i.location), lang);
  const sev =
    lang === "en" ? i.severity : i.severity === "error" ? "错误" : i.severity === "warning" ? "警告" : "提示";
  const text = say(i.message, lang);
  return `${sev}${loc && !text.startsWith(loc) ? ` ${loc}` : ""} — ${text} [${i.code}]`;
}

async function loadCatalog(io: Io, path: string, lang: Lang): Promise<Catalog> {
  const bytes = await readInput(io, path);
  if (bytes.length === 0) throw new CliError({ zh: `文件为空：${path}`, en: `the file is empty: ${path}` });
  if (/\.json$/i.test(path)) {
    let data: unknown;
    const { text, warnings } = decodeText(bytes, { file: path });
    for (const w of warnings) io.stderr(`${formatIssue(w, lang)}\n`);
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw new CliError({
        zh: `${path} 不是有效的 JSON：${String(e)}`,
        en: `${path} is not valid JSON: ${String(e)}`,
      });
    }
    const r = CatalogSchema.safeParse(data);
    if (!r.success) {
      const first = fromZodIssue(r.error.issues[0]);
      throw new CliError({ zh: `${path}：${first.message.zh}`, en: `${path}: ${first.message.en}` });
    }
    return r.data;
  }
  const r = /\.xlsx$/i.test(path)
    ? await readCatalogXlsx(bytes, { file: path })
    : await readCatalogCsv(bytes, { file: path });
  if (!r.ok) {
    for (const i of r.issues) io.stderr(`${formatCatalogIssue(i, lang)}\n`);
    throw new CliError({ zh: `无法读取目录：${path}`, en: `cannot read the catalog: ${path}` });
  }
  for (const w of r.warnings) io.stderr(`${formatCatalogIssue(w, lang)}\n`);
  return r.value;
}

/** Publications from JSON Lines or CSV (header: the Publication fields); bad lines located. */
async function loadPublications(
  io: Io,
  path: string,
  lang: Lang,
  p: Progress,
): Promise<{ items: Publication[]; rejected: number }> {
  const { text, warnings } = decodeText(await readInput(io, path), { file: path });
  for (const w of warnings) io.stderr(`${formatIssue(w, lang)}\n`);
  const items: Publication[] = [];
  let rejected = 0;
  const take = (raw: unknown, line: number) => {
    p.add(1);
    const r = PublicationSchema.safeParse(raw);
    if (r.success) {
      items.push(r.data);
      return;
    }
    rejected++;
    const issue = fromZodIssue(r.error.issues[0]);
    io.stderr(`${lang === "en" ? "error" : "错误"} ${path}:${line} — ${say(issue.message, lang)}\n`);
  };
  if (/\.csv$/i.test(path)) {
    const [header = [], ...rows] = readCsvRows(text, { skipEmptyLines: "greedy" }).rows;
    rows.forEach((row, i) => {
      const clean = Object.fromEntries(header.map((h, c) => [h, row[c] ?? ""]).filter(([, v]) => v !== ""));
      take(clean, i + 2);
    });
  } else {
    text.split(/\r\n|\r|\n/).forEach((l, i) => {
      if (!l.trim()) return;
      try {
        take(JSON.parse(l), i + 1);
      } catch (e) {
        rejected++;
        io.stderr(
          `${lang === "en" ? "error" : "错误"} ${path}:${i + 1} — ${lang === "en" ? "not valid JSON" : "不是有效的 JSON"}: ${String(e)}\n`,
        );
      }
    });
  }
  return { items, rejected };
}

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
  const border = lines[at - 1];
  return `${[...lines.slice(0, at - 1), `└${border.slice(1, -1)}┘`].join("\n")}\n`;
}

/** `disclosure catalog register <file> --year Y`: table 二's first block from a documents register. */
async function registerRun(
  file: string,
  values: { year: number; previous?: string; agency?: string; level?: AgencyLevel; json?: boolean },
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
    for (const i of read.issues) io.stderr(`${formatCatalogIssue(i, lang)}\n`);
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
      }),
    );
  } else {
    for (const w of read.warnings) io.stderr(`${formatCatalogIssue(w, lang)}\n`);
    io.stdout(
      lang === "en"
        ? `${file}: ${rows.accepted} documents read, ${rows.rejected} rows not read, ${rows.notCounted} of other kinds\n\n`
        : `${file}：读入文件 ${rows.accepted} 件，未能读取 ${rows.rejected} 行，其他种类文件 ${rows.notCounted} 件\n\n`,
    );
    io.stdout(await firstBlockText(toCells(result.report)));
    for (const f of result.findings) io.stdout(`${formatFinding(f, lang)}\n`);
    for (const i of result.issues) io.stdout(`${formatCatalogIssue(i, lang)}\n`);
    if (result.findings.length === 0 && result.issues.length === 0) {
      io.stdout(lang === "en" ? "no findings\n" : "未发现问题\n");
    }
  }
  return rows.rejected > 0 || result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

/** Findings of a coverage run in plain text: errors one by one, the others counted by rule. */
function coverageFindingsText(findings: readonly Parameters<typeof formatFinding>[0][], lang: Lang): string {
  const lines = findings.filter((f) => f.severity === "error").map((f) => `${formatFinding(f, lang)}\n`);
  const byRule = new Map<string, number>();
  for (const f of findings) if (f.severity !== "error") byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  for (const [rule, n] of byRule) {
    lines.push(
      lang === "en" ? `${rule}: ${n} (--json lists them)\n` : `${rule}：${n} 条（--json 列出全部）\n`,
    );
  }
  return lines.join("");
}

/** `disclosure catalog coverage <catalog> <publications>`: timeliness and gaps against the catalog. */
export const catalogCoverageCommand = defineCommand(
  {
    name: "catalog coverage",
    args: {
      zh: "<目录.xlsx|csv|json> <发布记录.jsonl|csv>",
      en: "<catalog.xlsx|csv|json> <publications.jsonl|csv>",
    },
    positionals: { min: 2, max: 2, files: true },
    summary: {
      zh: "按政务公开事项标准目录核对发布记录：是否按时、有无遗漏，分领域统计",
      en: "publications against the 政务公开事项标准目录: on time, late, missing, per area",
    },
    options: {
      from: required(
        date({ zh: "统计期间的第一天", en: "the first day of the period" }, "--from 2020-01-01"),
      ),
      to: required(date({ zh: "统计期间的最后一天", en: "the last day of the period" }, "--to 2020-12-31")),
      calendar: inputFile(CALENDAR_OPTION_MEANING, "--calendar 2027.json"),
      json: jsonOption(),
    },
    ordered: [["from", "to"]],
    examples: [
      "disclosure catalog coverage 目录.xlsx 发布记录.jsonl --from 2020-01-01 --to 2020-12-31",
      "disclosure catalog coverage 目录.csv 发布记录.csv --from 2020-07-01 --to 2020-09-30 --json",
    ],
  },
  async ({ values, positionals: [a, b], lang }, io) => {
    const calendar =
      values.calendar === undefined ? undefined : await readCalendarFile(io, values.calendar, lang);
    const catalog = await loadCatalog(io, a, lang);
    const p = progress(io, lang, {
      label: { zh: "读取发布记录", en: "reading publications" },
      unit: { zh: "条", en: "publications" },
      quiet: values.json,
    });
    const pubs = await loadPublications(io, b, lang, p).finally(() => p.done());
    if (pubs.items.length === 0 && pubs.rejected === 0) {
      throw new CliError({ zh: `${b} 中没有发布记录`, en: `${b} holds no publications` });
    }
    const result = coverage(catalog, pubs.items, {
      from: values.from,
      to: values.to,
      ...(calendar ? { calendar } : {}),
    });
    if (values.json) {
      io.stdout(json({ ...result, rejectedPublications: pubs.rejected }));
    } else {
      for (const area of result.byArea.filter((x) => x.publications > 0 || x.missing > 0)) {
        io.stdout(
          lang === "en"
            ? `${area.name}: ${area.publications} published (${area.onTime} on time, ${area.late} late), ${area.missing} items missing\n`
            : `${area.name}：公开 ${area.publications} 条（按时 ${area.onTime}，逾期 ${area.late}），缺失 ${area.missing} 项\n`,
        );
      }
      io.stdout(coverageFindingsText(result.findings, lang));
      if (pubs.rejected) {
        io.stdout(
          lang === "en"
            ? `${b}: ${pubs.rejected} publications rejected (listed above), not counted\n`
            : `${b}：${pubs.rejected} 条发布记录被拒收（见上文），未计入\n`,
        );
      }
      io.stdout(`${say(result.summary, lang)}\n`);
    }
    return pubs.rejected || result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
  },
);

/** `disclosure catalog diff <old> <new>`: items added, removed, changed. */
export const catalogDiffCommand = defineCommand(
  {
    name: "catalog diff",
    args: { zh: "<旧目录> <新目录>", en: "<old catalog> <new catalog>" },
    positionals: { min: 2, max: 2, files: true },
    summary: {
      zh: "比较两版目录：新增、删除和改动的事项",
      en: "compare two catalog versions: items added, removed, changed",
    },
    options: { json: jsonOption() },
    examples: [
      "disclosure catalog diff 目录2020.xlsx 目录2021.xlsx",
      "disclosure catalog diff a.json b.json --json",
    ],
  },
  async ({ values, positionals: [a, b], lang }, io) => {
    const d = diffCatalogs(await loadCatalog(io, a, lang), await loadCatalog(io, b, lang));
    if (values.json) io.stdout(json(d));
    else {
      for (const x of d.added) io.stdout(`+ ${x.unit} ${x.areaName} ${x.level2}\n`);
      for (const x of d.removed) io.stdout(`- ${x.unit} ${x.areaName} ${x.level2}\n`);
      for (const x of d.changed)
        io.stdout(`~ ${x.unit} ${x.areaName} ${x.level2}: ${x.changes.map((c) => c.field).join(", ")}\n`);
      io.stdout(`${say(d.summary, lang)}\n`);
    }
    return EXIT.ok;
  },
);

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

/** `disclosure catalog`: the group, for the list of its subcommands. */
export const CATALOG_COMMANDS = {
  coverage: catalogCoverageCommand,
  diff: catalogDiffCommand,
  register: catalogRegisterCommand,
} as const;
