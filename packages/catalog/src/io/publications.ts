/**
 * A publication log as a site's content system exports it: CSV with Chinese or English headers
 * (标题, 发布日期, 成文日期, 发布机构, 栏目, 所属事项, 链接 …; a title line above the header is
 * passed over), or JSON Lines with the same names as keys. Dates in any form people write
 * (2020-03-05, 2020/3/5, 2020年3月5日, a time after them: `readDateCell` of @disclosure/schema),
 * areas by their Chinese names. Read as a stream, one publication at a time, every line that
 * cannot be used reported with its row and column; a header without the columns a publication
 * needs stops the reading with one message that says which are missing.
 */
import { csvDelimiter, datesInText, readCsvRows, readDateCell } from "@disclosure/schema";
import { decodeChunks, type RecordSource } from "@disclosure/stats";
import { matchArea } from "../area-match";
import { type CatalogIssue, columnLetters, issueAt } from "../issue";
import type { AreaRef, Publication, SourceLocation } from "../item";
import { normalizeLabel } from "../normalize";
import { AREA_CODES } from "../standard/areas";
import {
  PUBLICATION_COLUMN_VARIANTS,
  type PublicationField,
  REQUIRED_PUBLICATION_FIELDS,
} from "../standard/publication-columns";

/** How to read a publication log: its file name (for locations) and its form. */
export type PublicationReadOptions = {
  file?: string;
  /** "csv" or "jsonl"; by default from the file name (.csv → CSV), else JSON Lines. */
  format?: "csv" | "jsonl";
};

/**
 * One result of reading: a publication with the row it came from, or an issue. `rejected`
 * issues stand for a line not used; `fatal` for a log that cannot be read at all (reading stops).
 */
export type PublicationRead =
  | { kind: "publication"; publication: Publication; row: number }
  | { kind: "issue"; issue: CatalogIssue; rejected?: boolean; fatal?: boolean };

const FIELDS = Object.keys(PUBLICATION_COLUMN_VARIANTS) as PublicationField[];
const LABELS = new Map<string, { field: PublicationField; rank: number }>();
for (const field of FIELDS) {
  PUBLICATION_COLUMN_VARIANTS[field].forEach((label, rank) => {
    LABELS.set(normalizeLabel(label).toLowerCase(), { field, rank });
  });
}
const NAME: Record<PublicationField, string> = Object.fromEntries(
  FIELDS.map((f) => [f, PUBLICATION_COLUMN_VARIANTS[f][0]]),
) as Record<PublicationField, string>;

/** The field a header label (or a JSON key) names, and its rank among the field's labels. */
function labelField(label: string): { field: PublicationField; rank: number } | undefined {
  return LABELS.get(normalizeLabel(label).toLowerCase());
}

/** A header's columns: for each field, its column indexes in order of preference. */
type Header = { columns: Map<PublicationField, number[]>; labels: string[]; row: number };

function readHeader(cells: readonly string[], row: number): Header | undefined {
  const found: { field: PublicationField; rank: number; c: number }[] = [];
  cells.forEach((label, c) => {
    const f = labelField(label);
    if (f) found.push({ ...f, c });
  });
  if (new Set(found.map((f) => f.field)).size < 2) return undefined;
  const columns = new Map<PublicationField, number[]>();
  for (const f of found.sort((a, b) => a.rank - b.rank || a.c - b.c)) {
    columns.set(f.field, [...(columns.get(f.field) ?? []), f.c]);
  }
  return { columns, labels: cells.map((c) => c.trim()), row };
}

const at = (file: string | undefined, row?: number, column?: string, index?: number): SourceLocation => ({
  ...(file ? { file } : {}),
  ...(row !== undefined ? { row } : {}),
  ...(row !== undefined && index !== undefined ? { cell: `${columnLetters(index)}${row}` } : {}),
  ...(column ? { column } : {}),
});

const listOf = (fields: readonly PublicationField[]) =>
  fields.map((f) => PUBLICATION_COLUMN_VARIANTS[f].slice(0, 3).join("/"));

