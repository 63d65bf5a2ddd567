// The words of a register: document kinds and statuses in cells and in section titles, the
// marks of an empty date cell, and the labels messages quote (table 二's from @disclosure/schema).
import { columnLabel, formats, rowLabel, section, type Message } from "@disclosure/schema";
import { normalizeText } from "./normalize.js";
import type { RegisterDocument } from "./register.js";
import {
  EMPTY_DATE_MARKS,
  ISSUED_DATE_PRIORITY,
  KIND_TITLE_WORDS,
  KIND_VALUES,
  REGISTER_COLUMN_VARIANTS,
  STATUS_VALUES,
} from "./standard/register-columns.js";

/** Document kind: the table 二 row a document is counted in. */
export type DocumentKind = RegisterDocument["kind"];
/** Register status: in force, repealed (废止), lapsed (失效: its 有效期 ended). */
export type RegisterStatus = keyof typeof STATUS_VALUES;

const KINDS = (Object.entries(KIND_VALUES) as [DocumentKind, readonly string[]][]).map(
  ([k, v]) => [k, v.map(normalizeText)] as const,
);
const STATUSES = (Object.entries(STATUS_VALUES) as [RegisterStatus, readonly string[]][]).map(
  ([k, v]) => [k, v.map(normalizeText)] as const,
);

export const kindOf = (text: string): DocumentKind | undefined => {
  const t = normalizeText(text);
  return KINDS.find(([, v]) => v.includes(t))?.[0];
};
export const statusOf = (text: string): RegisterStatus | undefined => {
  const t = normalizeText(text);
  return STATUSES.find(([, v]) => v.includes(t))?.[0];
};
/** The status a title row names ("二、已废止文件"), the longest word first (现行有效 before 有效). */
export const statusInTitle = (text: string): RegisterStatus | undefined => {
  const t = normalizeText(text);
  let best: { s: RegisterStatus; n: number } | undefined;
  for (const [s, words] of STATUSES) {
    for (const w of words)
      if (w.length >= 2 && t.includes(w) && (!best || w.length > best.n)) best = { s, n: w.length };
  }
  return best?.s;
};
export const kindInTitle = (text: string): DocumentKind | undefined => {
  const t = normalizeText(text);
  const named = (Object.keys(KIND_TITLE_WORDS) as DocumentKind[]).filter((k) =>
    KIND_TITLE_WORDS[k].some((w) => t.includes(w)),
  );
  // A title naming both kinds ("规章和规范性文件目录") says nothing about a row.
  return named.length === 1 ? named[0] : undefined;
};

/** "一、", "（二）", "3." at the start of a section title. */
export const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;
const EMPTY = new Set(EMPTY_DATE_MARKS.map(normalizeText));
/** A date cell's text, or "" for the marks offices put in a cell with no date ("无", "/"). */
export const dateCell = (text: string) => (EMPTY.has(normalizeText(text)) ? "" : text);

/** Status names for messages: the register's own first word for each. */
export const STATUS_NAMES: Record<RegisterStatus, Message> = {
  inForce: { zh: STATUS_VALUES.inForce[0], en: "in force" },
  repealed: { zh: STATUS_VALUES.repealed[0], en: "repealed" },
  lapsed: { zh: STATUS_VALUES.lapsed[0], en: "lapsed" },
};
export const V = REGISTER_COLUMN_VARIANTS;
export const HEADER_EXAMPLE = [
  V.title[0],
  V.docNumber[0],
  V.kind[0],
  ISSUED_DATE_PRIORITY[0][0],
  V.endDate[0],
  V.status[0],
];
export const ISSUED_LABEL = ISSUED_DATE_PRIORITY[0][0];
/** The issue date labels by preference, for a message: "印发日期/发布日期/…". */
export const ISSUED_DATE_LABELS = ISSUED_DATE_PRIORITY.map((p) => p[0]).join("/");
/** Table 二 labels from the format definition. */
export const T2 = {
  rules: rowLabel(formats.v2021, "table2", "rules") ?? "rules",
  normativeDocuments: rowLabel(formats.v2021, "table2", "normativeDocuments") ?? "normativeDocuments",
  repealed: columnLabel(formats.v2021, "table2", "normativeDocuments", "repealed") ?? "repealed",
  inForce: columnLabel(formats.v2021, "table2", "normativeDocuments", "inForce") ?? "inForce",
  table: `表${section(formats.v2021, formats.v2021.tables.table2.section).numeral}`,
};
export const KINDS_ZH = `${T2.rules}或${T2.normativeDocuments}`;
