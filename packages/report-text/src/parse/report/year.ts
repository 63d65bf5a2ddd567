// Step 5: title, agency and year — the title from the opening lines (or the page's own title);
// the year from the option, else the title, else the statistical period, else the first year
// of section 一 (said in a warning).
import { detectTitle, firstYear, type TitleInfo, yearOfPeriod } from "../detect.js";
import type { Issue } from "@disclosure/schema";
import { issue } from "../model.js";
import type { LaidOut } from "./layout.js";
import type { ParseDetected } from "./model.js";

/** The title found, the year and how it was found, and a warning if it was guessed. */
export interface Dated {
  readonly title: TitleInfo;
  readonly year?: number;
  readonly yearBy?: ParseDetected["yearBy"];
  readonly warnings: Issue[];
}

/** The year from the period statement, else (guessed) from the narrative of section 一. */
function yearInText(laid: LaidOut): Omit<Dated, "title"> {
  const { texts, layout, lines } = laid;
  const overview = layout.ranges.overview;
  const periodText = texts.slice(0, overview ? overview.end : Math.min(texts.length, 30)).join("");
  const period = yearOfPeriod(periodText);
  if (period !== undefined) return { year: period, yearBy: "period", warnings: [] };
  const y = firstYear(overview ? texts.slice(overview.start, overview.end).join("") : periodText);
  if (y === undefined) return { warnings: [] };
  const warning = issue(
    "PARSE-YEAR-GUESSED",
    "warning",
    {
      zh: `没有找到标题或统计期限，报告年度按正文中第一个年份（${y}年）认定`,
      en: `no title or statistical period was found; the report year is taken from the first year in the text (${y})`,
    },
    lines[overview?.start ?? 0]?.loc,
  );
  return { year: y, yearBy: "narrative", warnings: [warning] };
}

/** The report's title, agency and year. */
export function titleAndYear(laid: LaidOut, docTitle: string | undefined, year: number | undefined): Dated {
  const title = detectTitle(laid.openingTexts, docTitle);
  if (year !== undefined) return { title, year, yearBy: "option", warnings: [] };
  if (title.year !== undefined) return { title, year: title.year, yearBy: "title", warnings: [] };
  return { title, ...yearInText(laid) };
}
