// The wording of sections 一, 五 and 六 as labelled text areas: what no table can stand in
// for. Section 一 written from the report's structured facts is shown as written, to be
// edited as text. Built with DOM APIs.
import { renderOverview } from "@disclosure/report-text";
import { type Report, type SectionId, getFormat } from "@disclosure/schema";
import { WORDING_SECTIONS } from "@disclosure/stats/internal";
import { el } from "../dom.js";

/** The text of a section as the editor shows it: its wording, or section 一 written from facts. */
export function sectionShown(report: Report, id: SectionId): string {
  const text = report.sections?.[id];
  if (typeof text === "string" && text.trim() !== "") return text;
  if (id === "overview" && report.facts) return renderOverview(report.facts);
  return typeof text === "string" ? text : "";
}

/** The id of a section's text area. */
export const sectionFieldId = (id: string) => `edit-${id}`;

/** One labelled text area per wording section of the report's format. */
export function sectionEditors(report: Report): HTMLElement[] {
  const format = getFormat(report.format);
  return WORDING_SECTIONS.map((id) => {
    const s = format.sections.find((x) => x.id === id);
    const area = el("textarea", {
      id: sectionFieldId(id),
      "data-section": id,
      rows: id === "overview" ? 8 : 5,
      "aria-describedby": `${sectionFieldId(id)}-note`,
    });
    area.value = sectionShown(report, id as SectionId);
    return el(
      "div",
      { class: "section-editor", "data-section-box": id },
      el("label", { for: sectionFieldId(id) }, s?.heading ?? id),
      area,
      el("p", { class: "field-note", id: `${sectionFieldId(id)}-note` }),
    );
  });
}

/** Puts a report's wording into the text areas (after undo, redo or a reload). */
export function fillSectionEditors(root: ParentNode, report: Report): void {
  for (const area of root.querySelectorAll<HTMLTextAreaElement>("textarea[data-section]")) {
    const shown = sectionShown(report, area.dataset.section as SectionId);
    if (area.value !== shown) area.value = shown;
  }
}
