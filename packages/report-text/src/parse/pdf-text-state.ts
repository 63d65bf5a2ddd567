// The text state of a content stream as pdfjs-dist's text layer keeps it (src/core/evaluator.js
// `TextState`, Apache-2.0): the current transformation matrix, the text and line matrices,
// font and spacing. As there, `q` saves all of it — the text matrices too — and `Q` restores it.
import type { PdfFont } from "./pdf-fonts.js";

/** A matrix [a b c d e f]. */
export type Matrix = number[];

export const IDENTITY: readonly number[] = [1, 0, 0, 1, 0, 0];

/** m1 × m2, in the order of operations pdfjs-dist's `Util.transform` uses (so the doubles agree). */
export function transform(m1: ArrayLike<number>, m2: ArrayLike<number>): Matrix {
  const a0 = m1[0] as number;
  const a1 = m1[1] as number;
  const a2 = m1[2] as number;
  const a3 = m1[3] as number;
  const a4 = m1[4] as number;
  const a5 = m1[5] as number;
  const b0 = m2[0] as number;
  const b1 = m2[1] as number;
  const b2 = m2[2] as number;
  const b3 = m2[3] as number;
  const b4 = m2[4] as number;
  const b5 = m2[5] as number;
  return [
    a0 * b0 + a2 * b1,
    a1 * b0 + a3 * b1,
    a0 * b2 + a2 * b3,
    a1 * b2 + a3 * b3,
    a0 * b4 + a2 * b5 + a4,
    a1 * b4 + a3 * b5 + a5,
  ];
}

/** The six numbers of `m` into `into`. */
function copyInto(into: Matrix, m: readonly number[]): void {
  for (let i = 0; i < 6; i++) into[i] = m[i] as number;
}

/** `m` moved by (x, y) in its own space: its translation becomes m × [1 0 0 1 x y]'s. */
function translate(m: Matrix, x: number, y: number): void {
  const t = m as [number, number, number, number, number, number];
  t[4] = t[0] * x + t[2] * y + t[4];
  t[5] = t[1] * x + t[3] * y + t[5];
}

export class TextState {
  ctm: Matrix = [...IDENTITY];
  fontName: string | null = null;
  fontSize = 0;
  font: PdfFont | null = null;
  textMatrix: Matrix = [...IDENTITY];
  textLineMatrix: Matrix = [...IDENTITY];
  charSpacing = 0;
  wordSpacing = 0;
  leading = 0;
  textHScale = 1;
  textRise = 0;

  clone(): TextState {
    const c = new TextState();
    c.ctm = this.ctm;
    c.fontName = this.fontName;
    c.fontSize = this.fontSize;
    c.font = this.font;
    c.textMatrix = this.textMatrix.slice();
    c.textLineMatrix = this.textLineMatrix.slice();
    c.charSpacing = this.charSpacing;
    c.wordSpacing = this.wordSpacing;
    c.leading = this.leading;
    c.textHScale = this.textHScale;
    c.textRise = this.textRise;
    return c;
  }

  setTextMatrix(m: readonly number[]): void {
    copyInto(this.textMatrix, m);
  }

  setTextLineMatrix(m: readonly number[]): void {
    copyInto(this.textLineMatrix, m);
  }

  translateTextMatrix(x: number, y: number): void {
    translate(this.textMatrix, x, y);
  }

  translateTextLineMatrix(x: number, y: number): void {
    translate(this.textLineMatrix, x, y);
  }

  carriageReturn(): void {
    this.translateTextLineMatrix(0, -this.leading);
    this.textMatrix = this.textLineMatrix.slice();
  }

  /** Where the next glyph is drawn: ctm × text matrix × [size·scale 0 0 size 0 rise]. */
  textTransform(): Matrix {
    const tsm = [this.fontSize * this.textHScale, 0, 0, this.fontSize, 0, this.textRise];
    return transform(this.ctm, transform(this.textMatrix, tsm));
  }
}

/** q and Q over text states, as pdfjs-dist's StateManager. */
export class StateStack {
  private readonly stack: TextState[] = [];
  constructor(public state: TextState) {}

  save(): void {
    this.stack.push(this.state);
    this.state = this.state.clone();
  }

  restore(): void {
    const prev = this.stack.pop();
    if (prev) this.state = prev;
  }

  transform(m: readonly number[]): void {
    this.state.ctm = transform(this.state.ctm, m);
  }
}
