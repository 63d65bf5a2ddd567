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
export {
  gridModel,
  tableCellKey,
  tableModel,
  type TableCellKind,
  type TableModel,
  type TableModelCell,
  type TableModelGroup,
  type TableModelRow,
} from "./render/table-model.js";
export {
  DEFAULT_READ_LIMITS,
  formatSourceLocation,
  type InputKind,
  type ParseDetected,
  type ParsedCell,
  type ParseIssue,
  type ParseOptions,
  type ParseResult,
  parseReport,
  type ReadLimits,
  type ReadLimitsOption,
  type SourceLocation,
  summarizeParse,
  type UnreadCell,
} from "./parse/index.js";
export {
  type AuditEvent,
  type AuditFinding,
  type AuditInput,
  type AuditOptions,
  type AuditPair,
  type AuditSheet,
  type AuditedReport,
  type CheckedReport,
  auditReport,
  auditReports,
  auditSheets,
  placeOf,
  readAndCheck,
  yearPairer,
} from "./audit/index.js";
export * from "./submission/index.js";
