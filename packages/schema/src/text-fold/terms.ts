// Mainland terms that a converter with Taiwan phrasing (OpenCC s2twp) replaced, in whichever
// script the text is in after character folding. The full repair of narrative paragraphs, with
// the terms that are mainland words too (民眾, 程式, 資訊 alone), is @disclosure/report-text's
// normalizeOfficialTerms; these are the ones a matcher needs in every text.

const MAINLAND_TERMS: readonly (readonly [RegExp, string])[] = [
  [/[规規][范範]性[档檔]案/g, "规范性文件"],
  [/政府[资資][讯訊]/g, "政府信息"],
  // 覆 is a Simplified character of its own (覆盖): only these words write it for 复.
  [/([反答回])覆/g, "$1复"],
];

/**
 * Puts back the mainland terms a Taiwan-phrased conversion replaced: 規範性檔案 → 规范性文件,
 * 政府資訊 → 政府信息 (Traditional, Simplified or mixed characters alike), and 反覆, 答覆,
 * 回覆 as 反复, 答复, 回复.
 *
 * @example
 * foldMainlandTerms("在政府入口网站设立“規範性檔案”专栏") //=> "在政府入口网站设立“规范性文件”专栏"
 */
export function foldMainlandTerms(text: string): string {
  let out = text;
  for (const [pattern, term] of MAINLAND_TERMS) out = out.replace(pattern, term);
  return out;
}
