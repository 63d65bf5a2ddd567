/**
 * 简/繁: Simplified ↔ Traditional conversion of report text that keeps the
 * terms of mainland government documents, and the repair of texts that a
 * converter with Taiwan phrasing has already damaged.
 *
 * Conversion goes through opencc-js, loaded lazily (its dictionaries are
 * about 1 MB for 简→繁 and 110 KB for 繁→简):
 *
 * - 简→繁 uses OpenCC `s2tw` (`{ from: "cn", to: "tw" }`): characters only,
 *   in the standard Traditional forms (為, 峰, 說, 群眾, 裡, 著), with no
 *   phrase substitution — 规范性文件 → 規範性文件, 门户网站 → 門戶網站,
 *   信息 → 信息, 网络 → 網絡, 程序 → 程序, 设置 → 設置, 打印机 → 打印機.
 *   Not `s2twp`, which rewrites mainland terms into Taiwan usage
 *   (規範性檔案, 入口網站, 資訊, 程式, 設定, 印表機); not `s2t`, whose
 *   OpenCC-standard forms (爲, 峯, 羣衆, 着) are not the forms printed in
 *   Traditional-character publications today; not `s2hk`, whose Hong Kong
 *   variants (説, 衞, 台 for 臺) are regional. 台/臺 follow the
 *   dictionary: 平臺, 出臺, 臺灣 (the standard Traditional form), while
 *   place names such as 台州 keep 台.
 * - 繁→简 accepts Taiwan, Hong Kong and OpenCC-standard variants alike: the
 *   Hong Kong and Taiwan variant characters are first mapped to the OpenCC
 *   standard (so 説, 衞, 著力 convert correctly), then `tw2s` without phrase
 *   substitution.
 */

import { scriptCounts } from "@disclosure/schema/internal";

type Convert = (text: string) => string;

let toTraditionalConverter: Promise<Convert> | undefined;
let toSimplifiedConverter: Promise<Convert> | undefined;

function loadToTraditional(): Promise<Convert> {
  toTraditionalConverter ??= import("opencc-js/cn2t").then((opencc) =>
    opencc.Converter({ from: "cn", to: "tw" }),
  );
  return toTraditionalConverter;
}

function loadToSimplified(): Promise<Convert> {
  toSimplifiedConverter ??= import("opencc-js/t2cn").then((opencc) => {
    const hongKongVariants = opencc.ConverterFactory(...(opencc.Locale.from.hk ?? []));
    const taiwanToSimplified = opencc.Converter({ from: "tw", to: "cn" });
    return (text: string) => taiwanToSimplified(hongKongVariants(text));
  });
  return toSimplifiedConverter;
}

/**
 * Converts Simplified Chinese report text to Traditional characters, keeping
 * mainland government terms (OpenCC `s2tw`: characters only, no Taiwan
 * phrases). The opencc-js dictionaries are loaded on the first call.
 *
 * @param text Simplified Chinese
 * @returns the same text in Traditional characters
 *
 * @example
 * // 盐池县 2020 年度报告
 * await toTraditional("在政府门户网站设立“规范性文件”专栏")
 * //=> "在政府門戶網站設立“規範性文件”專欄"
 * await toTraditional("优化营商环境") //=> "優化營商環境"
 */
export async function toTraditional(text: string): Promise<string> {
  const convert = await loadToTraditional();
  return convert(text);
}

/**
 * Converts Traditional Chinese report text (Taiwan, Hong Kong or OpenCC
 * standard character forms) to Simplified characters, without phrase
 * substitution. Terms a Taiwan-phrased converter introduced (入口網站,
 * 規範性檔案) are not repaired here: run {@link normalizeOfficialTerms}
 * first. The opencc-js dictionaries are loaded on the first call.
 *
 * @param text Traditional Chinese
 * @returns the same text in Simplified characters
 *
 * @example
 * // 盐池县 2020 年度报告 (繁体)
 * await toSimplified("鹽池縣2020年政府信息公開工作年度報告")
 * //=> "盐池县2020年政府信息公开工作年度报告"
 * await toSimplified(normalizeOfficialTerms("在政府入口網站設立“規範性檔案”專欄"))
 * //=> "在政府门户网站设立“规范性文件”专栏"
 */
