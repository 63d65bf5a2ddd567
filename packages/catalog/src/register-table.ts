/**
 * `parseRegisterTable`: a grid of cell texts (from CSV or XLSX) → the documents of a 规章 /
 * 行政规范性文件 register. Finds the header under any title rows, matches header variants
 * leniently, reads the dates in the forms offices type them, cross-checks 状态 with the dates,
 * and reports every row it cannot read with file, sheet, row and column.
 */
import { columnLabel, formats, rowLabel, section } from "@disclosure/schema";
import { twoRowHeader } from "./header-rows";
import { type CatalogIssue, gridLocator, issueAt } from "./issue";
import type { Message } from "./item";
import { normalizeHeaderLabel, normalizeText } from "./normalize";
import type { RegisterDocument } from "./register";
import { parseRegisterDate, parseValidity } from "./register-date";
import {
  EMPTY_DATE_MARKS,
  ISSUED_DATE_PRIORITY,
  KIND_TITLE_WORDS,
  KIND_VALUES,
  REGISTER_COLUMN_VARIANTS,
  REGISTER_DATE_GROUP_VARIANTS,
  type RegisterColumnCode,
  STATUS_VALUES,
} from "./standard/register-columns";
import type { Grid } from "./table";

/** Document kind: the table 二 row a document is counted in. */
export type DocumentKind = RegisterDocument["kind"];
/** Register status: in force, repealed (废止), lapsed (失效: its 有效期 ended). */
export type RegisterStatus = keyof typeof STATUS_VALUES;

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

const norm = (variants: readonly string[]) => variants.map(normalizeHeaderLabel);
const SIMPLE = (
  Object.entries(REGISTER_COLUMN_VARIANTS) as [Exclude<RegisterColumnCode, "issuedDate">, readonly string[]][]
).map(([code, v]) => [code, norm(v)] as const);
const ISSUED = ISSUED_DATE_PRIORITY.map(norm);
const KINDS = (Object.entries(KIND_VALUES) as [DocumentKind, readonly string[]][]).map(
  ([k, v]) => [k, v.map(normalizeText)] as const,
);
const STATUSES = (Object.entries(STATUS_VALUES) as [RegisterStatus, readonly string[]][]).map(
  ([k, v]) => [k, v.map(normalizeText)] as const,
);

type Role =
  | { code: Exclude<RegisterColumnCode, "issuedDate">; label: string }
  | { code: "issuedDate"; priority: number; label: string };

function roleOf(label: string): Role | undefined {
  const l = normalizeHeaderLabel(label);
  if (l === "") return undefined;
  const p = ISSUED.findIndex((v) => v.includes(l));
  if (p >= 0) return { code: "issuedDate", priority: p, label: label.trim() };
  const s = SIMPLE.find(([, v]) => v.includes(l));
  return s ? { code: s[0], label: label.trim() } : undefined;
}

const DATE_GROUPS = norm(REGISTER_DATE_GROUP_VARIANTS);
const isDateGroup = (label: string) => DATE_GROUPS.includes(normalizeHeaderLabel(label));
const DATE_CODES: readonly Role["code"][] = ["issuedDate", "endDate", "validity"];

/** The date column a sub-label under a date group names: "印发日期" itself, or "印发" + "日期". */
function dateSubRole(sub: string, group: string): Role | undefined {
  for (const label of [sub, `${sub}${group}`, `${sub}${REGISTER_DATE_GROUP_VARIANTS[0]}`]) {
    const r = roleOf(label);
    if (r && DATE_CODES.includes(r.code)) return r;
  }
  return undefined;
}

/** Column roles of a header row and the sub-header row under it, with `isGroup` telling group labels. */
function readHeaderWith(
  top: readonly string[],
  next: readonly string[] | undefined,
  isGroup: (label: string) => boolean,
): { roles: (Role | undefined)[]; rows: number; tops: string[]; subs: string[] } {
  const { tops, subs, rows } = twoRowHeader(top, next, {
    isGroup,
    isSub: (sub, group) =>
      isDateGroup(group) ? dateSubRole(sub, group) !== undefined : roleOf(sub) !== undefined,
    isColumn: (label) => roleOf(label) !== undefined,
  });
  const roles = tops.map((t, c) =>
    isDateGroup(t) && subs[c] !== "" ? dateSubRole(subs[c], t) : (roleOf(t) ?? roleOf(subs[c])),
  );
  return { roles, rows, tops, subs };
}

