// Reading a list item a test expects to be there: a missing one fails the test with
// a message that says which, instead of an undefined that fails three lines later.

/**
 * The element at `i` (negative counts from the end, as `Array.prototype.at`); throws
 * (failing the test) when there is none.
 * @example itemAt(["a", "b"], -1) //=> "b"
 */
export function itemAt<T>(list: readonly T[], i: number): T {
  const item = list.at(i);
  if (item === undefined) throw new Error(`no item at ${i} (of ${list.length})`);
  return item;
}

/**
 * The value of a present, non-null optional: throws (failing the test) when it is absent.
 * @example defined(tables.find((t) => t.table === "table3"), "table 三")
 */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === undefined || value === null) throw new Error(`expected ${what}, got ${String(value)}`);
  return value;
}
