// Test-only readers of our own output forms, written from the format
// definitions (row and column labels with their paths), not from the grid
// walk the renderers use — so a reader agreeing with a renderer shows the
// output says what the report holds. They also document how each form is read.
import {
  type BlockDef,
  type Cell,
  type FormatId,
  type TableId,
  cellKey,
  getFormat,
  readCellNumber,
} from "@disclosure/schema";
import { unzipSync } from "fflate";
import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import { toTraditional } from "../src/hant.js";
import { defined, itemAt } from "./item-at.js";

type Script = "hans" | "hant";
const SEP = " / ";

async function conv(s: string, script: Script): Promise<string> {
  return script === "hant" ? toTraditional(s) : s;
}

/** Label path of a row (groups then its own label) → code, per block. */
async function rowPaths(block: BlockDef, script: Script): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for (const r of block.rows) m.set(await conv([...r.path, r.label].join(SEP), script), r.code);
  return m;
}

async function colPaths(block: BlockDef, script: Script): Promise<string[]> {
  return Promise.all(block.columns.map((c) => conv([...c.path, c.label].join(SEP), script)));
}

/** Value text → number (blank → null) as a reader would: exact, through readCellNumber. */
function cellNumber(text: string, signed: boolean, money: boolean): number | null {
  const t = text.trim();
  if (t === "") return null;
  const r = readCellNumber(t, { signed, money });
  if ("error" in r) throw new Error(`unreadable cell "${t}"`);
  return r.value === null ? null : Number(r.normalized ?? r.value);
}

function unitFlags(format: FormatId, block: BlockDef, col: string, row: string) {
  const c = defined(
    block.columns.find((x) => x.code === col),
    `column ${col}`,
  );
  const r = block.rows.find((x) => x.code === row);
  const unit = r?.unit ?? c.unit;
  return { signed: unit === "signedCount", money: unit === "wan", format };
}

/** Tables of the report in table order, with their blocks. */
function blocksOf(format: FormatId) {
  const f = getFormat(format);
  return (["table2", "table3", "table4"] as TableId[]).map((t) => ({ table: t, blocks: f.tables[t].blocks }));
}

