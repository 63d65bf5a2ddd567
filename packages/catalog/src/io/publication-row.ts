/**
 * One line of a publication log → a publication: the columns a header names (Chinese or
 * English, first non-empty of a field's columns), dates in any written form, areas by name, and
 * the located, bilingual messages of what cannot be used.
 */
import { datesInText, readDateCell } from "@disclosure/schema/internal";
import { matchArea } from "../area-match.js";
import type { Issue, Location } from "@disclosure/schema";
import { columnLetters, fileAt, issueAt, sheetAt } from "../issue.js";
import type { AreaRef, Publication } from "../item.js";
import { normalizeHeaderLabel } from "../normalize.js";
import { AREA_CODES } from "../standard/areas.js";
import {
  PUBLICATION_COLUMN_VARIANTS,
  type PublicationField,
  REQUIRED_PUBLICATION_FIELDS,
} from "../standard/publication-columns.js";

const FIELDS = Object.keys(PUBLICATION_COLUMN_VARIANTS) as PublicationField[];
const LABELS = new Map<string, { field: PublicationField; rank: number }>();
for (const field of FIELDS) {
  PUBLICATION_COLUMN_VARIANTS[field].forEach((label, rank) => {
    LABELS.set(normalizeHeaderLabel(label).toLowerCase(), { field, rank });
  });
}
const NAME: Record<PublicationField, string> = Object.fromEntries(
  FIELDS.map((f) => [f, PUBLICATION_COLUMN_VARIANTS[f][0]]),
) as Record<PublicationField, string>;

/** The field a header label (or a JSON key) names, and its rank among the field's labels. */
export function labelField(label: string): { field: PublicationField; rank: number } | undefined {
  return (
    cached(labelCache, label, (l) => LABELS.get(normalizeHeaderLabel(l).toLowerCase()) ?? null) ?? undefined
  );
}

/**
 * A bounded cache: the same keys, dates and unit names come back line after line, and reading
 * them once keeps a million-line log fast and its garbage small.
 */
function cached<V>(cache: Map<string, V>, key: string, read: (k: string) => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = read(key);
    if (cache.size >= 65_536) cache.clear();
    cache.set(key, v);
  }
  return v;
}
const labelCache = new Map<string, { field: PublicationField; rank: number } | null>();
const dateCache = new Map<string, string | null>();
const areaCache = new Map<string, AreaRef | null>();

/** A header's columns: for each field, its column indexes in order of preference. */
export type Header = { columns: Map<PublicationField, number[]>; labels: string[]; row: number };

