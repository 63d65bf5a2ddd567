/**
 * `parseRegisterTable`: a grid of cell texts (from CSV or XLSX) → the documents of a 规章 /
 * 行政规范性文件 register. Finds the header under any title rows (register-header), reads each
 * row into a document (register-row), tells section titles and repeated headers from rows,
 * and reports every row it cannot read with file, sheet, row and column.
 */
import type { Issue } from "@disclosure/schema";
import { gridLocator, issueAt } from "./issue.js";
import { normalizeHeaderLabel } from "./normalize.js";
import type { RegisterDocument } from "./register.js";
import {
  findHeader,
  isHeader,
  readHeader,
  type RegisterColumns,
  registerColumns,
} from "./register-header.js";
import { type RowCells, type RowContext, readRegisterRow } from "./register-row.js";
import {
  type DocumentKind,
  HEADER_EXAMPLE,
  ISSUED_DATE_LABELS,
  kindInTitle,
  type RegisterStatus,
  SECTION_NUMBER,
  statusInTitle,
  T2,
  V,
} from "./register-words.js";
import type { Grid } from "./table.js";

export type { DocumentKind, RegisterStatus } from "./register-words.js";

/** Where the grid came from and what to assume when the register does not say. */
export type RegisterTableOptions = {
  file?: string;
  sheet?: string;
  /** 制发单位 of rows that leave it blank (a unit's own register). */
  unit?: string;
  /** Kind of every document when there is no 类别 column and the title does not say. */
  kind?: DocumentKind;
};

/** A register as read: its title, the documents, and how many rows were read. */
export type Register = {
  title?: string;
  documents: RegisterDocument[];
  /** Rows read into documents / rows that could not be read (each reported) / rows of other kinds of document (reported, not counted). */
  rows: { accepted: number; rejected: number; notCounted: number };
};

/** The register's title, kind and section status from the rows above the header. */
function titleRows(rows: readonly (readonly string[])[], header: number) {
  let title: string | undefined;
  let kind: DocumentKind | undefined;
  let status: RegisterStatus | undefined;
  for (const row of rows.slice(0, header)) {
    const texts = [...new Set(row.map((c) => c.trim()).filter((c) => c !== ""))];
    if (texts.length === 0) continue;
    title ??= texts[0];
    kind ??= kindInTitle(texts.join(""));
    status ??= statusInTitle(texts.join(""));
  }
  return { title, kind, status };
}

/** The title and issue date columns a register cannot do without, each missing one an error. */
function missingColumns(col: RegisterColumns, at: Issue["location"]): Issue[] {
  const missing: Issue[] = [];
  for (const [present, zh, en] of [
    [col.title >= 0, V.title[0], "title"],
    [col.issued.length > 0, ISSUED_DATE_LABELS, "issue date"],
  ] as const) {
    if (!present) {
      missing.push(
        issueAt("REG-READ-NO-COLUMN", "error", at, {
          zh: `表头中没有“${zh}”列`,
          en: `the header has no ${en} column (${zh})`,
        }),
      );
    }
  }
  return missing;
}

/** What a row between documents is: nothing, a template row, a repeated header (with its rows), or a section title. */
export type RowShape =
  | { shape: "skip"; rows: number }
  | { shape: "section"; text: string }
  | { shape: "row"; cells: RowCells };

/** Tells a row of the body: empty, numbered in advance, a header repeated, a section title, or a row to read. */
export function rowShape(
  cells: readonly string[],
  next: readonly string[] | undefined,
  i: number,
  col: RegisterColumns,
  headerKey: string,
): RowShape {
  const at = (c: number) => (c >= 0 ? (cells[c] ?? "") : "");
  const nonEmpty = cells.filter((c) => c !== "");
  const [firstText = ""] = nonEmpty;
  if (nonEmpty.length === 0) return { shape: "skip", rows: 1 };
  // Template rows numbered in advance: only the 序号 is filled.
  if (col.seq >= 0 && nonEmpty.length === 1 && at(col.seq) !== "") return { shape: "skip", rows: 1 };
  const repeated = readHeader(cells, next);
  if (cells.map(normalizeHeaderLabel).join("|") === headerKey || isHeader(repeated.roles)) {
    // A repeated header (a new table under a section title); skip its sub-header too.
    return { shape: "skip", rows: repeated.rows };
  }
  const distinct = new Set(nonEmpty);
  if (
    distinct.size === 1 &&
    (nonEmpty.length > 1 || at(col.title) === "" || SECTION_NUMBER.test(firstText))
  ) {
    // A section title ("二、已废止文件"), merged over the row or alone in its first cell.
    return { shape: "section", text: firstText };
  }
  return { shape: "row", cells: { i, at, start: nonEmpty.slice(0, 3).join(" | ") } };
}

