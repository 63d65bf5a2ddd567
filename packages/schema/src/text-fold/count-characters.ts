// The Traditional characters numbers and counts are written with (萬, 億, 餘, 條, 項 …), folded
// so that a count in 繁体 reads like one in 简体.
import { simplifiedCharacter } from "./hant.js";

/** Traditional characters of numbers, signs and measure words. */
const COUNT_CHARACTERS = "萬億餘兩約減條個項場處屆筆張戶類貳參陸點";

/**
 * 參 in a number is the financial numeral 叁 (參拾 = 30); elsewhere it is 参, as in the table.
 */
const IN_NUMBERS: Readonly<Record<string, string>> = { 參: "叁" };

/** Traditional forms of the characters numbers are written with → simplified. */
const TRAD_TO_SIMP: Readonly<Record<string, string>> = Object.fromEntries(
  [...COUNT_CHARACTERS].map((ch) => [ch, IN_NUMBERS[ch] ?? simplifiedCharacter(ch)]),
);

const COUNT_CHARACTER = new RegExp(`[${COUNT_CHARACTERS}]`, "g");

/**
 * The Traditional characters of numbers, signs and measure words (萬, 億, 餘, 條, 項 …) as
 * simplified ones, synchronously, so that counts in 繁体 text read like 简体 ones.
 * @example foldCountCharacters("4萬餘條") //=> "4万余条"
 */
export function foldCountCharacters(text: string): string {
  // One regex pass (the characters are all in the BMP): a text without them is kept as it is.
  return text.replace(COUNT_CHARACTER, (ch) => TRAD_TO_SIMP[ch] ?? ch);
}