/** The one message for a header without the columns a publication needs. */
function missingColumns(file: string | undefined, missing: PublicationField[], header: Header): CatalogIssue {
  const held = header.labels.filter((l) => l !== "").join("、");
  return issueAt("CAT-PUB-HEADER", "error", at(file, header.row), {
    zh: `发布记录的表头缺少${missing.map((f) => `“${NAME[f]}”`).join("")}列（可用列名：${listOf(missing).join("；")}）；读到的表头为：${held}`,
    en: `the publication log's header has no ${missing.map((f) => NAME[f]).join(", ")} column (names accepted: ${listOf(missing).join("; ")}); the header read: ${held}`,
  });
}

function noHeader(file: string | undefined, rows: number): CatalogIssue {
  const wanted = listOf(REQUIRED_PUBLICATION_FIELDS).join("；");
  return issueAt("CAT-PUB-HEADER", "error", at(file), {
    zh: `前${rows}行中没有发布记录的表头（须有${wanted}等列）`,
    en: `no publication log header in the first ${rows} rows (columns such as ${wanted} are needed)`,
  });
}

/** A date cell in any form people write, or one date written inside the text; else unread. */
function dateOf(text: string): string | undefined {
  const d = readDateCell(text);
  if (d.ok) return d.date;
  const inText = datesInText(text);
  return inText.length === 1 ? inText[0] : undefined;
}

/** An area by its code, its official name or a name counties print; else unread. */
function areaOf(text: string): AreaRef | undefined {
  const t = text.trim();
  if ((AREA_CODES as readonly string[]).includes(t)) return t as AreaRef;
  return matchArea(t);
}

type Cell = { text: string; column: string; index?: number };
type Built = { publication?: Publication; issues: { issue: CatalogIssue; rejected?: boolean }[] };

/** A publication from the cells of its fields, or why the line cannot be used. */
export function publicationOf(
  cells: Partial<Record<PublicationField, Cell>>,
  file: string | undefined,
  row: number,
): Built {
  const issues: Built["issues"] = [];
  const loc = (f: PublicationField) => at(file, row, cells[f]?.column ?? NAME[f], cells[f]?.index);
  const text = (f: PublicationField) => cells[f]?.text.trim() ?? "";
  const missing = REQUIRED_PUBLICATION_FIELDS.filter((f) => text(f) === "");
  const date = text("date") === "" ? undefined : dateOf(text("date"));
  const badDate = text("date") !== "" && !date;
  if (missing.length > 0 || badDate) {
    const zh = [
      missing.length > 0 ? `缺少${missing.map((f) => NAME[f]).join("、")}` : "",
      badDate ? `发布日期“${text("date")}”无法识别（可写作2020-03-05、2020/3/5或2020年3月5日）` : "",
    ];
    const en = [
      missing.length > 0 ? `no ${missing.map((f) => NAME[f]).join(", ")}` : "",
      badDate
        ? `publication date "${text("date")}" cannot be read (write 2020-03-05, 2020/3/5 or 2020年3月5日)`
        : "",
    ];
    const m = {
      zh: `${zh.filter(Boolean).join("；")}，该条未计入`,
      en: `${en.filter(Boolean).join("; ")}; the line is not counted`,
    };
    const first = missing[0] ?? "date";
    return { issues: [{ issue: issueAt("CAT-PUB-ROW", "error", loc(first), m), rejected: true }] };
  }
  if (!date) return { issues };
  const p: Publication = { title: text("title"), unit: text("unit"), date };
  if (text("eventDate") !== "") {
    const d = dateOf(text("eventDate"));
    if (d) p.eventDate = d;
    else {
      const m = {
        zh: `成文日期“${text("eventDate")}”无法识别，该条的时效按未知计`,
        en: `event date "${text("eventDate")}" cannot be read; the line's timeliness is unknown`,
      };
      issues.push({ issue: issueAt("CAT-PUB-DATE", "warning", loc("eventDate"), m) });
    }
  }
  if (text("area") !== "") {
    const a = areaOf(text("area"));
    if (a) p.area = a;
    else {
      const m = {
        zh: `领域“${text("area")}”不是可识别的领域名称，未采用`,
        en: `area "${text("area")}" is no area name that can be read; not used`,
      };
      issues.push({ issue: issueAt("CAT-PUB-AREA", "warning", loc("area"), m) });
    }
  }
  for (const f of ["id", "item", "itemName", "section", "category", "channel", "link"] as const) {
    if (text(f) !== "") p[f] = text(f);
  }
  return { publication: p, issues };
}

