// Text from the bytes of a file as offices and websites keep them: UTF-8 with or without BOM,
// UTF-16 (Excel's "Unicode text", with or without BOM), GBK / GB18030 (Excel and WPS on
// Chinese Windows), and web pages that declare their charset in a <meta>. One decoding step
// for every reader, so that a file one command reads is read the same by all of them.
import { controlCharIssues } from "./control-chars.js";
import { type Issue, type Location, message } from "./issues.js";
import { fileLocation } from "./location.js";

export type Utf16 = "utf-16le" | "utf-16be";

export interface DecodedText {
  /** The text, BOM dropped, NUL characters removed (each reported in `warnings`). */
  text: string;
  /** The encoding read, by its WHATWG name: "utf-8", "utf-16le", "gb18030", "big5" …; "utf-16" for a JS string. */
  encoding: string;
  bom: boolean;
  /** What told the encoding: a BOM, a UTF-16 pattern of NUL bytes, the page's <meta charset>, or the bytes themselves. */
  by: "bom" | "nul-pattern" | "meta" | "bytes" | "string";
  /** Located warnings: not UTF-8, a <meta> the bytes contradict, undecodable bytes, NUL and control characters. */
  warnings: Issue[];
}

export interface DecodeOptions {
  /** File name for the warnings' locations. */
  file?: string;
  /** Honour an HTML <meta charset>: true, or (default) when the text opens with "<". */
  html?: boolean;
}

/**
 * The byte-order mark the bytes open with, if any.
 * @example byteOrderMark(new Uint8Array([0xff, 0xfe, 0x2c, 0x76])) //=> { encoding: "utf-16le", length: 2 }
 */
export function byteOrderMark(bytes: Uint8Array): { encoding: "utf-8" | Utf16; length: number } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return undefined;
}

/** Bytes looked at for a UTF-16 pattern of NUL bytes. */
const NUL_SAMPLE = 4096;

/**
 * UTF-16 without a BOM, told by its NUL bytes: the high byte of every ASCII character (digits,
 * line ends, punctuation) is 0, always on the same side of each byte pair. UTF-8 and GB18030
 * text has no NUL at all, so a stray NUL or two in it (at least 2, and one in 64 pairs, are
 * needed, two thirds on one side) never makes it UTF-16. The bytes must also decode as
 * UTF-16 without a lone surrogate.
 * @example utf16ByNuls(new Uint8Array([0x31, 0, 0x32, 0, 0x2c, 0x76])) //=> "utf-16le"
 */
