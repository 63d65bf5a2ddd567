// Which script a text is written in, by its frequent characters that the two scripts write
// differently (這/这, 個/个, 縣/县 …): a cheap guess before converting or repairing it.

/** Frequent characters of Traditional script that Simplified writes otherwise. */
const TRADITIONAL =
  "這個們為說時會發經對開關國見長門問間進過還動實現產業務員單級縣區鄉鎮與書辦規網絡設計權眾響應優檔報總體況數據處請結轉復議訴訟條資訊營號圖類專欄維護";
/** The same for Simplified script. */
const SIMPLIFIED =
  "这个们为说时会发经对开关国见长门问间进过还动实现产业务员单级县区乡镇与书办规网络设计权众响应优档报总体况数据处请结转复议诉讼条资讯营号图类专栏维护";

/** Script of a UTF-16 code unit: 1 Traditional, 2 Simplified, 0 neither (all of the characters above are in the BMP). */
let scriptOfUnit: Uint8Array | undefined;

function unitScripts(): Uint8Array {
  if (scriptOfUnit) return scriptOfUnit;
  scriptOfUnit = new Uint8Array(0x10000);
  for (const ch of SIMPLIFIED) scriptOfUnit[ch.charCodeAt(0)] = 2;
  for (const ch of TRADITIONAL) scriptOfUnit[ch.charCodeAt(0)] = 1;
  return scriptOfUnit;
}

/** How many of a text's frequent characters are Traditional-only and Simplified-only. */
export interface ScriptCounts {
  readonly hant: number;
  readonly hans: number;
}

/**
 * Counts the frequent characters that only Traditional (`hant`) or only Simplified (`hans`)
 * script writes, in the first `limit` UTF-16 code units of a text (all of it by default).
 *
 * @example
 * scriptCounts("一、總體情況 2022年,我縣認真貫徹落實") //=> { hant: 5, hans: 0 }
 * scriptCounts("盐池县2020年政府信息公开工作年度报告") //=> { hant: 0, hans: 3 }
 */
export function scriptCounts(text: string, limit = text.length): ScriptCounts {
  const scripts = unitScripts();
  let hant = 0;
  let hans = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const script = scripts[text.charCodeAt(i)] ?? 0;
    // Counted without a branch (script is 0, 1 or 2), for speed: a count that only Traditional
    // text reaches would be compiled without feedback and thrown away at the first such text.
    hant += script & 1;
    hans += script >> 1;
  }
  return { hant, hans };
}