/**
 * Read a register from a grid of cell texts. Title rows above the header (merged over the
 * row, as offices print "盐池县人民政府行政规范性文件登记表") give the register's title, and its
 * kind when there is no 类别 column; a one-text row under the header ("二、已废止文件") sets the
 * status of the rows below it. Dates: 2020-01-05, 2020/1/5, 2020年1月5日, 2020.1.5, 20200105,
 * full-width digits, Excel day numbers. The issue date is read from 印发 / 发布 日期, else 成文
 * 日期, else 施行日期. An end date (废止 / 失效日期) is a repeal unless the 状态 says 已失效; 已废止
 * without a date is a warning and the document ends in an unknown year (`undatedEnd`).
 *
 * @example
 * const { register } = parseRegisterTable({ rows: [
 *   ["盐池县人民政府行政规范性文件登记表", "", "", ""],
 *   ["文件名称", "文号", "印发日期", "状态"],
 *   ["盐池县物业管理实施规定", "盐政规发〔2020〕3号", "2020/6/18", "现行有效"],
 * ] }, { unit: "盐池县人民政府" });
 * register.documents[0]; //=> { type: "document", id: "盐政规发〔2020〕3号", kind: "normativeDocuments",
 * //   title: "盐池县物业管理实施规定", docNumber: "盐政规发〔2020〕3号", issuedDate: "2020-06-18",
 * //   unit: "盐池县人民政府", source: { row: 3 } }
 */
export function parseRegisterTable(
  grid: Grid,
  options: RegisterTableOptions = {},
): { register: Register; issues: Issue[]; found: boolean } {
  const issues: Issue[] = [];
  const { rowNo, loc, whole } = gridLocator(grid, options);
  const register: Register = { documents: [], rows: { accepted: 0, rejected: 0, notCounted: 0 } };
  const rows = grid.rows;
  const header = findHeader(rows);
  if (!header) {
    issues.push(
      issueAt("REG-READ-NO-HEADER", "error", whole, {
        zh: `未找到文件登记表的表头（${HEADER_EXAMPLE.join("、")}等）`,
        en: `no register header row found (${HEADER_EXAMPLE.join(", ")} …)`,
      }),
    );
    return { register, issues, found: false };
  }
  const hr = header.at;
  const headerRow = rows[hr] ?? [];
  const above = titleRows(rows, hr);
  if (above.title !== undefined) register.title = above.title;
  let sectionStatus = above.status;
  const col = registerColumns(header.roles);
  const labelOf = (c: number) => header.roles[c]?.label ?? headerRow[c]?.trim() ?? "";
  const missing = missingColumns(col, loc(hr));
  if (missing.length > 0) return { register, issues: [...issues, ...missing], found: false };

  let defaultKind: DocumentKind | undefined = options.kind ?? above.kind;
  if (col.kind < 0 && defaultKind === undefined) {
    defaultKind = "normativeDocuments";
    issues.push(
      issueAt("REG-READ-KIND-DEFAULT", "info", loc(hr), {
        zh: `登记表没有“${V.kind[0]}”列，标题也未写明文件种类：全部按${T2.normativeDocuments}计`,
        en: `the register has no ${V.kind[0]} column and its title names no kind: every document is counted as a ${T2.normativeDocuments}`,
      }),
    );
  }

  const ctx: RowContext = { col, labelOf, loc, issues };
  const headerKey = headerRow.map(normalizeHeaderLabel).join("|");
  const seenIds = new Map<string, number>();
  for (let i = hr + header.rows; i < rows.length; i++) {
    const cells = (rows[i] ?? []).map((c) => (c ?? "").trim());
    const shape = rowShape(cells, rows[i + 1], i, col, headerKey);
    if (shape.shape === "skip") {
      i += shape.rows - 1;
      continue;
    }
    if (shape.shape === "section") {
      sectionStatus = statusInTitle(shape.text) ?? sectionStatus;
      const k = kindInTitle(shape.text);
      if (k && col.kind < 0) defaultKind = k;
      continue;
    }
    const outcome = readRegisterRow(ctx, shape.cells, defaultKind, sectionStatus, options.unit);
    if (outcome.kind === "rejected") register.rows.rejected++;
    else if (outcome.kind === "notCounted") register.rows.notCounted++;
    else {
      assignId(ctx, i, outcome.doc, outcome.docNumber, seenIds, rowNo, options);
      register.documents.push(outcome.doc);
      register.rows.accepted++;
    }
  }
  return { register, issues, found: true };
}

/** The id: the 文号 (the register's own key), else the row; a 文号 seen before is warned of and told apart by its row. */
function assignId(
  ctx: RowContext,
  i: number,
  doc: RegisterDocument,
  docNumber: string,
  seenIds: Map<string, number>,
  rowNo: (i: number) => number,
  options: RegisterTableOptions,
): void {
  const { col, labelOf } = ctx;
  const base =
    docNumber || `${options.file ?? "register"}${options.sheet ? `!${options.sheet}` : ""}#${rowNo(i)}`;
  const seenAt = seenIds.get(base);
  if (seenAt !== undefined && docNumber !== "") {
    ctx.issues.push(
      issueAt("REG-READ-DUPLICATE", "warning", ctx.loc(i, labelOf(col.docNumber), col.docNumber), {
        zh: `${labelOf(col.docNumber)}“${docNumber}”与第${seenAt}行重复：两行都计入，请核对是否重复登记`,
        en: `document number "${docNumber}" repeats row ${seenAt}: both rows are counted; check for a double entry`,
      }),
    );
    doc.id = `${base}#${rowNo(i)}`;
  } else {
    doc.id = base;
    seenIds.set(base, rowNo(i));
  }
}
