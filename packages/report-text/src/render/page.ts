// Page setups of the printed report, in twips (1/20 pt, 1/1440 inch).
//
// `gbt9704` is the layout of GB/T 9704-2012 《党政机关公文格式》 §5.2: A4,
// top margin 37 mm, bottom 35 mm, left 28 mm, right 26 mm, a text block of
// 156 × 225 mm holding 22 lines of 28 characters of 三号 (16 pt) text.
// `template` is the layout of the format's own Word template
// (spec/template-2021.docx): Word's default margins, 24 lines of 25 characters.

/** The page setups a report can be printed with. */
export type PageLayout = "gbt9704" | "template";

/** A page setup: size, margins and the document grid, in twips. */
export interface PageSetup {
  readonly id: PageLayout;
  readonly width: number;
  readonly height: number;
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
    readonly header: number;
    readonly footer: number;
  };
  /** Lines a page and characters a line of body text (三号) that the grid holds. */
  readonly lines: number;
  readonly chars: number;
  /** Body line spacing (exact). */
  readonly bodyLine: number;
  /** `w:docGrid`: `linesAndChars` (lines and characters snap to the grid) or `lines`. */
  readonly grid: {
    readonly type: "linesAndChars" | "lines";
    readonly linePitch: number;
    /** The character pitch minus the body font size, in 1/4096 pt. */
    readonly charSpace: number;
  };
  /**
   * Width of every table (its grid scaled to it, the template's proportions kept);
   * undefined: the template's own widths (171.8 mm, into the margins as the template has them).
   */
  readonly tableWidth?: number;
  /** The margins as CSS `@page` says them, top right bottom left. */
  readonly cssMargin: string;
}

/** Millimetres to twips, rounded to the nearest twip. */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Width of the text block: the page less its left and right margins. */
export function textWidth(page: PageSetup): number {
  return page.width - page.margin.left - page.margin.right;
}

/** Height of the text block: the page less its top and bottom margins. */
export function textHeight(page: PageSetup): number {
  return page.height - page.margin.top - page.margin.bottom;
}

/** Body text size, 三号, in points. */
export const BODY_POINTS = 16;

/**
 * `w:charSpace` for `chars` characters of `fontPoints` on a line `widthTwips`
 * wide: Word's character pitch is the font size plus charSpace/4096 pt, rounded
 * down so that the characters fit.
 * @example charSpaceFor(8845, 28, 16) //=> -842 (GB/T 9704: 28 characters of 三号 on 156 mm)
 */
export function charSpaceFor(widthTwips: number, chars: number, fontPoints: number): number {
  return Math.floor((widthTwips / 20 / chars - fontPoints) * 4096);
}

const A4 = { width: 11906, height: 16838 } as const;

/** GB/T 9704-2012 §5.2.1–5.2.2: A4, margins 37 / 26 / 35 / 28 mm, 22 lines × 28 characters. */
const GBT9704_MARGIN = {
  top: mmToTwips(37),
  right: mmToTwips(26),
  bottom: mmToTwips(35),
  left: mmToTwips(28),
  header: mmToTwips(15),
  // §7.5: the page number's dashes 7 mm under the text block; Word measures the
  // footer from the page's lower edge to the foot of its line (四号, 14 pt exact).
  footer: mmToTwips(35 - 7) - 280,
};

function gbt9704(): PageSetup {
  const lines = 22;
  const chars = 28;
  const width = A4.width - GBT9704_MARGIN.left - GBT9704_MARGIN.right;
  const height = A4.height - GBT9704_MARGIN.top - GBT9704_MARGIN.bottom;
  const linePitch = Math.floor(height / lines);
  return {
    id: "gbt9704",
    ...A4,
    margin: GBT9704_MARGIN,
    lines,
    chars,
    bodyLine: linePitch,
    grid: { type: "linesAndChars", linePitch, charSpace: charSpaceFor(width, chars, BODY_POINTS) },
    tableWidth: mmToTwips(156),
    cssMargin: "37mm 26mm 35mm 28mm",
  };
}

/**
 * The Word template's page: Word's default margins (2.54 / 3.17 cm) and its grid
 * of lines only; body text at a fixed 28 pt gives 24 lines of 25 characters.
 */
const TEMPLATE: PageSetup = {
  id: "template",
  ...A4,
  margin: { top: 1440, right: 1800, bottom: 1440, left: 1800, header: 851, footer: 992 },
  lines: 24,
  chars: 25,
  bodyLine: 560,
  grid: { type: "lines", linePitch: 312, charSpace: 0 },
  cssMargin: "25.4mm 31.75mm",
};

const SETUPS: Readonly<Record<PageLayout, PageSetup>> = { gbt9704: gbt9704(), template: TEMPLATE };

/**
 * The page setup of a layout (default `gbt9704`).
 * @example pageSetup("gbt9704").margin.top //=> 2098 (37 mm)
 */
export function pageSetup(layout: PageLayout = "gbt9704"): PageSetup {
  const p = SETUPS[layout];
  if (!p) throw new Error(`pageSetup: unknown page layout ${String(layout)}`);
  return p;
}

/**
 * The width of a body character on the page, in twips: the grid's character
 * pitch (三号 plus `charSpace`), 320 (16 pt) without a character grid.
 * @example charPitch(pageSetup("gbt9704")) //=> 315.87890625 (28 characters on 156 mm)
 */
export function charPitch(page: PageSetup): number {
  return (BODY_POINTS + page.grid.charSpace / 4096) * 20;
}
