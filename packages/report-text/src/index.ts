export * from "./hant.js";
export * from "./wording/numbers.js";
export {
  itemClause,
  OVERVIEW_HEADINGS,
  type OverviewAspect,
  type OverviewBlock,
  overviewBlocks,
  type RenderOverviewOptions,
  renderOverview,
} from "./wording/overview.js";
export { renderReport, type OutputForm, type RenderReportOptions } from "./render/report.js";
export { renderCellsPreview, type CellsPreviewOptions } from "./render/cells-preview.js";
export {
  renderTemplate,
  templateCsvLines,
  type TemplateCsvLine,
  type TemplateOptions,
} from "./render/template.js";
export { reportDocument, type ReportDocument, type Script } from "./render/document.js";
