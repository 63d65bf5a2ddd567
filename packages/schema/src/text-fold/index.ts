// Text folded before matching: the one place where full-width forms, CJK radicals, Traditional
// characters and Taiwan-phrased terms are made into what the official labels, the count words,
// the phrases of the text rules and the catalog vocabulary are written with.
import { toHalfWidth } from "./half-width.js";
import { foldHant } from "./hant.js";
import { foldIdeographVariants } from "./ideographs.js";

export { toHalfWidth } from "./half-width.js";
export { foldIdeographVariants } from "./ideographs.js";
export { foldHant, foldHantCharacters, simplifiedCharacter } from "./hant.js";
export { foldMainlandTerms } from "./terms.js";
export { foldCountCharacters } from "./count-characters.js";
export { normalizeLabel } from "./label.js";
export { scriptCounts, type ScriptCounts } from "./script.js";

/**
 * Every fold of a text before matching, in order: full-width forms to half-width
 * ({@link toHalfWidth}), CJK radicals and compatibility ideographs to unified ideographs
 * ({@link foldIdeographVariants}), the Traditional characters of the vocabularies to
 * Simplified and Taiwan-phrased terms to mainland ones ({@link foldHant}). Line breaks, spaces
 * and punctuation other than full-width forms are kept.
 *
 * @example
 * foldText("⼀、總體情況") //=> "一、总体情况"
 * foldText("受理政府資訊公開申請１７件") //=> "受理政府信息公开申请17件"
 */
export function foldText(text: string): string {
  return foldHant(foldIdeographVariants(toHalfWidth(text)));
}
