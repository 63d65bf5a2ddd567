/** A tuple of `N` elements of `T`. */
export type Tuple<T, N extends number, R extends T[] = []> = R["length"] extends N
  ? R
  : Tuple<T, N, [...R, T]>;

/**
 * The list as a tuple of exactly `n` elements, so that its elements destructure as present;
 * throws (failing the test) when the list has another length.
 * @example const [first, second] = exactly(items, 2);
 */
export function exactly<T, N extends number>(list: readonly T[], n: N): Tuple<T, N> {
  if (list.length !== n) throw new Error(`expected ${n} items, got ${list.length}`);
  return list as unknown as Tuple<T, N>;
}

/**
 * The element at `i`; throws (failing the test) when there is none.
 * @example itemAt(["a", "b"], 1) //=> "b"
 */
export function itemAt<T>(list: readonly T[], i: number): T {
  const item = list[i];
  if (item === undefined) throw new Error(`no item at ${i} (of ${list.length})`);
  return item;
}
