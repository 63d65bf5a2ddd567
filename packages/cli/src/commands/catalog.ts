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
  type Agency,
  AgencyLevelSchema,
  decodeText,
  formats,
  fromZodIssue,
  toCells,
} from "@disclosure/schema";
import { formatFinding } from "@disclosure/stats";
import Papa from "papaparse";
import { langOf, parse, yearOf } from "../args.js";
import { CliError, EXIT, type Io, type Lang, formatIssue, json, readInput, say } from "../io.js";
import { loadReport } from "../load.js";

export const catalogHelp = {
  zh: "disclosure catalog coverage <目录.xlsx|csv> <发布记录.jsonl|csv> --from 日期 --to 日期 [--json]  按目录核对公开是否及时、有无遗漏；disclosure catalog diff <旧目录> <新目录> [--json]  比较两版目录；disclosure catalog register <文件登记表.xlsx|csv> --year 年 [--previous <上年报告>] [--agency 机关 --level county] [--json]  由规章、规范性文件登记表生成表二第一部分并核对与上年的衔接",
  en: "disclosure catalog coverage <catalog.xlsx|csv> <publications.jsonl|csv> --from D --to D [--json]  coverage and timeliness against the catalog; disclosure catalog diff <old> <new> [--json]  compare two catalog versions; disclosure catalog register <register.xlsx|csv> --year Y [--previous <last year's report>] [--agency name --level county] [--json]  table 二's first block from the register of 规章 and 规范性文件, checked against last year",
};

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
    try {
      data = JSON.parse(decodeText(bytes).text);
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
): Promise<{ items: Publication[]; rejected: number }> {
  const text = decodeText(await readInput(io, path)).text;
  const items: Publication[] = [];
  let rejected = 0;
  const take = (raw: unknown, line: number) => {
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
    const rows = Papa.parse<Record<string, string>>(text, {
      header: true,
      skipEmptyLines: "greedy",
      dynamicTyping: false,
    });
    rows.data.forEach((row, i) => {
      const clean = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== ""));
      take(clean, i + 2);
    });
  } else {
    text.split(/\r?\n/).forEach((l, i) => {
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

function dateOpt(v: string | undefined, name: string): string {
  if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    throw new CliError({
      zh: `请用 --${name} 给出日期 YYYY-MM-DD`,
      en: `give --${name} as a date YYYY-MM-DD`,
    });
  }
  return v;
}

/** The register's agency from --agency / --level; undefined to take last year's report's. */
function agencyOpt(name: string | undefined, level: string | undefined): Agency | undefined {
  if (level === undefined) {
    if (name === undefined) return undefined;
    throw new CliError({
      zh: `请用 --level 给出“${name}”的层级（${AgencyLevelSchema.options.join("、")}）`,
      en: `give the level of "${name}" with --level (${AgencyLevelSchema.options.join(", ")})`,
    });
  }
  const l = AgencyLevelSchema.safeParse(level);
  if (!l.success || name === undefined) {
    throw new CliError({
      zh: `请用 --agency 给出机关名称，用 --level 给出层级（${AgencyLevelSchema.options.join("、")}）`,
      en: `give the agency with --agency and its level with --level (${AgencyLevelSchema.options.join(", ")})`,
    });
  }
  return { name, level: l.data };
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
async function registerCommand(
  file: string | undefined,
  values: { year?: string; previous?: string; agency?: string; level?: string; json?: boolean },
  io: Io,
  lang: Lang,
): Promise<number> {
  if (!file) throw new CliError({ zh: "请给出文件登记表", en: "give the documents register file" });
  const year = yearOf(values.year);
  if (year === undefined)
    throw new CliError({ zh: "请用 --year 给出报告年度", en: "give the report year with --year" });
  const agency = agencyOpt(values.agency, values.level);
  const bytes = await readInput(io, file);
  if (bytes.length === 0) throw new CliError({ zh: `文件为空：${file}`, en: `the file is empty: ${file}` });
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
      return EXIT.unusable;
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

/** `disclosure catalog coverage|diff|register`. */
export async function catalogCommand(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    from: { type: "string" },
    to: { type: "string" },
    previous: { type: "string" },
    level: { type: "string" },
  });
  const lang = langOf(values.lang);
  const [sub, a, b] = positionals;
  if (sub === "register") return registerCommand(a, values, io, lang);
  if (sub === "coverage") {
    if (!a || !b)
      throw new CliError({
        zh: "请给出目录文件和发布记录文件",
        en: "give the catalog file and the publications file",
      });
    const from = dateOpt(values.from, "from");
    const to = dateOpt(values.to, "to");
    const catalog = await loadCatalog(io, a, lang);
    const pubs = await loadPublications(io, b, lang);
    const result = coverage(catalog, pubs.items, { from, to });
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
      io.stdout(`${say(result.summary, lang)}\n`);
    }
    return pubs.rejected || result.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
  }
  if (sub === "diff") {
    if (!a || !b) throw new CliError({ zh: "请给出两版目录文件", en: "give the two catalog files" });
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
  }
  throw new CliError({
    zh: "用法：disclosure catalog coverage|diff|register …",
    en: "usage: disclosure catalog coverage|diff|register …",
  });
}
