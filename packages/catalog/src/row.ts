/**
 * One row of a catalog table → one catalog item: cells read by their column's role (simple
 * columns, check marks, a channel's own column, words in a 公开对象 / 公开方式 / 公开层级 cell),
 * 一级事项 filled down, "同上" taken from the row above (and flagged when the row above belongs
 * to another 一级事项), the area from the area column, a title row, the options or the names.
 */
import { matchArea } from "./area-match.js";
import { AUDIENCE_WORDS, type ColumnRole, LEVEL_WORDS, levelOf } from "./catalog-header.js";
import { parseChannels, readChannelMark } from "./channel-cell.js";
import type { Issue } from "@disclosure/schema";
import { issueAt } from "./issue.js";
import type { AreaRef, CatalogItem, Channel, ParsedTimeLimit, SourceLocation } from "./item.js";
import { normalizeText } from "./normalize.js";
import {
  type AudienceCode,
  type ColumnCode,
  LEVEL_CODES,
  type LevelCode,
  type ModeCode,
  SAME_AS_ABOVE,
  TICK_MARKS,
  UNTICKED_MARKS,
} from "./standard/columns.js";
import { parseTimeLimit, resolveSameAsAbove } from "./time-limit.js";

/** What reading a table's rows carries from row to row. */
export type RowContext = {
  loc: (i?: number, column?: string, index?: number) => SourceLocation;
  options: { file?: string; sheet?: string; area?: AreaRef; publisher?: string };
  issues: Issue[];
  title?: string | undefined;
  /** The area a title row (or the title) named for the rows under it. */
  currentArea?: AreaRef | undefined;
  /** The item read from the row above, its raw cells and its grid row. */
  prev?: { item: CatalogItem; raw: Partial<Record<ColumnCode, string>>; row: number } | undefined;
  fallbackArea?: AreaRef;
};

/** The columns of the table the row is read with. */
export type RowColumns = { roles: readonly ColumnRole[]; seen: ReadonlyMap<string, number> };

type Cells = {
  raw: Partial<Record<ColumnCode, string>>;
  extra: Record<string, string>;
  audience: Set<AudienceCode>;
  mode: Set<ModeCode>;
  levels: Set<LevelCode>;
  hasLevelColumns: boolean;
  notes: string[];
  channels: Channel[];
};

type Tick = { ticked: boolean; note?: string };
function readTick(cell: string): Tick {
  const t = normalizeText(cell);
  if (t === "" || UNTICKED_MARKS.includes(t)) return { ticked: false };
  if (TICK_MARKS.includes(t)) return { ticked: true };
  return { ticked: true, note: cell.trim() };
}

const containsAny = (text: string, variants: readonly string[]) => variants.some((v) => text.includes(v));
const channelKey = (c: Pick<Channel, "code">) =>
  typeof c.code === "string" ? c.code : `other:${c.code.other}`;

/** Add a channel read from its own column; two halves of one box (入户, 现场) make one channel. */
function addChannel(list: Channel[], role: Extract<ColumnRole, { kind: "channel" }>, required: boolean) {
  const known = list.find((c) => channelKey(c) === channelKey(role.channel));
  if (known) known.required ||= required;
  else list.push({ ...role.channel, required });
}

/** A tick cell of 公开对象 / 公开方式 / 公开层级. */
function readTickCell(c: Cells, role: Extract<ColumnRole, { kind: "tick" }>, v: string) {
  if (role.group === "levels") c.hasLevelColumns = true;
  const t = readTick(v);
  if (!t.ticked) return;
  if (role.group === "audience") {
    c.audience.add(role.value);
    if (t.note) c.notes.push(t.note);
  } else if (role.group === "mode") c.mode.add(role.value);
  else for (const l of (t.note ? levelOf(t.note) : undefined) ?? role.value) c.levels.add(l);
}

/** A 公开对象 / 公开方式 / 公开层级 cell that writes words (全社会, 依申请公开, 县级) instead of ticks. */
function readWordsCell(c: Cells, group: "audience" | "mode" | "levels", v: string) {
  const t = normalizeText(v);
  if (group === "levels") c.hasLevelColumns = true;
  if (t === "") return;
  if (group === "audience") {
    for (const [code, vs] of AUDIENCE_WORDS) if (containsAny(t, vs)) c.audience.add(code);
    if (c.audience.size === 0) c.notes.push(v);
  } else if (group === "mode") {
    if (containsAny(t, ["主动"])) c.mode.add("proactive");
    if (containsAny(t, ["申请"])) c.mode.add("onRequest");
  } else {
    for (const l of LEVEL_WORDS) if (t.includes(l.label)) for (const x of l.levels) c.levels.add(x);
  }
}

