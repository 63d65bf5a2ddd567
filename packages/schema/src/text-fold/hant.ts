// Traditional → Simplified, synchronously, for the characters of the vocabularies the
// packages match (the generated table); a full conversion of any text is
// @disclosure/report-text's toSimplified, which loads the OpenCC dictionaries.
import { HANT_PAIRS } from "./hant.generated.js";
import { pairMap } from "./pairs.js";
import { foldMainlandTerms } from "./terms.js";

let table: Map<string, string> | undefined;
let pattern: RegExp | undefined;
/** 1 at each UTF-16 code unit that is a Traditional character of the table; undefined if one is outside the BMP. */
let units: Uint8Array | undefined;
let unitsBuilt = false;

/** Traditional → Simplified, built on first use. */
function hantTable(): Map<string, string> {
  if (table) return table;
  table = pairMap(HANT_PAIRS);
  return table;
}

/** Every Traditional character of the table, to fold a text in one pass. */
function hantPattern(): RegExp {
  pattern ??= new RegExp(`[${[...hantTable().keys()].join("")}]`, "gu");
  return pattern;
}

/** The table's characters as code units, for a quick scan; undefined when one of them is outside the BMP. */
function hantUnits(): Uint8Array | undefined {
  if (unitsBuilt) return units;
  unitsBuilt = true;
  const keys = [...hantTable().keys()];
  if (keys.some((ch) => ch.length !== 1)) return undefined;
  units = new Uint8Array(0x10000);
  for (const ch of keys) units[ch.charCodeAt(0)] = 1;
  return units;
}

/** Whether a text may hold a Traditional character of the table (false only when it surely holds none). */
function mayHoldHant(text: string): boolean {
  const marked = hantUnits();
  if (!marked) return true;
  for (let i = 0; i < text.length; i++) if (marked[text.charCodeAt(i)] === 1) return true;
  return false;
}

/**
 * The Simplified form of one Traditional character of the vocabularies, or the character
 * itself.
 * @example simplifiedCharacter("條") //=> "条"
 */
export function simplifiedCharacter(ch: string): string {
  return hantTable().get(ch) ?? ch;
}

/**
 * Folds the Traditional characters of the vocabularies @disclosure matches (official labels,
 * count words, the phrases of the TXT-* rules, the 政务公开事项标准目录) to Simplified, one
 * character for one character; every other character is kept.
 * @example foldHantCharacters("信息形成或變更之日起20個工作日內") //=> "信息形成或变更之日起20个工作日内"
 */
export function foldHantCharacters(text: string): string {
  // For speed: most texts hold none of the table's characters, and a scan by code unit is
  // cheaper than the regex over 290 characters.
  if (!mayHoldHant(text)) return text;
  return text.replace(hantPattern(), simplifiedCharacter);
}

/**
 * Folds a text in 繁体 for matching: the Traditional characters of the vocabularies to
 * Simplified ({@link foldHantCharacters}) and the mainland terms a Taiwan-phrased conversion
 * replaced put back (規範性檔案 → 规范性文件, 政府資訊 → 政府信息).
 *
 * @example
 * // 盐池县 2020 年度报告 (繁体)
 * foldHant("辦理公民、法人和其他組織提交的政府信息公開申請 5 件")
 * //=> "办理公民、法人和其他组织提交的政府信息公开申请 5 件"
 * foldHant("設立“規範性檔案”專欄") //=> "设立“规范性文件”专栏"
 */
export function foldHant(text: string): string {
  return foldMainlandTerms(foldHantCharacters(text));
}
