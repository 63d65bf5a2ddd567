// TEXT-SECTION-EMPTY: the sections whose wording no table can stand in for — 一 总体情况,
// 五 存在的主要问题及改进情况, 六 其他需要报告的事项 (条例第五十条; both formats) — hold
// wording. A report built from tables alone (cells, a roll-up) has none, and publishing it
// would print three empty sections.
import { type SectionId, section } from "@disclosure/schema";
import type { Finding } from "../finding.js";
import { type CheckContext, sectionText } from "./context.js";

/** The sections that only words fill, in the order of the format. */
export const WORDING_SECTIONS: readonly SectionId[] = ["overview", "problems", "otherMatters"];

/** Whether a section's text is missing or holds nothing but spaces and punctuation. */
export function isEmptyWording(text: string | undefined): boolean {
  return text === undefined || text.replace(/[\s，,。；;：:、.．\u3000]/g, "") === "";
}

/** Whether the report's structured facts write a section in place of its text (一 from `facts`, 六 from `otherMatters`). */
function writtenFromFacts(ctx: CheckContext, id: SectionId): boolean {
  const r = ctx.report as { facts?: unknown; otherMatters?: unknown };
  if (id === "overview") return r.facts !== undefined && r.facts !== null;
  if (id === "otherMatters") return r.otherMatters !== undefined && r.otherMatters !== null;
  return false;
}

/**
 * One warning per section of {@link WORDING_SECTIONS} without wording (its text missing or
 * blank, and no structured facts to write it from). Section 五 is left to
 * TXT-PROBLEMS-NONEMPTY when that rule runs on a report with wording, so that an empty 五
 * is told once.
 */
export function checkSectionWording(ctx: CheckContext): Finding[] {
  const out: Finding[] = [];
  for (const id of WORDING_SECTIONS) {
    const text = sectionText(ctx.report, id);
    if (!isEmptyWording(text) || writtenFromFacts(ctx, id)) continue;
    if (id === "problems" && ctx.hasText && ctx.on("TXT-PROBLEMS-NONEMPTY")) continue;
    const s = section(ctx.format, id);
    const missing = text === undefined;
    out.push(
      ctx.finding(
        "TEXT-SECTION-EMPTY",
        [],
        {
          zh: `第${s.numeral}部分“${s.title}”${missing ? "没有文字" : "为空"}，发布前应写明`,
          en: `section ${s.numeral} “${s.title}” ${missing ? "has no wording" : "is empty"}; write it before publishing`,
        },
        { section: id },
      ),
    );
  }
  return out;
}
