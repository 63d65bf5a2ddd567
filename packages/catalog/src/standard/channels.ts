/**
 * The 公开渠道和载体 checklist as the national guidelines print it (catalog.md §3.3): the 13
 * boxes, the variants counties print, and the marks. Legend printed by the catalogs:
 * "“■”表示必选项，“□”表示可选项" — ■ = a required channel, □ = an optional one.
 */

/** Stable codes of the checklist channels. */
export const CHANNEL_CODES = [
  "website",
  "gazette",
  "weiboWechatApp",
  "pressHearing",
  "broadcastTv",
  "print",
  "readingPoint",
  "serviceCenter",
  "convenienceStation",
  "doorToDoor",
  "noticeBoard",
  "targetedPush",
  "hotline12345",
  "other",
] as const;

/** Stable code of a standard channel. */
export type ChannelCode = (typeof CHANNEL_CODES)[number];

/** One standard channel: the label of the national checklist and the variants seen. */
export type ChannelDefinition = { code: ChannelCode; label: string; variants: string[] };

/**
 * The checklist in the order the guidelines print it ("■政府网站 □政府公报 □两微一端 …
 * □精准推送 □其他"), plus 12345政务服务热线 that 巩留县 adds.
 *
 * @example
 * CHANNELS.map((c) => c.label).slice(0, 3); //=> ["政府网站", "政府公报", "两微一端"]
 */
export const CHANNELS: readonly ChannelDefinition[] = [
  { code: "website", label: "政府网站", variants: ["县政府门户网站", "政府门户网站"] },
  { code: "gazette", label: "政府公报", variants: [] },
  { code: "weiboWechatApp", label: "两微一端", variants: ["一微一端"] },
  { code: "pressHearing", label: "发布会/听证会", variants: ["发布会听证会", "发布会"] },
  { code: "broadcastTv", label: "广播电视", variants: [] },
  { code: "print", label: "纸质媒体", variants: ["纸质载体"] },
  { code: "readingPoint", label: "公开查阅点", variants: [] },
  { code: "serviceCenter", label: "政务服务中心", variants: ["行政服务中心", "政府服务中心"] },
  { code: "convenienceStation", label: "便民服务站", variants: [] },
  { code: "doorToDoor", label: "入户/现场", variants: [] },
  {
    code: "noticeBoard",
    label: "社区/企事业单位/村公示栏(电子屏)",
    variants: ["单位/村委会公示栏(电子屏)", "镇村公示公开栏", "线下公示栏", "公示栏"],
  },
  { code: "targetedPush", label: "精准推送", variants: [] },
  { code: "hotline12345", label: "12345政务服务热线", variants: [] },
  { code: "other", label: "其他", variants: [] },
];

/** The 13 boxes every standard checklist prints (without 12345政务服务热线). */
export const STANDARD_CHECKLIST: readonly ChannelCode[] = CHANNEL_CODES.filter((c) => c !== "hotline12345");

/** Marks that make a channel required (■, and glyphs seen in its place: ◆ ● and a lost-glyph `t`). */
export const REQUIRED_MARKS: readonly string[] = ["■", "◆", "●", "t"];

/** Marks of an optional channel (□, and 口 / ☐ seen in its place). */
export const OPTIONAL_MARKS: readonly string[] = ["□", "口", "☐"];

/**
 * Sub-column labels that are one half of a checklist box, when 公开渠道和载体 is split into a
 * column per channel (入户 and 现场 for 入户/现场, 发布会 and 听证会 for 发布会/听证会): read as
 * that box, chosen when either half is.
 */
export const CHANNEL_HALVES: readonly { label: string; code: ChannelCode }[] = [
  { label: "入户", code: "doorToDoor" },
  { label: "现场", code: "doorToDoor" },
  { label: "发布会", code: "pressHearing" },
  { label: "听证会", code: "pressHearing" },
];

/**
 * Cell marks in a channel's own column (公开渠道和载体 split into sub-columns): a chosen
 * channel (■ ● ◆ √ ✓ ✔ ☑ 是 Y), an optional one (□ 口 ☐, as in the one-cell checklist), or
 * none (empty, × ✗ 否 无 / - —). Any other text is not read as a mark.
 */
export const CHANNEL_COLUMN_MARKS = {
  chosen: ["■", "◆", "●", "√", "✓", "✔", "☑", "是", "Y", "y"],
  optional: ["□", "口", "☐"],
  none: ["×", "✗", "否", "无", "/", "-", "—"],
} as const;

/** The mark the writer prints for a required / an optional channel. */
export const REQUIRED_MARK = "■";
export const OPTIONAL_MARK = "□";

/** The legend as catalogs print it (阿巴嘎旗, 梅列区). */
export const CHANNEL_LEGEND = "（“■”表示必选项，“□”表示可选项）";

/** Free-text platforms named in 重大建设项目 / 公共资源交易 catalogs (kept as `{ other }`). */
export const KNOWN_OTHER_CHANNELS: readonly string[] = [
  "投资项目在线审批监管平台",
  "公共资源交易平台",
  "招标投标公共服务平台",
  "信用中国网站",
  "管理部门网站",
  "征地信息公开平台",
];
