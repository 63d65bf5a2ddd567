// Narrative text prepared for the TXT-* rules: the few Traditional characters our phrases
// use folded to Simplified (a report may be published in 繁体, and @disclosure/stats does
// not load a full converter), full-width digits made ASCII, line breaks of PDF extraction
// removed, and the text cut into sentences.

// Traditional → Simplified for the characters of the phrases matched by the TXT-* rules
// (and common neighbours), as pairs "繁简".
const PAIRS =
  "請请開开動动辦办處处復复複复議议訴诉訟讼結结轉转規规範范發发廢废現现許许罰罚決决項项條条個个數数為为達达計计" +
  "餘余約约過过將将萬万兩两無无沒没監监評评責责費费設设點点協协務务據据機机關关與与總总體体況况臺台資资訊讯" +
  "報报時时間间對对應应實实當当來来們们縣县鎮镇區区這这從从後后於于並并還还經经繼继續续問问題题進进審审級级" +
  "統统單单會会組组織织業业歸归產产態态讀读傳传認认聯联採采購购額额億亿屬属稱称較较類类劃划製制覆复號号網网" +
  "證证參参節节門门內内説说說说";

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  const from = PAIRS[i];
  const to = PAIRS[i + 1];
  if (from !== undefined && to !== undefined) FOLD.set(from, to);
}
/** Any character FOLD changes (all in the BMP), to fold a text in one pass. */
const FOLDED = new RegExp(`[${[...FOLD.keys()].join("")}]`, "g");

/** Mainland terms a Taiwan-style conversion replaced (規範性文件 → 規範性檔案, 信息 → 資訊). */
const TERMS: readonly [RegExp, string][] = [
  [/规范性档案|規範性檔案|规范性檔案|規範性档案/g, "规范性文件"],
  [/政府资讯|政府資訊/g, "政府信息"],
];

/**
 * Folds the Traditional characters the TXT-* phrases use to Simplified (申請 → 申请,
 * 行政復議 → 行政复议, 規範性檔案 → 规范性文件); other characters are kept.
 *
 * @example
 * foldHant("辦理公民、法人和其他組織提交的政府信息公開申請 5 件") //=> "办理公民、法人和其他组织提交的政府信息公开申请 5 件"
 */
export function foldHant(text: string): string {
  let out = text.replace(FOLDED, (ch) => FOLD.get(ch) ?? ch);
  for (const [re, to] of TERMS) out = out.replace(re, to);
  return out;
}

/**
 * Text ready for matching: folded to Simplified, full-width digits made ASCII, thousands
 * separators dropped (1,234 → 1234), whitespace removed — except between two digits, where
 * one space stays so that two numbers never run together.
 *
 * @example
 * prepareText("区政府办代表区政府受理政府信息公开\n申请 17 件") //=> "区政府办代表区政府受理政府信息公开申请17件"
 */
export function prepareText(text: string): string {
  // The rules of one report prepare the same section texts several times: the last few are kept.
  const known = lastPrepared.get(text);
  if (known !== undefined) return known;
  const prepared = prepareOnce(text);
  if (lastPrepared.size >= PREPARED_KEPT) lastPrepared.delete(lastPrepared.keys().next().value as string);
  lastPrepared.set(text, prepared);
  return prepared;
}

const PREPARED_KEPT = 16;
const lastPrepared = new Map<string, string>();

function prepareOnce(text: string): string {
  let t = foldHant(text).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  t = t.replace(/(\d),(?=\d{3}(?!\d))/g, "$1");
  t = t.replace(/[\s\u3000\u00a0\u200b]+/g, (m, off: number, s: string) =>
    /\d/.test(s[off - 1] ?? "") && /\d/.test(s[off + m.length] ?? "") ? " " : "",
  );
  return t;
}

/** Sentences of prepared text (cut at 。！？ and at transcription gaps "[…]"). */
export function sentences(prepared: string): string[] {
  return prepared
    .split(/[。！？!?]|\[…[^\]]*…?\]|\[\.\.\.[^\]]*\]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The four-digit years a sentence mentions (2024年, 2024年度). */
export function yearsIn(sentence: string): number[] {
  return [...sentence.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
}