function unescapeMd(s: string): string {
  return s.replace(/\\([\\`*_[\]<>|~#+=.-])/g, "$1").trim();
}

function splitPipeRow(line: string): string[] {
  const cells: string[] = [];
  let cur = "";
  const body = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body.charAt(i);
    if (ch === "\\" && i + 1 < body.length) {
      cur += ch + body.charAt(i + 1);
      i++;
    } else if (ch === "|") {
      cells.push(cur);
      cur = "";
    } else cur += ch;
  }
  cells.push(cur);
  return cells.map(unescapeMd);
}

/**
 * Cells from our Markdown: every pipe table is matched to a block by its
 * header (corner + column paths); rows by their label path.
 */
export async function readMarkdownCells(
  md: string,
  format: FormatId,
  script: Script = "hans",
): Promise<Cell[]> {
  const lines = md.split("\n");
  const tables: string[][][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const next = lines[i + 1];
    if (line.startsWith("|") && (next?.startsWith("| :---") || next?.startsWith("| ---"))) {
      const rows = [splitPipeRow(line)];
      let j = i + 2;
      for (let row = lines[j]; row?.startsWith("|"); row = lines[++j]) rows.push(splitPipeRow(row));
      tables.push(rows);
      i = j;
    }
  }
  const out: Cell[] = [];
  const used = new Set<number>();
  for (const { table, blocks } of blocksOf(format)) {
    for (const block of blocks) {
      const cols = await colPaths(block, script);
      const rows = await rowPaths(block, script);
      const hasLabel = block.labelColumns > 0;
      const ti = tables.findIndex(
        (t, k) =>
          !used.has(k) &&
          (t[0] ?? []).slice(hasLabel ? 1 : 0).join("\u0000") === cols.join("\u0000") &&
          (block.rows.length === 0 || !hasLabel || t.slice(1).some((r) => rows.has(r[0] ?? ""))),
      );
      if (ti < 0) continue;
      used.add(ti);
      for (const r of itemAt(tables, ti).slice(1)) {
        const code = hasLabel ? rows.get(r[0] ?? "") : block.rows[0]?.code;
        if (!code) continue;
        const values = r.slice(hasLabel ? 1 : 0);
        block.columns.forEach((c, k) => {
          const u = unitFlags(format, block, c.code, code);
          out.push({ table, row: code, col: c.code, value: cellNumber(values[k] ?? "", u.signed, u.money) });
        });
      }
    }
  }
  return out;
}

/** A logical row of a text table: the fields of its lines joined column by column. */
function joinLines(lines: readonly string[][]): string[] {
  const [first = []] = lines;
  return lines.reduce(
    (acc, f) => acc.map((a, i) => a + (f[i] ?? "")),
    first.map(() => ""),
  );
}

/**
 * Cells from our plain text: table lines are the box-drawn ones; a logical row
 * is a run of lines between rule lines (lines with ─); its fields are split on
 * │ and the wrapped lines of a field joined. The field before the values is
 * the row label; the values are the last fields, one per column.
 */
export async function readTextCells(
  text: string,
  format: FormatId,
  script: Script = "hans",
): Promise<Cell[]> {
  const logical: string[][] = [];
  let cur: string[][] | undefined;
  for (const line of text.split("\n")) {
    const boxed = /^[│├┌└]/.test(line);
    if (!boxed || /─/.test(line)) {
      if (cur) logical.push(joinLines(cur));
      cur = undefined;
      continue;
    }
    const fields = line
      .split("│")
      .slice(1, -1)
      .map((f) => f.trim());
    if (cur && cur[0]?.length === fields.length) cur.push(fields);
    else {
      if (cur) logical.push(joinLines(cur));
      cur = [fields];
    }
  }
  const out: Cell[] = [];
  const seen = new Set<string>();
  for (const { table, blocks } of blocksOf(format)) {
    for (const block of blocks) {
      const labels = new Map<string, string>();
      for (const r of block.rows) labels.set(await conv(r.label, script), r.code);
      const n = block.columns.length;
      for (const fields of logical) {
        let code: string | undefined;
        let values: string[];
        if (block.labelColumns === 0) {
          if (fields.length !== n || !fields.every((f) => f === "" || /^-?\d/.test(f))) continue;
          code = block.rows[0]?.code;
          values = fields;
        } else {
          code = labels.get(fields.at(-n - 1) ?? "");
          values = fields.slice(fields.length - n);
        }
        const row = code;
        if (!row || seen.has(cellKey(table, row, itemAt(block.columns, 0).code))) continue;
        block.columns.forEach((c, k) => {
          const u = unitFlags(format, block, c.code, row);
          const key = cellKey(table, row, c.code);
          seen.add(key);
          out.push({ table, row, col: c.code, value: cellNumber(values[k] ?? "", u.signed, u.money) });
        });
      }
    }
  }
  return out;
}

function textOf(n: ChildNode): string {
  if (n.type === "text") return (n as unknown as { data: string }).data;
  return "children" in n ? (n.children as ChildNode[]).map(textOf).join("") : "";
}

function* elements(n: ChildNode): Generator<Element> {
  if (n.type === "tag" || n.type === "script" || n.type === "style") {
    yield n as Element;
  }
  if ("children" in n) for (const c of n.children as ChildNode[]) yield* elements(c);
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** Cells from our HTML, by the `data-cell` attribute of each value cell. */
export function readHtmlCells(html: string, format: FormatId): Cell[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const out: Cell[] = [];
  for (const el of elements(doc as unknown as ChildNode)) {
    const key = el.attribs?.["data-cell"];
    if (!key) continue;
    const [table, row, col] = key.split("|") as [TableId, string, string];
    const block = getFormat(format).tables[table].blocks.find((b) => b.rows.some((r) => r.code === row));
    const u = block ? unitFlags(format, block, col, row) : { signed: false, money: true };
    out.push({ table, row, col, value: cellNumber(decodeEntities(textOf(el)), u.signed, u.money) });
  }
  return out;
}

/** One `w:tc` of a .docx table. */
export interface DocxCell {
  readonly text: string;
  readonly gridSpan: number;
  /** "restart", "continue" or undefined. */
  readonly vMerge?: string | undefined;
  readonly fonts: readonly string[];
}

/** A .docx table: its grid column widths and rows of cells. */
export interface DocxTable {
  readonly grid: readonly number[];
  readonly rows: readonly (readonly DocxCell[])[];
}

function attr(el: Element, name: string): string | undefined {
  return el.attribs?.[name];
}

function children(el: Element, name: string): Element[] {
  return (el.children as ChildNode[]).filter(
    (c) => c.type === "tag" && (c as Element).name === name,
  ) as Element[];
}

function descendants(el: Element, name: string): Element[] {
  return [...elements(el as unknown as ChildNode)].filter((e) => e.name === name && e !== el);
}

/** The tables of a .docx (word/document.xml), and the document XML itself. */
export function readDocxTables(bytes: Uint8Array): { tables: DocxTable[]; xml: string; files: string[] } {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  const doc = parseDocument(xml, { xmlMode: true });
  const tables: DocxTable[] = [];
  for (const tbl of [...elements(doc as unknown as ChildNode)].filter((e) => e.name === "w:tbl")) {
    const [gridEl] = children(tbl, "w:tblGrid");
    const grid = gridEl ? children(gridEl, "w:gridCol").map((g) => Number(attr(g, "w:w"))) : [];
    const rows = children(tbl, "w:tr").map((tr) =>
      children(tr, "w:tc").map<DocxCell>((tc) => {
        const pr = children(tc, "w:tcPr")[0];
        const gs = pr ? children(pr, "w:gridSpan")[0] : undefined;
        const vm = pr ? children(pr, "w:vMerge")[0] : undefined;
        const text = descendants(tc, "w:t")
          .map((t) => decodeEntities(textOf(t as unknown as ChildNode)))
          .join("");
        const fonts = descendants(tc, "w:rFonts").map((f) => attr(f, "w:eastAsia") ?? "");
        return {
          text,
          gridSpan: gs ? Number(attr(gs, "w:val")) : 1,
          vMerge: vm ? (attr(vm, "w:val") ?? "continue") : undefined,
          fonts,
        };
      }),
    );
    tables.push({ grid, rows });
  }
  return { tables, xml, files: Object.keys(files) };
}

/**
 * Cells from our .docx: a value cell is found by its grid position (row label
 * text in the row, header texts above its grid column).
 */
export async function readDocxCells(
  bytes: Uint8Array,
  format: FormatId,
  script: Script = "hans",
): Promise<Cell[]> {
  const { tables } = readDocxTables(bytes);
  const out: Cell[] = [];
  const ids = ["table2", "table3", "table4"] as TableId[];
  for (const [ti, t] of tables.entries()) {
    const table = itemAt(ids, ti);
    const blocks = getFormat(format).tables[table].blocks;
    // Per row: the texts of its cells with grid positions.
    let blockIndex = -1;
    let headerTexts: string[] = [];
    for (const row of t.rows) {
      let col = 0;
      const placed = row.map((c) => {
        const p = { ...c, col };
        col += c.gridSpan;
        return p;
      });
      if (table === "table2" && placed.length === 1) {
        blockIndex++;
        continue;
      }
      const block = itemAt(blocks, Math.max(0, blockIndex));
      const labels = new Map<string, string>();
      for (const r of block.rows) labels.set(await conv(r.label, script), r.code);
      const label = placed
        .slice(0, placed.length - block.columns.length)
        .map((c) => c.text)
        .reverse()
        .find((x) => x !== "");
      const code = block.labelColumns === 0 ? undefined : labels.get(label ?? "");
      const values = placed.slice(placed.length - block.columns.length);
      if (block.labelColumns === 0) {
        // Table 四: the one row after the three header rows.
        if (headerTexts.length < 3) {
          headerTexts.push(values.map((v) => v.text).join(""));
          continue;
        }
      }
      const rowCode = code ?? (block.labelColumns === 0 ? block.rows[0]?.code : undefined);
      if (!rowCode) continue;
      block.columns.forEach((c, k) => {
        const u = unitFlags(format, block, c.code, rowCode);
        out.push({
          table,
          row: rowCode,
          col: c.code,
          value: cellNumber(values[k]?.text ?? "", u.signed, u.money),
        });
      });
    }
    headerTexts = [];
  }
  return out;
}
