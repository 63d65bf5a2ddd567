// @disclosure/schema — the public API. Everything here is covered by semver and recorded in
// etc/schema.api.md (`npm run api`). Helpers shared with the other @disclosure packages, the
// command line and the demo are in ./internal.ts (`@disclosure/schema/internal`), which is not public.

// The official formats (2021, 2019 trial) as data: their types
export type {
  FormatId,
  TableId,
  SectionId,
  CellUnit,
  SectionDef,
  ColumnDef,
  RowDef,
  RowGroupDef,
  BlockDef,
  TableDef,
  FormatDef,
} from "./formats/types.js";

// The formats and lookups into them: sections, tables, rows, columns, cells and their official labels
export {
  formats,
  FORMAT_IDS,
  TABLE_IDS,
  getFormat,
  formatForYear,
  cellKey,
  cellDefs,
  findCell,
  findRow,
  tableRows,
  rowLabel,
  columnLabel,
  section,
  type CellDef,
} from "./formats/lookup.js";

// The published grid of a table, merged cells included
export { tableGrid, type GridCell, type GridRole, type TableGrid } from "./formats/layout.js";

// The tables' arithmetic identities, from the format
export type { Balance, SumOf } from "./formats/sums.js";

// The reporting agency
export {
  agencyId,
  isGovernment,
  AgencyLevelSchema,
  type AgencyLevel,
  AGENCY_LEVEL_NAMES,
  AgencySchema,
  type Agency,
} from "./agency.js";

// The report model (zod/mini schemas and their types)
export {
  FormatIdSchema,
  TableIdSchema,
  DateStringSchema,
  TableValuesSchema,
  type TableValues,
  TablesSchema,
  type Tables,
  SectionTextsSchema,
  type SectionTexts,
  TableNotesSchema,
  OtherMattersFactsSchema,
  type OtherMattersFacts,
  ReportSchema,
  type Report,
  type ReportInput,
  CellSchema,
  type Cell,
} from "./report.js";

// The facts behind the narrative of section 一
export {
  CountFactSchema,
  type CountFact,
  WanAmountSchema,
  type WanAmount,
  PercentSchema,
  ItemFactSchema,
  type ItemFact,
  KeyAreaGroupSchema,
  type KeyAreaGroup,
  ProposalsFactSchema,
  type ProposalsFact,
  ProactiveFactsSchema,
  type ProactiveFacts,
  ApplicationsFactsSchema,
  type ApplicationsFacts,
  ManagementFactsSchema,
  type ManagementFacts,
  PlatformFactsSchema,
  type PlatformFacts,
  SupervisionFactsSchema,
  type SupervisionFacts,
  OverviewFactsSchema,
  type OverviewFacts,
  type OverviewFactsInput,
} from "./facts.js";

// Raw records: applications, cases, documents, decisions, fees, proactive items
export {
  ApplicantTypeSchema,
  type ApplicantType,
  ApplicationResultSchema,
  type ApplicationResult,
  ApplicationChannelSchema,
  DateRangeSchema,
  ApplicationRecordSchema,
  type ApplicationRecord,
  CaseRecordSchema,
  type CaseRecord,
  DocumentRecordSchema,
  type DocumentRecord,
  DecisionCountSchema,
  type DecisionCount,
  FeeRecordSchema,
  type FeeRecord,
  ProactiveItemSchema,
  type ProactiveItem,
  RawRecordSchema,
  type RawRecord,
} from "./records.js";

// Validation that never throws on user data: located, bilingual issues
export { validateReport, validateCells, type ValidateOptions } from "./validate.js";

// zod's issues as located, bilingual issues
export { fromZodIssue, unknownKeyIssues, fromZodIssues, type ZodIssueContext } from "./zod-issues.js";

// Issues and results: located, Chinese first with an English twin, capped lists
export {
  message,
  formatMessage,
  capIssues,
  type Message,
  type Issue,
  type Location,
  type Severity,
  type Result,
  MAX_LISTED_ISSUES,
  type IssueList,
} from "./issues.js";
export { formatLocation, describeLocation } from "./location.js";

