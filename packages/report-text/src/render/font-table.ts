// word/fontTable.xml of the .docx: every font the document names, with the
// family Word and WPS fall back to where it is not installed (w:altName), the
// GB2312 character set (w:charset 86), the generic family, the pitch and the
// PANOSE number where the font's is known. No font file is embedded.
import { escapeHtml as escapeXml } from "./html.js";

/** What the font table says about one font. */
export interface FontEntry {
  readonly name: string;
  /** The font to use where this one is not installed (or its English name). */
  readonly altName?: string;
  readonly panose1?: string;
  readonly family: "roman" | "swiss" | "modern" | "script" | "decorative" | "auto";
  readonly pitch: "fixed" | "variable" | "default";
}

/**
 * The 公文 fonts and their fallbacks: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体,
 * 方正小标宋简体 → 宋体 (the forms installed with Windows and WPS); 宋体, 黑体,
 * 仿宋 and 楷体 with their English names, by which other systems know them.
 * PANOSE numbers as the fonts of Windows carry them; 方正小标宋简体's is not given.
 */
export const FONT_ENTRIES: Readonly<Record<string, FontEntry>> = {
  宋体: {
    name: "宋体",
    altName: "SimSun",
    panose1: "02010600030101010101",
    family: "auto",
    pitch: "variable",
  },
  黑体: {
    name: "黑体",
    altName: "SimHei",
    panose1: "02010609060101010101",
    family: "modern",
    pitch: "fixed",
  },
  仿宋: {
    name: "仿宋",
    altName: "FangSong",
    panose1: "02010609060101010101",
    family: "modern",
    pitch: "fixed",
  },
  楷体: { name: "楷体", altName: "KaiTi", panose1: "02010609060101010101", family: "modern", pitch: "fixed" },
  仿宋_GB2312: {
    name: "仿宋_GB2312",
    altName: "仿宋",
    panose1: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
  },
  楷体_GB2312: {
    name: "楷体_GB2312",
    altName: "楷体",
    panose1: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
  },
  方正小标宋简体: { name: "方正小标宋简体", altName: "宋体", family: "auto", pitch: "variable" },
};

/** The fonts to declare for the fonts a document uses: each, then the fonts they fall back to. */
export function fontsToDeclare(used: Iterable<string>): FontEntry[] {
  const names = new Set<string>();
  const add = (name: string) => {
    if (names.has(name)) return;
    names.add(name);
    const alt = FONT_ENTRIES[name]?.altName;
    if (alt && FONT_ENTRIES[alt]) add(alt);
  };
  for (const name of used) add(name);
  return [...names].map((name) => FONT_ENTRIES[name] ?? { name, family: "auto", pitch: "default" });
}

function fontXml(f: FontEntry): string {
  return [
    `<w:font w:name="${escapeXml(f.name)}">`,
    f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : "",
    f.panose1 ? `<w:panose1 w:val="${f.panose1}"/>` : "",
    '<w:charset w:val="86"/>',
    `<w:family w:val="${f.family}"/>`,
    `<w:pitch w:val="${f.pitch}"/>`,
    "</w:font>",
  ].join("");
}

/**
 * word/fontTable.xml declaring the given fonts and their fallbacks.
 * @example fontTableXml(["仿宋_GB2312"]).includes('<w:altName w:val="仿宋"/>') //=> true
 */
export function fontTableXml(used: Iterable<string>): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    ...fontsToDeclare(used).map(fontXml),
    "</w:fonts>",
  ].join("");
}
