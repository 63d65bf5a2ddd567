// HTML → lines, with htmlparser2 (loaded on first use; Node and browser). Every
// <tr> of a table that holds no other table is a line of cells; text outside
// tables is one line per block element (p, div, h1–h6, li, br …). Text inside a
// cell is joined without separators (labels split over <br>, <p> or <span>:
// 申请人情<span>况</span>). Layout tables that wrap the data tables are looked
// through. Locations are element paths: body>div[2]>table[1]>tbody[1]>tr[5]>td[3].
import type { Line, ParseIssue, Piece, ReadDocument, SourceLocation } from "./model.js";

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
  readonly counts: Map<string, number>;
}

interface Cell {
  text: string;
  readonly loc: SourceLocation;
}

interface Row {
  readonly cells: Cell[];
  readonly loc: SourceLocation;
  nested: boolean;
}

/**
 * The lines of an HTML page. Works on fragments (a bare <table>) and whole pages alike;
 * the page's <title> is kept for detecting the report's title.
 * @example (await readHtml("<table><tr><td>规章</td><td>0</td></tr></table>")).lines[0].pieces.map(p => p.text) //=> ["规章", "0"]
 */
export async function readHtml(html: string): Promise<ReadDocument> {
  const { Parser } = await import("htmlparser2");
  const lines: Line[] = [];
  const warnings: ParseIssue[] = [];
  const stack: Element[] = [{ name: "#root", path: "", counts: new Map() }];
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
  const top = () => stack[stack.length - 1];

  const parser = new Parser(
    {
      onopentag(name) {
        const parent = top();
        const n = (parent.counts.get(name) ?? 0) + 1;
        parent.counts.set(name, n);
        const path = parent.path ? `${parent.path}>${name}[${n}]` : `${name}[${n}]`;
        const el: Element = { name, path, counts: new Map() };
        stack.push(el);
        if (SKIP.has(name)) skip++;
        if (name === "title") inTitle = true;
        if (skip) return;
        const loc: SourceLocation = { kind: "html", path };
        if (name === "table") {
          for (const r of rows) r.nested = true;
        }
        if (name === "tr") {
          flush();
          rows.push({ cells: [], loc, nested: false });
        } else if (name === "td" || name === "th") {
          cells.push({ text: "", loc });
        } else if (BLOCK.has(name) && !cells.length) {
          flush();
        }
      },
      onclosetag(name) {
        const el = stack.pop();
        if (SKIP.has(name)) skip = Math.max(0, skip - 1);
        if (name === "title") inTitle = false;
        if (skip || !el) return;
        if ((name === "td" || name === "th") && cells.length) {
          const cell = cells.pop()!;
          rows[rows.length - 1]?.cells.push(cell);
        } else if (name === "tr" && rows.length) {
          const row = rows.pop()!;
          if (!row.nested && row.cells.length) {
            const pieces: Piece[] = row.cells.map((c) => ({ text: c.text, cell: true, loc: c.loc }));
            lines.push({ pieces, loc: row.loc });
          }
        } else if (BLOCK.has(name) && !cells.length) {
          flush();
        }
      },
      ontext(data) {
        if (inTitle) {
          title += data;
          return;
        }
        if (skip) return;
        if (cells.length) {
          cells[cells.length - 1].text += data;
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