export async function toSimplified(text: string): Promise<string> {
  const convert = await loadToSimplified();
  return convert(text);
}

/**
 * When a repair applies: `always` — the wrong form never stands for
 * anything else in a mainland government text; `phrased` — the wrong form
 * is also a mainland word (民众, 网路, 程式, 设定, 资讯 …), so it is
 * repaired only in a text that shows Taiwan phrasing (an `always` repair
 * matched) or when the caller asks for it.
 */
type RepairScope = "always" | "phrased";

interface TermRepair {
  readonly scope: RepairScope;
  /** [pattern, replacement] in Traditional characters. */
  readonly hant: readonly [RegExp, string];
  /** [pattern, replacement] in Simplified characters. */
  readonly hans: readonly [RegExp, string];
}

function repair(
  scope: RepairScope,
  hant: readonly [RegExp, string],
  hans: readonly [RegExp, string],
): TermRepair {
  return { scope, hant, hans };
}

/**
 * Taiwan phrasings → mainland terms, longest and most specific first.
 * Derived by reading the 盐池县 2020 report (a mainland report machine-
 * converted to Traditional with Taiwan phrasing; testdata/seed) against what a
 * mainland county report says, and by the phrase table of OpenCC `s2twp`.
 *
 * Deliberately absent:
 * - 彙編: the standard Traditional form of 汇编 (s2tw writes 規範性文件彙編
 *   too); both scripts agree after conversion.
 * - 資料 (数据 in s2twp), 影片 (视频), 品質 (质量), 專案 (项目), 簡訊 (短信):
 *   资料, 影片, 品质, 专案, 简讯 are ordinary mainland words with other
 *   meanings (工作简讯, 专案组), and none occurs in the seed.
 * - 檔案 on its own: 档案 (archives) is a mainland word (档案馆, 人事档案,
 *   档案管理); only compounds in which it can only stand for 文件 are
 *   repaired.
 */
