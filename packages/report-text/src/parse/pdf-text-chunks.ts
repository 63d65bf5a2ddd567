// Glyphs into text items, decided as pdfjs-dist's text layer decides it (src/core/evaluator.js
// `getTextContent`: `buildTextContentItem`, `compareWithLastPosition`, `addFakeSpaces`,
// `flushTextContentItem`; Apache-2.0): a glyph joins the item before it while it follows on
// the same line; a gap of a tenth to six tenths of the font size is a space inside the item, a
// larger one a space item of its own; a step back or to another line ends the item. The items
// come out as pdfjs-dist gives them (string, width, height, transform, end of line), so that
// what is read from them is the same whichever of the two readers read the page.
import { glyphsOf } from "./pdf-fonts.js";
import { PdfUnsupported } from "./pdf-lexer.js";
import type { Matrix, TextState } from "./pdf-text-state.js";

/** A text item as pdfjs-dist's `getTextContent` gives it (without its font's loaded name). */
export interface RawTextItem {
  readonly str: string;
  readonly dir: string;
  readonly width: number;
  readonly height: number;
  readonly transform: Matrix;
  readonly hasEOL: boolean;
}

const TRACKING_SPACE_FACTOR = 0.102;
const NOT_A_SPACE_FACTOR = 0.03;
const NEGATIVE_SPACE_FACTOR = -0.2;
const SPACE_IN_FLOW_MIN_FACTOR = 0.102;
const SPACE_IN_FLOW_MAX_FACTOR = 0.6;
const VERTICAL_SHIFT_RATIO = 0.25;

/** Right-to-left letters (Hebrew, Arabic, Syriac, Thaana …): pdfjs-dist would reorder the item; not followed. */
const RTL = /[\u0590-\u08ac]/;

/** The item being built and the items made, for one content stream (a page's, or a form's). */
export class TextChunks {
  // The item being built (pdfjs-dist's `textContentItem`); its fields outlive a flush, as there.
  initialized = false;
  str: string[] = [];
  totalWidth = 0;
  totalHeight = 0;
  width = 0;
  height = 0;
  vertical = false;
  prevTransform: Matrix | null = null;
  prevTextRise = 0;
  textAdvanceScale = 0;
  spaceInFlowMin = 0;
  spaceInFlowMax = 0;
  trackingSpaceMin = Number.POSITIVE_INFINITY;
  negativeSpaceMax = Number.NEGATIVE_INFINITY;
  notASpace = Number.NEGATIVE_INFINITY;
  transform: Matrix | null = null;
  hasEOL = false;
  private readonly lastChars = [" ", " "];
  private lastCharsPos = 0;

  /** The state the item was begun in (pdfjs-dist's `currentTextState`). */
  current: TextState | null = null;

  constructor(
    readonly viewBox: readonly number[],
    readonly items: RawTextItem[],
  ) {}

  saveLastChar(char: string): boolean {
    const nextPos = (this.lastCharsPos + 1) % 2;
    const ret = this.lastChars[this.lastCharsPos] !== " " && this.lastChars[nextPos] === " ";
    this.lastChars[this.lastCharsPos] = char;
    this.lastCharsPos = nextPos;
    return ret;
  }

  shouldAddWhitespace(): boolean {
    return this.lastChars[this.lastCharsPos] !== " " && this.lastChars[(this.lastCharsPos + 1) % 2] === " ";
  }

  resetLastChars(): void {
    this.lastChars[0] = " ";
    this.lastChars[1] = " ";
    this.lastCharsPos = 0;
  }

  pushWhitespace(width: number, height: number, transform: Matrix | null): void {
    this.items.push({ str: " ", dir: "ltr", width, height, transform: transform as Matrix, hasEOL: false });
  }

