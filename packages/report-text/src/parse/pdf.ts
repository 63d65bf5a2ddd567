// PDF → lines, from the text layer with positions (pdfjs-dist, loaded on first
// use). Table rows are rebuilt from y positions: items on one baseline form a
// line; header words set on two or three lines in one column (商业/企业,
// 结果/维持, 社会/公益/组织) and vertical labels (三/、/本/年/度…) are joined
// into one piece; a label set on two lines beside its numbers (（二）部分公开…
// 不 / 计其他情形）) is attached to the row of numbers it sits beside. Columns
// are found later from the x positions under the column headers. Page numbers are
// dropped and pages run on into each other, so a table continued over a page break
// reads as one.
import { type FormatDef, isOptionalModuleError, type Issue } from "@disclosure/schema";
import { DEFAULT_READ_LIMITS, type ReadLimitsOption, readLimits } from "./limits.js";
import { issue, type Line, type Piece, type ReadDocument } from "./model.js";
import { type PdfTextItem, pdfItems } from "./pdf-items.js";
import { PdfTooComplex } from "./pdf-lexer.js";
import type { PdfJs } from "./pdf-load.js";
import { headingOf } from "./sections.js";
import { isPageMarker } from "./text.js";

export type { PdfTextItem } from "./pdf-items.js";
export { PDF_READER } from "./pdf-load.js";

const NUMERIC = /^[+\-－]?\d+(?:[,，]\d{3})*(?:\.\d+)?(?:万元|元)?$|^[/／—–\-－]+$|^无$/;

function isNumeric(text: string): boolean {
  return NUMERIC.test(text.trim());
}

interface PdfLine {
  items: PdfTextItem[];
  y: number;
  page: number;
  size: number;
}

/** Items of one page grouped into baselines (top to bottom), each sorted left to right. */
function baselines(items: readonly PdfTextItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  const lines: PdfLine[] = [];
  for (const it of sorted) {
    const last = lines[lines.length - 1];
    const tol = Math.max(2, 0.35 * Math.min(it.size, last?.size ?? it.size));
    if (last && last.page === it.page && Math.abs(last.y - it.y) <= tol) {
      last.items.push(it);
      last.size = Math.max(last.size, it.size);
    } else {
      lines.push({ items: [it], y: it.y, page: it.page, size: it.size });
    }
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines;
}

const hasValues = (l: PdfLine) => l.items.some((i) => isNumeric(i.text));

/** Joins words stacked in one column over consecutive lines (商业/企业) into one item. */
function joinStacks(lines: PdfLine[]): void {
  for (const [i, line] of lines.entries()) {
    if (hasValues(line)) continue;
    for (const it of [...line.items]) {
      if (it.text.trim().length > 4 || /\d/.test(it.text)) continue;
      let bottom = it;
      for (let j = i + 1; j < lines.length; j++) {
        const next = lines[j];
        if (!next || next.page !== it.page || bottom.y - next.y > 1.8 * it.size) break;
        if (hasValues(next)) break;
        const below = next.items.find(
          (o) => Math.abs(o.x - it.x) <= 1.5 && o.text.trim().length <= 4 && !/\d/.test(o.text),
        );
        if (!below) continue;
        it.text += below.text;
        it.w = Math.max(it.w, below.w);
        next.items.splice(next.items.indexOf(below), 1);
        bottom = below;
      }
    }
  }
}

/**
 * For every line, the nearest line with values on its page (the one above on a tie). Lines
 * run top to bottom, so the nearest is the last one above or the first one below: two passes.
 */
function nearestValueLines(lines: readonly PdfLine[]): (PdfLine | undefined)[] {
  const values = lines.map(hasValues);
  const above: (PdfLine | undefined)[] = [];
  let last: PdfLine | undefined;
  lines.forEach((line, i) => {
    if (last?.page !== line.page) last = undefined;
    above.push(last);
    if (values[i]) last = line;
  });
  const nearest: (PdfLine | undefined)[] = new Array(lines.length);
  let next: PdfLine | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    if (!line) continue;
    if (next?.page !== line.page) next = undefined;
    const up = above[i];
    const y = line.y;
    nearest[i] = up && (!next || Math.abs(up.y - y) <= Math.abs(next.y - y)) ? up : next;
    if (values[i]) next = line;
  }
  return nearest;
}

