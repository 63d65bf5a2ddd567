/**
 * The words of 公开时限 phrases (catalog.md §4.3, §4.4), as the parser matches them after
 * normalisation (繁→简, NFKC: full-width digits and brackets folded, whitespace removed).
 * Every pattern here is a fragment seen in a real catalog (or marked as proposed in §4.3).
 */
import type { START_EVENTS } from "../item.js";

type KnownStartEvent = (typeof START_EVENTS)[number];

/**
 * Start-event phrases, most specific first ("下发至本单位" before "形成(变更)"; "形成或变更"
 * before "形成").
 */
export const START_EVENT_PHRASES: readonly { event: KnownStartEvent; phrases: readonly string[] }[] = [
  { event: "receivedByUnit", phrases: ["下发至本单位"] },
  { event: "applicationReceived", phrases: ["收到申请"] },
  {
    event: "approvedByCongress",
    phrases: ["人民代表大会或其常务委员会批准", "人民代表大会批准", "人大常委会批准", "人大批准"],
  },
  { event: "approvedByFinance", phrases: ["财政部门批复", "财政批复"] },
  { event: "resultDetermined", phrases: ["结果确定"] },
  { event: "decisionMade", phrases: ["作出行政决定", "作出处罚决定", "决定作出", "作出决定"] },
  {
    event: "formedOrChanged",
    phrases: [
      "形成或者变更",
      "形成或变更",
      "形成(变更)",
      "制作或者获取",
      "制作或获取",
      "制定或者获取",
      "制定或获取",
    ],
  },
  { event: "formed", phrases: ["形成"] },
];

/** Unit words after a number: 个工作日 / 工作日 → working days; 日 / 天 → calendar days; 小时; 个月. */
export const DURATION_UNITS: readonly {
  words: readonly string[];
  unit: "workingDay" | "calendarDay" | "hour" | "month";
}[] = [
  { words: ["个工作日", "工作日"], unit: "workingDay" },
  { words: ["个小时", "小时"], unit: "hour" },
  { words: ["个月"], unit: "month" },
  { words: ["日", "天"], unit: "calendarDay" },
];

/** Chinese numerals accepted in durations (二十个工作日, 七日). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Keyword rules (no number): 实时, 及时, 长期, 常态化, 按有关规定 / 统一部署. */
export const REALTIME_WORDS: readonly string[] = ["实时"];
export const PROMPT_WORDS: readonly string[] = ["及时"];
export const ONGOING_WORDS: readonly string[] = ["长期", "常态化"];
export const DYNAMIC_WORDS: readonly string[] = ["动态调整", "动态更新"];
export const PER_REGULATION_WORDS: readonly string[] = ["有关规定", "相关规定", "统一部署"];
export const SAME_AS_ABOVE_WORDS: readonly string[] = ["同上"];

/** Periodic words (按年公开 seen; 每季度, 每月 / 按月, 每半年 proposed ○). Longest first. */
export const PERIODIC_WORDS: readonly {
  words: readonly string[];
  every: "month" | "quarter" | "halfYear" | "year";
}[] = [
  { words: ["每半年", "按半年"], every: "halfYear" },
  { words: ["每季度", "按季度", "按季"], every: "quarter" },
  { words: ["每月", "按月"], every: "month" },
  { words: ["按年度", "按年", "每年度", "每年"], every: "year" },
];

/**
 * Period nouns after 每 / 各 / 每个 in a due-date wording (各季度结束后15日内, 每月结束后5个工作日内,
 * 每半年结束后…). Longest first, so 半年 is not read as 年.
 */
export const PERIOD_NOUNS: readonly {
  words: readonly string[];
  every: "month" | "quarter" | "halfYear" | "year";
}[] = [
  { words: ["半年"], every: "halfYear" },
  { words: ["季度", "季"], every: "quarter" },
  { words: ["个月", "月"], every: "month" },
  { words: ["年度", "年"], every: "year" },
];

/** "Each" before a period noun: 每季度, 各季度, 每个月. */
export const EACH_WORDS: readonly string[] = ["每个", "每", "各"];

/** The end of a period: 结束 / 终了 / 末 (季度结束后, 年度终了后, 月末后). */
export const PERIOD_END_WORDS: readonly string[] = ["结束", "终了", "末"];

