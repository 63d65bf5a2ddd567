// .docx → lines: word/document.xml inflated within limits (readZipEntries of
// @disclosure/schema) and read as XML with htmlparser2 (loaded on first use). Body
// paragraphs are lines of text; every table row (w:tr) is a line of cells. A cell continued from the row above
// (w:vMerge without "restart") is not a cell of its own and is skipped; a cell
// spanning columns (w:gridSpan) is one cell. Locations: paragraph n, or table t,
// row r, cell c (1-based).
import { isZipError, type Message, readZipEntries, type ZipError, type Issue } from "@disclosure/schema";
import { DEFAULT_READ_LIMITS, type ReadLimitsOption, readLimits, tooDeep } from "./limits.js";
import type { Line, Piece, ReadDocument, SourceLocation } from "./model.js";
import { issue } from "./model.js";

interface DocxCell {
  text: string;
  continued: boolean;
  readonly loc: SourceLocation;
}

interface DocxRow {
  readonly cells: DocxCell[];
  readonly loc: { readonly kind: "docx"; readonly table: number; readonly row: number };
  nested: boolean;
}

interface DocxTable {
  readonly index: number;
  rows: number;
}

const PART = "word/document.xml";

function notDocx(why?: Message): ReadDocument {
  const problem: Issue = issue(
    "PARSE-DOCX",
    "error",
    why
      ? { zh: `不是可读的 .docx 文件：${why.zh}`, en: `not a readable .docx file: ${why.en}` }
      : { zh: `不是可读的 .docx 文件（没有 ${PART}）`, en: `not a readable .docx file (no ${PART})` },
    { kind: "docx" },
  );
  return { lines: [], issues: [problem], warnings: [] };
}

/** An archive past a limit: an error issue with the limit's code, located at the part being read. */
function pastLimit(e: ZipError): ReadDocument {
  const at: SourceLocation = e.entry ? { kind: "docx", part: e.entry } : { kind: "docx" };
  return { lines: [], issues: [issue(e.code, "error", e.bilingual, at)], warnings: [] };
}

/** Options of {@link readDocx}. */
export interface ReadDocxOptions {
  /** Limits on the archive and on the nesting of its XML ({@link DEFAULT_READ_LIMITS}). */
  readonly limits?: ReadLimitsOption;
}

/**
 * The lines of a .docx file (its main document part). Only word/document.xml is inflated,
 * within the archive limits: a zip bomb is an error issue (ZIP-ENTRY-TOO-LARGE, ZIP-RATIO …)
 * with a bilingual message, found while inflating, before the part is held whole.
 * @example (await readDocx(bytesOfReportDocx)).lines.find(l => l.pieces[0]?.text === "规章")
 */
export async function readDocx(data: Uint8Array, opts: ReadDocxOptions = {}): Promise<ReadDocument> {
  const limits = readLimits(opts.limits);
  let xmlBytes: Uint8Array | undefined;
  try {
    xmlBytes = readZipEntries(data, [PART], limits.zip).get(PART);
  } catch (e) {
    if (!isZipError(e)) throw e;
    return e.code === "ZIP-UNREADABLE" ? notDocx(e.bilingual) : pastLimit(e);
  }
  if (!xmlBytes) return notDocx();
  const xml = new TextDecoder("utf-8").decode(xmlBytes);
  return readDocumentXml(xml, limits.depth);
}

/**
 * The lines of a WordprocessingML document part (word/document.xml). Elements nested more
 * than `maxDepth` levels stop the reading with a PARSE-TOO-DEEP error.
 */
export async function readDocumentXml(
  xml: string,
  maxDepth = DEFAULT_READ_LIMITS.depth,
): Promise<ReadDocument> {
  const { Parser } = await import("htmlparser2");
  const lines: Line[] = [];
  const tables: DocxTable[] = [];
  const rows: DocxRow[] = [];
  const cells: DocxCell[] = [];
  let tableCount = 0;
  let paragraphCount = 0;
  let inText = false;
  let skip = 0;
  let depth = 0;
  let deep: Issue | undefined;
  let para = "";
  let paraLoc: SourceLocation | undefined;

  const flushParagraph = () => {
    if (!cells.length && para.trim() && paraLoc) {
      lines.push({ pieces: [{ text: para, cell: false, loc: paraLoc }], loc: paraLoc });
    }
    para = "";
    paraLoc = undefined;
  };
  const append = (text: string) => {
    const cell = cells.at(-1);
    if (cell) cell.text += text;
    else para += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > maxDepth) {
          deep ??= tooDeep(maxDepth, { kind: "docx", part: PART });
          parser.pause();
          return;
        }
        switch (name) {
          case "w:tbl":
            flushParagraph();
            for (const r of rows) r.nested = true;
            tables.push({ index: ++tableCount, rows: 0 });
            break;
          case "w:tr": {
            const t = tables[tables.length - 1];
            if (t)
              rows.push({ cells: [], loc: { kind: "docx", table: t.index, row: ++t.rows }, nested: false });
            break;
          }
          case "w:tc": {
            const r = rows.at(-1);
            const cell = (r?.cells.length ?? 0) + 1;
            cells.push({ text: "", continued: false, loc: r ? { ...r.loc, cell } : { kind: "docx", cell } });
            break;
          }
          case "w:vMerge": {
            const cell = cells.at(-1);
            if (cell && attribs["w:val"] !== "restart") cell.continued = true;
            break;
          }
          case "w:p":
            if (!cells.length) {
              paragraphCount++;
              paraLoc = { kind: "docx", paragraph: paragraphCount };
            }
            break;
          case "w:t":
            inText = true;
            break;
          case "w:tab":
            if (!skip) append(" ");
            break;
          case "w:br":
          case "w:cr":
            if (!skip && !cells.length) append(" ");
            break;
          case "w:delText":
          case "w:instrText":
          case "w:del":
            skip++;
            break;
        }
      },
      onclosetag(name) {
        depth--;
        switch (name) {
          case "w:t":
            inText = false;
            break;
          case "w:delText":
          case "w:instrText":
          case "w:del":
            skip = Math.max(0, skip - 1);
            break;
          case "w:p":
            if (!cells.length) flushParagraph();
            break;
          case "w:tc": {
            const cell = cells.pop();
            if (cell) rows[rows.length - 1]?.cells.push(cell);
            break;
          }
          case "w:tr": {
            const row = rows.pop();
            if (row && !row.nested) {
              const pieces: Piece[] = row.cells
                .filter((c) => !c.continued)
                .map((c) => ({ text: c.text, cell: true, loc: c.loc }));
              if (pieces.length) lines.push({ pieces, loc: row.loc });
            }
            break;
          }
          case "w:tbl":
            tables.pop();
            break;
        }
      },
      ontext(data) {
        if (inText && !skip) append(data);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  if (deep) return { lines: [], issues: [deep], warnings: [] };
  parser.end();
  flushParagraph();
  return { lines, issues: [], warnings: [] };
}