/**
 * Whether the groups other than 日期 (labels that are no column of their own, with sub-labels
 * under them) are real: each stands over two columns or more, every one of them a known
 * column, and none over every column (a title above the header). A data row above a header
 * (its values unknown labels, the header's labels under them) fails this.
 */
function otherGroupsHold(tops: readonly string[], subs: readonly string[]): boolean {
  const spans = new Map<string, number[]>();
  tops.forEach((t, c) => {
    // A label repeated under itself is one cell merged down over both rows, not a group.
    const under = subs[c] !== "" && normalizeHeaderLabel(subs[c]) !== normalizeHeaderLabel(t);
    if (t !== "" && under && !isDateGroup(t) && roleOf(t) === undefined) {
      spans.set(t, [...(spans.get(t) ?? []), c]);
    }
  });
  const used = tops.filter((t, c) => t !== "" || subs[c] !== "").length;
  for (const cols of spans.values()) {
    if (cols.length < 2 || cols.length >= used) return false;
    if (cols.some((c) => roleOf(subs[c]) === undefined)) return false;
  }
  return true;
}

/**
 * Column roles of a header row and the sub-header row under it, when there is one. Groups are
 * 日期 over its dates, or any label that is not a column of its own over known columns (文件信息
 * over 文件名称 and 文号) — unless it stands over every column: that is a title above the header.
 */
function readHeader(
  top: readonly string[],
  next: readonly string[] | undefined,
): { roles: (Role | undefined)[]; rows: number } {
  const any = readHeaderWith(top, next, (label) => isDateGroup(label) || roleOf(label) === undefined);
  if (any.rows === 2 && isHeader(any.roles) && otherGroupsHold(any.tops, any.subs)) return any;
  return readHeaderWith(top, next, isDateGroup);
}

/** Distinct roles of a row; a header has a title and a date column, or three known columns. */
function isHeader(roles: readonly (Role | undefined)[]): boolean {
  const codes = new Set(roles.filter((r) => r !== undefined).map((r) => r.code));
  return (codes.has("title") && codes.has("issuedDate")) || codes.size >= 3;
}

const kindOf = (text: string): DocumentKind | undefined => {
  const t = normalizeText(text);
  return KINDS.find(([, v]) => v.includes(t))?.[0];
};
const statusOf = (text: string): RegisterStatus | undefined => {
  const t = normalizeText(text);
  return STATUSES.find(([, v]) => v.includes(t))?.[0];
};
/** The status a title row names ("二、已废止文件"), the longest word first (现行有效 before 有效). */
const statusInTitle = (text: string): RegisterStatus | undefined => {
  const t = normalizeText(text);
  let best: { s: RegisterStatus; n: number } | undefined;
  for (const [s, words] of STATUSES) {
    for (const w of words)
      if (w.length >= 2 && t.includes(w) && (!best || w.length > best.n)) best = { s, n: w.length };
  }
  return best?.s;
};
const kindInTitle = (text: string): DocumentKind | undefined => {
  const t = normalizeText(text);
  const named = (Object.keys(KIND_TITLE_WORDS) as DocumentKind[]).filter((k) =>
    KIND_TITLE_WORDS[k].some((w) => t.includes(w)),
  );
  // A title naming both kinds ("规章和规范性文件目录") says nothing about a row.
  return named.length === 1 ? named[0] : undefined;
};

/** "一、", "（二）", "3." at the start of a section title. */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;
const EMPTY = new Set(EMPTY_DATE_MARKS.map(normalizeText));
/** A date cell's text, or "" for the marks offices put in a cell with no date ("无", "/"). */
const dateCell = (text: string) => (EMPTY.has(normalizeText(text)) ? "" : text);