const TERM_REPAIRS: readonly TermRepair[] = [
  // 互联网 → 網際網路 (s2twp; seed: 加強網際網路政府信息公開平台建設). Before 網路.
  repair("always", [/網際網路/g, "互聯網"], [/网际网路/g, "互联网"]),
  // 门户网站 → 入口網站 (s2twp; seed: 政府入口網站, six times).
  repair("always", [/入口網站/g, "門戶網站"], [/入口网站/g, "门户网站"]),
  // 优化 → 最佳化 (s2twp; seed: 最佳化營商環境, 網站最佳化). 最优化 is not affected.
  repair("always", [/最佳化/g, "優化"], [/最佳化/g, "优化"]),
  // 打印文件 → 列印檔案, 打印机 → 印表機 (s2twp; seed: 網路、印表機和公開檔案存放專櫃).
  repair("always", [/列印檔案/g, "打印文件"], [/列印档案/g, "打印文件"]),
  repair("always", [/印表機/g, "打印機"], [/印表机/g, "打印机"]),
  // 人民群众 → 人民民眾 (seed, seven times: 人民民眾的新期待新需求).
  repair("always", [/人民民眾/g, "人民群眾"], [/人民民众/g, "人民群众"]),
  // 文件 → 檔案 (s2twp) in compounds where only 文件 makes sense
  // (seed: “規範性檔案”專欄, 規範性檔案彙編, 政策性檔案 27 個, 公開政策檔案 260 件,
  // 深化行政檔案信息公開, 公開檔案存放專櫃). 行政档案 is kept before 館/室/局 (an archives unit).
  repair("always", [/規範性檔案/g, "規範性文件"], [/规范性档案/g, "规范性文件"]),
  repair("always", [/政策性檔案/g, "政策性文件"], [/政策性档案/g, "政策性文件"]),
  repair("always", [/政策檔案/g, "政策文件"], [/政策档案/g, "政策文件"]),
  repair("always", [/行政檔案(?![館室局])/g, "行政文件"], [/行政档案(?![馆室局])/g, "行政文件"]),
  repair("always", [/公開檔案存放/g, "公開文件存放"], [/公开档案存放/g, "公开文件存放"]),
  repair("always", [/紅頭檔案/g, "紅頭文件"], [/红头档案/g, "红头文件"]),
  repair("always", [/(配套|指導性|綱領性)檔案/g, "$1文件"], [/(配套|指导性|纲领性)档案/g, "$1文件"]),
  // 印发/制发/下发/转发 documents, never archives.
  repair("always", [/(印發|制發|下發|轉發)檔案/g, "$1文件"], [/(印发|制发|下发|转发)档案/g, "$1文件"]),
  // 贯彻…文件精神.
  repair("always", [/檔案精神/g, "文件精神"], [/档案精神/g, "文件精神"]),
  // 计划 → 計畫 (Taiwan usage; seed: 精準制定培訓計畫). 計劃 is the standard Traditional form.
  repair("always", [/計畫/g, "計劃"], [/计画/g, "计划"]),
  // 响应 → 回響 (seed: 回響迅速的微信矩陣體系). 回响 (echo; 引起强烈回响) is a mainland
  // word, so only where it means responding quickly.
  repair(
    "always",
    [/回響(?=迅速|及時|機制|速度)|(?<=快速|及時|積極|迅速)回響/g, "響應"],
    [/回响(?=迅速|及时|机制|速度)|(?<=快速|及时|积极|迅速)回响/g, "响应"],
  ),
  // 机构设置 → 機構設定 (seed: 機構職能、機構設定等信息). Mainland writes 机构设置.
  repair("always", [/(機構|崗位|欄目)設定/g, "$1設置"], [/(机构|岗位|栏目)设定/g, "$1设置"]),

  // —— phrased: applied only to a text that shows Taiwan phrasing ——
  // 群众 → 民眾 (seed: 邀請民眾代表, 民眾來信來訪, 企業、民眾之間, 向…民眾免費發放).
  // 民众 is also a mainland word, hence phrased; 居民眾多 / 眾志成城 are other words.
  repair("phrased", [/民眾(?![多志])/g, "群眾"], [/民众(?![多志])/g, "群众"]),
  // 网络 → 網路 (s2twp; seed: 網路安全應急預案, 網路輿情, 網路意識形態). Not where 網 ends a
  // word and 路 starts the next (公路網路線, 網路況).
  repair("phrased", [/網路(?![線徑段口面況燈邊標])/g, "網絡"], [/网路(?![线径段口面况灯边标])/g, "网络"]),
  // 程序 → 程式 (s2twp; seed: 重大行政決策程式, 審簽、印發等程式, 規範公開程式).
  // 方程式 and 程式化 (formulaic) are mainland words.
  repair("phrased", [/(?<!方)程式(?!化)/g, "程序"], [/(?<!方)程式(?!化)/g, "程序"]),
  // 窗口 → 視窗 (s2twp; seed: 政務大廳各接待視窗). Before 設定, whose context names 窗口.
  repair("phrased", [/視窗/g, "窗口"], [/视窗/g, "窗口"]),
  // 设置 → 設定 (s2twp; seed: 在…公共場所設定政府信息查閱點 8 個). 设定 (设定目标, 设定期限) is a
  // mainland word: only where something is set up (a 查阅点, 专栏, 窗口 …) later in the clause.
  repair(
    "phrased",
    [
      /設定(?=[^，。；、,;！？\n]{0,12}?(?:查閱點|服務點|查詢點|專欄|欄目|專區|窗口|崗位|機構|站點))/g,
      "設置",
    ],
    [
      /设定(?=[^，。；、,;！？\n]{0,12}?(?:查阅点|服务点|查询点|专栏|栏目|专区|窗口|岗位|机构|站点))/g,
      "设置",
    ],
  ),
  // 权限 → 許可權 (s2twp; seed: 公開職責和許可權). 行政许可权 / 审批许可权 (licensing power)
  // and 许可权限 are mainland words.
  repair("phrased", [/(?<![政批])許可權(?!限)/g, "權限"], [/(?<![政批])许可权(?!限)/g, "权限"]),
  // 信息 → 資訊 (s2twp). 资讯 is also a mainland word (资讯频道), hence phrased.
  repair("phrased", [/資訊/g, "信息"], [/资讯/g, "信息"]),
  // 软件/硬件 → 軟體/硬體 (s2twp). 软体动物 (molluscs) is a mainland word.
  repair("phrased", [/軟體(?!動物)/g, "軟件"], [/软体(?!动物)/g, "软件"]),
  repair("phrased", [/硬體/g, "硬件"], [/硬体/g, "硬件"]),
  // 数字化/数字政府 → 數位化/數位政府 (Taiwan usage). 数位 (a digit's place) is a mainland word.
  repair("phrased", [/數位(?=化|政府|轉型|經濟)/g, "數字"], [/数位(?=化|政府|转型|经济)/g, "数字"]),
  // 移动互联网/移动端 → 行動… (Taiwan usage). 行动 (action) is a mainland word.
  repair(
    "phrased",
    [/行動(?=互聯網|網絡|網路|終端|端|應用|裝置|設備|支付|政務)/g, "移動"],
    [/行动(?=互联网|网络|网路|终端|端|应用|装置|设备|支付|政务)/g, "移动"],
  ),
  // 打印 → 列印 (s2twp). 列 + 印刷品 / 印章 is another reading.
  repair("phrased", [/列印(?![刷章象記])/g, "打印"], [/列印(?![刷章象记])/g, "打印"]),
  // 界面 → 介面, 链接 → 連結, 屏幕 → 螢幕 (s2twp).
  repair("phrased", [/介面/g, "界面"], [/介面/g, "界面"]),
  repair("phrased", [/連結/g, "鏈接"], [/连结/g, "链接"]),
  repair("phrased", [/螢幕/g, "屏幕"], [/萤幕/g, "屏幕"]),
];

