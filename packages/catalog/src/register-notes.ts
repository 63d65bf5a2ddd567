/**
 * What an office should know beside table 二's first block for a year: the documents whose
 * 有效期 ran out in the year (no longer in force at its end, though not repealed), and which
 * format the report on that year is written in.
 */
import {
  type DocumentRecord,
  type FormatDef,
  formatForYear,
  formats,
  type Message,
} from "@disclosure/schema";
import type { RegisterDocument } from "./register.js";

/** A document whose 有效期 ended in the year. */
export type ExpiredDocument = {
  id: string;
  title: string;
  docNumber?: string;
  expiresDate: string;
  source?: RegisterDocument["source"];
};

/**
 * The documents whose 有效期 ran out in `year` and that were not repealed before: in force at
 * the start of the year, not at its end, and in no 本年废止件数.
 *
 * @example
 * expiredInYear([{ type: "document", id: "盐政规发〔2019〕5号", kind: "normativeDocuments",
 *   title: "盐池县农村集体经济组织财务管理办法", issuedDate: "2019-08-20", expiresDate: "2021-08-19" }], 2021);
 * //=> [{ id: "盐政规发〔2019〕5号", title: "盐池县农村集体经济组织财务管理办法", expiresDate: "2021-08-19" }]
 */
export function expiredInYear(
  documents: Iterable<DocumentRecord | RegisterDocument>,
  year: number,
): ExpiredDocument[] {
  const out: ExpiredDocument[] = [];
  for (const d of documents) {
    const end = d.expiresDate;
    if (end === undefined || Number(end.slice(0, 4)) !== year) continue;
    if (d.repealedDate !== undefined && d.repealedDate <= end) continue;
    const e: ExpiredDocument = { id: d.id, title: d.title ?? d.id, expiresDate: end };
    if (d.docNumber) e.docNumber = d.docNumber;
    if ("source" in d && d.source) e.source = d.source;
    out.push(e);
  }
  return out;
}

const firstBlock = (f: FormatDef) => f.tables.table2.blocks[0];
const columns = (f: FormatDef) => firstBlock(f).columns.map((c) => c.label);

/**
 * When the report on `year` is written in the 2019 format (reports on 2019 and 2020), a note
 * that its table 二 first block has other columns than the ones a register gives (the 2021
 * format's), so the figures cannot be copied into it as they are; `undefined` for later years.
 *
 * @example
 * registerFormatNote(2020)?.zh.startsWith("2020年度的年度报告使用2019年版格式"); //=> true
 * registerFormatNote(2021); //=> undefined
 */
export function registerFormatNote(year: number): Message | undefined {
  if (formatForYear(year) !== "2019") return undefined;
  const old = formats.v2019;
  const now = formats.v2021;
  return {
    zh:
      `${year}年度的年度报告使用2019年版格式（${old.notice}《${old.title}》），其表二${firstBlock(old).heading}为“${columns(old).join("、")}”；` +
      `以下按2021年版格式计出“${columns(now).join("、")}”，不能照搬填入${year}年度报告`,
    en:
      `reports on ${year} use the 2019 format (${old.notice}), whose table 二 ${firstBlock(old).heading} has the columns ${columns(old).join(", ")}; ` +
      `the figures below are the 2021 format's (${columns(now).join(", ")}) and cannot be copied into a report on ${year} as they are`,
  };
}