/** Words saying a monthly publication covers the month it is made in (每月10日前公开当月…). */
export const CURRENT_MONTH_WORDS: readonly string[] = ["当月", "本月"];

/** Words saying a monthly publication covers the month before (每月10日前公开上月…). */
export const PREVIOUS_MONTH_WORDS: readonly string[] = ["上个月", "上一个月", "上一月", "上月"];

/** The two halves of a year (上半年、下半年各公开一次) and "the next year" (次年1月31日前). */
export const FIRST_HALF_WORD = "上半年";
export const SECOND_HALF_WORD = "下半年";
export const NEXT_YEAR_WORDS: readonly string[] = ["次年", "翌年", "下一年", "下年"];

/** Ordinals of quarters (每年第一季度, 一季度). */
export const QUARTER_ORDINALS: Readonly<Record<string, 1 | 2 | 3 | 4>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

/**
 * Words that make the one number of a periodic or yearly wording inexact: alternatives (或),
 * caps (不超过, 最迟), approximations (左右, 前后, 约) and open bounds (以上, 以后). Ranges
 * (5至10, 10~20) hold two numbers and are refused as such.
 */
export const INEXACT_WORDS: readonly string[] = [
  "或",
  "左右",
  "前后",
  "上下",
  "约",
  "超过",
  "最迟",
  "最晚",
  "最长",
  "最多",
  "最少",
  "以上",
  "以下",
  "以后",
  "之后",
  "延长",
];

/** Words linking a start event to the number (信息形成之日起20个工作日内, 决定作出后7个工作日内). */
export const START_LINK_WORDS: readonly string[] = ["之日起", "之日", "之后", "以后", "后", "起"];

/**
 * What may follow the duration of a `within` rule: 内 and a publishing verb (20个工作日内,
 * 20个工作日内予以公开, 7个工作日内公示, 20工作日). Anything else (或15日内, 以上, 公开2次) is not read.
 */
export const WITHIN_TAIL_PATTERN =
  /^(?:内|以内|之内)?(?:(?:予以|及时|依法|主动)?(?:公开|公示|公布|发布|更新))?$/u;

/**
 * Dates in a publication's title (2024-03-15, 2024.3.15, 2024年3月15日, 3月15日): a day, not the
 * period the publication covers; taken out before the title is read for a period.
 */
export const TITLE_DATE_PATTERNS: readonly RegExp[] = [
  /\d{4}[-./]\d{1,2}[-./]\d{1,2}/gu,
  /(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]/gu,
];

/** Words meaning the publication covers the previous year (每年1月31日前公开上一年度…). */
export const PREVIOUS_YEAR_WORDS: readonly string[] = ["上一年度", "上一年", "上年度", "上年"];

/** "法律、法规对政府信息公开的期限另有规定的，从其规定" (条例第二十六条), normalised. */
export const LAW_OVERRIDES_PATTERN = /法律、?法规对政府信息公开的期限另有规定的,?从其规定/;

/** Display periods (公示7个工作日, 公告期限为5个工作日, 公示期不少于7日): never the deadline. */
export const DISPLAY_PERIOD_PATTERN =
  /(?:公示|公告)(?:期限|期)?(?:为|不少于|不得少于)?(\d+)(个工作日|工作日|日|天)/;

/** Consultation periods (征求意见期限不得少于30日). */
export const CONSULTATION_PERIOD_PATTERN =
  /征求意见(?:期限|期)?(?:为|不少于|不得少于)?(\d+)(个工作日|工作日|日|天)/;

/** Prefixes that only introduce a part of a composite rule. */
export const PART_INTRODUCERS: readonly string[] = ["其中"];

/** Subjects that name no particular scope ("信息形成之日起…" is the default part). */
export const GENERIC_SUBJECTS: readonly string[] = [
  "",
  "信息",
  "该信息",
  "政府信息",
  "该政府信息",
  "公开事项信息",
  "相关信息",
];

/**
 * 条例第二十六条: "应当自该政府信息形成或者变更之日起20个工作日内及时公开" — the deadline a
 * 及时公开 (prompt) item is checked against, and the longest a `formedOrChanged` rule may allow
 * without a law saying otherwise.
 */
export const DEFAULT_WORKING_DAYS = 20;
