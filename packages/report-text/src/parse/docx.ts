// .docx → lines: word/document.xml unzipped with fflate and read as XML with
// htmlparser2 (both loaded on first use). Body paragraphs are lines of text;
// every table row (w:tr) is a line of cells. A cell continued from the row above
// (w:vMerge without "restart") is not a cell of its own and is skipped; a cell
// spanning columns (w:gridSpan) is one cell. Locations: paragraph n, or table t,
// row r, cell c (1-based).
import type { Line, ParseIssue, Piece, ReadDocument, SourceLocation } from "./model.js";
import { issue } from "./model.js";

interface DocxCell {
  text: string;
  continued: boolean;
  readonly loc: SourceLocation;
}

interface DocxRow {
  readonly cells: DocxCell[];
  readonly loc: SourceLocation;
  nested: boolean;
}

interface DocxTable {
  readonly index: number;
  rows: number;
}

/**
 * The lines of a .docx file (its main document part).
 * @example (await readDocx(bytesOfReportDocx)).lines.find(l => l.pieces[0]?.text === "规章")
 */
export async function readDocx(data: Uint8Array): Promise<ReadDocument> {
  const { unzipSync } = await import("fflate");
  let xmlBytes: Uint8Array | undefined;
  try {
    xmlBytes = unzipSync(data, { filter: (f) => f.name === "word/document.xml" })["word/document.xml"];
  } catch {
    xmlBytes = undefined;
  }
  if (!xmlBytes) {
    const problem: ParseIssue = issue(
      "PARSE-DOCX",
      "error",
      {
        zh: "不是可读的 .docx 文件（没有 word/document.xml）",
        en: "not a readable .docx file (no word/document.xml)",
      },
      { kind: "docx" },
    );
    return { lines: [], issues: [problem], warnings: [] };
  }
  const xml = new TextDecoder("utf-8").decode(xmlBytes);
  return readDocumentXml(xml);
}

/** The lines of a WordprocessingML document part (word/document.xml). */
export async function readDocumentXml(xml: string): Promise<ReadDocument> {
  const { Parser } = await import("htmlparser2");
  const lines: Line[] = [];
  const tables: DocxTable[] = [];
  const rows: DocxRow[] = [];
  const cells: DocxCell[] = [];
  let tableCount = 0;
  let paragraphCount = 0;
  let inText = false;
  let skip = 0;
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
    if (cells.length) cells[cells.length - 1].text += text;
    else para += text;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
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
            const r = rows[rows.length - 1];
            const at = r?.loc.kind === "docx" ? r.loc : undefined;
            cells.push({
              text: "",
              continued: false,
              loc: { kind: "docx", table: at?.table, row: at?.row, cell: (r?.cells.length ?? 0) + 1 },
            });
            break;
          }
          case "w:vMerge":
            if (cells.length && attribs["w:val"] !== "restart") cells[cells.length - 1].continued = true;
            break;
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
  parser.end();
  flushParagraph();
  return { lines, issues: [], warnings: [] };
}
