/**
 * `parseCatalogTable`: a grid of cell texts (from CSV or XLSX) → catalog items. Finds the header
 * (one or two rows, merged or not), matches header variants leniently, fills merged 一级事项
 * cells down, resolves "同上", follows area title rows, and reports every row it cannot read.
 */
import { areaFromHeading, matchArea } from "./area-match";
import { parseChannels } from "./channel-cell";
import { twoRowHeader } from "./header-rows";
import { type CatalogIssue, gridLocator, issueAt } from "./issue";
import type { AreaRef, CatalogItem, ParsedTimeLimit } from "./item";
import { normalizeLabel, normalizeText } from "./normalize";
import {
  AUDIENCE_VARIANTS,
  type AudienceCode,
  COLUMN_VARIANTS,
  type ColumnCode,
  GROUP_VARIANTS,
  type GroupCode,
  LEGEND_MARKERS,
  LEVEL_CODES,
  LEVEL_VARIANTS,
  type LevelCode,
  MODE_VARIANTS,
  type ModeCode,
  SAME_AS_ABOVE,
  TICK_MARKS,
  UNTICKED_MARKS,
} from "./standard/columns";
import { parseTimeLimit, resolveSameAsAbove } from "./time-limit";

/** Cell texts row by row; `rowNumbers[i]` is the 1-based row of `rows[i]` in its source. */
export type Grid = { rows: readonly (readonly string[])[]; rowNumbers?: readonly number[] };

/** Where the grid came from and what to assume when the table does not say. */
export type TableOptions = {
  file?: string;
  sheet?: string;
  /** Area of every row when neither an area column nor a title row names one. */
  area?: AreaRef;
  /** 公开主体 of rows that leave it blank (a unit's own catalog). */
  publisher?: string;
};

type Role =
  | { kind: "simple"; code: ColumnCode; label: string }
  | { kind: "tick"; group: "audience"; value: AudienceCode; label: string }
  | { kind: "tick"; group: "mode"; value: ModeCode; label: string }
  | { kind: "tick"; group: "levels"; value: LevelCode[]; label: string }
  | { kind: "words"; group: "audience" | "mode" | "levels"; label: string }
  | { kind: "extra"; label: string };

const norm = (variants: readonly string[]) => variants.map(normalizeLabel);
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
const LEVELS = LEVEL_VARIANTS.map((l) => ({ label: normalizeLabel(l.label), levels: l.levels }));
const ITEM_SUBS: readonly [ColumnCode, readonly string[]][] = (["level1", "level2", "level3"] as const).map(
  (c) => [c, norm(COLUMN_VARIANTS[c])],
);

const simpleCode = (label: string): ColumnCode | undefined => {
  const l = normalizeLabel(label);
  return l === "" ? undefined : SIMPLE.find(([, v]) => v.includes(l))?.[0];
};
const groupCode = (label: string): GroupCode | undefined => {
  const l = normalizeLabel(label);
  return l === "" ? undefined : GROUPS.find(([, v]) => v.includes(l))?.[0];
};
const levelOf = (label: string) => {
  const l = normalizeLabel(label);
  return LEVELS.find((x) => x.label === l)?.levels;
};
const audienceOf = (label: string) => AUDIENCE.find(([, v]) => v.includes(normalizeLabel(label)))?.[0];
const modeOf = (label: string) => MODE.find(([, v]) => v.includes(normalizeLabel(label)))?.[0];
const itemSubOf = (label: string) => ITEM_SUBS.find(([, v]) => v.includes(normalizeLabel(label)))?.[0];

