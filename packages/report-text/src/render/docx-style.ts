// Fonts, sizes and runs of the .docx: what the document and its tables share.
import type { Script } from "./document.js";
import type { PageSetup } from "./page.js";

export type Docx = typeof import("docx");

/** Fonts by script: the *_GB2312 and 方正 fonts carry Simplified glyphs only, so 繁体 uses their GBK siblings. */
export const FONTS = {
  hans: {
    title: "方正小标宋简体",
    body: "仿宋_GB2312",
    heading: "黑体",
    kai: "楷体_GB2312",
    table: "宋体",
    tableNote: "楷体",
    pageNumber: "宋体",
  },
  hant: {
    title: "宋体",
    body: "仿宋",
    heading: "黑体",
    kai: "楷体",
    table: "宋体",
    tableNote: "楷体",
    pageNumber: "宋体",
  },
} as const satisfies Record<Script, Record<string, string>>;

export type Fonts = (typeof FONTS)[Script];

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, table 10 pt (the template's). */
export const SIZE = { title: 44, body: 32, footer: 28, note: 28, table: 20 } as const;

/** What every part of the document is written with. */
export interface DocxContext {
  readonly d: Docx;
  readonly fonts: Fonts;
  /** The language of East Asian text: zh-CN or zh-TW. */
  readonly lang: string;
  readonly page: PageSetup;
}

export function fontOf(name: string) {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/**
 * A run of text in a font and size. `grid: false` takes it off the document's
 * character grid, which is set for 三号 body text: a 二号 title or a 10 pt table
 * cell on it would be spaced at the body's pitch.
 */
export function textRun(
  c: DocxContext,
  text: string,
  font: string,
  size: number,
  opts: { grid?: boolean; break?: boolean } = {},
) {
  return new c.d.TextRun({
    text,
    font: fontOf(font),
    size,
    language: { eastAsia: c.lang },
    ...(opts.grid === false ? { snapToGrid: false } : {}),
    ...(opts.break ? { break: 1 } : {}),
  });
}
