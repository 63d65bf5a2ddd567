// Empty fill-in forms of the format, for a township or department to fill
// and send back: a Word document laid out like the format's own template, an
// Excel workbook of the official tables with protected labels and validated
// input cells (see template-xlsx.ts), and a CSV in the cells interchange form
// with label columns, which Excel and WPS open with its Chinese intact. The
// workbook and the CSV are read back by `readCells` / `readReport` of @disclosure/schema.
import {
  type AgencyLevel,
  csvText,
  type FormatDef,
  type FormatId,
  type TableId,
  getFormat,
} from "@disclosure/schema";
import {
  LABEL_PATH_SEPARATOR,
  TEMPLATE_CSV_LABEL_HEADER,
  TEMPLATE_OTHER_MATTERS_2021,
  TEMPLATE_TEXT,
  standardPreamble,
  templateTitle,
} from "../wording/report-frame.js";
import { type ReportDocument, type Script, localizeDocument } from "./document.js";
import type { PageLayout } from "./page.js";
import { fillGrid, flattenGrid } from "./grid.js";

/** Options of {@link renderTemplate}. */
export interface TemplateOptions {
  /** `docx`: the report form in Word; `xlsx`: the tables to fill in Excel; `csv`: the cells to fill, one a line. */
  readonly to: "docx" | "xlsx" | "csv";
  /** The agency that will fill the form (its name goes into the .docx title and opening, and the .xlsx 填报单位 sheet). */
  readonly agency?: string | { readonly name: string; readonly level?: AgencyLevel };
  /** .xlsx only: the agency's level, filled in on the 填报单位 sheet (default: the agency's, else left to choose). */
  readonly level?: AgencyLevel;
  /** The year the report covers. */
  readonly year?: number;
  /** .docx only: 简体 (default) or 繁体. */
  readonly script?: Script;
  /** .docx only: the page of GB/T 9704-2012 (`gbt9704`, default) or of the format's Word template (`template`). */
  readonly page?: PageLayout;
}

function agencyName(a: TemplateOptions["agency"]): string | undefined {
  return typeof a === "string" ? a : a?.name;
}

function agencyLevel(opts: Omit<TemplateOptions, "to">): AgencyLevel | undefined {
  return opts.level ?? (typeof opts.agency === "object" ? opts.agency.level : undefined);
}

/** The empty report form as a document: headings, placeholders, blank tables. */
export function templateDocument(format: FormatDef, opts: Omit<TemplateOptions, "to"> = {}): ReportDocument {
  const name = agencyName(opts.agency);
  return {
    script: "hans",
    format,
    title: templateTitle(name, opts.year),
    preamble: name && opts.year ? [standardPreamble(name, opts.year, format)] : [],
    sections: format.sections.map((s) => ({
      id: s.id,
      heading: s.heading,
      paragraphs: s.table
        ? []
        : [s.id === "otherMatters" && format.id === "2021" ? TEMPLATE_OTHER_MATTERS_2021 : TEMPLATE_TEXT],
      ...(s.table
        ? { table: { table: s.table, grid: fillGrid(format, s.table, {}), extra: [], extraCaption: "" } }
        : {}),
    })),
  };
}

/** One line of the CSV template: codes, the empty value, and the labels a person reads. */
export interface TemplateCsvLine {
  readonly table: TableId;
  readonly row: string;
  readonly col: string;
  /** Section heading, and the block heading in table 二: 二、主动公开政府信息情况 / 第二十条第（一）项. */
  readonly tableLabel: string;
  /** The row's labels joined by " / ": 三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密. */
  readonly rowLabel: string;
  /** The column's labels joined by " / ": 申请人情况 / 法人或其他组织 / 商业企业. */
  readonly colLabel: string;
}

/**
 * Every cell of the format in printed order with its labels (the lines of the CSV template).
 * @example templateCsvLines("2021").length //=> 200 (10 + 175 + 15)
 */
