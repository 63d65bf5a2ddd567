/**
 * The header of a catalog table: one row, or two or three when groups are split into
 * sub-columns (公开事项 → 一级事项 / 二级事项; 公开渠道和载体 → 政府网站 / 政府公报 / …, with or
 * without an intermediate row such as 线上 / 线下; 公开对象 → 全社会 / 特定群体; 公开方式 →
 * 主动 / 依申请; 公开层级 → 县级 / 乡级). Each column gets a role from its labels top to bottom;
 * a label under a group that the vocabulary does not know is a problem, located at its cell,
 * never a column silently read as something else.
 */
import type { Message } from "@disclosure/schema";
import { channelOfColumnLabel } from "./channel-cell.js";
import type { Channel } from "./item.js";
import { normalizeHeaderLabel } from "./normalize.js";
import {
  AUDIENCE_LABELS,
  AUDIENCE_VARIANTS,
  type AudienceCode,
  COLUMN_VARIANTS,
  type ColumnCode,
  GROUP_VARIANTS,
  type GroupCode,
  LEGEND_MARKERS,
  LEVEL_VARIANTS,
  type LevelCode,
  MODE_LABELS,
  MODE_VARIANTS,
  type ModeCode,
} from "./standard/columns.js";

/** What a column of the table holds. */
export type ColumnRole =
  | { kind: "simple"; code: ColumnCode; label: string }
  | { kind: "tick"; group: "audience"; value: AudienceCode; label: string }
  | { kind: "tick"; group: "mode"; value: ModeCode; label: string }
  | { kind: "tick"; group: "levels"; value: LevelCode[]; label: string }
  | { kind: "channel"; channel: Pick<Channel, "code" | "label">; label: string }
  | { kind: "words"; group: "audience" | "mode" | "levels"; label: string }
  | { kind: "extra"; label: string };

/** A header cell that was not understood: its grid row and column, and why. */
export type HeaderProblem = { row: number; col: number; message: Message };

/** The columns' roles and how many rows the header takes; `problems` when it is not understood. */
export type CatalogHeader = { roles: ColumnRole[]; rows: number; problems: HeaderProblem[] };

const norm = (variants: readonly string[]) => variants.map(normalizeHeaderLabel);
const SIMPLE = (Object.entries(COLUMN_VARIANTS) as [ColumnCode, readonly string[]][]).map(
  ([code, v]) => [code, norm(v)] as const,
);
const GROUPS = (Object.entries(GROUP_VARIANTS) as [GroupCode, readonly string[]][]).map(
  ([code, v]) => [code, norm(v)] as const,
);
const AUDIENCE = (Object.entries(AUDIENCE_VARIANTS) as [AudienceCode, readonly string[]][]).map(
  ([code, v]) => [code, norm(v)] as const,
);
const MODE = (Object.entries(MODE_VARIANTS) as [ModeCode, readonly string[]][]).map(
  ([code, v]) => [code, norm(v)] as const,
);
const LEVELS = LEVEL_VARIANTS.map((l) => ({ label: normalizeHeaderLabel(l.label), levels: l.levels }));
const ITEM_SUBS = (["level1", "level2", "level3"] as const).map(
  (c) => [c, norm(COLUMN_VARIANTS[c])] as const,
);
const LEGENDS = LEGEND_MARKERS.map(normalizeHeaderLabel);

