// CJK radicals and compatibility ideographs → unified ideographs. PDFs printed from a
// browser or WPS often carry ⼈ ⼀ ⼯ (Kangxi Radicals) or ⺠ (CJK Radicals Supplement)
// where the text has 人 一 工 民, and compatibility ideographs (U+F900–FAFF) for ordinary
// ones: a heading such as ⼀、总体情况 is then not found. NFKC alone is not the fix: it
// turns ⼾ into the Traditional 戶, where a Simplified document prints 户.
import { RADICAL_PAIRS } from "./ideographs.generated.js";
import { pairMap } from "./pairs.js";

/**
 * Radicals whose Unicode equivalent is the Traditional form while Simplified fonts draw the
 * radical as the Simplified character (⼾ is drawn 户 in GB fonts; its equivalent is 戶).
 */
const SIMPLIFIED_OVERRIDES: Readonly<Record<string, string>> = { "⼾": "户" };

let table: Map<string, string> | undefined;

/** radical → unified ideograph, built on first use. */
function radicalTable(): Map<string, string> {
  if (table) return table;
  table = pairMap(RADICAL_PAIRS);
  for (const [from, to] of Object.entries(SIMPLIFIED_OVERRIDES)) table.set(from, to);
  return table;
}

const FOLDABLE = /[\u2e80-\u2fdf\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/u;
const FOLDABLE_ALL = /[\u2e80-\u2fdf]|[\uf900-\ufaff]|\ud87e[\udc00-\ude1f]/gu;

/**
 * Folds CJK radicals (U+2E80–2FDF, by the Unicode Character Database's
 * Equivalent_Unified_Ideograph, with ⼾ as 户 for Simplified text) and CJK compatibility
 * ideographs (U+F900–FAFF, U+2F800–2FA1F, by their canonical decomposition) into unified
 * ideographs. Every other character is left as it is; one character in, one character out.
 *
 * @example
 * foldIdeographVariants("⼀、总体情况") //=> "一、总体情况"
 * foldIdeographVariants("⼈⺠政府") //=> "人民政府"
 * foldIdeographVariants("⽤⼾") //=> "用户"
 */
export function foldIdeographVariants(text: string): string {
  if (!FOLDABLE.test(text)) return text;
  const radicals = radicalTable();
  return text.replace(FOLDABLE_ALL, (ch) => radicals.get(ch) ?? ch.normalize("NFC"));
}
