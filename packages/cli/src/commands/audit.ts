import { availableParallelism } from "node:os";
import {
  type AuditPair,
  type AuditedReport,
  formatSourceLocation,
  yearPairer,
} from "@disclosure/report-text";
import { formatFinding } from "@disclosure/stats";
import { type AuditJob, auditFiles } from "../audit/pool.js";
import { collectReportFiles } from "../audit/collect.js";
import { auditOutputKind, writeAudit } from "../audit/write.js";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, type Lang, json } from "../io.js";
import { count, jsonOption, outputFile } from "../options.js";
import { progress } from "../progress.js";

/** A report's findings about the publication (not READ-UNREAD, which is about our reading). */
const published = (r: AuditedReport) =>
  r.findings.filter((f) => f.concerns !== "reading" && f.severity !== "info");

function reportLine(r: AuditedReport, lang: Lang): string {
  if (!r.read) return `✖ ${r.file}  ${lang === "en" ? r.reason?.en : r.reason?.zh}`;
  const errors = published(r).filter((f) => f.severity === "error").length;
  const warnings = published(r).length - errors;
  const who = `${r.agency} ${r.year}`;
  return lang === "en"
    ? `${errors ? "✖" : "✓"} ${r.file}  ${who} (${r.format} format): ${errors} errors, ${warnings} warnings, ${r.unread} cells not read`
    : `${errors ? "✖" : "✓"} ${r.file}  ${who}（${r.format}年格式）：错误 ${errors}，警告 ${warnings}，未能读出 ${r.unread} 个单元格`;
}

function pairLine(p: AuditPair, lang: Lang): string {
  const errors = p.findings.filter((f) => f.severity === "error").length;
  return lang === "en"
    ? `↔ ${p.agency} ${p.previous.year}→${p.current.year}: ${p.findings.length ? `${p.findings.length} findings (${errors} errors)` : "the cross-year rules hold"}`
    : `↔ ${p.agency} ${p.previous.year}→${p.current.year}：${p.findings.length ? `${p.findings.length} 项问题（错误 ${errors}）` : "跨年规则均通过"}`;
}

function printText(io: Io, lang: Lang, reports: readonly AuditedReport[], pairs: readonly AuditPair[]) {
  for (const r of reports) {
    io.stdout(`${reportLine(r, lang)}\n`);
    for (const f of published(r).filter((x) => x.severity === "error")) {
      const where = f.place ? ` [${formatSourceLocation(f.place)}]` : "";
      io.stdout(`    ${formatFinding(f, lang)}${where}\n`);
    }
  }
  for (const p of pairs) {
    io.stdout(`${pairLine(p, lang)}\n`);
    for (const f of p.findings) io.stdout(`    ${formatFinding(f, lang)}\n`);
  }
  const read = reports.filter((r) => r.read).length;
  const clean = reports.filter((r) => r.read && !published(r).length).length;
  io.stdout(
    lang === "en"
      ? `\n${reports.length} files: ${read} read as reports, ${clean} without findings, ${reports.length - read} not read; ${pairs.length} pairs of consecutive years\n`
      : `\n共 ${reports.length} 个文件：读出报告 ${read} 份，无问题 ${clean} 份，未能读取 ${reports.length - read} 个；相邻年度配对 ${pairs.length} 组\n`,
  );
}

/** `disclosure audit <files or folders…>`: many published reports read, checked and paired by year. */
export const auditCommand = defineCommand(
  {
    name: "audit",
    args: { zh: "<文件或文件夹…>", en: "<files or folders…>" },
    positionals: { min: 1, max: Number.POSITIVE_INFINITY, files: false },
    summary: {
      zh: "批量审查已发布的年度报告（文件夹内的 .pdf .html .htm .txt .md .docx）：读出机关、层级、年度和格式，按全部规则检查，同一机关相邻年度自动做跨年核对；有报告出现错误或无法读取时退出码 1",
      en: "audit published annual reports in bulk (.pdf .html .htm .txt .md .docx in folders): agency, level, year and format read from each, every rule checked, one agency's consecutive years paired for the cross-year rules; exit 1 when a report has an error or cannot be read",
    },
    options: {
      output: outputFile(
        {
          zh: "写出审查结果：.xlsx（概览、问题、跨年、规则四张表）、.csv（概览；其余各表写在旁边，如 审查结果.问题.csv）或 .jsonl",
          en: "write the results: .xlsx (sheets 概览, 问题, 跨年, 规则), .csv (概览; the other sheets beside it, e.g. results.问题.csv) or .jsonl",
        },
        "-o 审查结果.xlsx",
      ),
      jobs: count(
        {
          zh: "并行读取的线程数（默认为处理器核数）",
          en: "worker threads reading in parallel (default: the number of cores)",
        },
        "--jobs 2",
      ),
      json: jsonOption(),
    },
    examples: ["disclosure audit 2024年报/ -o 审查结果.xlsx", "disclosure audit a.pdf b.html --json"],
  },
  async ({ values, positionals, lang }, io) => {
    if (values.output && !auditOutputKind(values.output)) {
      throw new CliError({
        zh: `-o 的文件须以 .xlsx、.csv 或 .jsonl 结尾：${values.output}`,
        en: `-o takes a file ending in .xlsx, .csv or .jsonl: ${values.output}`,
      });
    }
    const { files, missing } = await collectReportFiles(positionals);
    if (missing.length) {
      throw new CliError({ zh: `找不到：${missing.join("、")}`, en: `not found: ${missing.join(", ")}` });
    }
    if (!files.length) {
      throw new CliError({
        zh: `${positionals.join("、")} 中没有报告文件（.pdf .html .htm .txt .md .docx）`,
        en: `no report files (.pdf .html .htm .txt .md .docx) in ${positionals.join(", ")}`,
      });
    }
    const jobs: AuditJob[] = files.map((path, id) => ({ id, path, name: path }));
    const p = progress(io, lang, {
      label: { zh: "审查报告", en: "auditing reports" },
      unit: { zh: "份", en: "reports" },
      total: files.length,
      quiet: values.json,
    });
    const reports: AuditedReport[] = [];
    const pairs: AuditPair[] = [];
    const pairer = yearPairer();
    try {
      for await (const checked of auditFiles(jobs, values.jobs ?? availableParallelism(), io.readFile)) {
        reports.push(checked.audited);
        pairs.push(...pairer.add(checked));
        p.add(1);
      }
    } finally {
      p.done();
    }
    const order = new Map(files.map((f, i) => [f, i]));
    reports.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    if (values.output) {
      const written = await writeAudit(io, values.output, reports, pairs);
      if (!values.json) io.stderr(`${lang === "en" ? "written" : "已写出"}：${written.join("、")}\n`);
    }
    if (values.json) io.stdout(json({ reports, pairs }));
    else printText(io, lang, reports, pairs);
    const isError = (f: { severity: string }) => f.severity === "error";
    const failed =
      reports.some((r) => !r.read || published(r).some(isError)) ||
      pairs.some((x) => x.findings.some(isError));
    return failed ? EXIT.findings : EXIT.ok;
  },
);
