// Hands a report to the single-report view (where it is edited, checked again and published):
// that view is shown, and an event the page's entry listens to carries the report, so that
// this lazily loaded view imports nothing of the entry.
import type { Loaded } from "../sources.js";
import { showView } from "../views.js";

/** The event the single-report view opens a report on. */
export const OPEN_REPORT_EVENT = "disclosure:open-report";

export function openInReportView(loaded: Loaded): void {
  showView("report");
  window.dispatchEvent(new CustomEvent<Loaded>(OPEN_REPORT_EVENT, { detail: loaded }));
}
