/**
 * Text normalisation before matching labels and phrases: NFKC (full-width digits, letters and
 * brackets → ASCII), 繁→简 by @disclosure/schema's fold (its table covers the characters of the
 * catalog vocabulary), whitespace removed.
 */
import { foldHant } from "@disclosure/schema";

/**
 * Normalise a phrase for matching: NFKC, 繁→简, all whitespace (including line breaks inside a
 * cell, as 锡林浩特市 prints "自信息形\n成或者变\n更之日起") removed.
 *
 * @example
 * normalizeText("公开 时限（要素）"); //=> "公开时限(要素)"
 * normalizeText("信息形成或變更之日起２０個工作日內"); //=> "信息形成或变更之日起20个工作日内"
 */
export function normalizeText(text: string): string {
  return foldHant(text.normalize("NFKC"))
    .replace(/[\s\u200b\ufeff]+/gu, "")
    .replace(/[“”"]/g, "");
}

/**
 * Normalise a header label: as `normalizeText`, and drop a trailing bracketed note such as the
 * channel legend "（“■”表示必选项，“□”表示可选项）" or "(要素)".
 *
 * @example
 * normalizeHeaderLabel("公开渠道和载体（“■”表示必选项，“□”表示可选项）"); //=> "公开渠道和载体"
 */
export function normalizeHeaderLabel(text: string): string {
  const t = normalizeText(text);
  const stripped = t.replace(/\([^()]*\)$/u, "");
  return stripped.length > 0 ? stripped : t;
}
