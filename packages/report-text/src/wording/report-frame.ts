// The report's own wording around the official headings and tables: the title
// pattern, the standard opening paragraph, the sentences of section 六 built
// from facts, and the few captions the renderers print. None of these is an
// official table label (those live in @disclosure/schema's formats).
import type { FormatDef, OtherMattersFacts } from "@disclosure/schema";
import { formatCount } from "./numbers.js";

/**
 * The usual title of an annual report.
 * @example reportTitle("盐池县", 2020) //=> "盐池县2020年政府信息公开工作年度报告"
 */
export function reportTitle(agencyName: string, year: number | string): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}

/**
 * The standard opening paragraph: legal basis, the format followed, who
 * compiled the report, and the statistical period (format-2021.md §1).
 * @example standardPreamble("盐池县人民政府办公室", 2020, formats.v2019)
 * //=> "本报告根据《中华人民共和国政府信息公开条例》和《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）要求，由盐池县人民政府办公室编制。本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。"
 */
export function standardPreamble(compiler: string, year: number, format: FormatDef): string {
  return (
    `本报告根据《中华人民共和国政府信息公开条例》和《${format.title}》（${format.notice}）要求，由${compiler}编制。` +
    `本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。`
  );
}

/**
 * The date under the issuing agency at the end of the report (落款), as
 * GB/T 9704 §7.3.5 writes a 成文日期: Arabic numerals, the year in full, month
 * and day without a leading zero. Undefined for what is not a calendar date.
 * @example signatureDate("2021-01-29") //=> "2021年1月29日"
 */
export function signatureDate(iso: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}年${month}月${day}日`;
}

/** What section 六 says when there is nothing to report. */
export const NOTHING_TO_REPORT = "无。";

/** Sub-headings of section 六 (format-2021.md §2, item 6). */
const OTHER_MATTERS_HEADINGS = {
  fees: "收取信息处理费情况",
  workPoints: "落实上级年度政务公开工作要点情况",
  proposals: "人大代表建议和政协提案办理结果公开情况",
  innovation: "政务公开工作创新情况",
  other: "其他需要报告的事项",
} as const;

const ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/**
 * The 信息处理费 sentence of section 六 from its facts, or undefined when no fee fact is given.
 * @example feeSentence({ feeNotices: 0, feeCollectedYuan: 0 }) //=> "本年度未发出收费通知，未收取信息处理费。"
 * @example feeSentence({ feeNotices: 1, feeNoticedYuan: 380, feeCollectedYuan: 380 }) //=> "本年度发出收费通知1件，通知收取信息处理费380元，实际收取信息处理费380元。"
 */
export function feeSentence(facts: OtherMattersFacts): string | undefined {
  const { feeNotices, feeNoticedYuan, feeCollectedYuan } = facts;
  if (feeNotices === undefined && feeNoticedYuan === undefined && feeCollectedYuan === undefined)
    return undefined;
  if ((feeNotices ?? 0) === 0 && (feeNoticedYuan ?? 0) === 0 && (feeCollectedYuan ?? 0) === 0) {
    return "本年度未发出收费通知，未收取信息处理费。";
  }
  const parts: string[] = [];
  if (feeNotices !== undefined) parts.push(`发出收费通知${formatCount(feeNotices, { unit: "件" })}`);
  if (feeNoticedYuan !== undefined)
    parts.push(`通知收取信息处理费${formatCount(feeNoticedYuan, { unit: "元" })}`);
  if (feeCollectedYuan !== undefined) {
    parts.push(
      feeCollectedYuan === 0
        ? "实际未收取信息处理费"
        : `实际收取信息处理费${formatCount(feeCollectedYuan, { unit: "元" })}`,
    );
  }
  return `本年度${parts.join("，")}。`;
}

/**
 * Paragraphs of section 六 (其他需要报告的事项) built from the report's facts:
 * one numbered paragraph per matter given, or the fee sentence alone; an
 * empty list when no fact is given.
 * @example otherMattersParagraphs({ feeNotices: 0, feeCollectedYuan: 0 }) //=> ["本年度未发出收费通知，未收取信息处理费。"]
 */
export function otherMattersParagraphs(facts: OtherMattersFacts | undefined): string[] {
  if (!facts) return [];
  const items: [string, string][] = [];
  const fees = feeSentence(facts);
  if (fees) items.push([OTHER_MATTERS_HEADINGS.fees, fees]);
  for (const key of ["workPoints", "proposals", "innovation", "other"] as const) {
    const text = facts[key]?.trim();
    if (text) items.push([OTHER_MATTERS_HEADINGS[key], text]);
  }
  if (items.length === 1 && fees) return [fees];
  return items.map(([heading, text], i) => `（${ORDINALS[i] ?? String(i + 1)}）${heading}。${text}`);
}

/** Placeholder of a narrative section in the fill-in template (as the format's Word template writes it). */
export const TEMPLATE_TEXT = "（文字描述）";

/** Placeholder of section 六 in the fill-in template of the 2021 format (its Word template). */
export const TEMPLATE_OTHER_MATTERS_2021 = "（文字描述，收取信息处理费情况在此处报告。）";

/** Title of a fill-in template when no agency or year is given. */
export function templateTitle(agencyName?: string, year?: number): string {
  return reportTitle(agencyName ?? "（单位名称）", year ?? "（年度）");
}

/** Header of the human label columns of the CSV fill-in template (ignored when cells are read back). */
export const TEMPLATE_CSV_LABEL_HEADER = ["表格名称", "行名称", "列名称"] as const;

/** Separator joining merged labels when a table is flattened (Markdown, CSV template). */
export const LABEL_PATH_SEPARATOR = " / ";

/** Caption over cells that the format's tables have no place for. */
export function extraCellsCaption(format: FormatDef): string {
  return `以下单元格不在${format.id}年格式的表格中：`;
}

/** Caption over the problems found in raw cells (preview). */
export const CELL_ISSUES_CAPTION = "单元格问题：";
