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
  let out = "";
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) out += String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) out += " ";
    else out += ch;
  }
  return out;
}
