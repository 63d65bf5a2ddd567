// Downloads: the report (as edited) in every form @disclosure/report-text writes, its cells,
// its JSON, the empty fill-in form of its format, and the ledger of a synthetic county; a
// report is published only once `confirm` agrees (it asks when there are errors).
import type { FormatId, Report, Message } from "@disclosure/schema";
import { toCells, writeCellsCsv, writeCellsJsonl } from "@disclosure/schema";
import { renderReport, renderTemplate, reportDocument, type Script } from "@disclosure/report-text";
import { el, msgNodes } from "./dom.js";

export interface DownloadDef {
  readonly id: string;
  readonly label: Message;
}

export const DOWNLOADS: readonly DownloadDef[] = [
  { id: "docx", label: { zh: "Word 文档（.docx）", en: "Word (.docx)" } },
  { id: "html", label: { zh: "网页（.html）", en: "Web page (.html)" } },
  { id: "md", label: { zh: "Markdown（.md）", en: "Markdown (.md)" } },
  { id: "txt", label: { zh: "纯文本（.txt）", en: "Plain text (.txt)" } },
  { id: "cells-csv", label: { zh: "单元格 CSV", en: "Cells CSV" } },
  { id: "cells-jsonl", label: { zh: "单元格 JSONL", en: "Cells JSONL" } },
  { id: "json", label: { zh: "报告数据 JSON", en: "Report JSON" } },
  { id: "template-docx", label: { zh: "空白填报模板（.docx）", en: "Empty fill-in form (.docx)" } },
  { id: "template-csv", label: { zh: "空白填报模板（.csv）", en: "Empty fill-in form (.csv)" } },
];

export interface DownloadFile {
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly type: string;
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The file of one download, in the script shown (简/繁) where the form has text. */
export async function makeDownload(id: string, report: Report, script: Script): Promise<DownloadFile> {
  const base = `${reportDocument(report).title}${script === "hant" ? "（繁体）" : ""}`;
  switch (id) {
    case "docx":
      return { name: `${base}.docx`, data: await renderReport(report, { to: "docx", script }), type: DOCX };
    case "html":
      return {
        name: `${base}.html`,
        data: await renderReport(report, { to: "html", script }),
        type: "text/html;charset=utf-8",
      };
    case "md":
      return {
        name: `${base}.md`,
        data: await renderReport(report, { to: "markdown", script }),
        type: "text/markdown;charset=utf-8",
      };
    case "txt":
      return {
        name: `${base}.txt`,
        data: await renderReport(report, { to: "text", script }),
        type: "text/plain;charset=utf-8",
      };
    case "cells-csv":
      return {
        name: `${report.agency.name}${report.year}-cells.csv`,
        data: writeCellsCsv(toCells(report), { labels: report.format }),
        type: "text/csv;charset=utf-8",
      };
    case "cells-jsonl":
      return {
        name: `${report.agency.name}${report.year}-cells.jsonl`,
        data: writeCellsJsonl(toCells(report)),
        type: "application/x-ndjson;charset=utf-8",
      };
    case "json":
      return {
        name: `${report.agency.name}${report.year}.json`,
        data: `${JSON.stringify(report, null, 2)}\n`,
        type: "application/json;charset=utf-8",
      };
    case "template-docx":
      return {
        name: `${report.format}年格式-填报模板.docx`,
        data: await renderTemplate(report.format, { to: "docx", year: report.year, script }),
        type: DOCX,
      };
    case "template-csv":
      return {
        name: `${report.format}年格式-填报模板.csv`,
        data: await renderTemplate(report.format, { to: "csv" }),
        type: "text/csv;charset=utf-8",
      };
    default:
      throw new Error(`demo: unknown download ${id}`);
  }
}

/** The empty forms a county sends to its units, before any report exists. */
export const TEMPLATE_DOWNLOADS: readonly DownloadDef[] = [
  { id: "docx", label: { zh: "Word 填报表", en: "Word form" } },
  { id: "xlsx", label: { zh: "Excel 填报表", en: "Excel form" } },
  { id: "csv", label: { zh: "CSV 填报表", en: "CSV form" } },
];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The empty fill-in form of a format as a file. */
export async function makeTemplate(kind: string, format: FormatId): Promise<DownloadFile> {
  const name = `${format}年格式-填报模板`;
  if (kind === "docx")
    return { name: `${name}.docx`, data: await renderTemplate(format, { to: "docx" }), type: DOCX };
  if (kind === "xlsx")
    return { name: `${name}.xlsx`, data: await renderTemplate(format, { to: "xlsx" }), type: XLSX };
  return {
    name: `${name}.csv`,
    data: await renderTemplate(format, { to: "csv" }),
    type: "text/csv;charset=utf-8",
  };
}

/** The raw applications behind a report, as a ledger to download (the synthetic county's). */
export interface LedgerSource {
  readonly title: string;
  readonly csv: () => string;
  readonly rows: () => string[][];
}

const LEDGER_DOWNLOADS: readonly DownloadDef[] = [
  {
    id: "ledger",
    label: {
      zh: "本级申请办理台账（CSV，可改后重新打开）",
      en: "The county government's own application ledger (CSV, edit and open it again)",
    },
  },
  {
    id: "ledger-xlsx",
    label: { zh: "本级申请办理台账（Excel）", en: "The county government's own application ledger (Excel)" },
  },
];

/** A button per download, the ledger's when there is one. */
export function downloadButtons(withLedger: boolean): HTMLButtonElement[] {
  return [...DOWNLOADS, ...(withLedger ? LEDGER_DOWNLOADS : [])].map((d) =>
    el("button", { type: "button", class: "download", "data-download": d.id }, ...msgNodes(d.label)),
  );
}

/**
 * The file of a download button: the ledger as it is; the report's forms only after
 * `confirm` (the page asks when the report has errors); the empty forms at once. Undefined
 * when the user goes back to fix the report.
 */
export async function publishFile(
  id: string,
  report: Report,
  opts: { script: Script; ledger?: LedgerSource; confirm: () => Promise<boolean> },
): Promise<DownloadFile | undefined> {
  const ledger = opts.ledger;
  if (id === "ledger" && ledger)
    return { name: `${ledger.title}.csv`, data: ledger.csv(), type: "text/csv;charset=utf-8" };
  if (id === "ledger-xlsx" && ledger) {
    const { writeGridXlsx } = await import("@disclosure/catalog");
    const data = await writeGridXlsx([{ name: "台账", title: ledger.title, rows: ledger.rows() }]);
    return { name: `${ledger.title}.xlsx`, data, type: XLSX };
  }
  if (!id.startsWith("template-") && !(await opts.confirm())) return undefined;
  return makeDownload(id, report, opts.script);
}
