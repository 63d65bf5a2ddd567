// A content stream's operators run for its text, as pdfjs-dist's text layer runs them
// (src/core/evaluator.js `getTextContent` with `EvaluatorPreprocessor`, Apache-2.0): text
// state and positioning, showing text, q/Q/cm, marked content and form XObjects (which end
// the item being built). Operands are checked as pdfjs-dist would count them; where it would
// go its own way (an operator it does not know, a count of operands it would make up from
// earlier ones, an inline image, a font set through a graphics state) PdfUnsupported is thrown.
import { type PdfFont, loadFont } from "./pdf-fonts.js";
import {
  EOF,
  PdfCmd,
  type PdfDict,
  PdfLexer,
  PdfName,
  PdfStream,
  PdfTooComplex,
  PdfUnsupported,
  type PdfValue,
} from "./pdf-lexer.js";
import { type PdfObjects, PdfParser } from "./pdf-objects.js";
import { type RawTextItem, TextChunks } from "./pdf-text-chunks.js";
import { IDENTITY, StateStack, TextState } from "./pdf-text-state.js";

/** An operator's operands as pdfjs-dist counts them: how many, and whether fewer may be given (colour operators). */
interface OperatorSpec {
  readonly operands: number;
  readonly variable: boolean;
}

/** Operators by the number of operands they take, as pdfjs-dist's table (`EvaluatorPreprocessor.opMap`). */
const BY_OPERANDS: readonly (readonly [number, string])[] = [
  [0, "q Q h S s f F f* B B* b b* n W W* BT ET T* EMC BX EX BI ID"],
  [1, "w J j M ri i gs Tc Tw Tz TL Tr Ts CS cs G g sh Tj TJ ' Do MP BMC EI"],
  [2, "d m l Tf Td TD d0 DP BDC"],
  [3, 'RG rg "'],
  [4, "v y re K k"],
  [6, "cm c d1 Tm"],
];

/** Operators by name. */
const OPERATORS = new Map<string, OperatorSpec>([
  ...BY_OPERANDS.flatMap(([operands, names]) =>
    names.split(" ").map((op): [string, OperatorSpec] => [op, { operands, variable: false }]),
  ),
  ["SC", { operands: 4, variable: true }],
  ["sc", { operands: 4, variable: true }],
  ["SCN", { operands: 33, variable: true }],
  ["scn", { operands: 33, variable: true }],
]);

/** What pdfjs-dist's lexer knows as keywords in a content stream: the operators and the prefixes of true, false and null. */
const KEYWORDS: ReadonlySet<string> = new Set([
  ...OPERATORS.keys(),
  ...["BM", "BD", "true", "fa", "fal", "fals", "false", "nu", "nul", "null"],
]);

/** Form XObjects nested at most. */
const MAX_FORM_DEPTH = 16;
/** Operands one operator may have, as pdfjs-dist. */
const MAX_OPERANDS = 33;

/** The reader's context over one document: its objects, fonts (by font dictionary) and the operators it may still run. */
export interface ContentContext {
  readonly objects: PdfObjects;
  readonly fonts: Map<PdfDict, PdfFont>;
  budget: number;
}

/**
 * Operators one document may run, forms counted each time they are painted: the corpus PDF's
 * pages of dense tables run some 3,000 each (15,283 in 5 pages); forms painting forms would run
 * without bound (PdfTooComplex): stopped within seconds.
 */
export const operatorBudget = (pages: number) => Math.max(1_000_000, 50_000 * pages);

function num(v: PdfValue | undefined): number {
  if (typeof v !== "number") throw new PdfUnsupported("an operand that is not a number");
  return v;
}

function nums(args: readonly PdfValue[]): number[] {
  return args.map(num);
}

function str(v: PdfValue | undefined): string {
  if (typeof v !== "string") throw new PdfUnsupported("text that is not a string");
  return v;
}

function dictIn(ctx: ContentContext, d: PdfDict | undefined, key: string): PdfDict | undefined {
  const v = ctx.objects.resolve(d?.get(key));
  return v instanceof Map ? v : undefined;
}

