// Step 8: the sections' headings against the format — a section whose heading is missing, a
// heading in other words than the format's, sections out of order — as warnings.
import type { FormatDef, Issue } from "@disclosure/schema";
import { issue } from "../model.js";
import type { LaidOut } from "./layout.js";
import { listOf } from "../lists.js";

/** Warnings on the six sections' headings: missing, worded otherwise, out of order. */
export function sectionWarnings(format: FormatDef, laid: LaidOut): Issue[] {
  const { layout, lines } = laid;
  const out: Issue[] = [];
  for (const s of format.sections) {
    const h = layout.headings.find((x) => x.section === s.id);
    if (!h) {
      out.push(
        issue(
          "STRUCT-SECTIONS",
          "warning",
          {
            zh: `没有找到第${s.numeral}部分“${s.heading}”的标题`,
            en: `the heading of section ${s.numeral} "${s.heading}" was not found`,
          },
          lines[0]?.loc,
        ),
      );
    } else if (!h.official) {
      out.push(
        issue(
          "STRUCT-HEADING-WORDING",
          "warning",
          {
            zh: `标题“${h.text}”与格式的“${s.heading}”措辞不同`,
            en: `the heading "${h.text}" differs from the format's "${s.heading}"`,
          },
          h.loc,
          h.text,
        ),
      );
    }
  }
  const order = listOf(layout.headings, (h) => format.sections.findIndex((s) => s.id === h.section));
  if (order.some((o, i) => i > 0 && o < (order[i - 1] ?? o))) {
    out.push(
      issue(
        "STRUCT-SECTIONS",
        "warning",
        { zh: "六个部分的顺序与格式不同", en: "the six sections are not in the format's order" },
        layout.headings[0]?.loc,
      ),
    );
  }
  return out;
}
