export {
  ADDITIONAL_AREA_NAMES,
  AREA_CODES,
  AREA_HEADING_SUFFIXES,
  AREAS,
  type Area,
  type AreaCode,
  DEFAULT_CATALOG_DEADLINE,
  type Guideline,
  type Verification,
} from "./standard/areas";
export {
  CHANNEL_CODES,
  CHANNEL_LEGEND,
  CHANNELS,
  type ChannelCode,
  type ChannelDefinition,
  KNOWN_OTHER_CHANNELS,
  OPTIONAL_MARK,
  OPTIONAL_MARKS,
  REQUIRED_MARK,
  REQUIRED_MARKS,
  STANDARD_CHECKLIST,
} from "./standard/channels";
export {
  AUDIENCE_CODES,
  AUDIENCE_LABELS,
  AUDIENCE_VARIANTS,
  type AudienceCode,
  COLUMN_VARIANTS,
  type ColumnCode,
  GROUP_VARIANTS,
  LEVEL_CODES,
  LEVEL_LABELS,
  LEVEL_VARIANTS,
  type LevelCode,
  MODE_CODES,
  MODE_LABELS,
  MODE_VARIANTS,
  type ModeCode,
  STANDARD_HEADER,
} from "./standard/columns";
export {
  DEFAULT_KEY_AREA_GROUPS,
  type FactCount,
  type FactDefinition,
  type FactFilter,
  type KeyAreaGroup,
} from "./standard/key-area-groups";
export {
  PROPOSED_TIME_LIMIT_WORDINGS,
  TIME_LIMIT_EXAMPLES,
  type TimeLimitExample,
} from "./standard/time-limit-examples";
export { DEFAULT_WORKING_DAYS } from "./standard/time-limit-words";
export {
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
export { parseTimeLimit, resolveSameAsAbove } from "./time-limit";
export { normalizeHeaderLabel, normalizeText, toSimplifiedVocabulary } from "./normalize";
export { areaFromHeading, areaKey, areaName, isStandardArea, matchArea } from "./area-match";
export { channelLabel, formatChannels, parseChannels } from "./channel-cell";
export { catalogKeys, contentKey, itemKey } from "./key";
export { type CatalogIssue, columnLetters, describeLocation, type ReadResult } from "./issue";
export { type Grid, parseCatalogTable, type TableOptions } from "./table";
export { decodeCatalogBytes, type DetectedEncoding, encodeGbk } from "./io/encoding";
export {
  catalogToCsvText,
  type CsvWriteOptions,
  type ReadOptions,
  readCatalogCsv,
  writeCatalogCsv,
} from "./io/csv";
export { readCatalogXlsx, readWorkbookGrids, writeCatalogXlsx, writeGridXlsx } from "./io/xlsx";
export {
  type CheckKind,
  type CoverageCounter,
  type CoverageCounts,
  type CoverageFinding,
  type CoverageOptions,
  type CoverageResult,
  coverage,
  coverageAsync,
  coverageCounter,
  type ItemCoverage,
  type ItemStatus,
  type LatePublication,
  type UnmatchedPublication,
} from "./coverage";
export { type Placement, publicationMatcher, type UnmatchedReason } from "./match";
export { itemName, type UnitWorklist, unitWorklists, worklistSheets } from "./worklist";
export {
  WORKLIST_COLUMNS,
  WORKLIST_PROBLEMS,
  WORKLIST_SHEETS,
  WORKLIST_SUMMARY_COLUMNS,
} from "./standard/worklist-columns";
export {
  type PublicationRead,
  type PublicationReadOptions,
  readPublicationBatches,
  readPublications,
} from "./io/publications";
export { publicationOf } from "./io/publication-row";
export {
  PUBLICATION_COLUMN_VARIANTS,
  type PublicationField,
  REQUIRED_PUBLICATION_FIELDS,
} from "./standard/publication-columns";
export { coverageFacts, type GroupFact } from "./facts";
export {
  type CatalogDiff,
  DIFF_FIELD_LABELS,
  type DiffField,
  describeDiff,
  diffCatalogs,
  type FieldChange,
  type ItemRef,
} from "./diff";
export { type CatalogFinding, checkCatalog } from "./check";
export {
  REGISTER_RULES,
  type RegisterDocument,
  type RegisterTable2Options,
  type RegisterTable2Result,
  registerTable2,
} from "./register";
export {
  type DocumentKind,
  parseRegisterTable,
  type Register,
  type RegisterStatus,
  type RegisterTableOptions,
} from "./register-table";
export { type ExpiredDocument, expiredInYear, registerFormatNote } from "./register-notes";
export { type DateRead, parseRegisterDate, parseValidity, type ValidityRead } from "./register-date";
export { type RegisterReadOptions, readRegisterCsv, readRegisterXlsx } from "./io/register";
export {
  EMPTY_DATE_MARKS,
  ISSUED_DATE_PRIORITY,
  KIND_VALUES,
  REGISTER_COLUMN_VARIANTS,
  type RegisterColumnCode,
  STATUS_VALUES,
} from "./standard/register-columns";
