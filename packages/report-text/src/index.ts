// @disclosure/report-text — the public API. Everything here is covered by semver and recorded in
// etc/report-text.api.md (`npm run api`). Helpers shared with the command line and the demo are in
// ./internal.ts (`@disclosure/report-text/internal`), which is not public.

// A report rendered as Markdown, HTML, text or .docx
export { renderReport, type OutputForm, type RenderReportOptions } from "./render/report.js";

// The report as a document model, before it is written
export {
  type DocTable,
  type ReportDocumentOptions,
  type DocSection,
  type DocSignature,
  reportDocument,
  type ReportDocument,
  type Script,
} from "./render/document.js";

// Page layout and the filled grid of a table, as the writers take them
export type { PageLayout } from "./render/page.js";
export type { FilledCell, FilledGrid } from "./render/grid.js";

// The empty fill-in forms (Word, Excel, CSV)
export {
  renderTemplate,
  templateCsvLines,
  type TemplateCsvLine,
  type TemplateOptions,
} from "./render/template.js";

// Cells previewed as the official tables
export { renderCellsPreview, type CellsPreviewOptions } from "./render/cells-preview.js";

// An official table as data: row groups, cells, spans, headers
export {
  tableCellKey,
  tableModel,
  type TableCellKind,
  type TableModel,
  type TableModelCell,
  type TableModelGroup,
  type TableModelRow,
} from "./render/table-model.js";

// The wording of section 一 from its facts
export {
  itemClause,
  OVERVIEW_HEADINGS,
  type OverviewAspect,
  type OverviewBlock,
  overviewBlocks,
  type RenderOverviewOptions,
  renderOverview,
} from "./wording/overview.js";

// Counts, amounts and rates as reports write them
export {
  formatCount,
  parseCountPhrase,
  formatWan,
  formatPercent,
  type CountForm,
  type ApproxMarker,
  type CountPhrase,
  type FormatCountOptions,
  type FormatPercentOptions,
} from "./wording/numbers.js";

// Simplified and Traditional Chinese, official terms kept
export {
  toTraditional,
  toSimplified,
  stripEmbeddedPageNumbers,
  normalizeOfficialTerms,
  type NormalizeOfficialTermsOptions,
} from "./hant.js";

// Published reports (HTML, text, PDF, .docx) read back into data
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

// Published reports audited: read, checked, paired year by year
export {
  type AuditEvent,
  type AuditFinding,
  type AuditInput,
  type AuditOptions,
  type AuditPair,
  type AuditSheet,
  type AuditedReport,
  type CheckedReport,
  type PairableReport,
  auditReport,
  auditReports,
  auditSheets,
  readAndCheck,
  yearPairer,
} from "./audit/index.js";

// Files submitted by units read and rolled up
export {
  type CollectOptions,
  type Collected,
  type CollectedUnit,
  collectSubmissions,
  submissionsYear,
} from "./submission/collect.js";
export { describeSubmission } from "./submission/describe.js";
export { readSubmission } from "./submission/read.js";
export type {
  CellCounts,
  ParsedDocument,
  ReadSubmissionOptions,
  RecordCounts,
  SheetRows,
  Submission,
  SubmissionFileType,
  SubmissionKind,
  UnitSource,
} from "./submission/model.js";
