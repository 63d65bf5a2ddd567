/**
 * The map of a generated table written as one string of pairs, each a character followed by
 * the character it folds to (characters, not UTF-16 units: a pair may be outside the BMP).
 * @example pairMap("條条個个").get("個") //=> "个"
 */
export function pairMap(pairs: string): Map<string, string> {
  const map = new Map<string, string>();
  const chars = [...pairs];
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const from = chars[i];
    const to = chars[i + 1];
    if (from !== undefined && to !== undefined) map.set(from, to);
  }
  return map;
}