/** Every cell of the row by its column's role. */
function readCells(cells: readonly string[], i: number, cols: RowColumns, ctx: RowContext): Cells {
  const c: Cells = {
    raw: {},
    extra: {},
    audience: new Set(),
    mode: new Set(),
    levels: new Set(),
    hasLevelColumns: false,
    notes: [],
    channels: [],
  };
  cols.roles.forEach((role, k) => {
    const v = cells[k] ?? "";
    if (role.kind === "simple") c.raw[role.code] = v;
    else if (role.kind === "extra") {
      if (v !== "") c.extra[role.label] = v;
    } else if (role.kind === "tick") readTickCell(c, role, v);
    else if (role.kind === "words") readWordsCell(c, role.group, v);
    else {
      const mark = readChannelMark(v);
      if (mark === "chosen" || mark === "optional") addChannel(c.channels, role, mark === "chosen");
      else if (mark === "unread") {
        ctx.issues.push(
          issueAt("CAT-READ-CHANNEL", "warning", ctx.loc(i, role.label, k), {
            zh: `“${v}”不是可识别的勾选标记（■、□、√、●、是…），该渠道未计入`,
            en: `"${v}" is not a mark that can be read (■, □, √, ●, 是 …); the channel is not counted`,
          }),
        );
      }
    }
  });
  return c;
}

const isSameAsAbove = (v: string | undefined) => v !== undefined && SAME_AS_ABOVE.includes(normalizeText(v));

/**
 * Replace "同上" by the row above's cell. Flags a 同上 with no row above (kept as printed) and
 * one whose row above belongs to another 一级事项 (taken, but to be checked).
 */
function resolveSameAsAboveCells(
  raw: Cells["raw"],
  level1: string,
  i: number,
  cols: RowColumns,
  ctx: RowContext,
): void {
  const prev = ctx.prev;
  const crossing = prev?.item.item.level1 !== undefined && level1 !== "" && prev.item.item.level1 !== level1;
  for (const code of [
    "content",
    "basis",
    "publisher",
    "channels",
    "responsibleOffice",
    "timeLimit",
  ] as const) {
    if (!isSameAsAbove(raw[code])) continue;
    const k = cols.seen.get(code) ?? -1;
    const label = cols.roles[k]?.label;
    if (!prev) {
      if (code !== "timeLimit") {
        ctx.issues.push(
          issueAt("CAT-READ-SAME-AS-ABOVE", "warning", ctx.loc(i, label, k), {
            zh: "“同上”上方没有可参照的行，按原文保留",
            en: '"同上" (same as above) has no row above to refer to; kept as printed',
          }),
        );
      }
      continue;
    }
    const inherited = prev.raw[code];
    if (code !== "timeLimit" && inherited !== undefined) raw[code] = inherited;
    if (crossing) {
      ctx.issues.push(
        issueAt("CAT-READ-SAME-AS-ABOVE", "warning", ctx.loc(i, label, k), {
          zh: `“同上”所指的上一行属于另一个一级事项“${prev.item.item.level1}”，已按上一行读取，请核对`,
          en: `"同上" refers to the row above, which belongs to another 一级事项 "${prev.item.item.level1}"; read from it, check it`,
        }),
      );
    }
  }
}

/** The area of a row: its area cell, else the title row's, the options', the sheet's or file's name. */
function rowArea(raw: Cells["raw"], i: number, cols: RowColumns, ctx: RowContext): AreaRef {
  if (raw.area) {
    const area = matchArea(raw.area);
    if (area) return area;
    const k = cols.seen.get("area") ?? -1;
    ctx.issues.push(
      issueAt("CAT-READ-AREA", "info", ctx.loc(i, cols.roles[k]?.label ?? "领域", k), {
        zh: `“${raw.area}”不是26个标准领域之一，按附加领域读取`,
        en: `"${raw.area}" is not one of the 26 standard areas; read as an additional area`,
      }),
    );
    return { other: raw.area };
  }
  const known = ctx.currentArea ?? ctx.options.area;
  if (known) return known;
  if (ctx.fallbackArea) return ctx.fallbackArea;
  const { sheet, file } = ctx.options;
  const fromNames = (sheet && matchArea(sheet)) || (file && matchArea(file));
  if (fromNames) ctx.fallbackArea = fromNames;
  else {
    const name = ctx.title ?? sheet ?? file ?? "";
    ctx.issues.push(
      issueAt("CAT-READ-NO-AREA", "warning", ctx.loc(), {
        zh: `表格未标明标准领域，事项归入“${name || "未命名"}”`,
        en: `the table names no standard area; items filed under "${name || "unnamed"}"`,
      }),
    );
    ctx.fallbackArea = { other: name || "未命名" };
  }
  return ctx.fallbackArea;
}

const cleanName = (s: string) => s.replace(/\s*\n\s*/gu, "").trim();