/** Lines of decoded text, numbered from 1 (a `\r\n` or `\n` ends a line). */
async function* lines(texts: AsyncIterable<string>): AsyncGenerator<[string, number]> {
  let carry = "";
  let n = 0;
  for await (const text of texts) {
    const parts = (carry + text).split("\n");
    carry = parts.pop() ?? "";
    for (const l of parts) yield [l.endsWith("\r") ? l.slice(0, -1) : l, ++n];
  }
  if (carry !== "") yield [carry.endsWith("\r") ? carry.slice(0, -1) : carry, ++n];
}

const quotes = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
};

/** CSV records from lines: a record goes on over line breaks inside quotes. */
async function* csvRecords(
  source: AsyncIterable<[string, number]>,
): AsyncGenerator<{ text: string; row: number } | { unterminated: number }> {
  let text = "";
  let row = 0;
  let parity = 0;
  for await (const [line, n] of source) {
    if (parity === 0) {
      text = line;
      row = n;
    } else text += `\n${line}`;
    parity = (parity + quotes(line)) % 2;
    if (parity === 0) yield { text, row };
  }
  if (parity === 1) yield { unterminated: row };
}

/** Rows before the header looked at. */
const HEADER_SEARCH_ROWS = 10;

async function* readCsvPublications(texts: AsyncIterable<string>, file: string | undefined) {
  let header: Header | undefined;
  let delimiter: string | undefined;
  let seen = 0;
  for await (const rec of csvRecords(lines(texts))) {
    if ("unterminated" in rec) {
      const m = {
        zh: "引号未闭合，自此行起的内容未计入",
        en: "an unclosed quote; the rest from this row is not counted",
      };
      yield {
        kind: "issue" as const,
        issue: issueAt("CAT-PUB-ROW", "error", at(file, rec.unterminated), m),
        rejected: true,
      };
      return;
    }
    if (rec.text.trim() === "") continue;
    const cells = readCsvRows(rec.text, delimiter ? { delimiter } : {}).rows[0] ?? [];
    if (!header) {
      header = readHeader(cells, rec.row);
      delimiter = header ? csvDelimiter(rec.text) : undefined;
      seen++;
      if (header) {
        const missing = REQUIRED_PUBLICATION_FIELDS.filter((f) => !header?.columns.has(f));
        if (missing.length > 0) {
          yield { kind: "issue" as const, issue: missingColumns(file, missing, header), fatal: true };
          return;
        }
        const used = new Set([...header.columns.values()].flat());
        const ignored = header.labels.filter((l, c) => l !== "" && !used.has(c));
        if (ignored.length > 0)
          yield { kind: "issue" as const, issue: ignoredColumns(file, header.row, ignored) };
      } else if (seen >= HEADER_SEARCH_ROWS) {
        yield { kind: "issue" as const, issue: noHeader(file, seen), fatal: true };
        return;
      }
      continue;
    }
    yield* rowPublication(cells, header, file, rec.row, rec.text.includes("\uFFFD"));
  }
  if (!header) yield { kind: "issue" as const, issue: noHeader(file, seen), fatal: true };
}

function ignoredColumns(file: string | undefined, row: number | undefined, labels: string[]): CatalogIssue {
  return issueAt("CAT-PUB-COLUMN-IGNORED", "info", at(file, row), {
    zh: `以下列不是发布记录的字段，未读取：${labels.join("、")}`,
    en: `these columns are no publication fields and are not read: ${labels.join(", ")}`,
  });
}

