// One row of a register read into a document, step by step: the title, the kind, the issue
// date (the preferred date column that holds one), the status, the end date and 有效期, the
// end settled against the status, and the id. Each step says what it could not read as an
// issue located at its cell; a row that cannot be counted is rejected with the reason.
import type { Issue, Message } from "@disclosure/schema";
import { issueAt } from "./issue.js";
import type { SourceLocation } from "./item.js";
import type { RegisterDocument } from "./register.js";
import { parseRegisterDate, parseValidity } from "./register-date.js";
import type { RegisterColumns } from "./register-header.js";
import {
  type DocumentKind,
  dateCell,
  ISSUED_LABEL,
  KINDS_ZH,
  kindOf,
  type RegisterStatus,
  STATUS_NAMES,
  statusOf,
  T2,
  V,
} from "./register-words.js";

/** What reading a row needs: the columns, their labels, where a cell is, and where issues go. */
export interface RowContext {
  col: RegisterColumns;
  labelOf: (c: number) => string;
  loc: (i?: number, column?: string, index?: number) => SourceLocation;
  issues: Issue[];
}

/** A row of cells, trimmed, with the text of a column (empty where the header has none). */
export interface RowCells {
  /** The row's index in the grid. */
  i: number;
  at: (c: number) => string;
  /** The first few texts of the row, for a message about it. */
  start: string;
}

/** What a row became: a document, a row that could not be read, or a document of another kind. */
export type RowOutcome =
  | { kind: "document"; doc: RegisterDocument; docNumber: string }
  | { kind: "rejected" }
  | { kind: "notCounted" };

const REJECTED: RowOutcome = { kind: "rejected" };

/** Adds an issue located at cell `c` of a row. */
function noteAt(
  ctx: RowContext,
  row: RowCells,
  c: number,
  code: string,
  severity: Issue["severity"],
  message: Message,
): void {
  ctx.issues.push(issueAt(code, severity, ctx.loc(row.i, ctx.labelOf(c), c), message));
}

function reject(ctx: RowContext, row: RowCells, c: number, message: Message): RowOutcome {
  noteAt(ctx, row, c, "REG-READ-ROW", "error", message);
  return REJECTED;
}

/** The kind from the 类别 cell, else the register's; a kind that is neither 规章 nor 规范性文件 is not counted. */
export function readKind(
  ctx: RowContext,
  row: RowCells,
  title: string,
  defaultKind: DocumentKind | undefined,
): DocumentKind | RowOutcome {
  const { col, labelOf } = ctx;
  const kindText = row.at(col.kind);
  if (kindText !== "") {
    const kind = kindOf(kindText);
    if (kind) return kind;
    noteAt(ctx, row, col.kind, "REG-READ-NOT-COUNTED", "info", {
      zh: `“${title}”的${labelOf(col.kind)}为“${kindText}”，不是${KINDS_ZH}，不计入${T2.table}`,
      en: `"${title}" is of kind "${kindText}", neither ${T2.rules} nor ${T2.normativeDocuments}; not counted in table 二`,
    });
    return { kind: "notCounted" };
  }
  if (defaultKind) return defaultKind;
  return reject(ctx, row, col.kind, {
    zh: `无法读取该行：“${title}”的${labelOf(col.kind)}为空，无法确定是${T2.rules}还是${T2.normativeDocuments}`,
    en: `row not read: the kind of "${title}" is empty (${T2.rules} or ${T2.normativeDocuments}?)`,
  });
}

/** The issue date: the first date column by preference that holds a valid date; the others' bad dates warned of. */
export function readIssuedDate(ctx: RowContext, row: RowCells, title: string): string | RowOutcome {
  const { col, labelOf } = ctx;
  let issuedDate: string | undefined;
  const badIssued: { c: number; text: string }[] = [];
  for (const c of col.issued) {
    const d = parseRegisterDate(dateCell(row.at(c)));
    if (d.ok) {
      issuedDate = d.date;
      break;
    }
    if (!d.empty) badIssued.push({ c, text: row.at(c) });
  }
  if (!issuedDate) {
    const [bad] = badIssued;
    if (bad) {
      return reject(ctx, row, bad.c, {
        zh: `无法读取该行：“${title}”的${labelOf(bad.c)}“${bad.text}”不是有效日期（可写作2020-01-05、2020/1/5、2020年1月5日或2020.1.5）`,
        en: `row not read: the ${labelOf(bad.c)} of "${title}", "${bad.text}", is not a valid date (write 2020-01-05, 2020/1/5, 2020年1月5日 or 2020.1.5)`,
      });
    }
    const first = col.issued[0] ?? -1;
    return reject(ctx, row, first, {
      zh: `无法读取该行：“${title}”没有${labelOf(first)}`,
      en: `row not read: "${title}" has no issue date`,
    });
  }
  for (const bad of badIssued) {
    noteAt(ctx, row, bad.c, "REG-READ-DATE", "warning", {
      zh: `“${bad.text}”不是有效日期，按其他日期列的${issuedDate}计`,
      en: `"${bad.text}" is not a valid date; the issue date ${issuedDate} of another date column is used`,
    });
  }
  return issuedDate;
}