/** The 公开时限 of the row, 同上 resolved; an unread phrase reported at its cell. */
function rowTimeLimit(raw: Cells["raw"], i: number, cols: RowColumns, ctx: RowContext): ParsedTimeLimit {
  const k = cols.seen.get("timeLimit") ?? -1;
  const timeLimit = resolveSameAsAbove(parseTimeLimit(raw.timeLimit ?? ""), ctx.prev?.item.timeLimit);
  if (timeLimit.warning) {
    const at = ctx.loc(i, cols.roles[k]?.label, k);
    ctx.issues.push(issueAt("CAT-TIME-LIMIT-UNPARSED", "warning", at, timeLimit.warning));
  }
  return timeLimit;
}

/** The channels of the row: the one-cell checklist, then the channels' own columns. */
function rowChannels(c: Cells, i: number, cols: RowColumns, ctx: RowContext): Channel[] {
  const read = parseChannels(c.raw.channels ?? "");
  const k = cols.seen.get("channels") ?? -1;
  for (const w of read.warnings) {
    ctx.issues.push(issueAt("CAT-READ-CHANNEL", "warning", ctx.loc(i, cols.roles[k]?.label, k), w));
  }
  const out = [...read.channels];
  for (const ch of c.channels) if (!out.some((x) => channelKey(x) === channelKey(ch))) out.push(ch);
  return out;
}

/** The 公开主体 of the row, else the options' unit; an empty one reported. */
function rowPublisher(raw: Cells["raw"], i: number, cols: RowColumns, ctx: RowContext): string {
  const publisher = raw.publisher || ctx.options.publisher || "";
  if (publisher === "") {
    const k = cols.seen.get("publisher") ?? -1;
    ctx.issues.push(
      issueAt("CAT-READ-NO-PUBLISHER", "warning", ctx.loc(i, cols.roles[k]?.label ?? "公开主体", k), {
        zh: "公开主体为空",
        en: "the 公开主体 (publishing unit) is empty",
      }),
    );
  }
  return publisher;
}

/**
 * The item of a table row, or undefined (reported) when the row has no 二级事项. Updates
 * `ctx.prev` for the next row's 一级事项 and 同上.
 */
export function readItemRow(
  cells: readonly string[],
  i: number,
  cols: RowColumns,
  ctx: RowContext,
): CatalogItem | undefined {
  const c = readCells(cells, i, cols, ctx);
  const { raw, extra } = c;
  const prev = ctx.prev?.item;
  let level1 = cleanName(raw.level1 ?? "");
  let level2 = cleanName(raw.level2 ?? "");
  const level3 = cleanName(raw.level3 ?? "");
  if (level1 === "" && prev?.item.level1) level1 = prev.item.level1;
  if (level2 === "" && level3 !== "" && prev) level2 = prev.item.level2;
  if (level2 === "") {
    const k = cols.seen.get("level2") ?? 0;
    const start = cells
      .filter((x) => x !== "")
      .slice(0, 3)
      .join(" | ");
    ctx.issues.push(
      issueAt("CAT-READ-ROW", "error", ctx.loc(i, cols.roles[k]?.label, k), {
        zh: `无法读取该行：二级事项为空（该行内容：${start}）`,
        en: `row not read: the 二级事项 is empty (row starts: ${start})`,
      }),
    );
    return undefined;
  }
  resolveSameAsAboveCells(raw, level1, i, cols, ctx);
  const item: CatalogItem = {
    area: rowArea(raw, i, cols, ctx),
    item: { ...(level1 !== "" ? { level1 } : {}), level2, ...(level3 !== "" ? { level3 } : {}) },
    content: raw.content ?? "",
    basis: raw.basis ?? "",
    timeLimit: rowTimeLimit(raw, i, cols, ctx),
    publisher: rowPublisher(raw, i, cols, ctx),
    channels: rowChannels(c, i, cols, ctx),
    audience: (["public", "specific"] as const).filter((a) => c.audience.has(a)),
    mode: (["proactive", "onRequest"] as const).filter((m) => c.mode.has(m)),
    source: ctx.loc(i),
  };
  const seqText = normalizeText(raw.seq ?? "");
  if (raw.id) item.id = raw.id;
  if (/^\d+$/u.test(seqText)) item.seq = Number(seqText);
  else if (seqText !== "") extra[cols.roles[cols.seen.get("seq") ?? 0]?.label ?? "序号"] = raw.seq ?? "";
  if (raw.responsibleOffice) item.responsibleOffice = raw.responsibleOffice;
  if (c.notes.length > 0) item.audienceNote = c.notes.join("；");
  if (c.hasLevelColumns) item.levels = LEVEL_CODES.filter((l) => c.levels.has(l));
  if (raw.displayPeriod) item.displayPeriodText = raw.displayPeriod;
  if (Object.keys(extra).length > 0) item.extra = extra;
  ctx.prev = { item, raw, row: i };
  return item;
}
