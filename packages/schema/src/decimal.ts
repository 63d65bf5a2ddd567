// Exact decimal arithmetic for money cells (万元): values are held as JS numbers
// at the edges (JSON), but every sum or conversion goes through scaled BigInts.

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Number of decimal places of a decimal literal ("9116.36" → 2). */
export function decimalPlaces(value: number | string): number {
  const s = typeof value === "number" ? numberToDecimalString(value) : value;
  const m = DECIMAL.exec(s);
  return m?.[3]?.length ?? 0;
}

/** The shortest decimal literal of a number, never in exponent form (1e-7 → "0.0000001"). */
export function numberToDecimalString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mant = "", expStr] = s.toLowerCase().split("e");
  const exp = Number(expStr);
  const neg = mant.startsWith("-");
  const [int = "", frac = ""] = mant.replace("-", "").split(".");
  const digits = int + frac;
  let point = int.length + exp;
  let out: string;
  if (point <= 0) out = `0.${"0".repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  point = 0;
  return (neg ? "-" : "") + out;
}

/** A decimal literal as a BigInt scaled by 10^scale; undefined if it has more places than `scale`. */
export function toScaled(value: number | string, scale: number): bigint | undefined {
  const s = typeof value === "number" ? numberToDecimalString(value) : value.trim();
  const m = DECIMAL.exec(s);
  if (!m) return undefined;
  const frac = m[3] ?? "";
  if (frac.length > scale) return undefined;
  const v = BigInt(m[2] + frac.padEnd(scale, "0"));
  return m[1] ? -v : v;
}

/** A scaled BigInt back to its shortest decimal literal (2500000n, 4 → "250"). */
export function fromScaled(v: bigint, scale: number): string {
  const neg = v < 0n;
  const abs = (neg ? -v : v).toString().padStart(scale + 1, "0");
  const int = abs.slice(0, abs.length - scale);
  const frac = abs.slice(abs.length - scale).replace(/0+$/, "");
  return (neg ? "-" : "") + (frac ? `${int}.${frac}` : int);
}

/**
 * Exact sum of decimal values (万元 amounts): never 0.30000000000000004.
 * @example sumDecimals([0.1, 0.2]) //=> "0.3"
 */
export function sumDecimals(values: readonly (number | string)[]): string {
  const scale = Math.max(0, ...values.map((v) => decimalPlaces(v)));
  let total = 0n;
  for (const v of values) total += toScaled(v, scale) ?? 0n;
  return fromScaled(total, scale);
}

/**
 * Integer 元 to 万元 as an exact decimal literal.
 * @example yuanToWan(1200000) //=> "120" (the seed's 专项经费 120 万元)
 */
export function yuanToWan(yuan: number | bigint): string {
  return fromScaled(BigInt(yuan), 4);
}

/** 万元 to integer 元, or undefined when the amount has more than 4 decimals. */
export function wanToYuan(wan: number | string): number | undefined {
  const v = toScaled(wan, 4);
  return v === undefined ? undefined : Number(v);
}
