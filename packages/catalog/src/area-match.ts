/**
 * Find the standard area a heading, sheet name or cell names: "卫生健康领域", "農村集體土地",
 * "盐池县社会救助领域基层政务公开标准目录".
 */
import type { AreaRef } from "./item.js";
import { normalizeText } from "./normalize.js";
import {
  ADDITIONAL_AREA_NAMES,
  AREA_HEADING_SUFFIXES,
  AREAS,
  type Area,
  type AreaCode,
} from "./standard/areas.js";

type Name = { name: string; ref: AreaRef };

const NAMES: readonly Name[] = [
  ...AREAS.flatMap((a: Area) =>
    [
      a.name,
      ...a.aliases,
      ...(a.pilot2017Name && a.pilot2017Name !== "扶贫救灾" ? [a.pilot2017Name] : []),
    ].map((name) => ({ name: normalizeText(name), ref: a.code as AreaRef })),
  ),
  ...ADDITIONAL_AREA_NAMES.map((name) => ({ name: normalizeText(name), ref: { other: name } })),
].sort((a, b) => b.name.length - a.name.length);

const NUMBERING = /^(?:[一二三四五六七八九十]+、|\(?[一二三四五六七八九十\d]+\)|\d+[.、])/u;

function stripHeading(text: string): string {
  let t = normalizeText(text).replace(NUMBERING, "");
  for (const suffix of AREA_HEADING_SUFFIXES) {
    const s = normalizeText(suffix);
    if (t.endsWith(s)) {
      t = t.slice(0, -s.length);
      break;
    }
  }
  return t;
}

/**
 * The area a text names: an exact name or alias first (after removing "领域基层政务公开标准目录"
 * and numbering), else the longest name the text contains. `undefined` when it names none.
 *
 * @example
 * matchArea("卫生健康领域"); //=> "healthcare"
 * matchArea("盐池县社会救助领域基层政务公开标准目录"); //=> "socialAssistance"
 * matchArea("统计领域"); //=> { other: "统计" }
 */
export function matchArea(text: string): AreaRef | undefined {
  const t = stripHeading(text);
  if (t === "") return undefined;
  const exact = NAMES.find((n) => n.name === t);
  if (exact) return exact.ref;
  return NAMES.find((n) => t.includes(n.name))?.ref;
}

/**
 * The area a table heading names: a standard area (`matchArea`), else an additional area
 * when the heading says "…领域" ("机构职能领域基层政务公开标准目录" → `{ other: "机构职能" }`).
 *
 * @example
 * areaFromHeading("二、交通运输领域"); //=> { other: "交通运输" }
 * areaFromHeading("盐池县政务公开事项标准目录"); //=> undefined
 */
export function areaFromHeading(text: string): AreaRef | undefined {
  const standard = matchArea(text);
  if (standard) return standard;
  const t = normalizeText(text).replace(NUMBERING, "");
  const at = t.indexOf("领域");
  return at > 0 ? { other: t.slice(0, at) } : undefined;
}

/**
 * The official name of an area reference, or the additional area's own name.
 *
 * @example
 * areaName("healthcare"); //=> "医疗卫生"
 * areaName({ other: "统计" }); //=> "统计"
 */
export function areaName(ref: AreaRef): string {
  if (typeof ref === "object") return ref.other;
  return AREAS.find((a) => a.code === ref)?.name ?? ref;
}

/**
 * A string key for an area reference.
 *
 * @example
 * areaKey("socialAssistance"); //=> "socialAssistance"
 * areaKey({ other: "统计" }); //=> "other:统计"
 */
export function areaKey(ref: AreaRef): string {
  return typeof ref === "object" ? `other:${ref.other}` : ref;
}

/**
 * Is this one of the 26 standard areas?
 *
 * @example
 * isStandardArea("budget"); //=> true
 * isStandardArea({ other: "机构职能" }); //=> false
 */
export function isStandardArea(ref: AreaRef): ref is AreaCode {
  return typeof ref === "string";
}