export function readHeader(cells: readonly string[], row: number): Header | undefined {
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

/** A log's form: CSV rows are located as a sheet's (the cell in A1 style), JSON Lines as text lines. */
export type LogForm = "csv" | "jsonl";

/**
 * Where in a log: a CSV row (its cell in A1 style when the column's index is given) or a JSON
 * Lines line (the key as the field); the file alone without a row.
 *
 * @example
 * at("p.csv", 3, "发布日期", 1); //=> { kind: "sheet", file: "p.csv", row: 3, cell: "B3", column: "发布日期" }
 * at("p.jsonl", 2, "unit", undefined, "jsonl"); //=> { kind: "text", file: "p.jsonl", line: 2, field: "unit" }
 */
export const at = (
  file: string | undefined,
  row?: number,
  column?: string,
  index?: number,
  form: LogForm = "csv",
): Location | undefined => {
  if (row === undefined) return fileAt(file);
  if (form === "jsonl")
    return { kind: "text", ...(file ? { file } : {}), line: row, ...(column ? { field: column } : {}) };
  return sheetAt({
    ...(file ? { file } : {}),
    row,
    ...(index !== undefined ? { cell: `${columnLetters(index)}${row}` } : {}),
    ...(column ? { column } : {}),
  });
};

const listOf = (fields: readonly PublicationField[]) =>
  fields.map((f) => PUBLICATION_COLUMN_VARIANTS[f].slice(0, 3).join("/"));

/** The one message for a header without the columns a publication needs. */
export function missingColumns(file: string | undefined, missing: PublicationField[], header: Header): Issue {
  const held = header.labels.filter((l) => l !== "").join("、");
  return issueAt("CAT-PUB-HEADER", "error", at(file, header.row), {
    zh: `发布记录的表头缺少${missing.map((f) => `“${NAME[f]}”`).join("")}列（可用列名：${listOf(missing).join("；")}）；读到的表头为：${held}`,
    en: `the publication log's header has no ${missing.map((f) => NAME[f]).join(", ")} column (names accepted: ${listOf(missing).join("; ")}); the header read: ${held}`,
  });
}

export function noHeader(file: string | undefined, rows: number): Issue {
  const wanted = listOf(REQUIRED_PUBLICATION_FIELDS).join("；");
  return issueAt("CAT-PUB-HEADER", "error", at(file), {
    zh: `前${rows}行中没有发布记录的表头（须有${wanted}等列）`,
    en: `no publication log header in the first ${rows} rows (columns such as ${wanted} are needed)`,
  });
}

/** A date cell in any form people write, or one date written inside the text; else unread. */
function dateOf(text: string): string | undefined {
  return (
    cached(dateCache, text, (t) => {
      const d = readDateCell(t);
      if (d.ok) return d.date;
      const inText = datesInText(t);
      return inText.length === 1 ? inText[0] : null;
    }) ?? undefined
  );
}

/** An area by its code, its official name or a name counties print; else unread. */
function areaOf(text: string): AreaRef | undefined {
  return (
    cached(
      areaCache,
      text,
      (t) => ((AREA_CODES as readonly string[]).includes(t) ? (t as AreaRef) : matchArea(t)) ?? null,
    ) ?? undefined
  );
}

export type Cell = { text: string; column: string; index?: number };
export type Built = { publication?: Publication; issues: { issue: Issue; rejected?: boolean }[] };

/** Why a line is not used: the required fields it lacks, a publication date that cannot be read. */
function rejection(
  t: Partial<Record<PublicationField, string>>,
  dateRead: boolean,
  loc: (f: PublicationField) => Location | undefined,
): Built {
  const missing = REQUIRED_PUBLICATION_FIELDS.filter((f) => !t[f]);
  const badDate = t.date && !dateRead ? `“${t.date}”` : "";
  const zh = [
    missing.length > 0 ? `缺少${missing.map((f) => NAME[f]).join("、")}` : "",
    badDate ? `发布日期${badDate}无法识别（可写作2020-03-05、2020/3/5或2020年3月5日）` : "",
  ];
  const en = [
    missing.length > 0 ? `no ${missing.map((f) => NAME[f]).join(", ")}` : "",
    badDate ? `publication date "${t.date}" cannot be read (write 2020-03-05, 2020/3/5 or 2020年3月5日)` : "",
  ];
  const m = {
    zh: `${zh.filter(Boolean).join("；")}，该条未计入`,
    en: `${en.filter(Boolean).join("; ")}; the line is not counted`,
  };
  return {
    issues: [{ issue: issueAt("CAT-PUB-ROW", "error", loc(missing[0] ?? "date"), m), rejected: true }],
  };
}

const OPTIONAL = ["id", "item", "itemName", "section", "category", "channel", "link"] as const;

/**
 * A publication from the cells of its fields, or why the line cannot be used. An 成文日期 or
 * 领域 that cannot be read is reported and left out; the publication is kept.
 */
export function publicationOf(
  cells: Partial<Record<PublicationField, Cell>>,
  file: string | undefined,
  row: number,
  form: LogForm = "csv",
): Built {
  const t: Partial<Record<PublicationField, string>> = {};
  for (const f in cells) {
    const v = cells[f as PublicationField]?.text.trim();
    if (v) t[f as PublicationField] = v;
  }
  const loc = (f: PublicationField) => at(file, row, cells[f]?.column ?? NAME[f], cells[f]?.index, form);
  const date = t.date === undefined ? undefined : dateOf(t.date);
  if (!t.title || !t.unit || !date) {
    return rejection(t, date !== undefined, loc);
  }
  const p: Publication = { title: t.title, unit: t.unit, date };
  const issues: Built["issues"] = [];
  const event = t.eventDate === undefined ? undefined : dateOf(t.eventDate);
  if (event) p.eventDate = event;
  else if (t.eventDate !== undefined) {
    const m = {
      zh: `成文日期“${t.eventDate}”无法识别，该条的时效按未知计`,
      en: `event date "${t.eventDate}" cannot be read; the line's timeliness is unknown`,
    };
    issues.push({ issue: issueAt("CAT-PUB-DATE", "warning", loc("eventDate"), m) });
  }
  const area = t.area === undefined ? undefined : areaOf(t.area);
  if (area) p.area = area;
  else if (t.area !== undefined) {
    const m = {
      zh: `领域“${t.area}”不是可识别的领域名称，未采用`,
      en: `area "${t.area}" is no area name that can be read; not used`,
    };
    issues.push({ issue: issueAt("CAT-PUB-AREA", "warning", loc("area"), m) });
  }
  for (const f of OPTIONAL) {
    const v = t[f];
    if (v !== undefined) p[f] = v;
  }
  return { publication: p, issues };
}

export function ignoredColumns(
  file: string | undefined,
  row: number | undefined,
  labels: string[],
  form: LogForm = "csv",
): Issue {
  return issueAt("CAT-PUB-COLUMN-IGNORED", "info", at(file, row, undefined, undefined, form), {
    zh: `以下列不是发布记录的字段，未读取：${labels.join("、")}`,
    en: `these columns are no publication fields and are not read: ${labels.join(", ")}`,
  });
}