/** The font a resource name sets, loaded once a font dictionary. */
function fontOf(ctx: ContentContext, resources: PdfDict, name: string): PdfFont {
  const dict = dictIn(ctx, dictIn(ctx, resources, "Font"), name);
  if (!dict) throw new PdfUnsupported("a font not in the resources");
  let font = ctx.fonts.get(dict);
  if (!font) {
    font = loadFont(ctx.objects, dict);
    ctx.fonts.set(dict, font);
  }
  return font;
}

/** One content stream run: its own item builder, writing into `items`. */
class ContentRun {
  readonly chunks: TextChunks;
  private readonly emptyForms = new Set<string>();
  constructor(
    private readonly ctx: ContentContext,
    private readonly resources: PdfDict,
    private readonly stack: StateStack,
    viewBox: readonly number[],
    items: RawTextItem[],
    private readonly depth: number,
    private readonly forms: ReadonlySet<PdfStream>,
  ) {
    this.chunks = new TextChunks(viewBox, items);
  }

  run(bytes: Uint8Array): void {
    const parser = new PdfParser(new PdfLexer(bytes, 0, bytes.length, KEYWORDS));
    const args: PdfValue[] = [];
    for (;;) {
      const obj = parser.next();
      if (obj === EOF) break;
      if (!(obj instanceof PdfCmd)) {
        args.push(obj);
        if (args.length > MAX_OPERANDS) throw new PdfUnsupported("too many operands");
        continue;
      }
      if (--this.ctx.budget < 0) throw new PdfTooComplex("more operators than any report runs");
      const spec = OPERATORS.get(obj.cmd);
      if (!spec) throw new PdfUnsupported(`an unknown operator ${obj.cmd}`);
      if (!spec.variable && args.length !== spec.operands) {
        throw new PdfUnsupported(`operator ${obj.cmd} with ${args.length} operands`);
      }
      if (obj.cmd === "BI") throw new PdfUnsupported("an inline image");
      this.operator(obj.cmd, args);
      args.length = 0;
    }
    this.chunks.flush();
  }

  private operator(op: string, args: readonly PdfValue[]): void {
    if (op === "q") this.stack.save();
    else if (op === "Q") this.stack.restore();
    else if (op === "cm") this.stack.transform(nums(args));
    const ts = this.stack.state;
    this.chunks.current ??= ts.clone();
    if (!this.textOperator(op, ts, args)) this.otherOperator(op, args);
  }

  /** Text state, positioning and showing; false for any other operator. */
  private textOperator(op: string, ts: TextState, args: readonly PdfValue[]): boolean {
    switch (op) {
      case "Tf":
        this.setFont(ts, args);
        return true;
      case "Ts":
        ts.textRise = num(args[0]);
        return true;
      case "Tz":
        ts.textHScale = num(args[0]) / 100;
        return true;
      case "TL":
        ts.leading = num(args[0]);
        return true;
      case "Td":
      case "TD":
        if (op === "TD") ts.leading = -num(args[1]);
        ts.translateTextLineMatrix(num(args[0]), num(args[1]));
        ts.textMatrix = ts.textLineMatrix.slice();
        return true;
      case "T*":
        ts.carriageReturn();
        return true;
      case "Tm":
        ts.setTextMatrix(nums(args));
        ts.setTextLineMatrix(nums(args));
        this.chunks.updateAdvanceScale(ts);
        return true;
      case "Tc":
        ts.charSpacing = num(args[0]);
        return true;
      case "Tw":
        ts.wordSpacing = num(args[0]);
        return true;
      case "BT":
        ts.textMatrix = IDENTITY.slice();
        ts.textLineMatrix = IDENTITY.slice();
        return true;
    }
    return this.showOperator(op, ts, args);
  }

  private showOperator(op: string, ts: TextState, args: readonly PdfValue[]): boolean {
    if (op !== "Tj" && op !== "TJ" && op !== "'" && op !== '"') return false;
    if (!ts.font) throw new PdfUnsupported("text shown before any font is set");
    if (op === "TJ") {
      this.showSpaced(ts, args[0]);
      return true;
    }
    if (op === '"') {
      ts.wordSpacing = num(args[0]);
      ts.charSpacing = num(args[1]);
    }
    if (op !== "Tj") ts.carriageReturn();
    this.chunks.show(ts, str(args[args.length - 1]), 0);
    return true;
  }