/**
 * Characters after a number that make it a quantity, a date, a rank or a
 * table cell, not a page number: measure words and units (件, 条, 个, 次, 名,
 * 期, 万, 余, 年, 月, 日, %, 大 as in 6大领域 …) and 第 (the next table
 * label: 收费350第二十条, Pingtan 2019).
 */
const QUANTITY_AFTER = new Set(
  "件條条個个次名期萬万億亿餘余多年月日號号天週周時时分秒歲岁%％項项人位家戶户所處处篇份冊册批起場场部本套臺台例宗筆笔類类張张屆届封頁页元角倍成級级層层樓楼棟栋座輛辆架艘間间畝亩米里千百十克噸吨度點点以至到比和或與与及種种輪轮支隻只塊块把道門门版章節节款季大星強强組组隊队村鎮镇鄉乡縣县區区市省國国班科室第",
);

/**
 * Characters before a number that introduce a quantity or a phone number:
 * 第 (rank), 约/近/共/达/为 …, 打/拨 (拨打110), 双 (双11).
 */
const QUANTITY_BEFORE = new Set(
  "第約约近共計计達达逾超合為为是有佔占增減减降升漲涨至到及和與与前後后每各僅仅只再另打撥拨雙双號号餘余等了於于在自從从",
);

/** Words that start a table label: a number before them is a table cell run into the text. */
const TABLE_LABEL_AFTER =
  /^(?:行政|規章|规章|規範性|规范性|本年|自然人|商業|商业|科研|社會公益|社会公益|法律服務|法律服务|其他|總計|总计|合計|合计)/;

/**
 * Removes page numbers that PDF-to-text conversion left inside words: a run
 * of 1–3 digits (not starting with 0) directly between two CJK characters,
 * where a number makes no sense — not before a measure word or unit (件, 条,
 * 个, 次, 名, 期, 万, 余, 年, 月, 日, % …), not after 第 or a word that
 * introduces a quantity (约, 共, 达, 为, 拨打 …), not before a table label.
 * Numbers set off by spaces ("信息7 期") are left alone.
 *
 * @example
 * // 盐池县 2020 年度报告 (繁体), as converted from PDF
 * stripEmbeddedPageNumbers("著力推進決策、執行、結果、管理、服2務“五公開”")
 * //=> "著力推進決策、執行、結果、管理、服務“五公開”"
 * stripEmbeddedPageNumbers("與黨中央、國務院、區市的部署要求11相比") //=> "與黨中央、國務院、區市的部署要求相比"
 * stripEmbeddedPageNumbers("開展政務公開專項督查檢查28次") //=> unchanged
 */