// JSON read with every duplicate key, NaN and overflow located
export { parseJson, type ParseJsonOptions, type ParseJsonResult } from "./json-parse.js";

// JSON Schema documents of the models
export { jsonSchemas } from "./json-schema.js";

// The cells interchange form (spec/codes.md) and the nested tables
export { toCells, fromCells, type FromCellsOptions } from "./cells.js";

// Cells read from and written to JSON Lines and CSV
export {
  readCellsJsonl,
  readCellsCsv,
  readCells,
  readCellItems,
  writeCellsJsonl,
  writeCellsCsv,
  type ReadCellsOptions,
  type ReadCellsResult,
} from "./cells-io.js";

// Any report file (JSON, cells, the Excel fill-in form) read into a report
export { readReport, type ReadReportOptions, type ReadReportResult } from "./read-report.js";

// The Excel fill-in form: the sheet that names every input cell
export {
  formCodesRows,
  readFormCodes,
  type FormField,
  type FormEntry,
  type FormCodes,
} from "./form-codes.js";

// The Excel fill-in form read back
export {
  isZipBytes,
  readFormWorkbook,
  type ReadFormOptions,
  type FormCell,
  type FormWorkbook,
} from "./form-workbook.js";

// The Excel fill-in form read as cells or as a report
export { readFormCells, readFormReport } from "./form-report.js";

// Migration 2019 → 2021
export { migrate2019to2021, type MigrateOptions, type MigrateResult } from "./migrate.js";

// Exact money: scaled integers, never a float sum
export { toScaled, fromScaled, sumDecimals, yuanToWan, wanToYuan } from "./decimal.js";

// Numbers as people type them: full-width digits, Chinese numerals, blanks
export {
  toChineseNumeral,
  readCellNumber,
  isCellNumberFailure,
  type CellNumberMessage,
  type CellNumberWarningCode,
  type CellNumberErrorCode,
  type CellNumberWarning,
  type CellNumberError,
  type ReadCellNumberOptions,
  type CellNumberValue,
  type CellNumberFailure,
  type CellNumberResult,
  BLANK_TOKENS,
} from "./numbers.js";

// Text folded before matching: full-width forms, CJK radicals, the Traditional characters of
// the official labels and the other vocabularies, Taiwan-phrased terms (規範性檔案)
export { foldText, foldHant, toHalfWidth, normalizeLabel } from "./text-fold/index.js";

// Official labels compared and matched
export { matchRowLabel, matchColumnLabel } from "./labels.js";

// Did-you-mean suggestions
export { suggestKey } from "./suggest.js";

// CSV: written with formulas guarded, read back
export {
  guardCsvCell,
  unguardCsvCell,
  csvText,
  readCsvRows,
  type CsvValue,
  type CsvWriteOptions,
  type CsvRows,
} from "./csv.js";

// Control characters kept from terminals
export { escapeControlChars } from "./control-chars.js";

// Text decoded one way everywhere: BOM, UTF-16, UTF-8, declared charset, GB18030
export {
  byteOrderMark,
  utf16ByNuls,
  decodeText,
  type Utf16,
  type DecodedText,
  type DecodeOptions,
} from "./decode.js";

// Zip archives (.docx, .xlsx) read within limits
export {
  isZipError,
  readZipEntries,
  checkZip,
  createZipStreamCheck,
  type ZipLimits,
  DEFAULT_ZIP_LIMITS,
  type ZipErrorCode,
  ZipError,
  type ZipStreamCheckOptions,
  type ZipStreamCheck,
} from "./safe-zip.js";

// Zip archives: the central directory
export type { ZipEntry } from "./zip-directory.js";

// Workbooks (.xlsx) read as grids of text
export { readWorkbookGrids, type WorkbookGrid } from "./workbook-grid.js";

// Optional peer dependencies (exceljs, pdfjs-dist, docx) loaded on first use
export { isOptionalModuleError, type OptionalModule, OptionalModuleError } from "./optional.js";