function* rowPublication(
  cells: readonly string[],
  header: Header,
  file: string | undefined,
  row: number,
  undecodable: boolean,
): Generator<PublicationRead> {
  const fields: Partial<Record<PublicationField, Cell>> = {};
  for (const [field, cols] of header.columns) {
    const c = cols.find((k) => (cells[k] ?? "").trim() !== "") ?? cols[0];
    fields[field] = { text: cells[c] ?? "", column: header.labels[c], index: c };
  }
  if (undecodable) {
    const m = {
      zh: "该行含无法解码的字节（显示为�）",
      en: "the row holds bytes that cannot be decoded (shown as �)",
    };
    yield { kind: "issue", issue: issueAt("CAT-PUB-ENCODING", "warning", at(file, row), m) };
  }
  yield* built(publicationOf(fields, file, row), row);
}

function* built(b: Built, row: number): Generator<PublicationRead> {
  for (const i of b.issues) yield { kind: "issue", ...i };
  if (b.publication) yield { kind: "publication", publication: b.publication, row };
}

/** A JSON value as the text of a cell, or undefined for an object or array. */
const jsonText = (v: unknown): string | undefined =>
  typeof v === "string"
    ? v
    : typeof v === "number" || typeof v === "boolean"
      ? String(v)
      : v === null
        ? ""
        : undefined;

async function* readJsonlPublications(texts: AsyncIterable<string>, file: string | undefined) {
  const ignored = new Set<string>();
  for await (const [line, row] of lines(texts)) {
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      const m = {
        zh: `不是有效的 JSON：${(e as Error).message}`,
        en: `not valid JSON: ${(e as Error).message}`,
      };
      yield {
        kind: "issue" as const,
        issue: issueAt("CAT-PUB-ROW", "error", at(file, row), m),
        rejected: true,
      };
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      const m = { zh: "该行不是一条记录（JSON 对象）", en: "the line is no record (a JSON object)" };
      yield {
        kind: "issue" as const,
        issue: issueAt("CAT-PUB-ROW", "error", at(file, row), m),
        rejected: true,
      };
      continue;
    }
    const fields: Partial<Record<PublicationField, Cell & { rank: number }>> = {};
    for (const [key, v] of Object.entries(value)) {
      const f = labelField(key);
      const text = jsonText(v);
      if (!f || text === undefined) {
        if (!ignored.has(key)) {
          ignored.add(key);
          yield { kind: "issue" as const, issue: ignoredColumns(file, row, [key]) };
        }
        continue;
      }
      const known = fields[f.field];
      if (
        !known ||
        (known.text.trim() === "" && text.trim() !== "") ||
        (text.trim() !== "" && f.rank < known.rank)
      ) {
        fields[f.field] = { text, column: key, rank: f.rank };
      }
    }
    yield* built(publicationOf(fields, file, row), row);
  }
}

/**
 * Read a publication log as a stream (bytes in any encoding `decodeText` of @disclosure/schema
 * tells: UTF-8, GB18030, UTF-16 with BOM; or text). Yields each publication with its row, and
 * every issue: a line not used (`rejected`: no 标题, 发布机构 or 发布日期, a date that cannot be
 * read, bad JSON), a value not read (an 成文日期 or 领域 that cannot be read: the publication is
 * kept without it), columns not read (once), and a header that cannot be used (`fatal`: the
 * columns missing, named once; nothing more is read).
 *
 * @example
 * const csv = "标题,发布日期,成文日期,发布机构,所属事项\n9月低保审核信息公示,2020年10月15日,2020/9/25,盐池县民政局,审核确认结果\n";
 * for await (const r of readPublications([csv], { file: "发布记录.csv" }))
 *   if (r.kind === "publication") r.publication;
 * //=> { title: "9月低保审核信息公示", unit: "盐池县民政局", date: "2020-10-15", eventDate: "2020-09-25", itemName: "审核确认结果" }
 */
export function readPublications(
  chunks: RecordSource,
  options: PublicationReadOptions = {},
): AsyncIterable<PublicationRead> {
  const csv = options.format ? options.format === "csv" : /\.(csv|tsv|txt)$/iu.test(options.file ?? "");
  return {
    [Symbol.asyncIterator]: () => {
      const texts = decodeChunks(chunks);
      return (csv ? readCsvPublications(texts, options.file) : readJsonlPublications(texts, options.file))[
        Symbol.asyncIterator
      ]();
    },
  };
}
