/**
 * The element at `index` of a list the caller has indexed within its bounds (a draw scaled
 * to the length, a position counted from it); a slip is a RangeError, never an undefined.
 */
export function itemAt<T>(list: readonly T[], index: number): T {
  if (!Number.isInteger(index) || index < 0 || index >= list.length)
    throw new RangeError(`index ${index} outside a list of ${list.length}`);
  return list[index] as T;
}
