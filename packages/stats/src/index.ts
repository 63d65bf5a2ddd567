// @disclosure/stats — the public API. Everything here is covered by semver and recorded in
// etc/stats.api.md (`npm run api`). Helpers shared with the other @disclosure packages and the
// demo are in ./internal.ts (`@disclosure/stats/internal`), which is not public.

// Findings of the checker
export type { CellRef, Finding, Message } from "./finding.js";

// The checker: every rule of spec/rules.md
export {
  check,
  type CheckOptions,
  sortFindings,
  formatFinding,
  numberClaims,
  type ClaimKind,
  type NumberClaim,
  zeroClaims,
  sectionOfHeading,
  publicationDeadline,
  mayMakeRules,
} from "./check/index.js";

// The rules catalogue: id, family, severity, origin and pattern of every rule
export {
  RULES,
  isRuleId,
  ruleDef,
  type RuleDef,
  type RuleFamily,
  type RuleId,
  type RuleNeed,
  type RuleOrigin,
  type RulePattern,
  type RuleSource,
  type Severity,
} from "./check/rules.js";

// Working days (China's holidays and make-up days)
export { addWorkingDays, isWorkingDay, toShanghaiDate, workingDaysBetween } from "./working-days.js";

// Holiday calendars: built in, supplied as data, registered
export {
  BUILT_IN_CALENDAR,
  type CalendarOption,
  CalendarRangeError,
  calendarCoverage,
  calendarFromYears,
  currentCalendar,
  registerCalendarYears,
  useCalendar,
  type WorkingCalendar,
} from "./calendar.js";

// Holiday calendars read from data, every bad entry located
export { type CalendarYear, type CalendarYears, parseCalendarYears } from "./calendar-data.js";

// Reply deadlines (条例第三十三条) and overdue applications
export {
  type ApplicationFinding,
  correctionNoticeLate,
  type DeadlineInput,
  type DeadlineOptions,
  type DeadlineResult,
  type DeadlineStep,
  isOverdue,
  overdueByUnit,
  type RecordIssue,
  replyDeadline,
} from "./deadline.js";

// 信息处理费 (国办函〔2020〕109号)
export {
  type FeeBasis,
  type FeeItem,
  type FeeRequest,
  type FeeResult,
  perRequestFee,
  perVolumeFee,
  processingFee,
} from "./fee.js";

// Raw records → the official tables
export {
  type OverdueCount,
  type TabulateInput,
  type TabulateOptions,
  type TabulateResult,
  tabulate,
} from "./tabulate.js";

// The records behind a cell
export { explain } from "./explain.js";

// Records read from JSON Lines, CSV, worksheets and files, streamed
export {
  type JsonlSource,
  type ByteSource,
  concatReaders,
  isRecordsFileError,
  isRejected,
  type JsonlRecords,
  type ReadCsvOptions,
  type ReadItem,
  type ReadRecordsFileOptions,
  type ReadRecordsOptions,
  type RecordEncoding,
  type RecordFileInput,
  type RecordItem,
  RecordsFileError,
  type RecordSource,
  type RecordsSequence,
  type RejectedItem,
  readRecordsCsv,
  readRecordsFile,
  readRecordsFiles,
  readRecordsGrid,
  recordFileKind,
  recordHeaderRow,
  readRecordsJsonl,
  workbookHasRecords,
} from "./records/index.js";

// The WebAssembly scanner of JSON Lines
export { jsonlScanner } from "./jsonl-scan-wasm.js";

// Whether a table of rows holds records
export { type RecordType, type RecordLocation, type UnknownField, looksLikeRecords } from "./record-parse.js";

// Application and case ledgers (依申请公开台账)
export { LEDGER_GROUPS, LEDGER_HEADERS, ledgerCsv, ledgerRows } from "./ledger.js";

// Roll-up of townships and departments, with per-unit breakdown
export { type RollupOptions, type RollupResult, type RollupUnit, rollup, type UnitInput } from "./rollup.js";

// Rates of a year
export { type ApplicantRates, type Rate, type Rates, rates } from "./rates.js";

// Two years compared cell by cell
export { type CellChange, type Comparison, compare } from "./compare.js";

// Percentages as reports print them
export { percentOf } from "./percent.js";
