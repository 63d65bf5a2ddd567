import {
  type Catalog,
  type CatalogItem,
  CatalogItemSchema,
  CatalogSchema,
  type CoverageCounter,
  type CoverageResult,
  checkCatalog,
  coverageCounter,
  describeDiff,
  diffCatalogs,
  expiredInYear,
  readCatalogCsv,
  readCatalogXlsx,
  readPublicationBatches,
  readRegisterCsv,
  readRegisterXlsx,
  registerFormatNote,
  registerTable2,
  worklistSheets,
  writeGridXlsx,
} from "@disclosure/catalog";
import {
  AGENCY_LEVEL_NAMES,
  type Agency,
  type AgencyLevel,
  csvText,
  decodeText,
  formats,
  fromZodIssue,
  type Message,
  toCells,
} from "@disclosure/schema";
import { formatFinding } from "@disclosure/stats";
import { CALENDAR_OPTION_MEANING, readCalendarFile } from "../calendar-file.js";
import { defineCommand } from "../command.js";
import { CliError, EXIT, formatIssue, type Io, json, type Lang, readInput, say } from "../io.js";
import { loadReport } from "../load.js";
import { choice, date, inputFile, jsonOption, outputFile, required, text, year } from "../options.js";
import { type Progress, progress } from "../progress.js";
import { catalogChecksText, coverageFindingsText, formatCatalogIssue, worklistText } from "./catalog-text.js";

/** A zod issue of a catalog file as the command's error. */
function invalidCatalog(
  path: string,
  issue: Parameters<typeof fromZodIssue>[0] | undefined,
  base: (string | number)[] = [],
) {
  if (!issue) return new CliError({ zh: `${path}：不是有效的目录`, en: `${path}: not a valid catalog` });
  const first = fromZodIssue(issue, base);
  return new CliError({ zh: `${path}：${first.message.zh}`, en: `${path}: ${first.message.en}` });
}

/**
 * A catalog from parsed JSON, checked item by item (each item's repeated parts shared as it is
 * checked, its raw form let go), so that a large catalog is never held twice.
 */
function catalogFromJson(data: unknown, path: string): Catalog {
  const rows = (data as { items?: unknown } | null)?.items;
  const head = CatalogSchema.safeParse(Array.isArray(rows) ? { ...(data as object), items: [] } : data);
  if (!head.success) throw invalidCatalog(path, head.error.issues[0]);
  const items = rows as unknown[];
  const share = sharer();
  const catalog: Catalog = { ...head.data, items: [] };
  for (let i = 0; i < items.length; i++) {
    const r = CatalogItemSchema.safeParse(items[i]);
    if (!r.success) throw invalidCatalog(path, r.error.issues[0], ["items", i]);
    catalog.items.push(shareParts(r.data, share));
    items[i] = undefined;
  }
  return catalog;
}

async function readCatalogFile(io: Io, path: string, lang: Lang): Promise<Catalog> {
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
    return catalogFromJson(data, path);
  }
  const r = /\.xlsx$/i.test(path)
    ? await readCatalogXlsx(bytes, { file: path })
    : await readCatalogCsv(bytes, { file: path });
  if (!r.ok) {
    for (const i of r.issues) io.stderr(`${formatCatalogIssue(i, lang)}\n`);
    throw new CliError({ zh: `无法读取目录：${path}`, en: `cannot read the catalog: ${path}` });
  }
  for (const w of r.warnings) io.stderr(`${formatCatalogIssue(w, lang)}\n`);
  const share = sharer();
  for (const item of r.value.items) shareParts(item, share);
  return r.value;
}

/** Holds each distinct value once: equal values (by their JSON) give the first one. */
function sharer(): <T>(value: T) => T {
  const shared = new Map<string, unknown>();
  return (value) => {
    const key = JSON.stringify(value);
    const known = shared.get(key);
    if (known !== undefined) return known as typeof value;
    shared.set(key, value);
    return value;
  };
}

