// Step 10: the report — what was found out about the document, the agency (the option, else
// the title), the tables built from the cells read, and the report validated as the rest of
// the toolkit validates it; or the error that leaves no report (not a report, no year).
import { type Agency, fromCells, type Report, validateReport, type Issue } from "@disclosure/schema";
import { agencyLevel, type TitleInfo } from "../detect.js";
import { issue, type Line } from "../model.js";
import type { ParsedCell, TableRead, UnreadCell } from "../table/index.js";
import { failed, type ParseDetected, type ParseOptions, type ParseResult } from "./model.js";
import type { Texts } from "./texts.js";

/** Not a report at all: no section heading and no table with a cell. */
export function notAReport(lines: readonly Line[], warnings: Issue[]): ParseResult {
  return failed(
    [
      issue(
        "PARSE-NOT-A-REPORT",
        "error",
        {
          zh: "这不是政府信息公开工作年度报告：没有找到六个部分的标题，也没有找到表二、表三、表四",
          en: "this is not a 政府信息公开工作年度报告: none of the six section headings and none of tables 二, 三, 四 was found",
        },
        lines[0]?.loc,
      ),
    ],
    warnings,
  );
}

/** No year anywhere: the cells read, and the error that asks for the year option. */
export function yearMissing(lines: readonly Line[], read: Omit<ParseResult, "ok">): ParseResult {
  const error = issue(
    "PARSE-YEAR",
    "error",
    {
      zh: "没有找到报告年度（标题、统计期限或正文中都没有年份）；可用选项 year 指定",
      en: "the report year was not found (no year in the title, the statistical period or the text); pass it as the year option",
    },
    lines[0]?.loc,
  );
  return {
    ok: false,
    cells: read.cells,
    unread: read.unread,
    warnings: read.warnings,
    issues: [error],
    ...(read.detected ? { detected: read.detected } : {}),
  };
}

/** The reporting agency: the option, else the title's (a warning when neither names one). */
export function agencyOf(
  option: ParseOptions["agency"],
  title: TitleInfo,
  lines: readonly Line[],
): { agency: Agency; warnings: Issue[] } {
  if (typeof option === "object") return { agency: option, warnings: [] };
  const name = (typeof option === "string" ? option : title.agency) ?? "";
  const agency = { name: name || "（未注明）", level: agencyLevel(name) };
  if (name) return { agency, warnings: [] };
  const warning = issue(
    "PARSE-AGENCY",
    "warning",
    {
      zh: "没有找到报告机关名称（标题中没有）；可用选项 agency 指定",
      en: "the reporting agency was not found (no title); pass it as the agency option",
    },
    lines[0]?.loc,
  );
  return { agency, warnings: [warning] };
}

/** What a report is built from. */
export interface ReportParts {
  readonly agency: Agency;
  readonly year: number;
  readonly detected: ParseDetected;
  readonly title: TitleInfo;
  readonly preamble: string;
  readonly texts: Texts;
  readonly reads: readonly TableRead[];
  readonly cells: ParsedCell[];
  readonly unread: UnreadCell[];
  readonly warnings: Issue[];
}

/** The report built from its parts and validated; a report the toolkit does not accept (a year before 2008, say) is an error. */
export function assembleReport(p: ReportParts): ParseResult {
  const { cells, unread, warnings, detected } = p;
  const collapsed = p.reads.some((r) => r.collapsedOtherHandling);
  const { tables, raw } = fromCells(cells, { format: detected.format, collapsedOtherHandling: collapsed });
  const { sections, tableNotes } = p.texts;
  const report: Report = {
    agency: p.agency,
    year: p.year,
    format: detected.format,
    ...(p.title.title ? { title: p.title.title } : {}),
    ...(p.preamble ? { preamble: p.preamble } : {}),
    sections,
    tables,
    ...(raw ? { raw } : {}),
    ...(Object.keys(tableNotes).length ? { tableNotes } : {}),
  };
  const valid = validateReport(report);
  if (!valid.ok) return { ok: false, cells, unread, warnings, issues: [...valid.issues], detected };
  return { ok: true, report: valid.value, cells, unread, warnings, detected };
}
