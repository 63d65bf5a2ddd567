// Labels reduced to what identifies them, as people type them in spreadsheets and reports.
import { foldHantCharacters } from "./hant.js";
import { toHalfWidth } from "./half-width.js";

/** Spaces, Markdown markup, cell separators and quotes: dropped in one pass. */
const DROP = /[\s\u3000\u00A0\u200B-\u200D\u2060\uFEFF\\#*_`>|｜│┃"'“”‘’「」『』〝〞＂]+/g;
const FULLWIDTH = /[\uFF01-\uFF5E\u3000]/;
const PUNCT: Readonly<Record<string, string>> = { "、": ",", "〔": "(", "【": "(", "〕": ")", "】": ")" };
/** Numbering "1、" / "1。" and the brackets and commas of PUNCT. */
const NUMBERING_OR_PUNCT = /(\d)[、。]|[、〔【〕】]/g;
/** Any character NUMBERING_OR_PUNCT can match on: without one, that pass is skipped. */
const MAY_NUMBER_OR_PUNCT = /[、。〔【〕】]/;

/**
 * A label reduced to what identifies it, for comparison: no spaces or line breaks, no
 * quotes or Markdown markup, half-width brackets, colons and commas (、 and ， alike),
 * numbering "1、" / "１．" as "1.", the Traditional characters of the vocabularies as
 * Simplified ones ({@link foldHantCharacters}: 規範性文件 and 规范性文件 alike).
 * @example normalizeLabel("（二）部分公开（区分处理的， 只计这一情形，不计其他情形）") //=> "(二)部分公开(区分处理的,只计这一情形,不计其他情形)"
 * @example normalizeLabel("3.危及「三安全一稳定」") //=> "3.危及三安全一稳定"
 * @example normalizeLabel("（三）不予公開") //=> "(三)不予公开"
 */
export function normalizeLabel(text: string): string {
  const half = FULLWIDTH.test(text) ? toHalfWidth(text) : text;
  const dropped = foldHantCharacters(half).replace(DROP, "");
  if (!MAY_NUMBER_OR_PUNCT.test(dropped)) return dropped;
  return dropped.replace(NUMBERING_OR_PUNCT, (m, d?: string) => (d ? `${d}.` : (PUNCT[m] ?? m)));
}
