// What a file's name and first bytes say: how it is stored, and the unit it probably comes
// from when its content names none.
import { decodeText, isZipBytes } from "@disclosure/schema";
import type { SubmissionFileType } from "./model.js";

const BY_EXTENSION: Readonly<Record<string, SubmissionFileType>> = {
  xlsx: "xlsx",
  docx: "docx",
  pdf: "pdf",
  html: "html",
  htm: "html",
  txt: "text",
  md: "text",
  markdown: "text",
  json: "json",
  jsonl: "jsonl",
  ndjson: "jsonl",
  csv: "csv",
};

/** The extension of a name, lower case, without the dot ("" when none). */
export function extensionOf(name: string): string {
  return /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? "";
}

/**
 * How a file is stored: by its extension, else by its first bytes (a zip is taken as a
 * workbook, %PDF as PDF, `{`/`[` as JSON, markup as HTML, else text).
 * @example fileTypeOf("花马池镇.xlsx", new Uint8Array()) //=> "xlsx"
 */
export function fileTypeOf(name: string, bytes: Uint8Array): SubmissionFileType {
  const known = BY_EXTENSION[extensionOf(name)];
  if (known) return known;
  if (isZipBytes(bytes)) return "xlsx";
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return "pdf";
  const head = decodeText(bytes.subarray(0, 512)).text.trimStart();
  if (head.startsWith("{") && /\n\s*\{/.test(head)) return "jsonl";
  if (head.startsWith("{") || head.startsWith("[")) return "json";
  if (head.startsWith("<")) return "html";
  if (/^table[234]?,/.test(head)) return "csv";
  return "text";
}

/** Words of a file name that say what the file is, not whose it is. */
const NOT_THE_UNIT = [
  /政府信息公开工作年度报告/g,
  /政府信息公开(?:申请)?(?:办理)?台账/g,
  /申请办理台账/g,
  /(?:年度)?报告/g,
  /填报(?:表|模板)?/g,
  /台账/g,
  /单元格/g,
  /\b(?:cells|records|ledger|form|report)\b/gi,
];

/**
 * The unit a file's name names, for files whose content names none: the base name without
 * folders, extensions, the year (2024, 2024年, 2024年度) and words such as 填报表, 台账,
 * 年度报告; the base name itself when nothing is left.
 * @example unitFromFileName("各单位/花马池镇2024年填报表.xlsx") //=> "花马池镇"
 */
export function unitFromFileName(name: string): string {
  const base = name.split(/[/\\]/).pop() ?? name;
  const stem = base.replace(/(?:\.[A-Za-z0-9]{1,8})+$/, "");
  let unit = stem.replace(/(?:19|20)\d{2}\s*(?:年度|年)?/g, " ");
  for (const re of NOT_THE_UNIT) unit = unit.replace(re, " ");
  unit = unit
    .replace(/[\s_\-—–.()（）[\]【】]+/g, " ")
    .trim()
    .replace(/\s+/g, " ");
  return unit || stem || base;
}

/**
 * A digest of bytes (cyrb53 over the bytes and their length, 14 hex digits): the same file
 * given twice has the same digest. Not a cryptographic hash.
 */
export function bytesDigest(bytes: Uint8Array): string {
  let h1 = 0xdeadbeef ^ bytes.length;
  let h2 = 0x41c6ce57 ^ bytes.length;
  for (const b of bytes) {
    h1 = Math.imul(h1 ^ b, 2654435761);
    h2 = Math.imul(h2 ^ b, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${n.toString(16).padStart(14, "0")}-${bytes.length}`;
}