/** Status names for messages: the register's own first word for each. */
const STATUS_NAMES: Record<RegisterStatus, Message> = {
  inForce: { zh: STATUS_VALUES.inForce[0], en: "in force" },
  repealed: { zh: STATUS_VALUES.repealed[0], en: "repealed" },
  lapsed: { zh: STATUS_VALUES.lapsed[0], en: "lapsed" },
};
const V = REGISTER_COLUMN_VARIANTS;
const HEADER_EXAMPLE = [
  V.title[0],
  V.docNumber[0],
  V.kind[0],
  ISSUED_DATE_PRIORITY[0][0],
  V.endDate[0],
  V.status[0],
];
const ISSUED_LABEL = ISSUED_DATE_PRIORITY[0][0];
/** Table 二 labels from the format definition. */
const T2 = {
  rules: rowLabel(formats.v2021, "table2", "rules") ?? "rules",
  normativeDocuments: rowLabel(formats.v2021, "table2", "normativeDocuments") ?? "normativeDocuments",
  repealed: columnLabel(formats.v2021, "table2", "normativeDocuments", "repealed") ?? "repealed",
  inForce: columnLabel(formats.v2021, "table2", "normativeDocuments", "inForce") ?? "inForce",
  table: `表${section(formats.v2021, formats.v2021.tables.table2.section).numeral}`,
};
const KINDS_ZH = `${T2.rules}或${T2.normativeDocuments}`;

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
): { register: Register; issues: CatalogIssue[]; found: boolean } {
  const issues: CatalogIssue[] = [];
  const { rowNo, loc } = gridLocator(grid, options);
  const register: Register = { documents: [], rows: { accepted: 0, rejected: 0, notCounted: 0 } };
  const rows = grid.rows;
  let hr = -1;
  let roles: (Role | undefined)[] = [];
  let headerRows = 1;
  for (let i = 0; i < Math.min(rows.length, 30); i++) {
    const h = readHeader(rows[i], rows[i + 1]);
    if (isHeader(h.roles)) {
      hr = i;
      roles = h.roles;
      headerRows = h.rows;
      break;
    }
  }
  if (hr < 0) {
    issues.push(
      issueAt("REG-READ-NO-HEADER", "error", loc(), {
        zh: `未找到文件登记表的表头（${HEADER_EXAMPLE.join("、")}等）`,
        en: `no register header row found (${HEADER_EXAMPLE.join(", ")} …)`,
      }),
    );
    return { register, issues, found: false };
  }

  // Title rows above the header.
  let titleKind: DocumentKind | undefined;
  let sectionStatus: RegisterStatus | undefined;
  for (let i = 0; i < hr; i++) {
    const texts = [...new Set(rows[i].map((c) => c.trim()).filter((c) => c !== ""))];
    if (texts.length === 0) continue;
    register.title ??= texts[0];
    titleKind ??= kindInTitle(texts.join(""));
    sectionStatus ??= statusInTitle(texts.join(""));
  }

  const first = <C extends Role["code"]>(code: C) => roles.findIndex((r) => r?.code === code);
  const col = {
    title: first("title"),
    docNumber: first("docNumber"),
    kind: first("kind"),
    unit: first("unit"),
    endDate: first("endDate"),
    validity: first("validity"),
    status: first("status"),
    seq: first("seq"),
  };
  const issuedCols = roles
    .map((r, c) => ({ r, c }))
    .filter((x): x is { r: Extract<Role, { code: "issuedDate" }>; c: number } => x.r?.code === "issuedDate")
    .sort((a, b) => a.r.priority - b.r.priority || a.c - b.c);
  const labelOf = (c: number) => roles[c]?.label ?? rows[hr][c]?.trim() ?? "";

  for (const [code, zh, en] of [
    ["title", V.title[0], "title"],
    ["issuedDate", ISSUED_DATE_PRIORITY.map((p) => p[0]).join("/"), "issue date"],
  ] as const) {
    const present = code === "title" ? col.title >= 0 : issuedCols.length > 0;
    if (!present) {
      issues.push(
        issueAt("REG-READ-NO-COLUMN", "error", loc(hr), {
          zh: `表头中没有“${zh}”列`,
          en: `the header has no ${en} column (${zh})`,
        }),
      );
    }
  }
  if (col.title < 0 || issuedCols.length === 0) return { register, issues, found: false };

  let defaultKind: DocumentKind | undefined = options.kind ?? titleKind;
  if (col.kind < 0 && defaultKind === undefined) {
    defaultKind = "normativeDocuments";
    issues.push(
      issueAt("REG-READ-KIND-DEFAULT", "info", loc(hr), {
        zh: `登记表没有“${V.kind[0]}”列，标题也未写明文件种类：全部按${T2.normativeDocuments}计`,
        en: `the register has no ${V.kind[0]} column and its title names no kind: every document is counted as a ${T2.normativeDocuments}`,
      }),
    );
  }

  const headerKey = rows[hr].map(normalizeHeaderLabel).join("|");
  const seenIds = new Map<string, number>();
  for (let i = hr + headerRows; i < rows.length; i++) {
    const cells = rows[i].map((c) => (c ?? "").trim());
    const at = (c: number) => (c >= 0 ? (cells[c] ?? "") : "");
    const nonEmpty = cells.filter((c) => c !== "");
    if (nonEmpty.length === 0) continue;
    // Template rows numbered in advance: only the 序号 is filled.
    if (col.seq >= 0 && nonEmpty.length === 1 && at(col.seq) !== "") continue;
    const repeated = readHeader(cells, rows[i + 1]);
    if (cells.map(normalizeHeaderLabel).join("|") === headerKey || isHeader(repeated.roles)) {
      // A repeated header (a new table under a section title); skip its sub-header too.
      i += repeated.rows - 1;
      continue;
    }
    const distinct = new Set(nonEmpty);
    const heading =
      distinct.size === 1 &&
      (nonEmpty.length > 1 || at(col.title) === "" || SECTION_NUMBER.test(nonEmpty[0]));
    if (heading) {
      // A section title ("二、已废止文件"), merged over the row or alone in its first cell.
      sectionStatus = statusInTitle(nonEmpty[0]) ?? sectionStatus;
      const k = kindInTitle(nonEmpty[0]);
      if (k && col.kind < 0) defaultKind = k;
      continue;
    }

    const reject = (c: number, message: Message) => {
      register.rows.rejected++;
      issues.push(issueAt("REG-READ-ROW", "error", loc(i, labelOf(c), c), message));
    };
    const rowStart = nonEmpty.slice(0, 3).join(" | ");
    const title = at(col.title).replace(/\s*\n\s*/gu, "");
    if (title === "") {
      reject(col.title, {
        zh: `无法读取该行：${labelOf(col.title)}为空（该行内容：${rowStart}）`,
        en: `row not read: the title is empty (row starts: ${rowStart})`,
      });
      continue;
    }

    // Kind.
    let kind: DocumentKind | undefined = defaultKind;
    const kindText = at(col.kind);
    if (kindText !== "") {
      kind = kindOf(kindText);
      if (!kind) {
        register.rows.notCounted++;
        issues.push(
          issueAt("REG-READ-NOT-COUNTED", "info", loc(i, labelOf(col.kind), col.kind), {
            zh: `“${title}”的${labelOf(col.kind)}为“${kindText}”，不是${KINDS_ZH}，不计入${T2.table}`,
            en: `"${title}" is of kind "${kindText}", neither ${T2.rules} nor ${T2.normativeDocuments}; not counted in table 二`,
          }),
        );
        continue;
      }
    } else if (!kind) {
      reject(col.kind, {
        zh: `无法读取该行：“${title}”的${labelOf(col.kind)}为空，无法确定是${T2.rules}还是${T2.normativeDocuments}`,
        en: `row not read: the kind of "${title}" is empty (${T2.rules} or ${T2.normativeDocuments}?)`,
      });
      continue;
    }

    // Issue date: the preferred column with a valid date.
    let issuedDate: string | undefined;
    const badIssued: { c: number; text: string }[] = [];
    for (const { c } of issuedCols) {
      const d = parseRegisterDate(dateCell(at(c)));
      if (d.ok) {
        issuedDate = d.date;
        break;
      }
      if (!d.empty) badIssued.push({ c, text: at(c) });
    }
    if (!issuedDate) {
      const bad = badIssued[0];
      if (bad) {
        reject(bad.c, {
          zh: `无法读取该行：“${title}”的${labelOf(bad.c)}“${bad.text}”不是有效日期（可写作2020-01-05、2020/1/5、2020年1月5日或2020.1.5）`,
          en: `row not read: the ${labelOf(bad.c)} of "${title}", "${bad.text}", is not a valid date (write 2020-01-05, 2020/1/5, 2020年1月5日 or 2020.1.5)`,
        });
      } else {
        reject(issuedCols[0].c, {
          zh: `无法读取该行：“${title}”没有${labelOf(issuedCols[0].c)}`,
          en: `row not read: "${title}" has no issue date`,
        });
      }
      continue;
    }
    for (const bad of badIssued) {
      issues.push(
        issueAt("REG-READ-DATE", "warning", loc(i, labelOf(bad.c), bad.c), {
          zh: `“${bad.text}”不是有效日期，按其他日期列的${issuedDate}计`,
          en: `"${bad.text}" is not a valid date; the issue date ${issuedDate} of another date column is used`,
        }),
      );
    }

    // Status, end date, 有效期.
    const statusText = at(col.status);
    let status = statusText !== "" ? statusOf(statusText) : sectionStatus;
    if (statusText !== "" && !status) {
      issues.push(
        issueAt("REG-READ-STATUS", "warning", loc(i, labelOf(col.status), col.status), {
          zh: `无法识别的${labelOf(col.status)}“${statusText}”（应为${STATUS_NAMES.inForce.zh}、${STATUS_NAMES.repealed.zh}或${STATUS_NAMES.lapsed.zh}），按日期判断`,
          en: `unrecognised status "${statusText}" (expected ${STATUS_NAMES.inForce.zh}, ${STATUS_NAMES.repealed.zh} or ${STATUS_NAMES.lapsed.zh}); the dates decide`,
        }),
      );
      status = undefined;
    }
    let endDate: string | undefined;
    let endUnreadable = false;
    const endText = dateCell(at(col.endDate));
    if (endText !== "") {
      const d = parseRegisterDate(endText);
      if (d.ok) endDate = d.date;
      else if (status === "inForce") {
        issues.push(
          issueAt("REG-READ-DATE", "warning", loc(i, labelOf(col.endDate), col.endDate), {
            zh: `“${title}”的${labelOf(col.endDate)}“${endText}”不是有效日期；状态为${STATUS_NAMES.inForce.zh}，按未废止计`,
            en: `the ${labelOf(col.endDate)} of "${title}", "${endText}", is not a valid date; marked in force, so read as not repealed`,
          }),
        );
      } else {
        endUnreadable = true;
        issues.push(
          issueAt("REG-READ-DATE", "warning", loc(i, labelOf(col.endDate), col.endDate), {
            zh: `“${title}”的${labelOf(col.endDate)}“${endText}”不是有效日期：按${STATUS_NAMES[status === "lapsed" ? "lapsed" : "repealed"].zh}、日期不明计`,
            en: `the ${labelOf(col.endDate)} of "${title}", "${endText}", is not a valid date: counted as ${status === "lapsed" ? "lapsed" : "repealed"} on an unknown date`,
          }),
        );
      }
    }
    let expiresDate: string | undefined;
    const validityText = at(col.validity);
    if (validityText !== "") {
      const v = parseValidity(validityText, issuedDate);
      if (v.kind === "until") expiresDate = v.date;
      else if (v.kind === "unreadable") {
        issues.push(
          issueAt("REG-READ-VALIDITY", "warning", loc(i, labelOf(col.validity), col.validity), {
            zh: `无法识别的${labelOf(col.validity)}“${validityText}”，按未设有效期计`,
            en: `unrecognised validity "${validityText}"; read as no end of validity`,
          }),
        );
      }
    }

    const doc: RegisterDocument = {
      type: "document",
      id: "",
      kind,
      title,
      issuedDate,
      source: loc(i),
    };
    const docNumber = at(col.docNumber).replace(/\s+/gu, "");
    if (docNumber !== "") doc.docNumber = docNumber;
    const unit = at(col.unit) || options.unit;
    if (unit) doc.unit = unit;

    if (endDate !== undefined) {
      if (status === "lapsed") {
        expiresDate = endDate;
      } else {
        doc.repealedDate = endDate;
        if (status === "inForce") {
          issues.push(
            issueAt("REG-STATUS-CONFLICT", "warning", loc(i, labelOf(col.status), col.status), {
              zh: `“${title}”状态为${STATUS_NAMES.inForce.zh}，但填有${labelOf(col.endDate)}${endDate}：按${endDate}废止计`,
              en: `"${title}" is marked in force but has the end date ${endDate}: counted as repealed on ${endDate}`,
            }),
          );
        }
      }
    } else if (endUnreadable) {
      doc.undatedEnd = status === "lapsed" ? "lapsed" : "repealed";
    } else if (status === "repealed" || (status === "lapsed" && expiresDate === undefined)) {
      doc.undatedEnd = status;
      issues.push(
        issueAt(
          "REG-STATUS-UNDATED",
          "warning",
          loc(
            i,
            labelOf(col.status >= 0 ? col.status : col.endDate),
            col.status >= 0 ? col.status : col.endDate,
          ),
          {
            zh: `“${title}”状态为${STATUS_NAMES[status].zh}，但没有${status === "repealed" ? V.endDate[0] : V.endDate[1]}：计为${status === "repealed" ? "废止" : "失效"}年份不明，不计入任何年度的“${T2.repealed}”和年末“${T2.inForce}”`,
            en: `"${title}" is marked ${STATUS_NAMES[status].en} without a date: it ended in an unknown year, so it is counted in no year's repealed column and in force at no year end`,
          },
        ),
      );
    }
    if (doc.repealedDate !== undefined && doc.repealedDate < issuedDate) {
      reject(col.endDate, {
        zh: `无法读取该行：“${title}”的${labelOf(col.endDate)}（${doc.repealedDate}）早于${ISSUED_LABEL}（${issuedDate}）`,
        en: `row not read: the end date of "${title}" (${doc.repealedDate}) is before its issue date (${issuedDate})`,
      });
      continue;
    }
    if (expiresDate !== undefined) {
      if (expiresDate < issuedDate) {
        issues.push(
          issueAt(
            "REG-READ-VALIDITY",
            "warning",
            loc(
              i,
              labelOf(col.validity >= 0 ? col.validity : col.endDate),
              col.validity >= 0 ? col.validity : col.endDate,
            ),
            {
              zh: `“${title}”的有效期截止日（${expiresDate}）早于${ISSUED_LABEL}（${issuedDate}），按未设有效期计`,
              en: `the end of validity of "${title}" (${expiresDate}) is before its issue date (${issuedDate}); read as none`,
            },
          ),
        );
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

    // Id: the 文号 (the register's own key), else the row.
    const base =
      docNumber || `${options.file ?? "register"}${options.sheet ? `!${options.sheet}` : ""}#${rowNo(i)}`;
    const seenAt = seenIds.get(base);
    if (seenAt !== undefined && docNumber !== "") {
      issues.push(
        issueAt("REG-READ-DUPLICATE", "warning", loc(i, labelOf(col.docNumber), col.docNumber), {
          zh: `${labelOf(col.docNumber)}“${docNumber}”与第${seenAt}行重复：两行都计入，请核对是否重复登记`,
          en: `document number "${docNumber}" repeats row ${seenAt}: both rows are counted; check for a double entry`,
        }),
      );
      doc.id = `${base}#${rowNo(i)}`;
    } else {
      doc.id = base;
      seenIds.set(base, rowNo(i));
    }
    register.documents.push(doc);
    register.rows.accepted++;
  }
  return { register, issues, found: true };
}
