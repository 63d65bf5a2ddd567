// PDF tokens and objects (PDF 32000-1 §7.2–7.3), read byte by byte the way pdfjs-dist's
// Lexer and Parser read them (src/core/parser.js, Apache-2.0): numbers, strings, names and
// keywords come out as pdfjs-dist makes them, so a text layer read with them places every
// glyph where pdfjs-dist places it. Anything this reader does not follow the way pdfjs-dist
// would (a stray ")", an unterminated string, a dictionary key that is no name) throws
// {@link PdfUnsupported}: the caller then leaves the file to pdfjs-dist.

/** Thrown where the own reader does not follow a file exactly as pdfjs-dist would: read it with pdfjs-dist. */
export class PdfUnsupported extends Error {
  override readonly name = "PdfUnsupported";
}

/**
 * Thrown where a file would make any reader work without bound (forms painting forms painting
 * forms, width tables of millions of entries): the file is refused, not handed on.
 */
export class PdfTooComplex extends Error {
  override readonly name = "PdfTooComplex";
}

/** A name object (/Font), interned: equal names are the same object. */
export class PdfName {
  private constructor(readonly name: string) {}
  private static readonly all = new Map<string, PdfName>();
  static of(name: string): PdfName {
    let n = PdfName.all.get(name);
    if (!n) {
      n = new PdfName(name);
      PdfName.all.set(name, n);
    }
    return n;
  }
}

/** A keyword (an operator, "obj", "R", "[" …), interned. */
export class PdfCmd {
  private constructor(readonly cmd: string) {}
  private static readonly all = new Map<string, PdfCmd>();
  static of(cmd: string): PdfCmd {
    let c = PdfCmd.all.get(cmd);
    if (!c) {
      c = new PdfCmd(cmd);
      PdfCmd.all.set(cmd, c);
    }
    return c;
  }
}

/** An indirect reference (12 0 R). */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A stream: its dictionary and its raw (still encoded) bytes. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
    /** The object it is (number and generation): an encrypted file's stream key depends on them. */
    readonly num = 0,
    readonly gen = 0,
  ) {}
}

/** A dictionary, its keys without the "/". */
export type PdfDict = Map<string, PdfValue>;

/** A PDF object; a string is its bytes, one character a byte. */
export type PdfValue = number | boolean | null | string | PdfName | PdfRef | PdfStream | PdfDict | PdfValue[];

/** The end of the input. */
export const EOF: unique symbol = Symbol("EOF");

/** A token: an object that is not a container, a keyword, or the end. */
export type PdfToken = number | boolean | null | string | PdfName | PdfCmd | typeof EOF;

// pdfjs-dist's table: 1 white space, 2 delimiter, 0 regular.
const SPECIAL = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) SPECIAL[c] = 1;
for (const c of "%()/<>[]{}") SPECIAL[c.charCodeAt(0)] = 2;

function hexDigit(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch & 0x0f;
  if ((ch >= 0x41 && ch <= 0x46) || (ch >= 0x61 && ch <= 0x66)) return (ch & 0x0f) + 9;
  return -1;
}

const ESCAPES: Record<number, string> = {
  110: "\n",
  114: "\r",
  116: "\t",
  98: "\b",
  102: "\f",
  92: "\\",
  40: "(",
  41: ")",
};

/**
 * Tokens of PDF bytes from `pos` to `end`. With `commands` (a content stream's operators),
 * a keyword ends where the longest known operator ends ("BTq" is BT then q), as pdfjs-dist
 * reads it.
 */
export class PdfLexer {
  pos: number;
  constructor(
    readonly bytes: Uint8Array,
    pos = 0,
    readonly end = bytes.length,
    private readonly commands?: ReadonlySet<string>,
  ) {
    this.pos = pos;
  }

  private peek(): number {
    return this.pos < this.end ? (this.bytes[this.pos] as number) : -1;
  }

  /** The next token. */
  next(): PdfToken {
    const ch = this.skipSpace();
    if (ch < 0) return EOF;
    if ((ch >= 0x30 && ch <= 0x39) || ch === 0x2b || ch === 0x2d || ch === 0x2e) return this.number();
    switch (ch) {
      case 0x28:
        this.pos++;
        return this.literal();
      case 0x2f:
        this.pos++;
        return this.name();
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
        this.pos++;
        return PdfCmd.of(String.fromCharCode(ch));
      case 0x3c:
        this.pos++;
        if (this.peek() === 0x3c) {
          this.pos++;
          return PdfCmd.of("<<");
        }
        return this.hex();
      case 0x3e:
        this.pos++;
        if (this.peek() === 0x3e) {
          this.pos++;
          return PdfCmd.of(">>");
        }
        return PdfCmd.of(">");
      case 0x29:
        throw new PdfUnsupported("a stray ')'");
    }
    return this.keyword();
  }

  /** Skips white space and comments; the byte there, or -1 at the end. */
  private skipSpace(): number {
    let comment = false;
    for (; this.pos < this.end; this.pos++) {
      const ch = this.bytes[this.pos] as number;
      if (comment) {
        if (ch === 0x0a || ch === 0x0d) comment = false;
      } else if (ch === 0x25) comment = true;
      else if (SPECIAL[ch] !== 1) return ch;
    }
    return -1;
  }

