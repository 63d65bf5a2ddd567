// A filled-in workbook as the readers of cells and reports give it: `readCells` and
// `readReport` hand an .xlsx (a zip archive) to these, so that a fill-in form is read by the
// same calls as cells in CSV or a report in JSON.
import type { ReadCellsOptions, ReadCellsResult } from "./cells-io.js";
import { type FormCell, type FormWorkbook, type ReadFormOptions, readFormWorkbook } from "./form-workbook.js";
import type { FormatId } from "./formats/types.js";
import { type Issue, message } from "./issues.js";
import { fileLocation, sheetCellLocation } from "./location.js";
import type { ReadReportOptions, ReadReportResult } from "./read-report.js";
import type { Cell, Tables } from "./report.js";
import { validateReport } from "./validate.js";

/** The agency name of a report whose form and options name none (as readReport names it). */
const NO_AGENCY = "（未注明机关）";

/** What the reader calls the workbook's contents in its counts. */
const ENCODING = "xlsx";

function located(file: string | undefined, at: string | undefined): Pick<Issue, "location"> {
  return { location: at ? sheetCellLocation(at, file) : fileLocation(file) };
}

/** FORM-FORMAT-MISMATCH: the form is of one format, the reader was asked for the other. */
function formatMismatch(form: FormatId, asked: FormatId, file?: string): Issue {
  return {
    code: "FORM-FORMAT-MISMATCH",
    severity: "error",
    ...located(file, undefined),
    value: form,
    message: message(
      `填报表是 ${form} 年版格式，与指定的 ${asked} 年版不符`,
      `the form is of the ${form} format, not the ${asked} format asked for`,
    ),
  };
}

function cellOf(c: FormCell): Cell {
  return { table: c.table, row: c.row, col: c.col, value: c.value };
}

/**
 * The cells of a fill-in workbook as `readCells` gives them: every table cell the form lists,
 * blanks as null, refused cells reported with their place (表三!D7) and counted as rejected.
 * A form of another format than `opts.format` gives no cells and FORM-FORMAT-MISMATCH.
 * @example (await readFormCells(bytes, { format: "2021", file: "花马池镇.xlsx" })).cells.length //=> 200 (all listed)
 */
export async function readFormCells(
  bytes: Uint8Array,
  opts: ReadCellsOptions & Pick<ReadFormOptions, "limits">,
): Promise<ReadCellsResult> {
  const form = await readFormWorkbook(bytes, opts);
  const mismatch = form.format && form.format !== opts.format;
  const cells = mismatch ? [] : form.cells.map(cellOf);
  const issues = mismatch ? [formatMismatch(form.format!, opts.format, opts.file)] : [...form.issues];
  return {
    ok: issues.length === 0,
    cells,
    issues,
    warnings: [...form.warnings],
    lines: form.listed,
    accepted: cells.length,
    rejected: form.listed - cells.length,
    encoding: ENCODING,
    cellLines: cells.map((_, i) => i + 1),
  };
}

function tablesOf(cells: readonly FormCell[]): Tables {
  const tables: Tables = {};
  for (const c of cells) {
    const t = tables[c.table] ?? {};
    t[c.row] = { ...t[c.row], [c.col]: c.value };
    tables[c.table] = t;
  }
  return tables;
}

/**
 * The report year: the form's, or the options' when the form states none. A form that states
 * another year than the options, or no year when none is given, is an issue at its year cell.
 */
function yearOf(form: FormWorkbook, opts: ReadReportOptions): { year?: number; issue?: Issue } {
  const where = located(opts.file, form.yearAt);
  if (opts.year && form.year && opts.year !== form.year) {
    const issue: Issue = {
      code: "FORM-YEAR-MISMATCH",
      severity: "error",
      ...where,
      value: form.year,
      message: message(
        `填报表的年度为 ${form.year}，与指定的 ${opts.year} 不符`,
        `the form is for ${form.year}, not ${opts.year} as asked`,
      ),
    };
    return { issue };
  }
  const year = form.year ?? opts.year;
  if (year) return { year };
  const at = form.yearAt ? `${form.yearAt} ` : "";
  return {
    issue: {
      code: "FORM-NO-YEAR",
      severity: "error",
      ...where,
      message: message(`${at}报告年度未填写`, `${at}the report year is not filled in`),
    },
  };
}

/** What every result of a form says about its cells. */
function counts(form: FormWorkbook): NonNullable<ReadReportResult["cells"]> {
  return {
    lines: form.listed,
    accepted: form.cells.length,
    rejected: form.listed - form.cells.length,
    encoding: ENCODING,
  };
}

/**
 * A report from a fill-in workbook, as `readReport` gives it: the tables from the cells, the
 * agency (name and level), year and wording of sections 一/五/六 from the form. The form's
 * agency name comes before `opts.agency`. A form of another year than `opts.year` (or of no
 * year when none is given), or of another format than `opts.format`, is an error located at
 * its cell and gives no report: it must not be summed or checked as another year's. Refused
 * cells are errors and absent from the report. A file that is not a form gives kind "none".
 */
export async function readFormReport(
  bytes: Uint8Array,
  opts: ReadReportOptions & Pick<ReadFormOptions, "limits">,
): Promise<ReadReportResult> {
  const form = await readFormWorkbook(bytes, opts);
  if (!form.format)
    return { ok: false, kind: "none", issues: [...form.issues], warnings: [...form.warnings] };
  const { year, issue } = yearOf(form, opts);
  const wrongFormat = opts.format && opts.format !== form.format;
  const unusable = [
    ...(issue ? [issue] : []),
    ...(wrongFormat ? [formatMismatch(form.format, opts.format!, opts.file)] : []),
  ];
  const issues = [...form.issues, ...unusable];
  if (!year || unusable.length) {
    return { ok: false, kind: "cells", issues, warnings: [...form.warnings], cells: counts(form) };
  }
  const r = validateReport({
    agency: {
      name: form.agency.name ?? (opts.agency?.trim() || NO_AGENCY),
      level: form.agency.level ?? "county",
    },
    year,
    format: form.format,
    sections: form.sections,
    tables: tablesOf(form.cells),
  });
  if (!r.ok) issues.push(...r.issues);
  return {
    ok: r.ok && issues.length === 0,
    kind: "cells",
    ...(r.ok ? { report: r.value } : {}),
    issues,
    warnings: [...form.warnings, ...r.warnings],
    cells: counts(form),
  };
}
