/**
 * The 公开渠道和载体 cell: "■政府网站 □政府公报 ■两微一端 …" ↔ channels with their marks.
 */
import type { Message } from "@disclosure/schema";
import type { Channel } from "./item.js";
import { normalizeHeaderLabel, normalizeText } from "./normalize.js";
import {
  CHANNEL_COLUMN_MARKS,
  CHANNEL_HALVES,
  CHANNELS,
  type ChannelCode,
  OPTIONAL_MARK,
  OPTIONAL_MARKS,
  REQUIRED_MARK,
  REQUIRED_MARKS,
} from "./standard/channels.js";

const LABELS: readonly { text: string; code: ChannelCode; standard: boolean }[] = CHANNELS.flatMap((c) => [
  { text: normalizeText(c.label), code: c.code, standard: true },
  ...c.variants.map((v) => ({ text: normalizeText(v), code: c.code, standard: false })),
]).sort((a, b) => b.text.length - a.text.length);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const LABEL_ALTERNATION = LABELS.map((l) => escapeRegExp(l.text)).join("|");
/** Glyphs that are always marks. */
const SURE_MARKS = [...REQUIRED_MARKS, ...OPTIONAL_MARKS].filter((m) => m !== "t" && m !== "口");
/** `t` (a lost ■) and 口 (a mis-typed □) only count as marks right before a channel label. */
const UNSURE_MARK = new RegExp(`(t|口)(?=${LABEL_ALTERNATION}|其他)`, "gu");
const MARK_SPLIT = new RegExp(`(?=[${SURE_MARKS.join("")}])`, "u");

function classify(label: string): Pick<Channel, "code" | "label"> {
  const t = normalizeText(label).replace(/^\d+[.、)]/u, "");
  const known = LABELS.find((l) => l.text === t);
  if (known) return known.standard ? { code: known.code } : { code: known.code, label };
  if (t.startsWith("其他")) {
    const rest = t.slice(2).replace(/^[:_]+|_+$/gu, "");
    return rest === "" ? { code: "other" } : { code: "other", label };
  }
  return { code: { other: label } };
}

/**
 * Read a 公开渠道和载体 cell. ■ (or ◆ ● and the lost-glyph `t`) marks a required channel, □ (or
 * 口 ☐) an optional one, as the catalogs' legend says; a cell without any box lists only the
 * channels it commits to, all required; a single ☐-marked channel is taken as chosen (溪下乡).
 * Labels are kept as printed when they are a variant ("行政服务中心") or free text
 * ("其他法律服务网", "投资项目在线审批监管平台").
 *
 * @example
 * parseChannels("■政府网站 □政府公报 ■两微一端 □其他").channels;
 * //=> [{ code: "website", required: true }, { code: "gazette", required: false },
 * //    { code: "weiboWechatApp", required: true }, { code: "other", required: false }]
 */
export function parseChannels(cell: string): { channels: Channel[]; warnings: Message[] } {
  const warnings: Message[] = [];
  const text = cell
    .normalize("NFKC")
    .replace(UNSURE_MARK, (m) => (m === "t" ? REQUIRED_MARK : OPTIONAL_MARK));
  const hasMarks = SURE_MARKS.some((m) => text.includes(m));
  const channels: Channel[] = [];
  if (hasMarks) {
    const pieces = text.split(MARK_SPLIT).map((p) => p.trim());
    for (const piece of pieces) {
      const mark = piece[0];
      if (mark === undefined) continue;
      const isMark = SURE_MARKS.includes(mark);
      const label = (isMark ? piece.slice(1) : piece).trim().replace(/[、,;\s]+$/u, "");
      if (label === "") continue;
      if (!isMark) {
        warnings.push({
          zh: `渠道“${label}”前没有■/□标记，按必选处理`,
          en: `channel "${label}" has no ■/□ mark; taken as required`,
        });
      }
      channels.push({ ...classify(label), required: !isMark || REQUIRED_MARKS.includes(mark) });
    }
    // 溪下乡 marks its one chosen channel with ☐: a lone ☐ is not an optional box.
    const [only] = channels;
    if (only !== undefined && channels.length === 1 && text.trim().startsWith("☐")) only.required = true;
  } else {
    for (const piece of text.split(/[、,;\s]+|(?=\d+[.、](?!\d))/u)) {
      const label = piece.trim().replace(/^\d+[.、]/u, "");
      if (label !== "") channels.push({ ...classify(label), required: true });
    }
  }
  return { channels, warnings };
}