/** The status from the 状态 cell, else the section's; an unknown word is warned of and left to the dates. */
export function readStatus(
  ctx: RowContext,
  row: RowCells,
  sectionStatus: RegisterStatus | undefined,
): RegisterStatus | undefined {
  const { col, labelOf } = ctx;
  const statusText = row.at(col.status);
  if (statusText === "") return sectionStatus;
  const status = statusOf(statusText);
  if (status) return status;
  noteAt(ctx, row, col.status, "REG-READ-STATUS", "warning", {
    zh: `无法识别的${labelOf(col.status)}“${statusText}”（应为${STATUS_NAMES.inForce.zh}、${STATUS_NAMES.repealed.zh}或${STATUS_NAMES.lapsed.zh}），按日期判断`,
    en: `unrecognised status "${statusText}" (expected ${STATUS_NAMES.inForce.zh}, ${STATUS_NAMES.repealed.zh} or ${STATUS_NAMES.lapsed.zh}); the dates decide`,
  });
  return undefined;
}

/** The end date (废止 / 失效日期); an unreadable one is no end for a document in force, else an end on an unknown date. */
export function readEndDate(
  ctx: RowContext,
  row: RowCells,
  title: string,
  status: RegisterStatus | undefined,
): { endDate?: string; endUnreadable: boolean } {
  const { col, labelOf } = ctx;
  const endText = dateCell(row.at(col.endDate));
  if (endText === "") return { endUnreadable: false };
  const d = parseRegisterDate(endText);
  if (d.ok) return { endDate: d.date, endUnreadable: false };
  const where = ctx.loc(row.i, labelOf(col.endDate), col.endDate);
  if (status === "inForce") {
    ctx.issues.push(
      issueAt("REG-READ-DATE", "warning", where, {
        zh: `“${title}”的${labelOf(col.endDate)}“${endText}”不是有效日期；状态为${STATUS_NAMES.inForce.zh}，按未废止计`,
        en: `the ${labelOf(col.endDate)} of "${title}", "${endText}", is not a valid date; marked in force, so read as not repealed`,
      }),
    );
    return { endUnreadable: false };
  }
  ctx.issues.push(
    issueAt("REG-READ-DATE", "warning", where, {
      zh: `“${title}”的${labelOf(col.endDate)}“${endText}”不是有效日期：按${STATUS_NAMES[status === "lapsed" ? "lapsed" : "repealed"].zh}、日期不明计`,
      en: `the ${labelOf(col.endDate)} of "${title}", "${endText}", is not a valid date: counted as ${status === "lapsed" ? "lapsed" : "repealed"} on an unknown date`,
    }),
  );
  return { endUnreadable: true };
}

/** The last day of the 有效期, from a date or a term counted from the issue date; unreadable is none. */
export function readValidity(ctx: RowContext, row: RowCells, issuedDate: string): string | undefined {
  const { col, labelOf } = ctx;
  const validityText = row.at(col.validity);
  if (validityText === "") return undefined;
  const v = parseValidity(validityText, issuedDate);
  if (v.kind === "until") return v.date;
  if (v.kind === "unreadable") {
    noteAt(ctx, row, col.validity, "REG-READ-VALIDITY", "warning", {
      zh: `无法识别的${labelOf(col.validity)}“${validityText}”，按未设有效期计`,
      en: `unrecognised validity "${validityText}"; read as no end of validity`,
    });
  }
  return undefined;
}

/** How a document ended, as read from its cells. */
export interface EndRead {
  status: RegisterStatus | undefined;
  endDate?: string | undefined;
  endUnreadable: boolean;
  expiresDate?: string | undefined;
}

/**
 * The end settled against the status: an end date is a repeal unless the document lapsed; a
 * repealed or lapsed document without a date ends in an unknown year; a repeal before the
 * issue date rejects the row; a 有效期 ending before it is none.
 */
