// Step 1: the input read into lines — its kind sniffed, text and HTML decoded as every reader
// of the toolkit decodes, PDF and .docx read by their readers (loaded on first use) — or the
// located error that stops the reading (empty input, bytes passed as a string, nothing legible).
import { decodeText, getFormat, type Message, type Issue } from "@disclosure/schema";
import { type InputKind, sniffKind } from "../detect.js";
import { issue, type ReadDocument, type SourceLocation } from "../model.js";
import { failed, type ParseOptions, type ParseResult } from "./model.js";

/** The input as lines, with the warnings of decoding and reading; or the result of a stopped reading. */
export type ReadInput =
  | {
      readonly ok: true;
      readonly kind: InputKind;
      readonly doc: ReadDocument;
      readonly warnings: Issue[];
    }
  | { readonly ok: false; readonly result: ParseResult };

/**
 * The text of a text or HTML input, decoded as every reader of the toolkit decodes
 * (`decodeText` of @disclosure/schema: BOM, UTF-16, UTF-8, the page's <meta charset>, GB18030),
 * NUL characters removed; its warnings (encoding, undecodable bytes, NUL and control
 * characters) located by line and column.
 */
function decodedInput(data: string | Uint8Array, kind: InputKind): { text: string; warnings: Issue[] } {
  const d = decodeText(data, { html: kind === "html" });
  return { text: d.text, warnings: [...d.warnings] };
}

/** Where a document of a kind begins. */
function startOf(kind: InputKind): SourceLocation {
  if (kind === "pdf") return { kind: "pdf", page: 1, x: 0, y: 0 };
  if (kind === "docx") return { kind: "docx", paragraph: 1 };
  if (kind === "html") return { kind: "html", path: "body" };
  return { kind: "text", line: 1 };
}

/** A reading stopped at its input, by one error at `location`. */
function stopped(
  code: "PARSE-EMPTY" | "PARSE-INPUT",
  message: Message,
  location: SourceLocation,
): ParseResult {
  return failed([issue(code, "error", message, location)]);
}

function emptyInput(kind: InputKind): ParseResult {
  return stopped(
    "PARSE-EMPTY",
    { zh: "输入为空：没有可读取的内容", en: "the input is empty: there is nothing to read" },
    kind === "pdf" ? startOf("pdf") : startOf("text"),
  );
}

function bytesRequired(kind: "pdf" | "docx"): ParseResult {
  const name = kind === "pdf" ? "PDF" : ".docx";
  return stopped(
    "PARSE-INPUT",
    {
      zh: `${name} 须以字节（Uint8Array）传入，而不是字符串`,
      en: `a ${name} must be passed as bytes (Uint8Array), not as a string`,
    },
    startOf("text"),
  );
}

function noText(kind: InputKind): ParseResult {
  return stopped(
    "PARSE-EMPTY",
    { zh: "文档中没有文字内容", en: "the document holds no text" },
    startOf(kind),
  );
}

/** The limits option as a reader takes it: left out when not given. */
function limitsOf(opts: ParseOptions): Pick<ParseOptions, "limits"> {
  return opts.limits === undefined ? {} : { limits: opts.limits };
}

/** A PDF or .docx read by its reader (imported on first use). */
async function readBinary(data: Uint8Array, kind: "pdf" | "docx", opts: ParseOptions): Promise<ReadDocument> {
  if (kind === "docx") return (await import("../docx.js")).readDocx(data, limitsOf(opts));
  // The 2021 format's labels and headings: what a PDF's rows are rebuilt around before the format is known.
  return (await import("../pdf.js")).readPdf(data, {
    format: getFormat("2021"),
    ...(opts.pdfjs === undefined ? {} : { pdfjs: opts.pdfjs }),
    ...limitsOf(opts),
  });
}

/** A text or HTML input decoded and read into lines. */
async function readTextual(data: string | Uint8Array, kind: "html" | "text", opts: ParseOptions) {
  const input = decodedInput(data, kind);
  const doc =
    kind === "html"
      ? await (await import("../html.js")).readHtml(input.text, limitsOf(opts))
      : (await import("../text.js")).readText(input.text);
  return { doc, decoding: input.warnings };
}

/** Reads the input into lines, or stops with a located error. */
export async function readInput(
  input: string | Uint8Array | ArrayBuffer,
  opts: ParseOptions,
): Promise<ReadInput> {
  const data = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  const size = typeof data === "string" ? data.trim().length : data.length;
  const kind = opts.from ?? (size ? sniffKind(data) : "text");
  if (!size) return { ok: false, result: emptyInput(kind) };
  let doc: ReadDocument;
  let decoding: Issue[] = [];
  if (kind === "pdf" || kind === "docx") {
    if (typeof data === "string") return { ok: false, result: bytesRequired(kind) };
    doc = await readBinary(data, kind, opts);
  } else {
    ({ doc, decoding } = await readTextual(data, kind, opts));
  }
  const warnings: Issue[] = [...decoding, ...doc.warnings];
  if (doc.issues.some((i) => i.severity === "error"))
    return { ok: false, result: failed([...doc.issues], warnings) };
  if (!doc.lines.length) return { ok: false, result: noText(kind) };
  return { ok: true, kind, doc, warnings };
}
