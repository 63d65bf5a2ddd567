// Step 6: the format — the option, else the labels only one format prints (in tables 二 and
// 三), else the year; a report whose labels say another format than its year is warned about.
import { type FormatDef, type FormatId, getFormat, type Issue } from "@disclosure/schema";
import { detectFormat } from "../detect.js";
import { normalizeLabel } from "../labels.js";
import { issue } from "../model.js";
import type { LaidOut } from "./layout.js";
import type { ParseDetected } from "./model.js";

/** The normalised text the format is told by: sections 二 and 三, else the lines that hold numbers. */
function tableText(laid: LaidOut): string {
  const { layout, texts } = laid;
  const sections = [layout.ranges.proactive, layout.ranges.applications].filter((x) => x !== undefined);
  // Without their sections, only lines that hold numbers are taken for table rows (not narrative
  // that mentions 行政规范性文件).
  return normalizeLabel(
    (sections.length
      ? sections.flatMap((r) => texts.slice(r.start, r.end))
      : texts.filter((t) => /\d/.test(t) && t.length < 200)
    ).join(""),
  );
}

/** The report's format and how it was told, with a warning when labels and year disagree. */
export function reportFormat(
  laid: LaidOut,
  year: number | undefined,
  option: FormatId | undefined,
): { format: FormatDef; by: ParseDetected["formatBy"]; warnings: Issue[] } {
  const guess = option
    ? { format: option, by: "option" as const, evidence: [] }
    : detectFormat(tableText(laid), year);
  const format = getFormat(guess.format);
  if (year === undefined || guess.by !== "labels" || year <= 2020 === (guess.format === "2019")) {
    return { format, by: guess.by, warnings: [] };
  }
  const evidence = guess.evidence.slice(0, 3);
  const warning = issue(
    "FORMAT-YEAR",
    "warning",
    {
      zh: `${year}年的报告使用了${guess.format}年格式（依据表格标签：${evidence.join("、")}）`,
      en: `a report on ${year} uses the ${guess.format} format (by its table labels: ${evidence.join(", ")})`,
    },
    laid.lines[0]?.loc,
  );
  return { format, by: guess.by, warnings: [warning] };
}
