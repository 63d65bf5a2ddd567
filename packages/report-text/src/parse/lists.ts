// Lists built for speed. An optimised `array.map(f)` returns a holey array where the same call
// not yet optimised returns a packed one: two hidden classes for one list, and the code that
// reads it is compiled for the first and thrown away when the other comes. Lists that flow on
// into other hot code are therefore built by push (always packed), and texts joined directly.

/**
 * `items.map(f)`, built by push so that the list is packed however the caller runs.
 * @example listOf([1, 2], (n) => n * 2) //=> [2, 4]
 */
export function listOf<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i] as T, i));
  return out;
}

/**
 * The texts of some pieces or tokens joined by `separator`, a missing one (null) as the empty
 * string: `items.map((x) => x?.text).join(separator)` without the intermediate list.
 * @example joinTexts([{ text: "a" }, null, { text: "b" }], " ") //=> "a  b"
 */
export function joinTexts(
  items: readonly ({ readonly text: string } | null | undefined)[],
  separator: string,
): string {
  let out = "";
  for (let i = 0; i < items.length; i++) {
    if (i > 0) out += separator;
    out += items[i]?.text ?? "";
  }
  return out;
}