/** The simple column a label names (序号, 公开内容（要素）, 公开渠道和载体 …). */
export const simpleCode = (label: string): ColumnCode | undefined => {
  const l = normalizeHeaderLabel(label);
  return l === "" ? undefined : SIMPLE.find(([, v]) => v.includes(l))?.[0];
};
/** The group a label names (公开事项, 公开对象, 公开方式, 公开层级). */
export const groupCode = (label: string): GroupCode | undefined => {
  const l = normalizeHeaderLabel(label);
  return l === "" ? undefined : GROUPS.find(([, v]) => v.includes(l))?.[0];
};
/** The levels a 公开层级 label or cell names (县级, 乡、村级 …). */
export const levelOf = (label: string): LevelCode[] | undefined => {
  const l = normalizeHeaderLabel(label);
  return LEVELS.find((x) => x.label === l)?.levels;
};
const audienceOf = (label: string) => AUDIENCE.find(([, v]) => v.includes(normalizeHeaderLabel(label)))?.[0];
const modeOf = (label: string) => MODE.find(([, v]) => v.includes(normalizeHeaderLabel(label)))?.[0];
const itemSubOf = (label: string) => ITEM_SUBS.find(([, v]) => v.includes(normalizeHeaderLabel(label)))?.[0];
/** The audience words, for cells that write 全社会 / 特定群体 instead of a tick. */
export const AUDIENCE_WORDS = AUDIENCE;
/** The level words, for cells that write 县级 / 乡级 instead of a tick. */
export const LEVEL_WORDS = LEVELS;

/** A header row's score: how many of its cells name a catalog column or group. */
export const headerScore = (row: readonly string[]): number =>
  row.filter((c) => simpleCode(c) !== undefined || groupCode(c) !== undefined).length;

/** A sub-label under a group (the group's own words first, then the other groups': 三门县's second 公开方式 is 公开层级). */
function subRole(label: string, preferred: GroupCode | undefined): ColumnRole | undefined {
  const order: GroupCode[] = ["item", "audience", "mode", "levels"];
  const tries = preferred ? [preferred, ...order.filter((g) => g !== preferred)] : order;
  for (const g of tries) {
    if (g === "item") {
      const c = itemSubOf(label);
      if (c) return { kind: "simple", code: c, label };
    } else if (g === "audience") {
      const v = audienceOf(label);
      if (v) return { kind: "tick", group: "audience", value: v, label };
    } else if (g === "mode") {
      const v = modeOf(label);
      if (v) return { kind: "tick", group: "mode", value: v, label };
    } else {
      const v = levelOf(label);
      if (v) return { kind: "tick", group: "levels", value: v, label };
    }
  }
  return undefined;
}

/** Is this a label of the catalog's own vocabulary (a column, a group or a sub-label)? */
const knownLabel = (label: string) =>
  simpleCode(label) !== undefined ||
  groupCode(label) !== undefined ||
  subRole(label, undefined) !== undefined;

const clean = (s: string | undefined) => (s ?? "").replace(/\s+/gu, "");
/** A header cell's label: whitespace removed, a legend ("■"表示必选项) read as no label. */
const labelAt = (row: readonly string[] | undefined, c: number) => {
  const t = clean(row?.[c]);
  return t === "" || LEGENDS.some((l) => normalizeHeaderLabel(t).includes(l)) ? "" : t;
};

const EXPECTED: Record<GroupCode, readonly string[]> = {
  item: ["一级事项", "二级事项", "三级事项"],
  audience: Object.values(AUDIENCE_LABELS),
  mode: Object.values(MODE_LABELS),
  levels: ["县级", "乡级"].concat(LEVEL_VARIANTS.slice(0, 3).map((l) => l.label)),
};

type Resolved = { role: ColumnRole } | { message: Message };

const unknownUnder = (group: string, label: string, expected: readonly string[]): Message => ({
  zh: `表头“${group}”下的“${label}”无法识别（应为${expected.join("、")}等）`,
  en: `header "${label}" under "${group}" is not understood (expected ${expected.join(", ")} …)`,
});

/** The role of a group's column from the labels under it. */
function groupRole(group: GroupCode, label: string, rest: readonly string[]): Resolved {
  const leaf = rest.at(-1);
  if (leaf === undefined) {
    return group === "item"
      ? { role: { kind: "simple", code: "level2", label } }
      : { role: { kind: "words", group, label } };
  }
  const role = subRole(leaf, group);
  if (role) return { role };
  return { message: unknownUnder(label, leaf, EXPECTED[group]) };
}