/**
 * An item with its time limit, channels, audience, mode and levels shared with the items that
 * have equal ones: a county's rows repeat a few dozen 公开时限 wordings, and a catalog of tens of
 * thousands of items takes a third of the memory. The commands only read the items.
 */
function shareParts(item: CatalogItem, share: ReturnType<typeof sharer>): CatalogItem {
  item.timeLimit = share(item.timeLimit);
  item.channels = share(item.channels);
  item.audience = share(item.audience);
  item.mode = share(item.mode);
  if (item.levels) item.levels = share(item.levels);
  return item;
}

/** A catalog file read (JSON, XLSX or CSV) and checked (`checkCatalog`: the findings on stderr). */
async function loadCatalog(io: Io, path: string, lang: Lang): Promise<Catalog> {
  const catalog = await readCatalogFile(io, path, lang);
  io.stderr(catalogChecksText(checkCatalog(catalog), path, lang));
  return catalog;
}

/**
 * The publications are read 64 KiB at a time: a chunk lives while its lines are counted, and
 * chunks of a megabyte would outlive the young generation's collections and swell the heap.
 */
const READ_CHUNK = 1 << 16;

/** Issue lines printed before the rest are only counted. */
const MAX_PRINTED_ISSUES = 1000;

/** What reading the publications gave besides the publications: counts, and why nothing could be used. */
type PublicationTally = { read: number; rejected: number; notPrinted: number; fatal?: Message };

/**
 * Count the publications of a log (CSV or JSON Lines, as a content system exports it) as they
 * are read from the file, a batch at a time; every issue printed on stderr (the first 1000),
 * counted in `tally`.
 */
async function countPublications(
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
        tally.fatal = r.issue.message;
        return;
      }
      if (tally.rejected + tally.notPrinted > MAX_PRINTED_ISSUES) tally.notPrinted++;
      else io.stderr(`${formatCatalogIssue(r.issue, lang)}\n`);
    }
  }
}

/** Nothing could be used: why, for exit 2. */
function nothingRead(path: string, tally: PublicationTally): CliError {
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

/** The 督查清单 file: .xlsx (a summary and the list) or .csv (the list). */
async function worklistBytes(path: string, result: CoverageResult, lang: Lang): Promise<Uint8Array | string> {
  const sheets = worklistSheets(result, lang);
  if (/\.xlsx$/i.test(path)) return writeGridXlsx(sheets);
  const [, list] = sheets;
  return csvText(list.rows);
}

const checkWorklistName = (path: string | undefined) => {
  if (path !== undefined && !/\.(xlsx|csv)$/i.test(path)) {
    throw new CliError({
      zh: `督查清单的文件名须以 .xlsx 或 .csv 结尾：${path}`,
      en: `the worklist's file name must end in .xlsx or .csv: ${path}`,
    });
  }
};

/** The text of a coverage run: per area, per unit, the findings counted, rejected lines, the summary. */
function coverageText(result: CoverageResult, tally: PublicationTally, file: string, lang: Lang): string {
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
    if (/\.(xlsx|xls|et)$/i.test(b)) {
      throw new CliError({
        zh: `发布记录须为 CSV 或 JSON Lines 文件：${b}（可在 Excel 或 WPS 中另存为 CSV）`,
        en: `the publications must be a CSV or JSON Lines file: ${b} (save it as CSV from Excel or WPS)`,
      });
    }
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

/** `disclosure catalog diff <old> <new>`: items added, removed, changed. */
export const catalogDiffCommand = defineCommand(
  {
    name: "catalog diff",
    args: { zh: "<旧目录> <新目录>", en: "<old catalog> <new catalog>" },
    positionals: { min: 2, max: 2, files: true },
    summary: {
      zh: "比较两版目录：新增、删除和改动的事项，改动按列列出改前 → 改后",
      en: "compare two catalog versions: items added, removed, changed, each change as before → after by column",
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
    else
      io.stdout(
        describeDiff(d, lang)
          .map((l) => `${l}\n`)
          .join(""),
      );
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