  private showSpaced(ts: TextState, elements: PdfValue | undefined): void {
    if (!Array.isArray(elements)) throw new PdfUnsupported("TJ without an array");
    const spaceFactor = ((ts.font?.vertical ? 1 : -1) * ts.fontSize) / 1000;
    let buffer: string[] = [];
    for (const item of elements) {
      if (typeof item === "string") buffer.push(item);
      else if (typeof item === "number" && item !== 0) {
        const chars = buffer.join("");
        buffer = [];
        this.chunks.show(ts, chars, item * spaceFactor);
      }
    }
    if (buffer.length > 0) this.chunks.show(ts, buffer.join(""), 0);
  }

  private setFont(ts: TextState, args: readonly PdfValue[]): void {
    const name = args[0];
    const size = num(args[1]);
    if (!(name instanceof PdfName)) throw new PdfUnsupported("Tf without a font name");
    if (ts.font && name.name === ts.fontName && size === ts.fontSize) return;
    ts.fontName = name.name;
    ts.fontSize = size;
    ts.font = fontOf(this.ctx, this.resources, name.name);
  }

  private otherOperator(op: string, args: readonly PdfValue[]): void {
    if (op === "BMC" || op === "BDC" || op === "EMC") this.chunks.flush();
    else if (op === "Do") this.paintXObject(args[0]);
    else if (op === "gs") this.checkGState(args[0]);
  }

  /** A graphics state that sets a font is not followed. */
  private checkGState(name: PdfValue | undefined): void {
    if (!(name instanceof PdfName)) throw new PdfUnsupported("gs without a name");
    const gs = dictIn(this.ctx, dictIn(this.ctx, this.resources, "ExtGState"), name.name);
    if (!gs) throw new PdfUnsupported("a graphics state not in the resources");
    if (gs.has("Font")) throw new PdfUnsupported("a graphics state that sets a font");
  }

  /** Ends the item being built; runs a form XObject's content in the state here (each form once empty, skipped after). */
  private paintXObject(name: PdfValue | undefined): void {
    this.chunks.flush();
    if (!(name instanceof PdfName)) throw new PdfUnsupported("Do without a name");
    if (this.emptyForms.has(name.name)) return;
    const xobjects = dictIn(this.ctx, this.resources, "XObject");
    const raw = xobjects?.get(name.name);
    const xobj = this.ctx.objects.resolve(raw);
    if (!(xobj instanceof PdfStream)) throw new PdfUnsupported("an XObject that is not a stream");
    const subtype = xobj.dict.get("Subtype");
    if (!(subtype instanceof PdfName)) throw new PdfUnsupported("an XObject without a subtype");
    if (subtype.name !== "Form") {
      this.emptyForms.add(name.name);
      return;
    }
    if (this.forms.has(xobj) || this.depth >= MAX_FORM_DEPTH)
      throw new PdfUnsupported("forms nested in a loop");
    const before = this.chunks.items.length;
    this.runForm(xobj);
    if (this.chunks.items.length === before) this.emptyForms.add(name.name);
  }

  private runForm(form: PdfStream): void {
    const stack = new StateStack(this.stack.state.clone());
    const matrix = this.ctx.objects.resolve(form.dict.get("Matrix"));
    if (Array.isArray(matrix) && matrix.length === 6 && matrix.every((x) => typeof x === "number")) {
      stack.transform(matrix as number[]);
    } else if (matrix !== undefined) throw new PdfUnsupported("a form matrix that is not six numbers");
    const local = dictIn(this.ctx, form.dict, "Resources") ?? this.resources;
    const forms = new Set(this.forms).add(form);
    const child = new ContentRun(
      this.ctx,
      local,
      stack,
      this.chunks.viewBox,
      this.chunks.items,
      this.depth + 1,
      forms,
    );
    child.run(this.ctx.objects.bytes(form));
  }
}

/** The text items of a content stream (a page's contents) with its resources, on a page of `viewBox`. */
export function contentTextItems(
  ctx: ContentContext,
  bytes: Uint8Array,
  resources: PdfDict,
  viewBox: readonly number[],
): RawTextItem[] {
  const items: RawTextItem[] = [];
  new ContentRun(ctx, resources, new StateStack(new TextState()), viewBox, items, 0, new Set()).run(bytes);
  return items;
}