/** The role of a column under 公开渠道和载体: a channel by its label, or a platform of its own. */
function channelRole(label: string, rest: readonly string[]): Resolved {
  const leaf = rest.at(-1);
  if (leaf === undefined) return { role: { kind: "simple", code: "channels", label } };
  const channel = channelOfColumnLabel(leaf);
  if (channel) return { role: { kind: "channel", channel, label: leaf } };
  if (knownLabel(leaf)) {
    return { message: unknownUnder(label, leaf, ["政府网站", "政府公报", "两微一端", "其他"]) };
  }
  return { role: { kind: "channel", channel: { code: { other: leaf } }, label: leaf } };
}

/**
 * A column's role from its labels top to bottom (repeats removed). The first label the
 * vocabulary knows decides; labels above it (公开标准 over several groups) and between a group
 * and its sub-label (线上 / 线下) are headings only. Labels it does not know at all make an
 * extra column, kept with its data.
 */
export function roleOfPath(path: readonly string[]): Resolved {
  for (const [d, label] of path.entries()) {
    const group = groupCode(label);
    if (group) return groupRole(group, label, path.slice(d + 1));
    const simple = simpleCode(label);
    if (simple === "channels") return channelRole(label, path.slice(d + 1));
    if (simple === undefined) continue;
    const rest = path.slice(d + 1);
    if (rest.length === 0) return { role: { kind: "simple", code: simple, label } };
    const inner = roleOfPath(rest);
    if ("role" in inner && inner.role.kind !== "extra") return inner;
    return {
      message: {
        zh: `表头“${label}”下的“${rest[rest.length - 1]}”无法识别`,
        en: `header "${rest[rest.length - 1]}" under "${label}" is not understood`,
      },
    };
  }
  const leaf = path[path.length - 1] ?? "";
  const alone = leaf === "" ? undefined : subRole(leaf, undefined);
  if (alone) return { role: alone };
  const channel = leaf === "" ? undefined : channelOfColumnLabel(leaf);
  if (channel && typeof channel.code === "string" && channel.code !== "other") {
    return { role: { kind: "channel", channel, label: leaf } };
  }
  return { role: { kind: "extra", label: path.join("/") } };
}

/** Ids of the runs of equal labels in a row, each run inside one run of the row above. */
function runIds(labels: readonly string[], parent: readonly number[]): number[] {
  const ids: number[] = [];
  let id = 0;
  for (let c = 0; c < labels.length; c++) {
    const same = c > 0 && labels[c] !== "" && labels[c] === labels[c - 1] && parent[c] === parent[c - 1];
    ids.push(same ? (ids[c - 1] ?? id) : ++id);
  }
  return ids;
}

/**
 * A row's labels with each one spread over the empty cells after it that have a label in a row
 * below (CSV's merged cells: the text in the first cell only, 线上 written once over three
 * channels).
 */
function spread(
  labels: readonly string[],
  below: readonly (readonly string[])[],
  parent: readonly number[],
): string[] {
  const out = [...labels];
  for (let c = 1; c < out.length; c++) {
    const labelled = below.some((row) => labelAt(row, c) !== "");
    const before = out[c - 1] ?? "";
    if (out[c] === "" && before !== "" && parent[c] === parent[c - 1] && labelled) out[c] = before;
  }
  return out;
}

type Level = { labels: string[]; ids: number[] };

/**
 * Does the row under the header rows read so far continue the header? It does when a label
 * spreads over several columns with labels under it, and every other column has nothing new
 * under it (empty, its own label again as a merged cell shows it, or a sub-label the
 * vocabulary knows). `problem` when a known group spreads over several columns but the row
 * below holds data: the header cannot be read.
 */
