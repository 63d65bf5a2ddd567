// Seeded randomness for the synthetic county: a PRNG, stream mixing, weighted draws,
// Poisson and Gaussian counts. The same seed gives the same draws on every platform.

import { itemAt } from "./item-at.js";

/** A PRNG returning floats in [0, 1): mulberry32, small, fast and good enough for sample data. */
export type Random = () => number;

/**
 * mulberry32: a 32-bit seeded PRNG. The same seed gives the same sequence on every platform.
 * @example const r = mulberry32(2020); r(); //=> a float in [0, 1), the same on every run
 */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers into one 32-bit seed, so independent streams (unit × year × kind) never overlap. */
export function mix(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const p of parts) {
    h = Math.imul(h ^ (p >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

export const STREAM = {
  bulk: 1,
  boundary: 2,
  count: 3,
  cases: 4,
  caseBoundary: 5,
  docs: 6,
  decisions: 7,
  fees: 8,
};

/** A value drawn with the given weights: a cumulative table and a binary search. */
export function weighted<T>(entries: readonly (readonly [T, number])[]): (r: number) => T {
  const values = entries.map((e) => e[0]);
  const cum: number[] = [];
  let total = 0;
  for (const [, w] of entries) {
    total += w;
    cum.push(total);
  }
  return (r) => {
    const x = r * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x < itemAt(cum, mid)) hi = mid;
      else lo = mid + 1;
    }
    return itemAt(values, lo);
  };
}

/** A Poisson-distributed count (Knuth's method; the means here are small). */
export function poisson(rand: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 50) return Math.max(0, Math.round(mean + Math.sqrt(mean) * gauss(rand)));
  const l = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rand();
  } while (p > l);
  return k - 1;
}

export function gauss(rand: Random): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