  ensure(ts: TextState): void {
    if (this.initialized) return;
    const font = ts.font;
    if (!font) throw new PdfUnsupported("text without a font");
    const trm = ts.textTransform();
    this.transform = trm;
    if (!font.vertical) {
      this.width = this.totalWidth = 0;
      this.height = this.totalHeight = Math.hypot(trm[2] as number, trm[3] as number);
      this.vertical = false;
    } else {
      this.width = this.totalWidth = Math.hypot(trm[0] as number, trm[1] as number);
      this.height = this.totalHeight = 0;
      this.vertical = true;
    }
    this.textAdvanceScale = advanceScale(ts);
    const fontSize = ts.fontSize;
    this.trackingSpaceMin = fontSize * TRACKING_SPACE_FACTOR;
    this.notASpace = fontSize * NOT_A_SPACE_FACTOR;
    this.negativeSpaceMax = fontSize * NEGATIVE_SPACE_FACTOR;
    this.spaceInFlowMin = fontSize * SPACE_IN_FLOW_MIN_FACTOR;
    this.spaceInFlowMax = fontSize * SPACE_IN_FLOW_MAX_FACTOR;
    this.hasEOL = false;
    this.initialized = true;
  }

  updateAdvanceScale(ts: TextState): void {
    if (!this.initialized) return;
    const scaleFactor = advanceScale(ts);
    if (scaleFactor === this.textAdvanceScale) return;
    if (!this.vertical) {
      this.totalWidth += this.width * this.textAdvanceScale;
      this.width = 0;
    } else {
      this.totalHeight += this.height * this.textAdvanceScale;
      this.height = 0;
    }
    this.textAdvanceScale = scaleFactor;
  }

  flush(): void {
    if (!this.initialized) return;
    if (!this.vertical) this.totalWidth += this.width * this.textAdvanceScale;
    else this.totalHeight += this.height * this.textAdvanceScale;
    const text = this.str.join("");
    if (RTL.test(text)) throw new PdfUnsupported("right-to-left text");
    this.items.push({
      str: text,
      dir: this.vertical ? "ttb" : "ltr",
      width: Math.abs(this.totalWidth),
      height: Math.abs(this.totalHeight),
      transform: this.transform as Matrix,
      hasEOL: this.hasEOL,
    });
    this.initialized = false;
    this.str.length = 0;
  }

  appendEOL(ts: TextState): void {
    this.resetLastChars();
    if (this.initialized) {
      this.hasEOL = true;
      this.flush();
    } else {
      this.items.push({
        str: "",
        dir: "ltr",
        width: 0,
        height: 0,
        transform: ts.textTransform(),
        hasEOL: true,
      });
    }
  }

  addFakeSpaces(ts: TextState, width: number, transf: Matrix | null, textOrientation: number): boolean {
    if (textOrientation * this.spaceInFlowMin <= width && width <= textOrientation * this.spaceInFlowMax) {
      if (this.initialized) {
        this.resetLastChars();
        this.str.push(" ");
      }
      return false;
    }
    let w = width;
    let height = 0;
    if (this.vertical) {
      height = w;
      w = 0;
    }
    this.flush();
    this.resetLastChars();
    this.pushWhitespace(Math.abs(w), Math.abs(height), transf || ts.textTransform());
    return true;
  }

  /** Whether the glyph about to be shown is on the page, and its item decided (pdfjs-dist's `compareWithLastPosition`). */
  compareWithLastPosition(ts: TextState, glyphWidth: number): boolean {
    const current = ts.textTransform();
    let posX = current[4] as number;
    let posY = current[5] as number;
    const vb = this.viewBox as [number, number, number, number];
    if (ts.font?.vertical) {
      if (posX < vb[0] || posX > vb[2] || posY + glyphWidth < vb[1] || posY > vb[3]) return false;
    } else if (posX + glyphWidth < vb[0] || posX > vb[2] || posY < vb[1] || posY > vb[3]) {
      return false;
    }
    if (!ts.font || !this.prevTransform) return true;
    let lastPosX = this.prevTransform[4] as number;
    let lastPosY = this.prevTransform[5] as number;
    if (lastPosX === posX && lastPosY === posY) return true;
    [posX, posY, lastPosX, lastPosY] = unrotate(current, this.prevTransform, posX, posY, lastPosX, lastPosY);
    if (ts.font.vertical) this.compareVertical(ts, lastPosY - posY, posX - lastPosX);
    else this.compareHorizontal(ts, current, posX - lastPosX, posY - lastPosY);
    return true;
  }