function continuation(
  paths: readonly string[][],
  level: Level,
  next: readonly string[],
  rowIndex: number,
): { continues: boolean; problem?: HeaderProblem } {
  const { labels, ids } = level;
  const spanning = (c: number) =>
    labels[c] !== "" && ((c > 0 && ids[c - 1] === ids[c]) || (c + 1 < ids.length && ids[c + 1] === ids[c]));
  const spanned = labels.map((_, c) => spanning(c) && labelAt(next, c) !== "");
  if (!spanned.some(Boolean)) return { continues: false };
  const bad = labels.findIndex((_, c) => {
    if (spanning(c)) return false;
    const n = labelAt(next, c);
    const leaf = paths[c]?.at(-1);
    return (
      n !== "" &&
      (leaf === undefined || normalizeHeaderLabel(n) !== normalizeHeaderLabel(leaf)) &&
      !knownLabel(n)
    );
  });
  if (bad < 0) return { continues: true };
  const groupCol = spanned.findIndex((s, c) => s && paths[c]?.some((l) => knownLabel(l)));
  if (groupCol < 0) return { continues: false };
  const group = paths[groupCol]?.find((l) => knownLabel(l)) ?? labels[groupCol];
  return {
    continues: false,
    problem: {
      row: rowIndex,
      col: bad,
      message: {
        zh: `表头“${group}”分为多列，但其下一行不是子表头：该单元格为“${clean(next[bad])}”`,
        en: `header "${group}" spans several columns but the row under it is not a sub-header: this cell holds "${clean(next[bad])}"`,
      },
    },
  };
}

/** At most this many rows make a header. */
const MAX_HEADER_ROWS = 3;

/**
 * Read the header that starts at row `hr` of the grid: one row, or up to three when labels
 * spread over several columns (merged in XLSX, followed by empty cells in CSV) with labels
 * under them.
 *
 * @example
 * readCatalogHeader([
 *   ["序号", "公开事项", "", "公开渠道和载体", "", "公开对象", ""],
 *   ["", "一级事项", "二级事项", "政府网站", "政府公报", "全社会", "特定群体"],
 * ], 0).roles.map((r) => r.kind);
 * //=> ["simple", "simple", "simple", "channel", "channel", "tick", "tick"]
 */
export function readCatalogHeader(rows: readonly (readonly string[])[], hr: number): CatalogHeader {
  const width = Math.max(...rows.slice(hr, hr + MAX_HEADER_ROWS).map((r) => r.length));
  const raw = (i: number) => Array.from({ length: width }, (_, c) => labelAt(rows[i], c));
  let labels = raw(hr);
  let parent = new Array<number>(width).fill(0);
  const paths: string[][] = labels.map((l) => (l === "" ? [] : [l]));
  let depth = 1;
  const problems: HeaderProblem[] = [];
  while (depth < MAX_HEADER_ROWS && hr + depth < rows.length) {
    const next = rows[hr + depth] ?? [];
    const spreadLabels = spread(labels, rows.slice(hr + depth, hr + MAX_HEADER_ROWS), parent);
    const level = { labels: spreadLabels, ids: runIds(spreadLabels, parent) };
    const widened = paths.map((p, c) => {
      const label = spreadLabels[c] ?? "";
      return p.length === 0 && label !== "" ? [label] : p;
    });
    const step = continuation(widened, level, next, hr + depth);
    if (step.problem) problems.push(step.problem);
    if (!step.continues) break;
    widened.forEach((p, c) => {
      paths[c] = p;
    });
    parent = level.ids;
    labels = raw(hr + depth);
    labels.forEach((l, c) => {
      const path = paths[c];
      if (path && l !== "" && normalizeHeaderLabel(l) !== normalizeHeaderLabel(path.at(-1) ?? ""))
        path.push(l);
    });
    depth++;
  }
  /** The header row of a column's lowest label. */
  const leafRow = (c: number) => {
    for (let r = hr + depth - 1; r > hr; r--) if (labelAt(rows[r], c) !== "") return r;
    return hr;
  };
  const roles: ColumnRole[] = paths.map((path, c) => {
    const r = roleOfPath(path);
    if ("role" in r) return r.role;
    problems.push({ row: leafRow(c), col: c, message: r.message });
    return { kind: "extra", label: path.join("/") };
  });
  return { roles, rows: depth, problems };
}