export function templateCsvLines(format: FormatDef | FormatId): TemplateCsvLine[] {
  const f = typeof format === "string" ? getFormat(format) : format;
  const out: TemplateCsvLine[] = [];
  for (const s of f.sections) {
    if (!s.table) continue;
    const table = s.table;
    for (const block of flattenGrid(fillGrid(f, table, {}))) {
      const tableLabel = [s.heading, ...(block.heading ? [block.heading] : [])].join(LABEL_PATH_SEPARATOR);
      for (const r of block.rows) {
        r.cells.forEach((c, i) => {
          const column = block.columns[i];
          out.push({
            table,
            row: c.row ?? r.row,
            col: c.col ?? column?.col ?? "",
            tableLabel,
            rowLabel: r.path.join(LABEL_PATH_SEPARATOR),
            colLabel: column?.path.join(LABEL_PATH_SEPARATOR) ?? "",
          });
        });
      }
    }
  }
  return out;
}

/**
 * The CSV fill-in template, written by `csvText` of @disclosure/schema: UTF-8 with
 * BOM, CRLF line ends, header `table,row,col,value,表格名称,行名称,列名称`, one line
 * per cell of the format in printed order with `value` empty. A township fills the
 * `value` column in Excel or WPS and sends the file back; `readCellsCsv` of
 * @disclosure/schema reads it (the label columns are ignored; an unfilled value
 * reads as blank).
 */
export function templateCsv(format: FormatDef | FormatId): string {
  const head = ["table", "row", "col", "value", ...TEMPLATE_CSV_LABEL_HEADER];
  const lines = templateCsvLines(format).map((l) => [
    l.table,
    l.row,
    l.col,
    "",
    l.tableLabel,
    l.rowLabel,
    l.colLabel,
  ]);
  return csvText([head, ...lines]);
}

/**
 * An empty fill-in form of the format: `docx` — the report in Word with its six
 * headings, "（文字描述）" placeholders and the three tables blank, laid out like
 * the format's own template; `xlsx` — a workbook with a 填报单位 sheet (name,
 * level, year), the sheets 表二/表三/表四 with the format's merged headers and
 * labels locked, every input cell unlocked and validated (counts whole numbers ≥ 0,
 * 万元 up to 4 decimals, the 2019 本年增/减 signed), a 文字 sheet for sections
 * 一/五/六, and a very hidden `_codes` sheet naming each input cell by its codes, so
 * that `readReport` reads the filled form without matching labels; `csv` — every
 * cell to fill, one a line, in the cells interchange form with label columns (see
 * {@link templateCsv}). The .docx and .xlsx load docx and exceljs on first use.
 *
 * @example
 * // The form 盐池县 sends to its townships for 2021
 * const csv = await renderTemplate("2021", { to: "csv" });
 * csv.split("\r\n")[1] //=> "table2,rules,issued,,二、主动公开政府信息情况 / 第二十条第（一）项,规章,本年制发件数"
 * const docx = await renderTemplate("2021", { to: "docx", agency: "花马池镇人民政府", year: 2021 }); // Uint8Array
 * const xlsx = await renderTemplate("2021", { to: "xlsx", agency: "花马池镇人民政府", level: "township", year: 2021 });
 */
export async function renderTemplate(
  format: FormatDef | FormatId,
  opts: TemplateOptions & { to: "csv" },
): Promise<string>;
export async function renderTemplate(
  format: FormatDef | FormatId,
  opts: TemplateOptions & { to: "docx" | "xlsx" },
): Promise<Uint8Array>;
export async function renderTemplate(
  format: FormatDef | FormatId,
  opts: TemplateOptions,
): Promise<string | Uint8Array>;
export async function renderTemplate(
  format: FormatDef | FormatId,
  opts: TemplateOptions,
): Promise<string | Uint8Array> {
  const f = typeof format === "string" ? getFormat(format) : format;
  if (opts.to === "csv") return templateCsv(f);
  if (opts.to === "xlsx") {
    const { templateXlsx } = await import("./template-xlsx.js");
    const level = agencyLevel(opts);
    const agency = agencyName(opts.agency);
    return templateXlsx(f, {
      ...(agency ? { agency } : {}),
      ...(level ? { level } : {}),
      ...(opts.year ? { year: opts.year } : {}),
    });
  }
  const doc = await localizeDocument(templateDocument(f, opts), opts.script ?? "hans");
  const { documentDocx } = await import("./docx.js");
  return documentDocx(doc, { page: opts.page });
}
