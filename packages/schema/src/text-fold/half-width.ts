const FULL_WIDTH_FORMS = /[\uFF01-\uFF5E\u3000]/g;

function halfWidthOf(ch: string): string {
  return ch === "\u3000" ? " " : String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
}

/**
 * Converts full-width ASCII variants (U+FF01–U+FF5E: ０-９, Ａ-Ｚ, ＋, －,
 * ，, ．, ／ …) and the ideographic space U+3000 to their half-width forms;
 * every other character is kept.
 *
 * @example
 * toHalfWidth("９１１６.３６万元") //=> "9116.36万元"
 * toHalfWidth("１，２３４") //=> "1,234"
 */
export function toHalfWidth(text: string): string {
  // One regex pass (all of these characters are in the BMP, so code units are characters):
  // a text without them is returned as it is, with no string built character by character.
  return text.replace(FULL_WIDTH_FORMS, halfWidthOf);
}