export function settleEnd(ctx: RowContext, row: RowCells, doc: RegisterDocument, end: EndRead): boolean {
  const { col, labelOf } = ctx;
  const { status, endDate, endUnreadable } = end;
  let { expiresDate } = end;
  const { title, issuedDate } = doc;
  if (endDate !== undefined) {
    if (status === "lapsed") {
      expiresDate = endDate;
    } else {
      doc.repealedDate = endDate;
      if (status === "inForce") {
        noteAt(ctx, row, col.status, "REG-STATUS-CONFLICT", "warning", {
          zh: `“${title}”状态为${STATUS_NAMES.inForce.zh}，但填有${labelOf(col.endDate)}${endDate}：按${endDate}废止计`,
          en: `"${title}" is marked in force but has the end date ${endDate}: counted as repealed on ${endDate}`,
        });
      }
    }
  } else if (endUnreadable) {
    doc.undatedEnd = status === "lapsed" ? "lapsed" : "repealed";
  } else if (status === "repealed" || (status === "lapsed" && expiresDate === undefined)) {
    doc.undatedEnd = status;
    const c = col.status >= 0 ? col.status : col.endDate;
    noteAt(ctx, row, c, "REG-STATUS-UNDATED", "warning", {
      zh: `“${title}”状态为${STATUS_NAMES[status].zh}，但没有${status === "repealed" ? V.endDate[0] : V.endDate[1]}：计为${status === "repealed" ? "废止" : "失效"}年份不明，不计入任何年度的“${T2.repealed}”和年末“${T2.inForce}”`,
      en: `"${title}" is marked ${STATUS_NAMES[status].en} without a date: it ended in an unknown year, so it is counted in no year's repealed column and in force at no year end`,
    });
  }
  if (doc.repealedDate !== undefined && doc.repealedDate < issuedDate) {
    reject(ctx, row, col.endDate, {
      zh: `无法读取该行：“${title}”的${labelOf(col.endDate)}（${doc.repealedDate}）早于${ISSUED_LABEL}（${issuedDate}）`,
      en: `row not read: the end date of "${title}" (${doc.repealedDate}) is before its issue date (${issuedDate})`,
    });
    return false;
  }
  if (expiresDate !== undefined) {
    if (expiresDate < issuedDate) {
      const c = col.validity >= 0 ? col.validity : col.endDate;
      noteAt(ctx, row, c, "REG-READ-VALIDITY", "warning", {
        zh: `“${title}”的有效期截止日（${expiresDate}）早于${ISSUED_LABEL}（${issuedDate}），按未设有效期计`,
        en: `the end of validity of "${title}" (${expiresDate}) is before its issue date (${issuedDate}); read as none`,
      });
    } else doc.expiresDate = expiresDate;
  }
  if (
    status === "lapsed" &&
    doc.expiresDate === undefined &&
    doc.undatedEnd === undefined &&
    !doc.repealedDate
  ) {
    doc.undatedEnd = "lapsed";
  }
  return true;
}

/**
 * A register row read into a document, or why not. `defaultKind` is the register's kind where a
 * row has no 类别, `sectionStatus` the status of the section the row stands in.
 */
export function readRegisterRow(
  ctx: RowContext,
  row: RowCells,
  defaultKind: DocumentKind | undefined,
  sectionStatus: RegisterStatus | undefined,
  unitDefault: string | undefined,
): RowOutcome {
  const { col, labelOf } = ctx;
  const title = row.at(col.title).replace(/\s*\n\s*/gu, "");
  if (title === "") {
    return reject(ctx, row, col.title, {
      zh: `无法读取该行：${labelOf(col.title)}为空（该行内容：${row.start}）`,
      en: `row not read: the title is empty (row starts: ${row.start})`,
    });
  }
  const kind = readKind(ctx, row, title, defaultKind);
  if (typeof kind !== "string") return kind;
  const issuedDate = readIssuedDate(ctx, row, title);
  if (typeof issuedDate !== "string") return issuedDate;
  const status = readStatus(ctx, row, sectionStatus);
  const { endDate, endUnreadable } = readEndDate(ctx, row, title, status);
  const expiresDate = readValidity(ctx, row, issuedDate);
  const doc: RegisterDocument = { type: "document", id: "", kind, title, issuedDate, source: ctx.loc(row.i) };
  const docNumber = row.at(col.docNumber).replace(/\s+/gu, "");
  if (docNumber !== "") doc.docNumber = docNumber;
  const unit = row.at(col.unit) || unitDefault;
  if (unit) doc.unit = unit;
  if (!settleEnd(ctx, row, doc, { status, endDate, endUnreadable, expiresDate })) return REJECTED;
  return { kind: "document", doc, docNumber };
}
