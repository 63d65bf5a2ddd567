// A report from a file, in any form @disclosure/schema's readReport accepts.
import { type FormatId, type Issue, type Report, formatLocation, readReport } from "@disclosure/schema";
import { CliError, formatIssue, type Io, type Lang, readInput } from "./io.js";
import { looksLikeRecords } from "./records.js";

export interface LoadOptions {
  year?: number | undefined;
  format?: FormatId | undefined;
  agency?: string | undefined;
}

export interface Loaded {
  /** Absent when the input is not a usable report (see `issues`). */
  report?: Report;
  warnings: Issue[];
  /** Errors in the input; with a report, the lines that were rejected. */
  issues: Issue[];
}

/** The kind of published document a file extension names. */
export const PUBLISHED: Readonly<Record<string, "html" | "text" | "pdf" | "docx">> = {
  html: "html",
  htm: "html",
  txt: "text",
  md: "text",
  markdown: "text",
  pdf: "pdf",
  docx: "docx",
};

export function publishedKind(path: string): "html" | "text" | "pdf" | "docx" | undefined {
  return PUBLISHED[/\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ""];
}

/** A published report (web page, text, PDF, Word) read back with parseReport. */
async function loadPublished(
  bytes: Uint8Array,
  path: string,
  from: "html" | "text" | "pdf" | "docx",
  opts: LoadOptions,
): Promise<Loaded> {
  const { parseReport } = await import("@disclosure/report-text");
  // Text and HTML are decoded by parseReport as every reader decodes (GBK, UTF-16, <meta charset>).
  const r = await parseReport(bytes, {
    from,
    ...(opts.format ? { format: opts.format } : {}),
    ...(opts.year ? { year: opts.year } : {}),
    ...(opts.agency ? { agency: opts.agency } : {}),
  });
  if (!r.report) {
    const first = r.issues?.[0];
    throw new CliError(
      first
        ? { zh: `${path}：${first.message.zh}`, en: `${path}: ${first.message.en}` }
        : { zh: `${path}：读不出报告`, en: `${path}: no report could be read` },
    );
  }
  return { report: r.report, issues: [...(r.issues ?? [])], warnings: [...r.warnings] };
}

export async function loadReport(io: Io, path: string, opts: LoadOptions): Promise<Loaded> {
  const bytes = await readInput(io, path);
  const published = publishedKind(path);
  if (published && bytes.length > 0) return loadPublished(bytes, path, published, opts);
  const r = await readReport(bytes, { file: path, ...opts });
  if (r.needsYear) {
    throw new CliError({
      zh: `${path} 是单元格数据：请用 --year 和 --format 2021|2019 说明年份和格式`,
      en: `${path} holds cells: give --year and --format 2021|2019`,
    });
  }
  if (r.kind === "none") {
    const [first] = r.issues;
    if (!first) throw new CliError({ zh: `${path}：读不出报告`, en: `${path}: no report could be read` });
    // An .xlsx that is no fill-in form may be a ledger of records: say which command reads it.
    if (first.code === "FORM-NOT-A-FORM" && (await looksLikeRecords(io, path))) {
      throw new CliError({
        zh: `${path} 是申请办理台账（原始记录），不是报告：请用 disclosure tabulate 统计，或交给 disclosure rollup 汇总`,
        en: `${path} is a ledger of records, not a report: tabulate it with disclosure tabulate, or give it to disclosure rollup`,
      });
    }
    const where = formatLocation(first.location) || path;
    throw new CliError({ zh: `${where}：${first.message.zh}`, en: `${where}: ${first.message.en}` });
  }
  return { ...(r.report ? { report: r.report } : {}), issues: r.issues, warnings: r.warnings };
}

/** Only the options that say how to read a report, from a command's values. */
export function loadOptionsOf(values: LoadOptions): LoadOptions {
  return { year: values.year, format: values.format, agency: values.agency };
}

/** A report read for a command that writes it out: its issues and warnings on stderr. */
export async function loadReportTold(io: Io, path: string, values: LoadOptions, lang: Lang): Promise<Loaded> {
  const loaded = await loadReport(io, path, loadOptionsOf(values));
  for (const i of [...loaded.issues, ...loaded.warnings]) io.stderr(`${formatIssue(i, lang)}\n`);
  return loaded;
}