export function stripEmbeddedPageNumbers(text: string): string {
  return text.replace(/(?<=\p{Script=Han})[1-9]\d{0,2}(?=\p{Script=Han})/gu, (digits, offset: number) => {
    const before = text.charAt(offset - 1);
    const rest = text.slice(offset + digits.length);
    if (QUANTITY_BEFORE.has(before) || QUANTITY_AFTER.has(rest.charAt(0)) || TABLE_LABEL_AFTER.test(rest))
      return digits;
    return "";
  });
}

/** Whether a text is written mostly in Simplified characters (by its frequent characters). */
function isMostlySimplified(text: string): boolean {
  const { hans, hant } = scriptCounts(text);
  return hans > hant;
}

/** Options of {@link normalizeOfficialTerms}. */
export interface NormalizeOfficialTermsOptions {
  /**
   * Also apply the repairs of words that are mainland words too (民眾 →
   * 群眾, 網路 → 網絡, 程式 → 程序, 設定 → 設置, 資訊 → 信息 …). Default:
   * only when the text shows Taiwan phrasing, i.e. one of the unambiguous
   * repairs (入口網站, 規範性檔案, 最佳化, 網際網路 …) matched.
   */
  readonly phrased?: boolean;
  /** Remove page numbers embedded inside words ({@link stripEmbeddedPageNumbers}). Default true. */
  readonly pageNumbers?: boolean;
}

/**
 * Repairs a report text that a converter with Taiwan phrasing (such as
 * OpenCC `s2twp`) turned away from mainland government terms — 規範性檔案 →
 * 規範性文件, 入口網站 → 門戶網站, 最佳化 → 優化, 網際網路 → 互聯網, 人民民眾 →
 * 人民群眾, and in such a text also 民眾 → 群眾, 網路 → 網絡, 程式 → 程序,
 * 設定 → 設置, 視窗 → 窗口, 許可權 → 權限, 資訊 → 信息 — in either script,
 * and removes page numbers that PDF conversion left inside words (服2務 →
 * 服務). A mainland text, Simplified or Traditional, comes back unchanged.
 * Meant for narrative paragraphs; table cells are read with
 * `readCellNumber` of @disclosure/schema.
 *
 * @param text report text, Simplified or Traditional
 * @param opts which repairs to apply
 * @returns the text with mainland terms, in the same script
 *
 * @example
 * // 盐池县 2020 年度报告 (繁体, Taiwan-phrased conversion)
 * normalizeOfficialTerms("在政府入口網站設立“規範性檔案”專欄")
 * //=> "在政府門戶網站設立“規範性文件”專欄"
 * normalizeOfficialTerms("邀請民眾代表參加縣政府常務會,深入貫徹落實國務院重大行政決策程式的要求")
 * //=> unchanged: nothing shows Taiwan phrasing (民眾 and 程式 are words in mainland texts too)
 * normalizeOfficialTerms("最佳化營商環境,邀請民眾代表參加") //=> "優化營商環境,邀請群眾代表參加"
 */
export function normalizeOfficialTerms(text: string, opts: NormalizeOfficialTermsOptions = {}): string {
  // Some wrong forms are the same in both scripts (最佳化, 程式): the text's own script goes first.
  const scripts = isMostlySimplified(text) ? (["hans", "hant"] as const) : (["hant", "hans"] as const);
  let out = text;
  let phrasedText = false;
  // Each entry's two forms in a literal list, not a map (an optimised map gives a holey list).
  for (const entry of TERM_REPAIRS) {
    if (entry.scope !== "always") continue;
    for (const [pattern, replacement] of [entry[scripts[0]], entry[scripts[1]]]) {
      const next = out.replace(pattern, replacement);
      if (next !== out) phrasedText = true;
      out = next;
    }
  }
  if (opts.phrased ?? phrasedText) {
    for (const entry of TERM_REPAIRS) {
      if (entry.scope !== "phrased") continue;
      for (const [pattern, replacement] of [entry[scripts[0]], entry[scripts[1]]]) {
        out = out.replace(pattern, replacement);
      }
    }
  }
  return opts.pageNumbers === false ? out : stripEmbeddedPageNumbers(out);
}
