// HTML → lines, with htmlparser2 (loaded on first use; Node and browser). Every
// <tr> of a table that holds no other table is a line of cells; text outside
// tables is one line per block element (p, div, h1–h6, li, br …). Text inside a
// cell is joined without separators (labels split over <br>, <p> or <span>:
// 申请人情<span>况</span>). Layout tables that wrap the data tables are looked
// through. Locations are element paths: body>div[2]>table[1]>tbody[1]>tr[5]>td[3].
import { type ReadLimitsOption, readLimits, tooDeep } from "./limits.js";
import type { Issue } from "@disclosure/schema";
import type { Line, Piece, ReadDocument, SourceLocation } from "./model.js";

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "caption",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "ul",
]);
const SKIP = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "iframe",
  "object",
  "select",
  "option",
]);

interface Element {
  readonly name: string;
  readonly path: string;
  /** Children opened so far, by tag name (made when the first child opens). */
  counts?: Map<string, number>;
}

interface Part {
  text: string;
  readonly loc: SourceLocation;
}

interface Cell {
  /** The cell's text, split where block elements (p, div, br …) begin and end. */
  parts: Part[];
  readonly loc: SourceLocation;
  /** A cell that holds a table, or a page's running text: a layout cell, not a data cell. */
  layout: boolean;
}

interface Row {
  readonly cells: Cell[];
  readonly loc: SourceLocation;
  nested: boolean;
}

/** A cell with this much text over several blocks is page layout (a whole page in one <td>). */
const LAYOUT_TEXT = 100;

/** An element path shortened for a message: its first levels, "…", its last level. */
function shortPath(path: string): string {
  const parts = path.split(">");
  return parts.length <= 8 ? path : [...parts.slice(0, 6), "…", parts[parts.length - 1]].join(">");
}

/**
 * Marks the open rows as holding a table, innermost first. A row below another open row holds
 * that row's table and was marked when it opened, so the walk stops at the first row already
 * marked: each row is visited about once over the whole page, however deep tables nest.
 */
function markNested(rows: readonly Row[]): void {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (!row || row.nested) break;
    row.nested = true;
  }
}

/**
 * Where the open cells that are not yet layout begin: cells become layout together (all open
 * ones, when a table opens inside them), so the layout ones are the outer ones.
 */
function firstDataCell(cells: readonly Cell[]): number {
  let i = cells.length;
  while (i > 0 && !cells[i - 1]?.layout) i--;
  return i;
}

/** Options of {@link readHtml}. */
export interface ReadHtmlOptions {
  /** Limits; `depth` is the nesting of elements read ({@link DEFAULT_READ_LIMITS}: 1,000). */
  readonly limits?: ReadLimitsOption;
}

/**
 * The lines of an HTML page. Works on fragments (a bare <table>) and whole pages alike;
 * the page's <title> is kept for detecting the report's title. Elements nested deeper than
 * the limit stop the reading with a PARSE-TOO-DEEP error: time stays in proportion to the
 * page's length.
 * @example (await readHtml("<table><tr><td>规章</td><td>0</td></tr></table>")).lines[0].pieces.map(p => p.text) //=> ["规章", "0"]
 */