  private compareVertical(ts: TextState, dy: number, advanceX: number): void {
    const advanceY = dy / this.textAdvanceScale;
    const textOrientation = Math.sign(this.height || this.totalHeight);
    if (advanceY < textOrientation * this.negativeSpaceMax) {
      if (Math.abs(advanceX) > 0.5 * this.width) {
        this.appendEOL(ts);
        return;
      }
      this.resetLastChars();
      this.flush();
      return;
    }
    if (Math.abs(advanceX) > this.width) {
      this.appendEOL(ts);
      return;
    }
    if (advanceY <= textOrientation * this.notASpace) this.resetLastChars();
    if (advanceY <= textOrientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(0, Math.abs(advanceY), this.prevTransform);
      } else {
        this.height += advanceY;
      }
    } else if (!this.addFakeSpaces(ts, advanceY, this.prevTransform, textOrientation)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(0, Math.abs(advanceY), this.prevTransform);
      } else {
        this.height += advanceY;
      }
    }
    if (Math.abs(advanceX) > this.width * VERTICAL_SHIFT_RATIO) this.flush();
  }

  private compareHorizontal(ts: TextState, current: Matrix, dx: number, advanceY: number): void {
    const advanceX = dx / this.textAdvanceScale;
    const textOrientation = Math.sign(this.width || this.totalWidth);
    if (advanceX < textOrientation * this.negativeSpaceMax) {
      if (Math.abs(advanceY) > 0.5 * this.height) {
        this.appendEOL(ts);
        return;
      }
      this.resetLastChars();
      this.flush();
      return;
    }
    const textRiseDelta = ts.textRise - this.prevTextRise;
    const corrected =
      textRiseDelta === 0 ? advanceY : advanceY - ((current[3] as number) / ts.fontSize) * textRiseDelta;
    if (Math.abs(corrected) > this.height) {
      this.appendEOL(ts);
      return;
    }
    if (advanceX <= textOrientation * this.notASpace) this.resetLastChars();
    if (advanceX <= textOrientation * this.trackingSpaceMin) {
      if (this.shouldAddWhitespace()) {
        this.resetLastChars();
        this.flush();
        this.pushWhitespace(Math.abs(advanceX), 0, this.prevTransform);
      } else {
        this.width += advanceX;
      }
    } else if (!this.addFakeSpaces(ts, advanceX, this.prevTransform, textOrientation)) {
      if (this.str.length === 0) {
        this.resetLastChars();
        this.pushWhitespace(Math.abs(advanceX), 0, this.prevTransform);
      } else {
        this.width += advanceX;
      }
    }
    if (Math.abs(advanceY) > this.height * VERTICAL_SHIFT_RATIO) this.flush();
  }

  /** Shows a string (or, without one, only moves by the spacing after it), as pdfjs-dist's `buildTextContentItem`. */
  show(ts: TextState, chars: string | null, extraSpacing: number): void {
    const cur = this.current as TextState;
    if (
      cur !== ts &&
      (cur.fontSize !== ts.fontSize || (cur.fontName !== ts.fontName && fontChanged(cur, ts)))
    ) {
      this.flush();
      this.current = ts.clone();
    }
    const font = ts.font;
    if (!font) throw new PdfUnsupported("text without a font");
    const baseCharSpacing = font.vertical ? -ts.charSpacing : ts.charSpacing;
    if (!chars) {
      const charSpacing = baseCharSpacing + extraSpacing;
      if (charSpacing) {
        if (!font.vertical) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
        else ts.translateTextMatrix(0, -charSpacing);
      }
      return;
    }
    const glyphs = glyphsOf(font, chars);
    const scale = 0.001 * ts.fontSize;
    for (let i = 0, ii = glyphs.length; i < ii; i++) {
      const glyph = glyphs[i];
      if (!glyph || glyph.invisibleFormatMark) continue;
      let charSpacing = baseCharSpacing + (i + 1 === ii ? extraSpacing : 0);
      let scaledDim = glyph.advance * scale;
      if (glyph.code === 0x20) charSpacing += ts.wordSpacing;
      if (glyph.whitespace) {
        if (!font.vertical) {
          charSpacing += scaledDim;
          ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
        } else {
          charSpacing += -scaledDim;
          ts.translateTextMatrix(0, -charSpacing);
        }
        this.saveLastChar(" ");
        continue;
      }
      if (!glyph.zeroWidthDiacritic && !this.compareWithLastPosition(ts, scaledDim)) {
        if (!font.vertical) ts.translateTextMatrix(scaledDim * ts.textHScale, 0);
        else ts.translateTextMatrix(0, scaledDim);
        continue;
      }
      this.ensure(ts);
      if (glyph.zeroWidthDiacritic) scaledDim = 0;
      if (!font.vertical) {
        scaledDim *= ts.textHScale;
        ts.translateTextMatrix(scaledDim, 0);
        this.width += scaledDim;
      } else {
        ts.translateTextMatrix(0, scaledDim);
        scaledDim = Math.abs(scaledDim);
        this.height += scaledDim;
      }
      if (scaledDim) {
        this.prevTransform = ts.textTransform();
        this.prevTextRise = ts.textRise;
      }
      if (this.saveLastChar(glyph.unicode)) this.str.push(" ");
      this.str.push(glyph.unicode);
      if (charSpacing) {
        if (!font.vertical) ts.translateTextMatrix(charSpacing * ts.textHScale, 0);
        else ts.translateTextMatrix(0, -charSpacing);
      }
    }
  }
}

