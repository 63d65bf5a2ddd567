// Unit names as clerks write them: 花马池镇 in the expected list, 花马池镇人民政府 on the form.

/** A name without spaces, with full-width letters and brackets as half-width ones. */
export function normalUnitName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\u3000]+/g, "")
    .trim();
}

/** Endings that name a government, not another unit: 花马池镇 and 花马池镇人民政府 are one. */
const GOVERNMENT = /(?:人民政府|政府)$/;

/**
 * Whether two names are of one unit: the same once spaces and full-width forms are
 * folded, or one is the other followed by 人民政府 / 政府.
 * @example sameUnitName("花马池镇", "花马池镇人民政府") //=> true
 * @example sameUnitName("盐池县财政局", "盐池县人民政府") //=> false
 */
export function sameUnitName(a: string, b: string): boolean {
  const x = normalUnitName(a);
  const y = normalUnitName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  return (
    x.replace(GOVERNMENT, "") === y.replace(GOVERNMENT, "") && (GOVERNMENT.test(x) || GOVERNMENT.test(y))
  );
}
