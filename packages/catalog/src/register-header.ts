// The header of a 规章 / 行政规范性文件 register: every column's role from its label, header
// variants matched leniently, a second header row read under group labels (日期 over 印发日期
// and 废止日期, 文件信息 over 文件名称 and 文号), and the header row found under title rows.
import { twoRowHeader } from "./header-rows.js";
import { normalizeHeaderLabel } from "./normalize.js";
import {
  ISSUED_DATE_PRIORITY,
  REGISTER_COLUMN_VARIANTS,
  REGISTER_DATE_GROUP_VARIANTS,
  type RegisterColumnCode,
} from "./standard/register-columns.js";

const norm = (variants: readonly string[]) => variants.map(normalizeHeaderLabel);
const SIMPLE = (
  Object.entries(REGISTER_COLUMN_VARIANTS) as [Exclude<RegisterColumnCode, "issuedDate">, readonly string[]][]
).map(([code, v]) => [code, norm(v)] as const);
const ISSUED = ISSUED_DATE_PRIORITY.map(norm);
/** What a header label says a column holds; issue dates carry their rank among the date columns. */
export type Role =
  | { code: Exclude<RegisterColumnCode, "issuedDate">; label: string }
  | { code: "issuedDate"; priority: number; label: string };

export function roleOf(label: string): Role | undefined {
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
  const roles = tops.map((t, c) => {
    const sub = subs[c] ?? "";
    return isDateGroup(t) && sub !== "" ? dateSubRole(sub, t) : (roleOf(t) ?? roleOf(sub));
  });
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
    const sub = subs[c] ?? "";
    const under = sub !== "" && normalizeHeaderLabel(sub) !== normalizeHeaderLabel(t);
    if (t !== "" && under && !isDateGroup(t) && roleOf(t) === undefined) {
      spans.set(t, [...(spans.get(t) ?? []), c]);
    }
  });
  const used = tops.filter((t, c) => t !== "" || subs[c] !== "").length;
  for (const cols of spans.values()) {
    if (cols.length < 2 || cols.length >= used) return false;
    if (cols.some((c) => roleOf(subs[c] ?? "") === undefined)) return false;
  }
  return true;
}

/**
 * Column roles of a header row and the sub-header row under it, when there is one. Groups are
 * 日期 over its dates, or any label that is not a column of its own over known columns (文件信息
 * over 文件名称 and 文号) — unless it stands over every column: that is a title above the header.
 */
export function readHeader(
  top: readonly string[],
  next: readonly string[] | undefined,
): { roles: (Role | undefined)[]; rows: number } {
  const any = readHeaderWith(top, next, (label) => isDateGroup(label) || roleOf(label) === undefined);
  if (any.rows === 2 && isHeader(any.roles) && otherGroupsHold(any.tops, any.subs)) return any;
  return readHeaderWith(top, next, isDateGroup);
}

/** Distinct roles of a row; a header has a title and a date column, or three known columns. */
export function isHeader(roles: readonly (Role | undefined)[]): boolean {
  const codes = new Set(roles.filter((r) => r !== undefined).map((r) => r.code));
  return (codes.has("title") && codes.has("issuedDate")) || codes.size >= 3;
}

/** How many rows from the top may hold titles before the header. */
const HEADER_SEARCH_ROWS = 30;

/** The header: its row index, the roles of its columns and its rows (1, or 2 with a sub-header); undefined when none. */
export function findHeader(
  rows: readonly (readonly string[])[],
): { at: number; roles: (Role | undefined)[]; rows: number } | undefined {
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const top = rows[i];
    if (top === undefined) break;
    const h = readHeader(top, rows[i + 1]);
    if (isHeader(h.roles)) return { at: i, roles: h.roles, rows: h.rows };
  }
  return undefined;
}

/** The columns a register row is read from (-1 where the header has none), issue dates by rank. */
export type RegisterColumns = Record<Exclude<Role["code"], "issuedDate" | "note">, number> & {
  issued: number[];
};

/** Each role's first column, and the issue date columns in their order of preference. */
export function registerColumns(roles: readonly (Role | undefined)[]): RegisterColumns {
  const first = (code: Role["code"]) => roles.findIndex((r) => r?.code === code);
  const issued = roles
    .map((r, c) => ({ r, c }))
    .filter((x): x is { r: Extract<Role, { code: "issuedDate" }>; c: number } => x.r?.code === "issuedDate")
    .sort((a, b) => a.r.priority - b.r.priority || a.c - b.c)
    .map((x) => x.c);
  return {
    title: first("title"),
    docNumber: first("docNumber"),
    kind: first("kind"),
    unit: first("unit"),
    endDate: first("endDate"),
    validity: first("validity"),
    status: first("status"),
    seq: first("seq"),
    issued,
  };
}
