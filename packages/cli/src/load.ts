// A report from a file, in any form @disclosure/schema's readReport accepts.
import { type FormatId, type Issue, type Report, formatLocation, readReport } from "@disclosure/schema";
import { CliError, type Io, readInput } from "./io.js";

export interface LoadOptions {
  year?: number;
  format?: FormatId;
  agency?: string;
}

export interface Loaded {
  /** Absent when the input is not a usable report (see `issues`). */
  report?: Report;
  warnings: Issue[];
  /** Errors in the input; with a report, the lines that were rejected. */
  issues: Issue[];
}

export async function loadReport(io: Io, path: string, opts: LoadOptions): Promise<Loaded> {
  const bytes = await readInput(io, path);
  const r = await readReport(bytes, { file: path, ...opts });
  if (r.needsYear) {
    throw new CliError({
      zh: `${path} 是单元格数据：请用 --year 和 --format 2021|2019 说明年份和格式`,
      en: `${path} holds cells: give --year and --format 2021|2019`,
    });
  }
  if (r.kind === "none") {
    const first = r.issues[0];
    const where = formatLocation(first) || path;
    throw new CliError({ zh: `${where}：${first.message.zh}`, en: `${where}: ${first.message.en}` });
  }
  return { ...(r.report ? { report: r.report } : {}), issues: r.issues, warnings: r.warnings };
}