export async function readHtml(html: string, opts: ReadHtmlOptions = {}): Promise<ReadDocument> {
  const { Parser } = await import("htmlparser2");
  const maxDepth = readLimits(opts.limits).depth;
  let deep: Issue | undefined;
  const lines: Line[] = [];
  const warnings: Issue[] = [];
  const root: Element = { name: "#root", path: "" };
  const stack: Element[] = [root];
  const rows: Row[] = [];
  const cells: Cell[] = [];
  let skip = 0;
  let inTitle = false;
  let title = "";
  let para: { text: string; loc: SourceLocation } | undefined;

  const flush = () => {
    if (para?.text.trim()) {
      lines.push({ pieces: [{ text: para.text, cell: false, loc: para.loc }], loc: para.loc });
    }
    para = undefined;
  };
  const top = () => stack.at(-1) ?? root;
  const dataCell = () => {
    const c = cells[cells.length - 1];
    return c && !c.layout ? c : undefined;
  };
  /** A layout cell's text so far becomes lines of running text. */
  const emitParts = (parts: readonly Part[]) => {
    flush();
    for (const p of parts) {
      if (p.text.trim()) lines.push({ pieces: [{ text: p.text, cell: false, loc: p.loc }], loc: p.loc });
    }
  };

  const parser = new Parser(
    {
      onopentag(name) {
        const parent = top();
        parent.counts ??= new Map();
        const n = (parent.counts.get(name) ?? 0) + 1;
        parent.counts.set(name, n);
        const path = parent.path ? `${parent.path}>${name}[${n}]` : `${name}[${n}]`;
        const el: Element = { name, path };
        stack.push(el);
        if (stack.length - 1 > maxDepth) {
          deep ??= tooDeep(maxDepth, { kind: "html", path: shortPath(path) });
          parser.pause();
          return;
        }
        if (SKIP.has(name)) skip++;
        if (name === "title") inTitle = true;
        if (skip) return;
        const loc: SourceLocation = { kind: "html", path };
        if (name === "table") {
          // The rows and cells this table sits in are layout.
          markNested(rows);
          for (const c of cells.slice(firstDataCell(cells))) {
            c.layout = true;
            emitParts(c.parts);
            c.parts = [];
          }
        }
        if (name === "tr") {
          flush();
          rows.push({ cells: [], loc, nested: false });
        } else if (name === "td" || name === "th") {
          cells.push({ parts: [{ text: "", loc }], loc, layout: false });
        } else if (BLOCK.has(name)) {
          const c = dataCell();
          if (c) c.parts.push({ text: "", loc });
          else flush();
        }
      },
      onclosetag(name) {
        const el = stack.pop();
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (name === "title") inTitle = false;
        if (skip || !el) return;
        if ((name === "td" || name === "th") && cells.length) {
          const cell = cells.pop()!;
          const row = rows[rows.length - 1];
          const blocks = cell.parts.filter((p) => p.text.trim());
          if (cell.layout) {
            flush();
            if (row) row.nested = true;
          } else if (blocks.length >= 2 && blocks.reduce((n, p) => n + p.text.length, 0) > LAYOUT_TEXT) {
            emitParts(blocks);
            if (row) row.nested = true;
          } else {
            row?.cells.push({
              parts: [{ text: cell.parts.map((p) => p.text).join(""), loc: cell.loc }],
              loc: cell.loc,
              layout: false,
            });
          }
        } else if (name === "tr" && rows.length) {
          const row = rows.pop()!;
          if (!row.nested && row.cells.length) {
            const pieces: Piece[] = row.cells.map((c) => ({
              text: c.parts[0]?.text ?? "",
              cell: true,
              loc: c.loc,
            }));
            lines.push({ pieces, loc: row.loc });
          }
        } else if (BLOCK.has(name)) {
          const c = dataCell();
          if (c) c.parts.push({ text: "", loc: c.loc });
          else flush();
        }
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skip) return;
        const c = dataCell();
        if (c) {
          const part = c.parts.at(-1);
          if (part) part.text += data;
          return;
        }
        if (!data.trim() && !para) return;
        para ??= { text: "", loc: { kind: "html", path: top().path } };
        para.text += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  if (deep) return { lines: [], issues: [deep], warnings };
  parser.end();
  flush();
  // Source line breaks inside a cell are layout (商业\n企业); in running text they separate words.
  for (const line of lines) {
    for (const p of line.pieces) {
      p.text = p.text.replace(/\s*[\r\n]+\s*/g, p.cell ? "" : " ").replace(/[\t\u00A0]/g, " ");
    }
  }
  return { lines, issues: [], warnings, ...(title.trim() ? { title: title.trim() } : {}) };
}
