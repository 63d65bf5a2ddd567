// renderReport: a report's data → the published report in Markdown, HTML,
// plain text or .docx, Simplified or Traditional.
import type { OverviewFacts, Report } from "@disclosure/schema";
import { type ReportDocument, type Script, localizeDocument, reportDocument } from "./document.js";
import { documentHtml } from "./html.js";
import { documentMarkdown } from "./markdown.js";
import type { PageLayout } from "./page.js";
import { documentText } from "./text.js";

/** The output forms of {@link renderReport}. */
export type OutputForm = "markdown" | "html" | "text" | "docx";

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  /** Output form. */
  readonly to: OutputForm;
  /** 简体 (`hans`, default) or 繁体 (`hant`, through opencc-js with mainland terms kept). */
  readonly script?: Script;
  /** HTML: a whole page (default) or only the `<article>`. */
  readonly standalone?: boolean;
  /** HTML: prefix of element ids, when several reports share a page. */
  readonly idPrefix?: string;
  /**
   * .docx and HTML print: the page — GB/T 9704-2012 (`gbt9704`, default: A4, margins
   * 37/26/35/28 mm, 22 lines × 28 characters, tables within the text block) or the
   * format's Word template (`template`: Word's default margins, tables at its widths).
   */
  readonly page?: PageLayout;
  /** Text: widest table line in terminal columns (default 120). */
  readonly width?: number;
  /**
   * Writes section 一 from `report.facts` when the report has no overview text.
   * Default: `renderOverview` of this package.
   */
  readonly overview?: (facts: OverviewFacts) => string;
}

/**
 * The full annual report: title (盐池县2020年政府信息公开工作年度报告), the
 * opening paragraph, the six sections under the format's headings, tables
 * 二/三/四 drawn as the official format draws them (merged headers 信息内容,
 * 申请人情况, 法人或其他组织, 行政复议 / 行政诉讼; row groups 三、本年度办理结果,
 * （三）不予公开 … （六）其他处理), every value in its own cell (0 as 0, a blank
 * cell empty, money exact), table notes under their tables, and section 六.
 *
 * Markdown: one pipe table per block, merged labels joined by " / ". HTML: a
 * page with `<table>`s using rowspan/colspan, `<th scope>` and `headers`,
 * printable on A4. Text: tables in box-drawing characters aligned for a
 * terminal. .docx: a Uint8Array, laid out like the format's Word template.
 *
 * @param report a validated report (`validateReport(json).value`)
 * @param opts output form and script
 * @returns the text of the report, or the bytes of the .docx
 *
 * @example
 * // 盐池县 2020 (2019 format): 5 applications received, all granted
 * const html = await renderReport(yanchi2020, { to: "html" });
 * html.includes('<td headers="table3-r0c3 table3-r1c9 table3-r3c0" data-cell="table3|received|total">5</td>') //=> true
 * const md = await renderReport(yanchi2020, { to: "markdown", script: "hant" });
 * md.startsWith("# 鹽池縣2020年政府信息公開工作年度報告") //=> true
 * const bytes = await renderReport(yanchi2020, { to: "docx" }); // Uint8Array, a zip ("PK…")
 */
export async function renderReport(
  report: Report,
  opts: RenderReportOptions & { to: "docx" },
): Promise<Uint8Array>;
export async function renderReport(
  report: Report,
  opts: RenderReportOptions & { to: "markdown" | "html" | "text" },
): Promise<string>;
export async function renderReport(report: Report, opts: RenderReportOptions): Promise<string | Uint8Array>;
export async function renderReport(report: Report, opts: RenderReportOptions): Promise<string | Uint8Array> {
  const doc = await localizeDocument(
    reportDocument(report, { overview: opts.overview }),
    opts.script ?? "hans",
  );
  return writeDocument(doc, opts);
}

/** Writes a document in an output form (the step of {@link renderReport} after the script conversion). */
export async function writeDocument(
  doc: ReportDocument,
  opts: RenderReportOptions,
): Promise<string | Uint8Array> {
  switch (opts.to) {
    case "markdown":
      return documentMarkdown(doc);
    case "html":
      return documentHtml(doc, { standalone: opts.standalone, idPrefix: opts.idPrefix, page: opts.page });
    case "text":
      return documentText(doc, { width: opts.width });
    case "docx": {
      const { documentDocx } = await import("./docx.js");
      return documentDocx(doc, { page: opts.page });
    }
    default:
      throw new Error(`renderReport: unknown output form ${String((opts as { to: unknown }).to)}`);
  }
}