/** A sub-label under any group: what a second header row holds. */
function subRole(label: string, preferred: GroupCode | undefined): Role | undefined {
  const tries: GroupCode[] = preferred
    ? [preferred, "item", "audience", "mode", "levels"]
    : ["item", "audience", "mode", "levels"];
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

const headerScore = (row: readonly string[]) =>
  row.filter((c) => simpleCode(c) !== undefined || groupCode(c) !== undefined).length;

type Header = { roles: Role[]; rows: number };

/** Build column roles from the header row (and the sub-header row under it, when there is one). */
function readHeader(top: readonly string[], next: readonly string[] | undefined): Header {
  const { tops, subs, rows } = twoRowHeader(top, next, {
    isGroup: (label) => groupCode(label) !== undefined,
    isSub: (sub, group) => subRole(sub, groupCode(group)) !== undefined,
    isColumn: (label) => simpleCode(label) !== undefined,
  });
  const width = tops.length;
  const roles: Role[] = [];
  for (let c = 0; c < width; c++) {
    const t = tops[c];
    const sub = subs[c];
    const group = groupCode(t);
    if (group) {
      const role = sub !== "" ? subRole(sub, group) : undefined;
      if (role) roles.push(role);
      else if (sub !== "") roles.push({ kind: "extra", label: `${t}/${sub}` });
      else if (group === "item") roles.push({ kind: "simple", code: "level2", label: t });
      else roles.push({ kind: "words", group, label: t });
      continue;
    }
    const code = simpleCode(t) ?? (sub !== "" ? simpleCode(sub) : undefined);
    if (code) roles.push({ kind: "simple", code, label: t || sub });
    else if (t === "" && sub !== "" && subRole(sub, undefined)) roles.push(subRole(sub, undefined) as Role);
    else roles.push({ kind: "extra", label: t || sub });
  }
  return { roles, rows };
}

const cleanName = (s: string) => s.replace(/\s*\n\s*/gu, "").trim();

type Tick = { ticked: boolean; note?: string };
function readTick(cell: string): Tick {
  const t = normalizeText(cell);
  if (t === "" || UNTICKED_MARKS.includes(t)) return { ticked: false };
  if (TICK_MARKS.includes(t)) return { ticked: true };
  return { ticked: true, note: cell.trim() };
}

const containsAny = (text: string, variants: readonly string[]) => variants.some((v) => text.includes(v));

/**
 * Read a catalog table from a grid of cell texts. Rows that are not items (blank rows, legend
 * lines, repeated headers, area title rows) are skipped; a title row naming an area
 * ("二、社会救助领域") sets the area of the rows under it. Every row that cannot be read is
 * reported with file, sheet and row.
 *
 * @example
 * const { items } = parseCatalogTable({ rows: [
 *   ["序号", "公开事项", "", "公开内容（要素）", "公开依据", "公开时限", "公开主体", "公开渠道和载体"],
 *   ["", "一级事项", "二级事项", "", "", "", "", ""],
 *   ["1", "政策法规", "社会救助政策", "●《社会救助暂行办法》", "《政府信息公开条例》",
 *    "制定或获取信息之日起10个工作日内", "盐池县民政局", "■政府网站 □政府公报"],
 * ] }, { area: "socialAssistance" });
 * items[0].item; //=> { level1: "政策法规", level2: "社会救助政策" }
 */
export function parseCatalogTable(
  grid: Grid,
  options: TableOptions = {},
): { items: CatalogItem[]; issues: CatalogIssue[]; found: boolean; title?: string } {
  const issues: CatalogIssue[] = [];
  const { loc } = gridLocator(grid, options);
  const rows = grid.rows;
  const scanLimit = Math.min(rows.length, 40);
  let hr = -1;
  for (let i = 0; i < scanLimit; i++) {
    if (headerScore(rows[i]) >= 3) {
      hr = i;
      break;
    }
  }
  if (hr < 0) {
    issues.push(
      issueAt("CAT-READ-NO-HEADER", "error", loc(), {
        zh: "未找到目录表头（序号、公开事项、公开内容、公开时限、公开主体等）",
        en: "no catalog header row found (序号, 公开事项, 公开内容, 公开时限, 公开主体 …)",
      }),
    );
    return { items: [], issues, found: false };
  }

  let title: string | undefined;
  let currentArea: AreaRef | undefined;
  for (let i = 0; i < hr; i++) {
    const texts = rows[i].map((c) => c.trim()).filter((c) => c !== "");
    if (texts.length === 0 || texts.some((t) => containsAny(t, LEGEND_MARKERS))) continue;
    title ??= texts[0];
    currentArea ??= areaFromHeading(texts[0]);
  }

  const header = readHeader(rows[hr], rows[hr + 1]);
  const { roles } = header;
  const width = roles.length;
  const seen = new Map<string, number>();
  roles.forEach((r, c) => {
    if (r.kind === "simple") {
      if (seen.has(r.code)) {
        roles[c] = { kind: "extra", label: r.label };
        issues.push(
          issueAt("CAT-READ-DUPLICATE-COLUMN", "warning", loc(hr, r.label), {
            zh: `“${r.label}”列重复，后一列按附加列保留`,
            en: `column "${r.label}" appears twice; the second one is kept as an extra column`,
          }),
        );
      } else seen.set(r.code, c);
    }
  });
  if (!seen.has("level2")) {
    issues.push(
      issueAt("CAT-READ-NO-ITEM-COLUMN", "error", loc(hr), {
        zh: "表头中没有公开事项（二级事项）列",
        en: "the header has no 公开事项 (二级事项) column",
      }),
    );
    return { items: [], issues, found: false, ...(title ? { title } : {}) };
  }
  for (const r of roles) {
    if (r.kind === "extra" && r.label !== "") {
      issues.push(
        issueAt("CAT-READ-EXTRA-COLUMN", "info", loc(hr, r.label), {
          zh: `非标准列“${r.label}”按附加信息保留`,
          en: `non-standard column "${r.label}" kept as extra data`,
        }),
      );
    }
  }

  const fallbackArea = (): AreaRef => {
    const fromNames =
      (options.sheet && matchArea(options.sheet)) || (options.file && matchArea(options.file));
    if (fromNames) return fromNames;
    const name = title ?? options.sheet ?? options.file ?? "";
    issues.push(
      issueAt("CAT-READ-NO-AREA", "warning", loc(), {
        zh: `表格未标明标准领域，事项归入“${name || "未命名"}”`,
        en: `the table names no standard area; items filed under "${name || "unnamed"}"`,
      }),
    );
    return { other: name || "未命名" };
  };
  let resolvedFallback: AreaRef | undefined;

  const items: CatalogItem[] = [];
  let prev: CatalogItem | undefined;
  let prevRaw: Partial<Record<ColumnCode, string>> = {};
  const headerNorm = rows[hr].map(normalizeLabel).join("|");

  for (let i = hr + header.rows; i < rows.length; i++) {
    const row = rows[i];
    const cells = Array.from({ length: width }, (_, c) => (row[c] ?? "").trim());
    const nonEmpty = cells.filter((c) => c !== "");
    if (nonEmpty.length === 0) continue;
    if (nonEmpty.some((t) => containsAny(t, LEGEND_MARKERS)) && nonEmpty.length <= 2) continue;
    if (row.map(normalizeLabel).join("|") === headerNorm || headerScore(row) >= 3) {
      // A repeated header (a new table under a new title); skip its sub-header too.
      const next = readHeader(row, rows[i + 1]);
      i += next.rows - 1;
      prev = undefined;
      prevRaw = {};
      continue;
    }
    const distinct = new Set(nonEmpty);
    const seqCol = seen.get("seq");
    const firstNonEmpty = cells.findIndex((c) => c !== "");
    // A title row: one text, merged over several cells or alone in the first column.
    const looksLikeTitle =
      distinct.size === 1 &&
      !TICK_MARKS.includes(nonEmpty[0]) &&
      !/^\d+$/u.test(nonEmpty[0]) &&
      (nonEmpty.length >= 2 || firstNonEmpty === 0 || firstNonEmpty === seqCol);
    if (looksLikeTitle) {
      const area = areaFromHeading(nonEmpty[0]);
      if (area) {
        currentArea = area;
        prev = undefined;
        prevRaw = {};
      } else {
        issues.push(
          issueAt("CAT-READ-TITLE-ROW", "info", loc(i), {
            zh: `标题行“${nonEmpty[0]}”未对应标准领域，已跳过`,
            en: `title row "${nonEmpty[0]}" names no standard area; skipped`,
          }),
        );
      }
      continue;
    }

    const raw: Partial<Record<ColumnCode, string>> = {};
    const extra: Record<string, string> = {};
    const audience = new Set<AudienceCode>();
    const mode = new Set<ModeCode>();
    const levels = new Set<LevelCode>();
    const notes: string[] = [];
    let hasLevelColumns = false;
    roles.forEach((role, c) => {
      const v = cells[c];
      if (role.kind === "simple") raw[role.code] = v;
      else if (role.kind === "extra") {
        if (v !== "" && role.label !== "") extra[role.label] = v;
      } else if (role.kind === "tick") {
        if (role.group === "levels") hasLevelColumns = true;
        const t = readTick(v);
        if (!t.ticked) return;
        if (role.group === "audience") {
          audience.add(role.value);
          if (t.note) notes.push(t.note);
        } else if (role.group === "mode") mode.add(role.value);
        else {
          const named = t.note ? levelOf(t.note) : undefined;
          for (const l of named ?? role.value) levels.add(l);
        }
      } else {
        const t = normalizeText(v);
        if (role.group === "levels") hasLevelColumns = true;
        if (t === "") return;
        if (role.group === "audience") {
          for (const [code, vs] of AUDIENCE) if (containsAny(t, vs)) audience.add(code);
          if (audience.size === 0) notes.push(v);
        } else if (role.group === "mode") {
          if (containsAny(t, ["主动"])) mode.add("proactive");
          if (containsAny(t, ["申请"])) mode.add("onRequest");
        } else {
          for (const l of LEVELS) if (t.includes(l.label)) for (const x of l.levels) levels.add(x);
        }
      }
    });

    const fromAbove = (code: ColumnCode): string => {
      const v = raw[code] ?? "";
      if (SAME_AS_ABOVE.includes(normalizeText(v)) && code !== "timeLimit") return prevRaw[code] ?? v;
      return v;
    };
    for (const code of ["content", "basis", "publisher", "channels", "responsibleOffice"] as const) {
      if (raw[code] !== undefined) raw[code] = fromAbove(code);
    }
    let level1 = cleanName(raw.level1 ?? "");
    let level2 = cleanName(raw.level2 ?? "");
    const level3 = cleanName(raw.level3 ?? "");
    if (level1 === "" && prev?.item.level1) level1 = prev.item.level1;
    if (level2 === "" && level3 !== "" && prev) level2 = prev.item.level2;
    if (level2 === "") {
      issues.push(
        issueAt("CAT-READ-ROW", "error", loc(i, roles[seen.get("level2") ?? 0]?.label), {
          zh: `无法读取该行：二级事项为空（该行内容：${nonEmpty.slice(0, 3).join(" | ")}）`,
          en: `row not read: the 二级事项 is empty (row starts: ${nonEmpty.slice(0, 3).join(" | ")})`,
        }),
      );
      continue;
    }

    let area: AreaRef | undefined;
    if (raw.area) {
      area = matchArea(raw.area);
      if (!area) {
        area = { other: raw.area };
        issues.push(
          issueAt("CAT-READ-AREA", "info", loc(i, "领域"), {
            zh: `“${raw.area}”不是26个标准领域之一，按附加领域读取`,
            en: `"${raw.area}" is not one of the 26 standard areas; read as an additional area`,
          }),
        );
      }
    }
    if (!area) area = currentArea ?? options.area;
    if (!area) {
      resolvedFallback ??= fallbackArea();
      area = resolvedFallback;
    }

    const timeLimitLabel = roles[seen.get("timeLimit") ?? -1]?.label;
    let timeLimit: ParsedTimeLimit = parseTimeLimit(raw.timeLimit ?? "");
    timeLimit = resolveSameAsAbove(timeLimit, prev?.timeLimit);
    if (timeLimit.warning) {
      issues.push(issueAt("CAT-TIME-LIMIT-UNPARSED", "warning", loc(i, timeLimitLabel), timeLimit.warning));
    }
    const channelsRead = parseChannels(raw.channels ?? "");
    for (const w of channelsRead.warnings) {
      issues.push(
        issueAt("CAT-READ-CHANNEL", "warning", loc(i, roles[seen.get("channels") ?? -1]?.label), w),
      );
    }
    let publisher = raw.publisher ?? "";
    if (publisher === "" && options.publisher) publisher = options.publisher;
    if (publisher === "") {
      issues.push(
        issueAt("CAT-READ-NO-PUBLISHER", "warning", loc(i, "公开主体"), {
          zh: "公开主体为空",
          en: "the 公开主体 (publishing unit) is empty",
        }),
      );
    }
    const seqText = normalizeText(raw.seq ?? "");
    const item: CatalogItem = {
      area,
      item: {
        ...(level1 !== "" ? { level1 } : {}),
        level2,
        ...(level3 !== "" ? { level3 } : {}),
      },
      content: raw.content ?? "",
      basis: raw.basis ?? "",
      timeLimit,
      publisher,
      channels: channelsRead.channels,
      audience: (["public", "specific"] as const).filter((a) => audience.has(a)),
      mode: (["proactive", "onRequest"] as const).filter((m) => mode.has(m)),
      source: loc(i),
    };
    if (raw.id) item.id = raw.id;
    if (/^\d+$/u.test(seqText)) item.seq = Number(seqText);
    else if (seqText !== "") extra[roles[seqCol ?? 0]?.label ?? "序号"] = raw.seq ?? "";
    if (raw.responsibleOffice) item.responsibleOffice = raw.responsibleOffice;
    if (notes.length > 0) item.audienceNote = notes.join("；");
    if (hasLevelColumns) item.levels = LEVEL_CODES.filter((l) => levels.has(l));
    if (raw.displayPeriod) item.displayPeriodText = raw.displayPeriod;
    if (Object.keys(extra).length > 0) item.extra = extra;
    items.push(item);
    prev = item;
    prevRaw = raw;
  }
  return { items, issues, found: true, ...(title ? { title } : {}) };
}