/** Attaches label lines that sit beside a row of numbers (a label set on two lines) to that row. */
function attachLabels(lines: PdfLine[], format: FormatDef): PdfLine[] {
  const nearest = nearestValueLines(lines);
  const keep: PdfLine[] = [];
  for (const [k, line] of lines.entries()) {
    if (hasValues(line) || !line.items.length) {
      keep.push(line);
      continue;
    }
    const text = line.items.map((i) => i.text).join("");
    const target = nearest[k];
    const best = target ? Math.abs(target.y - line.y) : Number.POSITIVE_INFINITY;
    const firstValue = target?.items.find((i) => isNumeric(i.text));
    const beside =
      target &&
      firstValue &&
      best <= 1.2 * line.size + 2 &&
      line.items.every((i) => i.x + i.w <= firstValue.x + 1) &&
      !/[。；]/.test(text) &&
      !headingOf(text, format);
    if (beside && target) target.items.push(...line.items);
    else keep.push(line);
  }
  for (const l of keep) {
    // Labels first (top to bottom, left to right), then the numbers left to right.
    l.items.sort((a, b) => {
      const na = isNumeric(a.text);
      const nb = isNumeric(b.text);
      if (na !== nb) return na ? 1 : -1;
      if (na) return a.x - b.x;
      return Math.abs(a.y - b.y) > 2 ? b.y - a.y : a.x - b.x;
    });
  }
  return keep;
}

/** Options of {@link readPdf}. */
export interface ReadPdfOptions {
  /** The format whose headings must not be taken for row labels. */
  readonly format: FormatDef;
  /** A loaded pdfjs-dist module, where the default import does not suit (a bundler's worker setup). */
  readonly pdfjs?: unknown;
  /** Limits; `pdfBytes` and `pdfPages` apply ({@link DEFAULT_READ_LIMITS}: 50 MB, 2,000 pages). */
  readonly limits?: ReadLimitsOption;
}

const MB = 1024 * 1024;

/** An error issue at the first page of a PDF. */
function pdfError(code: string, zh: string, en: string, page = 1): ReadDocument {
  return {
    lines: [],
    issues: [issue(code, "error", { zh, en }, { kind: "pdf", page, x: 0, y: 0 })],
    warnings: [],
  };
}

function tooLarge(bytes: number, limit: number): ReadDocument {
  const size = (n: number) =>
    n >= MB ? `${Math.round((n / MB) * 10) / 10} MB` : `${Math.round((n / 1024) * 10) / 10} KB`;
  return pdfError(
    "PARSE-PDF-TOO-LARGE",
    `PDF 文件超过限制：${size(bytes)}，最多 ${size(limit)}`,
    `the PDF is ${size(bytes)}, more than the limit of ${size(limit)}`,
  );
}

function tooManyPages(pages: number, limit: number): ReadDocument {
  return pdfError(
    "PARSE-PDF-TOO-MANY-PAGES",
    `PDF 页数超过限制：共 ${pages} 页，最多 ${limit} 页`,
    `the PDF has ${pages} pages, more than the limit of ${limit}`,
    limit + 1,
  );
}

function tooComplex(): ReadDocument {
  return pdfError(
    "PARSE-PDF-TOO-COMPLEX",
    "PDF 结构异常复杂（表单层层嵌套或字宽表过大），超出任何报告所需，拒绝读取（疑似恶意构造的文件）",
    "the PDF's structure is far more complex than any report needs (forms nested in forms, or width tables too large); it is not read (a crafted file?)",
  );
}

/**
 * The lines of a PDF's text layer. A PDF without text (a scanned image) gives an error
 * saying so; so does a file pdfjs cannot open, and pdfjs-dist not installed (PARSE-MODULE-MISSING).
 * A file over the size limit is refused before it is opened (PARSE-PDF-TOO-LARGE), one with
 * more pages than the limit before any page is read (PARSE-PDF-TOO-MANY-PAGES), one whose
 * forms or tables would have a reader work without bound as soon as that shows (PARSE-PDF-TOO-COMPLEX).
 */