/** The scale from text space to the page along the line: |line matrix x| · |ctm x|. */
function advanceScale(ts: TextState): number {
  const scaleLineX = Math.hypot(ts.textLineMatrix[0] as number, ts.textLineMatrix[1] as number);
  const scaleCtmX = Math.hypot(ts.ctm[0] as number, ts.ctm[1] as number);
  return scaleCtmX * scaleLineX;
}

function fontChanged(a: TextState, b: TextState): boolean {
  if (!a.font || !b.font) throw new PdfUnsupported("a font change before any font");
  return a.font.name !== b.font.name || a.font.vertical !== b.font.vertical;
}

/** Positions turned back by the rotation of the text (0, 90, 180, 270 or any). */
function unrotate(
  current: Matrix,
  prev: Matrix,
  posX: number,
  posY: number,
  lastPosX: number,
  lastPosY: number,
): [number, number, number, number] {
  let rotate = -1;
  if (current[0] && current[1] === 0 && current[2] === 0) rotate = (current[0] as number) > 0 ? 0 : 180;
  else if (current[1] && current[0] === 0 && current[3] === 0) rotate = (current[1] as number) > 0 ? 90 : 270;
  switch (rotate) {
    case 0:
      return [posX, posY, lastPosX, lastPosY];
    case 90:
      return [posY, posX, lastPosY, lastPosX];
    case 180:
      return [-posX, -posY, -lastPosX, -lastPosY];
    case 270:
      return [-posY, -posX, -lastPosY, -lastPosX];
  }
  const [x, y] = inverseRotation(posX, posY, current);
  const [lx, ly] = inverseRotation(lastPosX, lastPosY, prev);
  return [x, y, lx, ly];
}

function inverseRotation(x: number, y: number, m: Matrix): [number, number] {
  const a = m[0] as number;
  const b = m[1] as number;
  const scale = Math.hypot(a, b);
  return [(a * x + b * y) / scale, ((m[2] as number) * x + (m[3] as number) * y) / scale];
}
