// `--calendar <file>`: further years of the holiday calendar, the State Council's notice
// written as JSON (see @disclosure/stats, calendarFromYears). A file that cannot be used
// ends the command with every problem located (exit 2); nothing is guessed.
import { decodeText, formatLocation, type Issue, type Message } from "@disclosure/schema";
import { calendarFromYears, type WorkingCalendar } from "@disclosure/stats";
import { CliError, formatIssue, type Io, type Lang, readInput } from "./io.js";

/** The option's meaning, for the help of every command that counts working days. */
export const CALENDAR_OPTION_MEANING: Message = {
  zh: "节假日日历文件（JSON，按年份列出国务院通知的放假日期 holidays 和调休上班日 workdays），补充或替换内置的年份",
  en: "a holiday calendar file (JSON: per year, the days off `holidays` and make-up working days `workdays` of the State Council's notice), adding to or replacing the built-in years",
};

/** "line 3, column 5" of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

function parseJson(text: string, path: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(reason);
    const where = at ? lineAndColumn(text, Number(at[1])) : undefined;
    const zhAt = where ? `第 ${where.line} 行第 ${where.column} 列` : "";
    const enAt = where ? ` at line ${where.line}, column ${where.column}` : "";
    throw new CliError({
      zh: `日历文件 ${path} 不是有效的 JSON${zhAt ? `（${zhAt}）` : ""}：${reason}`,
      en: `the calendar file ${path} is not valid JSON${enAt}: ${reason}`,
    });
  }
}

function issueLines(issues: readonly Issue[], lang: Lang): string {
  return issues
    .map(
      (i) => `  ${formatLocation(i.location)} — ${lang === "en" ? i.message.en : i.message.zh} [${i.code}]`,
    )
    .join("\n");
}

/**
 * The holiday calendar of a `--calendar` file: its years plus the built-in ones (a year
 * in the file replaces the built-in year). Warnings (a day listed twice) go to stderr.
 *
 * @throws CliError (exit 2) for a file that cannot be read, is not JSON, or is not a valid
 *   calendar — with every bad entry located by file and JSON path
 */
export async function readCalendarFile(io: Io, path: string, lang: Lang): Promise<WorkingCalendar> {
  const decoded = decodeText(await readInput(io, path), { file: path });
  for (const w of decoded.warnings) io.stderr(`${formatIssue(w, lang)}\n`);
  const built = calendarFromYears(parseJson(decoded.text, path));
  const located = (issues: readonly Issue[]) => issues.map((i) => ({ ...i, file: path }));
  for (const w of located(built.warnings)) io.stderr(`${formatIssue(w, lang)}\n`);
  if (built.ok) return built.value;
  const issues = built.issues;
  throw new CliError({
    zh: `日历文件 ${path} 有 ${issues.length} 处错误，未使用：\n${issueLines(issues, "zh")}`,
    en: `the calendar file ${path} has ${issues.length} error${issues.length === 1 ? "" : "s"} and was not used:\n${issueLines(issues, "en")}`,
  });
}