const COLUMN_LABELS: readonly { text: string; code: ChannelCode }[] = [
  ...CHANNELS.map((c) => ({ text: normalizeHeaderLabel(c.label), code: c.code })),
  ...CHANNEL_HALVES.map((h) => ({ text: normalizeHeaderLabel(h.label), code: h.code })),
];
const LEADING_MARKS = new RegExp(`^[${[...SURE_MARKS, "√✓✔☑"].join("")}]+`, "u");

/**
 * The channel a sub-column under 公开渠道和载体 stands for, by its header label: a checklist box
 * (its label with or without the bracketed "(电子屏)", or one half of it: 入户, 现场), a variant
 * kept as printed (行政服务中心), 其他; `undefined` for any other text (the caller decides
 * whether it is a platform of its own).
 *
 * @example
 * channelOfColumnLabel("社区/企事业单位/村公示栏"); //=> { code: "noticeBoard" }
 * channelOfColumnLabel("现场"); //=> { code: "doorToDoor" }
 * channelOfColumnLabel("行政服务中心"); //=> { code: "serviceCenter", label: "行政服务中心" }
 * channelOfColumnLabel("投资项目在线审批监管平台"); //=> undefined
 */
export function channelOfColumnLabel(label: string): Pick<Channel, "code" | "label"> | undefined {
  const bare = label
    .trim()
    .replace(LEADING_MARKS, "")
    .replace(/^\d+[.、)]/u, "");
  const t = normalizeHeaderLabel(bare);
  const standard = COLUMN_LABELS.find((l) => l.text === t);
  if (standard) return { code: standard.code };
  const c = classify(bare);
  return typeof c.code === "string" ? c : undefined;
}

/** What a cell of a channel's own column says: chosen, optional, not listed, or unread text. */
export type ChannelMark = "chosen" | "optional" | "none" | "unread";

/**
 * Read the mark in a channel's own column (see `CHANNEL_COLUMN_MARKS`).
 *
 * @example
 * readChannelMark("■"); //=> "chosen"
 * readChannelMark("□"); //=> "optional"
 * readChannelMark(""); //=> "none"
 * readChannelMark("网站"); //=> "unread"
 */
export function readChannelMark(cell: string): ChannelMark {
  const t = normalizeText(cell);
  if (t === "" || (CHANNEL_COLUMN_MARKS.none as readonly string[]).includes(t)) return "none";
  if ((CHANNEL_COLUMN_MARKS.chosen as readonly string[]).includes(t)) return "chosen";
  if ((CHANNEL_COLUMN_MARKS.optional as readonly string[]).includes(t)) return "optional";
  return "unread";
}

/**
 * The printed label of a channel: as printed when kept, else the checklist's label.
 *
 * @example
 * channelLabel({ code: "serviceCenter", required: true }); //=> "政务服务中心"
 * channelLabel({ code: "serviceCenter", required: true, label: "行政服务中心" }); //=> "行政服务中心" (德安县)
 */
export function channelLabel(channel: Channel): string {
  if (channel.label !== undefined) return channel.label;
  if (typeof channel.code === "object") return channel.code.other;
  const code = channel.code;
  return CHANNELS.find((c) => c.code === code)?.label ?? code;
}

/**
 * Print channels as catalogs do: "■政府网站 □政府公报 …".
 *
 * @example
 * formatChannels([{ code: "website", required: true }, { code: "gazette", required: false }]);
 * //=> "■政府网站 □政府公报"
 */
export function formatChannels(channels: readonly Channel[]): string {
  return channels.map((c) => `${c.required ? REQUIRED_MARK : OPTIONAL_MARK}${channelLabel(c)}`).join(" ");
}
