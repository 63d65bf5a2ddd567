// @disclosure/catalog — the public API. Everything here is covered by semver and recorded in
// etc/catalog.api.md (`npm run api`). The parser's vocabularies (header variants, marks, word
// lists) stay inside the package; helpers shared with the command line and the samples are in
// ./internal.ts (`@disclosure/catalog/internal`), which is not public.

// The catalog model (zod schemas and their types)
export {
  SimpleRuleSchema,
  StartEventSchema,
  SourceLocationSchema,
  type AreaRef,
  AreaRefSchema,
  type Catalog,
  type CatalogItem,
  CatalogItemSchema,
  CatalogSchema,
  type Channel,
  ChannelSchema,
  type Duration,
  DurationSchema,
  type Message,
  MessageSchema,
  type ParsedTimeLimit,
  ParsedTimeLimitSchema,
  type PeriodDue,
  PeriodDueSchema,
  type Publication,
  PublicationSchema,
  type SimpleRule,
  type SourceLocation,
  START_EVENTS,
  type StartEvent,
  type TimeLimitRule,
  TimeLimitRuleSchema,
} from "./item";

// The 26 standard areas
export {
  ADDITIONAL_AREA_NAMES,
  AREA_CODES,
  AREAS,
  type Area,
  type AreaCode,
  DEFAULT_CATALOG_DEADLINE,
  type Guideline,
  type Verification,
} from "./standard/areas";

// Channels of publication (公开渠道和载体)
export { CHANNEL_CODES, CHANNELS, type ChannelCode, type ChannelDefinition } from "./standard/channels";

// The coded columns: audience, level, mode
export {
  type GroupCode,
  AUDIENCE_CODES,
  AUDIENCE_LABELS,
  type AudienceCode,
  type ColumnCode,
  LEVEL_CODES,
  LEVEL_LABELS,
  type LevelCode,
  MODE_CODES,
  MODE_LABELS,
  type ModeCode,
} from "./standard/columns";

// Key-area groups of the annual report and the facts counted for them
export {
  DEFAULT_KEY_AREA_GROUPS,
  type FactCount,
  type FactDefinition,
  type FactFilter,
  type KeyAreaGroup,
} from "./standard/key-area-groups";

// 公开时限 read into rules
export { parseTimeLimit, resolveSameAsAbove } from "./time-limit";

// Item keys
export { itemKey } from "./key";

// A catalog table (rows of cells) read into items
export { type CatalogTable, type Grid, parseCatalogTable, type TableOptions } from "./table";

// Bytes decoded (UTF-8, GB18030) and written as GBK
export { decodeCatalogBytes, type DetectedEncoding, encodeGbk } from "./io/encoding";

// Catalogs read from and written to CSV
export {
  catalogToCsvText,
  type CsvWriteOptions,
  type ReadOptions,
  readCatalogCsv,
  writeCatalogCsv,
} from "./io/csv";

// Catalogs and grids read from and written to .xlsx (exceljs, loaded on first use)
export { readCatalogXlsx, readWorkbookGrids, writeCatalogXlsx, writeGridXlsx } from "./io/xlsx";

// A catalog checked
export { type CatalogFinding, checkCatalog } from "./check";

// Two catalogs compared
export {
  type CatalogDiff,
  DIFF_FIELD_LABELS,
  type DiffField,
  describeDiff,
  diffCatalogs,
  type FieldChange,
  type ItemRef,
} from "./diff";

// Coverage and timeliness of publications against a catalog
export { type CoverageCounter, coverage, coverageAsync, coverageCounter } from "./coverage";
export type {
  CheckKind,
  CoverageCounts,
  CoverageFinding,
  CoverageOptions,
  CoverageResult,
  ItemCoverage,
  ItemStatus,
  LatePublication,
  UnmatchedPublication,
} from "./coverage-types";

// How a publication is matched to an item
export type { Placement, UnmatchedReason } from "./match";

// Publication logs read
export {
  type PublicationRead,
  type PublicationReadOptions,
  readPublicationBatches,
  readPublications,
} from "./io/publications";

// Worklists (督查清单) per unit
export {
  type WorklistSheet,
  itemName,
  type UnitWorklist,
  unitWorklists,
  worklistSheets,
} from "./worklist";

// Facts for the annual report from coverage
export { coverageFacts, type GroupFact } from "./facts";

// Documents registers (规范性文件) read
export {
  type DocumentKind,
  parseRegisterTable,
  type Register,
  type RegisterStatus,
  type RegisterTableOptions,
} from "./register-table";

// Dates and validity of register entries
export { type DateRead, parseRegisterDate, parseValidity, type ValidityRead } from "./register-date";

// Table 二's documents rows from a register
export {
  REGISTER_RULES,
  type RegisterDocument,
  type RegisterTable2Options,
  type RegisterTable2Result,
  registerTable2,
} from "./register";

// Notes on a register: expired documents, the 2019 format
export { type ExpiredDocument, expiredInYear, registerFormatNote } from "./register-notes";

// Registers read from CSV and .xlsx
export { type RegisterReadOptions, readRegisterCsv, readRegisterXlsx } from "./io/register";
