// DEADLINE (spec/rules.md §F): the annual report is published by its statutory date —
// 条例第四十九条: departments of 县级以上 governments by 31 January, 县级以上地方人民政府 by
// 31 March; townships by a configurable date (default 31 January). Reply deadlines of
// applications (APP-*) are ../deadline.ts.
import { AGENCY_LEVEL_NAMES, type AgencyLevel } from "@disclosure/schema";
import type { Finding } from "../finding.js";
import type { CheckContext } from "./context.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

function validDate(d: string): boolean {
  const m = DATE.exec(d);
  if (!m) return false;
  const t = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    t.getUTCFullYear() === Number(m[1]) &&
    t.getUTCMonth() === Number(m[2]) - 1 &&
    t.getUTCDate() === Number(m[3])
  );
}

function daysBetween(from: string, to: string): number {
  const ms = (d: string) => {
    const [y = Number.NaN, m = Number.NaN, day = Number.NaN] = d.split("-").map(Number);
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/**
 * The last day on which the report on `year` is in time, by the agency's level.
 *
 * @example
 * publicationDeadline(2020, "county") //=> "2021-03-31" (盐池县人民政府's report on 2020)
 * publicationDeadline(2020, "department") //=> "2021-01-31"
 * publicationDeadline(2020, "township", "02-28") //=> "2021-02-28"
 */
export function publicationDeadline(year: number, level: AgencyLevel, townshipDeadline = "01-31"): string {
  const next = year + 1;
  if (level === "department") return `${next}-01-31`;
  if (level === "township" || level === "subdistrict") {
    const md =
      MONTH_DAY.test(townshipDeadline) && validDate(`${next}-${townshipDeadline}`)
        ? townshipDeadline
        : "01-31";
    return `${next}-${md}`;
  }
  return `${next}-03-31`;
}

/** Findings of the DEADLINE rule (none without a publication date). */
export function checkDeadline(ctx: CheckContext): Finding[] {
  if (!ctx.on("DEADLINE")) return [];
  const d = ctx.opts.publishedDate ?? ctx.report.publishedDate;
  if (d === undefined || !Number.isFinite(ctx.year)) return [];
  if (typeof d !== "string" || !validDate(d)) {
    return [
      ctx.finding("DEADLINE", [], {
        zh: `发布日期“${String(d)}”不是有效的日期（应为 YYYY-MM-DD），无法检查是否按期发布`,
        en: `the publication date “${String(d)}” is not a valid YYYY-MM-DD date; timeliness not checked`,
      }),
    ];
  }
  const level = ctx.agency.level;
  const due = publicationDeadline(ctx.year, level, ctx.opts.townshipDeadline);
  if (d <= due) return [];
  const late = daysBetween(due, d);
  const kind = AGENCY_LEVEL_NAMES[level] ?? level;
  const basis =
    level === "township" || level === "subdistrict" ? "按乡镇（街道）报告的发布期限" : "条例第四十九条";
  const basisEn =
    level === "township" || level === "subdistrict" ? "the township deadline" : "条例第四十九条";
  return [
    ctx.finding(
      "DEADLINE",
      [],
      {
        zh: `${ctx.agency.name}（${kind}）的${ctx.year}年度报告应于${due}前发布（${basis}），实际发布于${d}，晚${late}天`,
        en: `${ctx.agency.name} (${level}): the report on ${ctx.year} was due by ${due} (${basisEn}) but was published on ${d}, ${late} days late`,
      },
      { expected: `<= ${due}`, actual: d },
    ),
  ];
}