export async function readPdf(data: Uint8Array, opts: ReadPdfOptions): Promise<ReadDocument> {
  const limits = readLimits(opts.limits);
  if (data.length > limits.pdfBytes) return tooLarge(data.length, limits.pdfBytes);
  let got: { items: PdfTextItem[]; pages: number };
  try {
    got = await pdfItems(data, limits.pdfPages, opts.pdfjs as PdfJs | undefined);
  } catch (e) {
    if (isOptionalModuleError(e)) {
      const missing = issue("PARSE-MODULE-MISSING", "error", e.bilingual, {
        kind: "pdf",
        page: 1,
        x: 0,
        y: 0,
      });
      return { lines: [], issues: [missing], warnings: [] };
    }
    if (e instanceof PdfTooComplex) return tooComplex();
    const problem: Issue = issue(
      "PARSE-PDF",
      "error",
      {
        zh: `无法打开该 PDF：${(e as Error).message}`,
        en: `the PDF cannot be opened: ${(e as Error).message}`,
      },
      { kind: "pdf", page: 1, x: 0, y: 0 },
    );
    return { lines: [], issues: [problem], warnings: [] };
  }
  if (got.pages > limits.pdfPages) return tooManyPages(got.pages, limits.pdfPages);
  if (!got.items.length) {
    const problem: Issue = issue(
      "PARSE-PDF-NO-TEXT",
      "error",
      {
        zh: `该 PDF 共 ${got.pages} 页，没有文字层（可能是扫描图像）：需先做文字识别（OCR）才能读取`,
        en: `the PDF has ${got.pages} page(s) and no text layer (a scanned image?): it must be OCRed before it can be read`,
      },
      { kind: "pdf", page: 1, x: 0, y: 0 },
    );
    return { lines: [], issues: [problem], warnings: [] };
  }
  return { lines: linesFromItems(got.items, opts.format), issues: [], warnings: [] };
}

/**
 * Lines of a page's text items: baselines, page numbers dropped, stacked header words joined,
 * labels beside their numbers attached to them. Pure; {@link readPdf} feeds it what pdfjs-dist extracts.
 * @example linesFromItems([{ text: "行政许可", x: 81, y: 614, w: 48, size: 12, page: 3 }, { text: "9487", x: 362, y: 614, w: 24, size: 12, page: 3 }], getFormat("2021"))[0].pieces.map(p => p.text) //=> ["行政许可", "9487"]
 */
export function linesFromItems(items: readonly PdfTextItem[], format: FormatDef): Line[] {
  const all = baselines(items.map((i) => ({ ...i })));
  // Page numbers are no rows of a table: a marker set apart ("— 3 —", or "—", "3", "—" as
  // three items), and a bare number of 1 to 3 digits alone on the lowest line of its page —
  // which would otherwise run into a table continued on the next page (table 四's numbers) —
  // or alone on the top line when it is the page's own number (its index in the file, or one
  // or two less after unnumbered cover pages): a table's value there is kept.
  // Lines run page by page, so a line's neighbours in `all` tell whether it is its page's top or lowest.
  const base = all.filter((l, i) => {
    if (isPageMarker(l.items.map((it) => it.text).join(""))) return false;
    const top = all[i - 1]?.page !== l.page;
    const lowest = all[i + 1]?.page !== l.page;
    const only = l.items.length === 1 ? l.items[0]?.text.trim() : undefined;
    const bare = only !== undefined && /^\d{1,3}$/.test(only);
    if (!bare || (top && lowest)) return true;
    if (lowest) return false;
    const n = Number(only);
    return !(top && n <= l.page && n >= l.page - 2);
  });
  joinStacks(base);
  const rows = attachLabels(
    base.filter((l) => l.items.length),
    format,
  );
  return rows.map((l) => {
    const pieces: Piece[] = l.items.map((i) => ({
      text: i.text,
      cell: false,
      x: i.x,
      w: i.w,
      y: i.y,
      loc: pdfLocation(i.page, i.x, i.y),
    }));
    // Lines without items were left out above: the first piece is there.
    return { pieces, loc: pieces[0]?.loc ?? pdfLocation(l.page, 0, l.y) };
  });
}

/** Where a piece is printed: its page and position, to a tenth of a point. */
function pdfLocation(page: number, x: number, y: number): Piece["loc"] {
  return { kind: "pdf", page, x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