export function utf16ByNuls(bytes: Uint8Array): Utf16 | undefined {
  const n = Math.min(bytes.length, NUL_SAMPLE) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const zeros = even + odd;
  if (zeros < Math.max(2, n / 2 / 64)) return undefined;
  const guess: Utf16 | undefined =
    odd * 3 >= zeros * 2 ? "utf-16le" : even * 3 >= zeros * 2 ? "utf-16be" : undefined;
  if (!guess) return undefined;
  try {
    new TextDecoder(guess, { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
    return guess;
  } catch {
    return undefined;
  }
}

/** Bytes of a page looked at for its <meta charset>. */
const META_SAMPLE = 4096;

/**
 * The encoding an HTML page declares in its first 4 KB, `<meta charset="gbk">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, by its WHATWG name
 * (gb2312 → "gbk"); undefined when none or not one the platform decodes.
 * @example declaredCharset(new TextEncoder().encode('<meta charset="GB2312">')) //=> "gbk"
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, META_SAMPLE));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag)?.[1];
    if (!label) continue;
    try {
      const name = new TextDecoder(label).encoding;
      // As browsers do: a page cannot declare UTF-16 in bytes read as ASCII.
      return name.startsWith("utf-16") ? "utf-8" : name;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function opensWithMarkup(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 256)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x3c;
  }
  return false;
}

function strictlyDecoded(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

type Read = Omit<DecodedText, "warnings" | "text"> & { text?: string; notes: Issue[] };

/** Which encoding the bytes are in, and the text when a strict decoding already gave it. */
function chooseEncoding(bytes: Uint8Array, opts: DecodeOptions): Read {
  const where = fileLocation(opts.file);
  const bom = byteOrderMark(bytes);
  if (bom) return { encoding: bom.encoding, bom: true, by: "bom", notes: [] };
  const utf16 = utf16ByNuls(bytes);
  if (utf16) return { encoding: utf16, bom: false, by: "nul-pattern", notes: [] };
  const declared = (opts.html ?? opensWithMarkup(bytes)) ? declaredCharset(bytes) : undefined;
  const utf8 = strictlyDecoded(bytes, "utf-8");
  if (utf8 !== undefined) {
    const notes =
      declared && declared !== "utf-8" && /[^\u0000-\u007f]/.test(utf8)
        ? [mismatch(declared, "utf-8", where)]
        : [];
    return { text: utf8, encoding: "utf-8", bom: false, by: "bytes", notes };
  }
  if (declared && declared !== "utf-8") return { encoding: declared, bom: false, by: "meta", notes: [] };
  const notes: Issue[] = [
    declared
      ? mismatch(declared, "gb18030", where)
      : {
          code: "ENCODING-GB18030",
          severity: "warning",
          location: where,
          message: message(
            "文件不是 UTF-8 编码，已按 GBK/GB18030 读取",
            "the file is not UTF-8; read as GBK/GB18030",
          ),
        },
  ];
  return { encoding: "gb18030", bom: false, by: "bytes", notes };
}

function mismatch(declared: string, read: string, where: Location | undefined): Issue {
  return {
    code: "ENCODING-DECLARED",
    severity: "warning",
    location: where,
    value: declared,
    message: message(
      `网页声明的编码 ${declared} 与内容不符，已按 ${read} 读取`,
      `the page declares ${declared}, which its bytes are not; read as ${read}`,
    ),
  };
}

/** Where the first undecodable byte sequence (U+FFFD of a lenient decoding) is, and how many there are. */
function replacementIssue(text: string, encoding: string, file: string | undefined): Issue {
  const at = Math.max(0, text.indexOf("\uFFFD"));
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  const count = text.split("\uFFFD").length - 1;
  return {
    code: "ENCODING-UNDECODABLE",
    severity: "warning",
    location: { kind: "text", file, line, column: at - before.lastIndexOf("\n") },
    value: count,
    message: message(
      `有 ${count} 处字节无法按 ${encoding} 解码（已替换为 �），请检查文件编码`,
      `${count} byte sequence(s) cannot be decoded as ${encoding} (replaced by �); check the file's encoding`,
    ),
  };
}

/** The text as readers take it: NUL removed and control characters reported, with their lines. */
function finished(
  text: string,
  read: Omit<DecodedText, "text" | "warnings">,
  warnings: Issue[],
  file?: string,
) {
  const controls = controlCharIssues(text, file);
  const clean = controls.length && text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
  return { ...read, text: clean, warnings: [...warnings, ...controls] };
}

/**
 * Text from a file's bytes, the one way every reader decodes: a BOM decides (UTF-8, UTF-16 LE
 * or BE); else a UTF-16 pattern of NUL bytes; else valid UTF-8 is UTF-8; else a page's
 * `<meta charset>` (HTML) names it; else GB18030 (a superset of GBK, what Excel writes for
 * Chinese CSV). A `<meta>` the bytes contradict is reported, not obeyed. Bytes that do not
 * decode, NUL and other control characters are reported with line and column; NUL characters
 * are removed, so that they never change what is read. A string passes with its BOM dropped
 * and the same checks.
 * @example decodeText(new Uint8Array([0xd3, 0xe0])).text //=> "余" (GBK)
 */
export function decodeText(input: Uint8Array | string, opts: DecodeOptions = {}): DecodedText {
  if (typeof input === "string") {
    const bom = input.charCodeAt(0) === 0xfeff;
    const read = { encoding: "utf-16", bom, by: "string" as const };
    return finished(bom ? input.slice(1) : input, read, [], opts.file);
  }
  const { text: known, notes, ...read } = chooseEncoding(input, opts);
  const body = read.bom ? input.subarray(byteOrderMark(input)?.length ?? 0) : input;
  const strict = known ?? strictlyDecoded(body, read.encoding);
  if (strict !== undefined) return finished(strict, read, notes, opts.file);
  const text = new TextDecoder(read.encoding, { ignoreBOM: true }).decode(body);
  return finished(text, read, [...notes, replacementIssue(text, read.encoding, opts.file)], opts.file);
}
