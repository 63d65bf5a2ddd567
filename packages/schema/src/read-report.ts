// A report from any file a user has: report JSON, the corpus form
// {agency, year, format, cells}, a JSON array of cells, or cells as JSON Lines or
// CSV (UTF-8 or GBK). Shared by the command line and the demo.
import { fromCells } from "./cells.js";
import { type ReadCellsResult, readCellItems, readCells } from "./cells-io.js";
import { decodeText } from "./decode.js";
import { readFormReport } from "./form-report.js";
import { isZipBytes } from "./form-workbook.js";
import { formatForYear } from "./formats/lookup.js";
import type { FormatId } from "./formats/types.js";
import { type Issue, MAX_LISTED_ISSUES, capIssues, message } from "./issues.js";
import { parseJson } from "./json-parse.js";
import { fileLocation } from "./location.js";
import type { Report } from "./report.js";
import { validateReport } from "./validate.js";

export interface ReadReportOptions {
  /** File name, for locations and to tell cells files (.jsonl, .csv) from JSON. */
  file?: string | undefined;
  /** For cells: the report year (required unless the file states it). */
  year?: number | undefined;
  /** For cells: the format (default the one for the year). */
  format?: FormatId | undefined;
  /** For cells: the agency name (default the file's, else “（未注明机关）”). */
  agency?: string | undefined;
}

export interface ReadReportResult {
  ok: boolean;
  report?: Report;
  /** Errors: what was rejected (the report may still be usable without it). */
  issues: Issue[];
  warnings: Issue[];
  /** What was read: "report" JSON, or "cells" with their line counts. */
  kind: "report" | "cells" | "none";
  cells?: Pick<ReadCellsResult, "lines" | "accepted" | "rejected" | "encoding">;
  /** True when the input states no year/format for its cells and none was given. */
  needsYear?: boolean;
}

const NO_AGENCY = "（未注明机关）";

/**
 * Reads a report from a file's bytes or text, whatever its form; never throws on bad input.
 * @example (await readReport(bytes, { file: "2025-shuyang-county.cells.json" })).report?.agency.name //=> "沭阳县人民政府"
 */
export async function readReport(
  input: string | Uint8Array,
  opts: ReadReportOptions = {},
): Promise<ReadReportResult> {
  const { file } = opts;
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  if (bytes.length === 0 || (typeof input === "string" && !input.trim())) {
    return {
      ok: false,
      kind: "none",
      issues: [
        {
          code: "FILE-EMPTY",
          severity: "error",
          location: fileLocation(file),
          message: message("文件为空", "the file is empty"),
        },
      ],
      warnings: [],
    };
  }
  if (typeof input !== "string" && isZipBytes(bytes)) return readFormReport(bytes, opts);
  if (file && /\.(jsonl|ndjson|csv)$/i.test(file)) return fromCellBytes(bytes, opts);
  const { text, warnings: decoding } = decodeText(bytes, file ? { file } : {});
  const parsed = parseJson(text, { ...(file ? { file } : {}), itemLines: true });
  if (!parsed.ok) return { ok: false, kind: "none", issues: [...parsed.issues], warnings: decoding };
  const data = parsed.value;
  const linesOf = (items: unknown[]) => parsed.itemLines?.get(items);
  if (Array.isArray(data)) return fromCellItems(data, linesOf(data), opts);
  const d = data as { cells?: unknown; agency?: unknown; year?: unknown; format?: unknown };
  if (d && typeof d === "object" && Array.isArray(d.cells)) {
    const year = opts.year ?? (typeof d.year === "number" ? d.year : undefined);
    const format = opts.format ?? (d.format === "2019" || d.format === "2021" ? d.format : undefined);
    const agency = typeof d.agency === "string" ? d.agency : opts.agency;
    const r = await fromCellItems(d.cells, linesOf(d.cells), { ...opts, year, format, agency });
    return decoding.length ? { ...r, warnings: [...decoding, ...r.warnings] } : r;
  }
  const r = validateReport(data, file ? { file } : {});
  return r.ok
    ? { ok: true, kind: "report", report: r.value, issues: [], warnings: [...decoding, ...r.warnings] }
    : { ok: false, kind: "report", issues: [...r.issues], warnings: [...decoding, ...r.warnings] };
}

function needsYear(file: string | undefined): ReadReportResult {
  return {
    ok: false,
    kind: "cells",
    needsYear: true,
    issues: [
      {
        code: "CELLS-NEED-YEAR",
        severity: "error",
        location: fileLocation(file),
        message: message(
          "这是单元格数据：请说明年份和格式（2021 或 2019）",
          "these are cells: give the year and the format (2021 or 2019)",
        ),
      },
    ],
    warnings: [],
  };
}

async function fromCellBytes(bytes: Uint8Array, opts: ReadReportOptions): Promise<ReadReportResult> {
  if (!opts.year) return needsYear(opts.file);
  const format = opts.format ?? formatForYear(opts.year);
  const read = await readCells(bytes, { format, ...(opts.file ? { file: opts.file } : {}) });
  return fromRead(read, opts.year, format, opts);
}

/** Cells parsed from a JSON array, each located by the line its item starts on. */
async function fromCellItems(
  items: unknown[],
  lines: readonly number[] | undefined,
  opts: ReadReportOptions,
): Promise<ReadReportResult> {
  if (!opts.year) return needsYear(opts.file);
  const format = opts.format ?? formatForYear(opts.year);
  const read = await readCellItems(items, { format, ...(opts.file ? { file: opts.file } : {}), lines });
  return fromRead(read, opts.year, format, opts);
}

/** The report of cells read: tables built (duplicates located by line), validated, issues capped. */
function fromRead(
  read: ReadCellsResult,
  year: number,
  format: FormatId,
  opts: ReadReportOptions,
): ReadReportResult {
  const { file } = opts;
  const built = fromCells(read.cells, { format, ...(file ? { file } : {}), lines: read.cellLines });
  const r = validateReport({
    agency: { name: opts.agency?.trim() || NO_AGENCY, level: "county" },
    year,
    format,
    tables: built.tables,
    ...(built.raw ? { raw: built.raw } : {}),
  });
  const issues = capIssues([read.issues, built.issues, r.ok ? [] : r.issues], MAX_LISTED_ISSUES, file);
  return {
    ok: r.ok && issues.length === 0,
    kind: "cells",
    ...(r.ok ? { report: r.value } : {}),
    issues,
    warnings: capIssues([read.warnings, r.warnings], MAX_LISTED_ISSUES, file),
    cells: { lines: read.lines, accepted: read.accepted, rejected: read.rejected, encoding: read.encoding },
  };
}
