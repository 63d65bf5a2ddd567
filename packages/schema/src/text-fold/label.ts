// Labels reduced to what identifies them, as people type them in spreadsheets and reports.
import { foldHantCharacters } from "./hant.js";
import { toHalfWidth } from "./half-width.js";

/** Spaces, Markdown markup, cell separators and quotes: dropped. */
const DROP = /[\s\u3000\u00A0\u200B-\u200D\u2060\uFEFF\\#*_`>|｜│┃"'“”‘’「」『』〝〞＂]+/g;
/** Brackets and the enumeration comma written the ASCII way. */
const PUNCT: Readonly<Record<number, number>> = {
  12289: 0x2c, // 、 → ,
  12308: 0x28, // 〔 → (
  12304: 0x28, // 【 → (
  12309: 0x29, // 〕 → )
  12305: 0x29, // 】 → )
};
const ENUMERATION_COMMA = 0x3001; // 、
const FULL_STOP = 0x3002; // 。

/** What a UTF-16 unit alone folds to: a unit, or DROPPED; UNKNOWN until first asked. */
const UNKNOWN = -1;
const DROPPED = -2;
let unitForms: Int32Array | undefined;

/** The table of unitForm, made on first use. */
function unitFormTable(): Int32Array {
  unitForms ??= new Int32Array(0x10000).fill(UNKNOWN);
  return unitForms;
}

/**
 * The unit a UTF-16 unit becomes (half-width, then Simplified), or DROPPED, put in the table.
 * Each fold maps one unit to one unit (full-width forms and the Traditional characters folded
 * are all in the BMP; a surrogate is kept), so that a text folds unit by unit.
 */
function foldUnit(forms: Int32Array, unit: number): number {
  const folded =
    unit >= 0xd800 && unit <= 0xdfff
      ? String.fromCharCode(unit)
      : foldHantCharacters(toHalfWidth(String.fromCharCode(unit))).replace(DROP, "");
  const form = folded ? folded.charCodeAt(0) : DROPPED;
  forms[unit] = form;
  return form;
}

/** 、 and 。 (numbering after a digit) and the characters of PUNCT: written by their neighbours. */
function isPunctuation(unit: number): boolean {
  return (
    unit === ENUMERATION_COMMA ||
    unit === FULL_STOP ||
    unit === 0x3014 ||
    unit === 0x3010 ||
    unit === 0x3015 ||
    unit === 0x3011
  );
}

const isDigit = (unit: number) => unit >= 0x30 && unit <= 0x39;

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
  // One pass over the units, for speed (labels, lines and whole sections are normalised): runs
  // of units that stay as they are are copied as slices.
  const forms = unitFormTable();
  let out = "";
  let kept = 0;
  let afterDigit = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let form = forms[unit] ?? UNKNOWN;
    if (form === UNKNOWN) form = foldUnit(forms, unit);
    if (form === unit && !isPunctuation(form)) {
      afterDigit = isDigit(form);
      continue;
    }
    out += text.slice(kept, i);
    kept = i + 1;
    if (form === DROPPED) continue;
    // "1、" / "1。": numbering, as "1."; else 、 is a comma, 〔【〕】 brackets.
    const written =
      (form === ENUMERATION_COMMA || form === FULL_STOP) && afterDigit ? 0x2e : (PUNCT[form] ?? form);
    out += String.fromCharCode(written);
    afterDigit = isDigit(written);
  }
  return kept === 0 ? text : out + text.slice(kept);
}
