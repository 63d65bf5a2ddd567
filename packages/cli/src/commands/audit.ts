import { availableParallelism } from "node:os";
import { type AuditPair, yearPairer } from "@disclosure/report-text";
import { formatFinding } from "@disclosure/stats";
import { collectReportFiles } from "../audit/collect.js";
import { chunked, indentedJson, jsonDocumentOfLists, terminalSafeJson } from "../audit/json-pieces.js";
import {
  type AuditOutcome,
  type OutcomeNeeds,
  REPORT_DEPTH,
  outcomeJson,
  outcomeText,
} from "../audit/outcome.js";
import { type AuditJob, auditFiles } from "../audit/pool.js";
import { auditOutputKind, writeAudit } from "../audit/write.js";
import { defineCommand } from "../command.js";
import { CliError, EXIT, type Io, type Lang } from "../io.js";
import { count, jsonOption, outputFile } from "../options.js";
import { progress } from "../progress.js";

function pairLine(p: AuditPair, lang: Lang): string {
  const errors = p.findings.filter((f) => f.severity === "error").length;
  return lang === "en"
    ? `↔ ${p.agency} ${p.previous.year}→${p.current.year}: ${p.findings.length ? `${p.findings.length} findings (${errors} errors)` : "the cross-year rules hold"}`
    : `↔ ${p.agency} ${p.previous.year}→${p.current.year}：${p.findings.length ? `${p.findings.length} 项问题（错误 ${errors}）` : "跨年规则均通过"}`;
}

/** Each report's lines (made with the report), the pairs', then the totals. */
function printText(io: Io, lang: Lang, reports: readonly AuditOutcome[], pairs: readonly AuditPair[]) {
  for (const r of reports) io.stdout(outcomeText(r));
  for (const p of pairs) {
    io.stdout(`${pairLine(p, lang)}\n`);
    for (const f of p.findings) io.stdout(`    ${formatFinding(f, lang)}\n`);
  }
  const read = reports.filter((r) => r.audited.read).length;
  const clean = reports.filter((r) => r.clean).length;
  io.stdout(
    lang === "en"
      ? `\n${reports.length} files: ${read} read as reports, ${clean} without findings, ${reports.length - read} not read; ${pairs.length} pairs of consecutive years\n`
      : `\n共 ${reports.length} 个文件：读出报告 ${read} 份，无问题 ${clean} 份，未能读取 ${reports.length - read} 个；相邻年度配对 ${pairs.length} 组\n`,
  );
}

/**
 * `{ reports, pairs }` as `JSON.stringify(…, null, 2)` prints it, from the reports' pieces made
 * with them (already safe for a terminal, see `terminalSafeJson`), written in chunks of about a
 * megabyte as they are rather than as one string escaped again.
 */
async function printJson(io: Io, reports: readonly AuditOutcome[], pairs: readonly AuditPair[]) {
  const document = jsonDocumentOfLists([
    ["reports", reports.map(outcomeJson)],
    ["pairs", pairs.map((p) => terminalSafeJson(indentedJson(p, REPORT_DEPTH)))],
  ]);
  const out = io.writer();
  for (const chunk of chunked(document)) await out.write(chunk);
  await out.end();
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
    const kind = values.output ? auditOutputKind(values.output) : undefined;
    const needs: OutcomeNeeds = {
      json: values.json === true,
      jsonl: kind === "jsonl",
      sheets: kind === "xlsx" || kind === "csv",
      text: values.json ? undefined : lang,
    };
    // Reports in the order of the files, and paired in that order too, whatever the order the
    // workers finish in: of two files of one agency and year, the first file is the one paired,
    // with one worker or many.
    const reports: AuditOutcome[] = new Array(files.length);
    const pairs: AuditPair[] = [];
    const pairer = yearPairer();
    let paired = 0;
    try {
      for await (const { id, outcome } of auditFiles(jobs, values.jobs ?? availableParallelism(), needs)) {
        reports[id] = outcome;
        for (let next = reports[paired]; next; next = reports[++paired]) pairs.push(...pairer.add(next));
        p.add(1);
      }
    } finally {
      p.done();
    }
    if (values.output) {
      const written = await writeAudit(io, values.output, reports, pairs);
      if (!values.json) io.stderr(`${lang === "en" ? "written" : "已写出"}：${written.join("、")}\n`);
    }
    if (values.json) await printJson(io, reports, pairs);
    else printText(io, lang, reports, pairs);
    const failed =
      reports.some((r) => r.failed) || pairs.some((x) => x.findings.some((f) => f.severity === "error"));
    return failed ? EXIT.findings : EXIT.ok;
  },
);
