// Loading a report from any of the forms a user has: report JSON, the corpus form
// {agency, year, format, cells}, a JSON array of cells, cells as JSON Lines or CSV.
import {
  type FormatId,
  type Issue,
  type Report,
  decodeText,
  fromCells,
  readCells,
  validateReport,
} from "@disclosure/schema";
import { CliError, type Io, readInput } from "./io.js";

export interface LoadOptions {
  year?: number;
  format?: FormatId;
  agency?: string;
}

export interface Loaded {
  report: Report;
  warnings: Issue[];
  /** Errors in the input that did not make it unusable (rejected lines). */
  issues: Issue[];
}

function isCellsFile(path: string): boolean {
  return /\.(jsonl|ndjson|csv)$/i.test(path);
}

export async function loadReport(io: Io, path: string, opts: LoadOptions): Promise<Loaded> {
  const bytes = await readInput(io, path);
  if (bytes.length === 0) {
    throw new CliError({ zh: `文件为空：${path}`, en: `the file is empty: ${path}` });
  }
  if (isCellsFile(path)) return fromCellsFile(bytes, path, opts);
  const text = decodeText(bytes).text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new CliError({ zh: `${path} 不是有效的 JSON：${msg}`, en: `${path} is not valid JSON: ${msg}` });
  }
  if (Array.isArray(data)) return fromCellsFile(bytes, path, opts);
  if (typeof data === "object" && data !== null && Array.isArray((data as { cells?: unknown }).cells)) {
    const d = data as { cells: unknown[]; agency?: unknown; year?: unknown; format?: unknown };
    const format = (opts.format ?? d.format) as FormatId | undefined;
    const year = opts.year ?? (typeof d.year === "number" ? d.year : undefined);
    const agency = typeof d.agency === "string" ? d.agency : opts.agency;
    return fromCellsFile(
      new TextEncoder().encode(JSON.stringify(d.cells)),
      path,
      { format, year, agency },
      d,
    );
  }
  const r = validateReport(data, { file: path });
  if (!r.ok) return { report: undefined as never, warnings: [...r.warnings], issues: [...r.issues] };
  return { report: r.value, warnings: [...r.warnings], issues: [] };
}

async function fromCellsFile(
  bytes: Uint8Array,
  path: string,
  opts: LoadOptions,
  meta?: Record<string, unknown>,
): Promise<Loaded> {
  if (!opts.format || !opts.year) {
    throw new CliError({
      zh: `${path} 是单元格数据：请用 --year 和 --format 2021|2019 说明年份和格式`,
      en: `${path} holds cells: give --year and --format 2021|2019`,
    });
  }
  const r = await readCells(bytes, { format: opts.format, file: path });
  const built = fromCells(r.cells, { format: opts.format, file: path });
  const agencyName = opts.agency ?? (typeof meta?.agency === "string" ? meta.agency : "（未注明机关）");
  const report = validateReport({
    agency: { name: agencyName, level: "county" },
    year: opts.year,
    format: opts.format,
    tables: built.tables,
    ...(built.raw ? { raw: built.raw } : {}),
  });
  if (!report.ok)
    return {
      report: undefined as never,
      warnings: [...r.warnings, ...report.warnings],
      issues: [...r.issues, ...report.issues],
    };
  return {
    report: report.value,
    warnings: [...r.warnings, ...report.warnings],
    issues: [...r.issues, ...built.issues],
  };
}
