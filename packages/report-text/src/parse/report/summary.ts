// summarizeParse: a parse told briefly for people, in Chinese or English.
import type { Message, TableId } from "@disclosure/schema";
import { formatSourceLocation } from "../model.js";
import type { ParseResult } from "./model.js";

const TABLE_NAMES: Record<TableId, Message> = {
  table2: { zh: "表二（主动公开）", en: "table 二 (proactive disclosure)" },
  table3: { zh: "表三（依申请公开）", en: "table 三 (applications)" },
  table4: { zh: "表四（复议、诉讼）", en: "table 四 (reviews and lawsuits)" },
};

const TABLES: readonly TableId[] = ["table2", "table3", "table4"];

/** The report read: agency, year, format, kind of input, script. */
function headline(result: ParseResult, zh: boolean): string[] {
  const r = result.report;
  if (!r) return [];
  const d = result.detected;
  return [
    zh
      ? `${r.agency.name} ${r.year}年（${r.format}年格式，${d?.kind ?? ""}${d?.script === "hant" ? "，繁体" : ""}）`
      : `${r.agency.name} ${r.year} (${r.format} format, ${d?.kind ?? ""}${d?.script === "hant" ? ", Traditional script" : ""})`,
  ];
}

/** One line an error, with where it is. */
function errorLines(result: ParseResult, zh: boolean): string[] {
  return (result.issues ?? []).map((i) => {
    const where = i.location ? ` [${formatSourceLocation(i.location)}]` : "";
    return `${zh ? "错误" : "error"} ${i.code}${where}: ${zh ? i.message.zh : i.message.en}`;
  });
}

/** Cells read and not read in one table, the unread grouped by reason with their rows. */
function tableLines(result: ParseResult, t: TableId, zh: boolean): string[] {
  const read = result.cells.filter((c) => c.table === t).length;
  const unread = result.unread.filter((u) => u.table === t);
  if (!read && !unread.length) return [];
  const name = zh ? TABLE_NAMES[t].zh : TABLE_NAMES[t].en;
  const out = [
    zh
      ? `${name}：读取 ${read} 个单元格${unread.length ? `，未读取 ${unread.length} 个` : ""}`
      : `${name}: ${read} cells read${unread.length ? `, ${unread.length} not read` : ""}`,
  ];
  const reasons = new Map<string, { count: number; rows: Set<string> }>();
  for (const u of unread) {
    const key = zh ? u.reason.zh : u.reason.en;
    const e = reasons.get(key) ?? { count: 0, rows: new Set<string>() };
    e.count++;
    e.rows.add(u.row);
    reasons.set(key, e);
  }
  for (const [reason, e] of reasons) {
    const rows = [...e.rows];
    const list = rows.slice(0, 4).join(", ") + (rows.length > 4 ? ` …(+${rows.length - 4})` : "");
    out.push(`  - ${e.count} × ${reason} (${list})`);
  }
  return out;
}

/** The warnings counted by code. */
function warningLines(result: ParseResult, zh: boolean): string[] {
  if (!result.warnings.length) return [];
  const byCode = new Map<string, number>();
  for (const w of result.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
  const list = [...byCode.entries()].map(([c, n]) => `${c} ×${n}`).join(", ");
  return [zh ? `警告 ${result.warnings.length} 条：${list}` : `${result.warnings.length} warnings: ${list}`];
}

/**
 * A short summary of a parse for people, in Chinese or English: what was read from where,
 * how many cells per table, what was not read and why (grouped), and the warnings by kind.
 * @example
 * summarizeParse(await parseReport(hongzePdf), "en")
 * //=> "淮安市洪泽区人民政府 2024 (2021 format, pdf)\ntable 二 (proactive disclosure): 10 cells read\n…"
 */
export function summarizeParse(result: ParseResult, lang: "zh" | "en" = "zh"): string {
  const zh = lang === "zh";
  return [
    ...headline(result, zh),
    ...errorLines(result, zh),
    ...TABLES.flatMap((t) => tableLines(result, t, zh)),
    ...warningLines(result, zh),
  ].join("\n");
}