  /** A number, computed digit by digit as pdfjs-dist does (so "0.1" is the same double). */
  private number(): number {
    let ch = this.peek();
    let divideBy = 0;
    let sign = 1;
    if (ch === 0x2d) {
      sign = -1;
      ch = this.advance();
      if (ch === 0x2d) ch = this.advance();
    } else if (ch === 0x2b) ch = this.advance();
    while (ch === 0x0a || ch === 0x0d) ch = this.advance();
    if (ch === 0x2e) {
      divideBy = 10;
      ch = this.advance();
    }
    if (ch < 0x30 || ch > 0x39) throw new PdfUnsupported("a number without digits");
    let value = ch - 0x30;
    for (ch = this.advance(); ch >= 0; ch = this.advance()) {
      if (ch >= 0x30 && ch <= 0x39) {
        if (divideBy !== 0) divideBy *= 10;
        value = value * 10 + (ch - 0x30);
      } else if (ch === 0x2e && divideBy === 0) divideBy = 1;
      else if (ch === 0x2d) throw new PdfUnsupported("a minus sign inside a number");
      else break;
    }
    if (divideBy !== 0) value /= divideBy;
    return sign * value;
  }

  private advance(): number {
    this.pos++;
    return this.peek();
  }

  /** A literal string after its "(": escapes, octal codes and line continuations resolved. */
  private literal(): string {
    const out: string[] = [];
    let depth = 1;
    for (let ch = this.peek(); ; ch = this.peek()) {
      if (ch < 0) throw new PdfUnsupported("an unterminated string");
      this.pos++;
      if (ch === 0x28) depth++;
      else if (ch === 0x29 && --depth === 0) return out.join("");
      if (ch !== 0x5c) {
        out.push(String.fromCharCode(ch));
        continue;
      }
      const esc = this.peek();
      if (esc < 0) throw new PdfUnsupported("an unterminated string");
      this.pos++;
      if (esc >= 0x30 && esc <= 0x37) out.push(String.fromCharCode(this.octal(esc)));
      else if (esc === 0x0d) {
        if (this.peek() === 0x0a) this.pos++;
      } else if (esc !== 0x0a) out.push(ESCAPES[esc] ?? String.fromCharCode(esc));
    }
  }

  /** Up to three octal digits, the first already read. */
  private octal(first: number): number {
    let x = first & 0x0f;
    for (let k = 0; k < 2; k++) {
      const ch = this.peek();
      if (ch < 0x30 || ch > 0x37) break;
      x = (x << 3) + (ch & 0x0f);
      this.pos++;
    }
    // As pdfjs-dist: \777 is character 511, not masked to a byte.
    return x;
  }

  /** A hexadecimal string after its "<": white space and other characters skipped, an odd digit padded with 0. */
  private hex(): string {
    const out: string[] = [];
    let first = -1;
    for (let ch = this.peek(); ; ch = this.peek()) {
      if (ch < 0) throw new PdfUnsupported("an unterminated hexadecimal string");
      this.pos++;
      if (ch === 0x3e) break;
      const d = hexDigit(ch);
      if (d === -1) {
        if (SPECIAL[ch] !== 1) throw new PdfUnsupported("a bad digit in a hexadecimal string");
      } else if (first === -1) first = d;
      else {
        out.push(String.fromCharCode((first << 4) | d));
        first = -1;
      }
    }
    if (first !== -1) out.push(String.fromCharCode(first << 4));
    return out.join("");
  }

  /** A name after its "/", #xx codes resolved. */
  private name(): PdfName {
    const out: string[] = [];
    for (let ch = this.peek(); ch >= 0 && !SPECIAL[ch]; ch = this.peek()) {
      this.pos++;
      if (ch !== 0x23) {
        out.push(String.fromCharCode(ch));
        continue;
      }
      const hi = hexDigit(this.peek());
      const lo = hi < 0 ? -1 : hexDigit(this.bytes[this.pos + 1] ?? -1);
      if (lo < 0 || this.pos + 1 >= this.end) throw new PdfUnsupported("a bad # code in a name");
      out.push(String.fromCharCode((hi << 4) | lo));
      this.pos += 2;
    }
    return PdfName.of(out.join(""));
  }

  /** A keyword, true, false or null. */
  private keyword(): PdfToken {
    const start = this.pos;
    const first = this.bytes[start] as number;
    if (first < 0x20 || first > 0x7f) throw new PdfUnsupported("a control character as a keyword");
    let str = String.fromCharCode(first);
    let known = this.commands?.has(str) ?? false;
    for (this.pos++; this.pos < this.end; this.pos++) {
      const ch = this.bytes[this.pos] as number;
      if (SPECIAL[ch]) break;
      const longer = str + String.fromCharCode(ch);
      if (known && !this.commands?.has(longer)) break;
      if (str.length === 128) throw new PdfUnsupported("a keyword too long");
      str = longer;
      known = this.commands?.has(str) ?? false;
    }
    if (str === "true") return true;
    if (str === "false") return false;
    if (str === "null") return null;
    return PdfCmd.of(str);
  }
}
