// Percentages by exact integer arithmetic: a ratio of integers rounded half away from zero
// to a fixed number of decimals, never through a float.

/**
 * `numerator / denominator` as a percentage with `places` decimals (rounded half away from
 * zero), or null when the denominator is 0. Inputs are integers (counts, or money scaled to
 * integers).
 *
 * @example
 * percentOf(2, 3);   //=> "66.67%"
 * percentOf(5, 5);   //=> "100.00%"
 * percentOf(-1, 8, { signed: true }); //=> "-12.50%"
 * percentOf(3, 0);   //=> null
 */
export function percentOf(
  numerator: number | bigint,
  denominator: number | bigint,
  opts: { places?: number; signed?: boolean } = {},
): string | null {
  const places = opts.places ?? 2;
  const n = BigInt(numerator);
  let d = BigInt(denominator);
  if (d === 0n) return null;
  let num = n;
  if (d < 0n) {
    d = -d;
    num = -num;
  }
  const neg = num < 0n;
  const abs = neg ? -num : num;
  const scale = 10n ** BigInt(places + 2);
  // round(abs * scale / d), half away from zero
  const q = (abs * scale * 2n + d) / (2n * d);
  const digits = q.toString().padStart(places + 1, "0");
  const int = digits.slice(0, digits.length - places);
  const frac = digits.slice(digits.length - places);
  const body = places > 0 ? `${int}.${frac}` : int;
  const sign = neg && q !== 0n ? "-" : opts.signed && q !== 0n ? "+" : "";
  return `${sign}${body}%`;
}
