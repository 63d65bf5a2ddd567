export type { CellRef, Finding, Message } from "./finding";
export * from "./check/index.js";
export {
  addWorkingDays,
  isWorkingDay,
  toShanghaiDate,
  workingDaysBetween,
} from "./working-days";
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
} from "./calendar";
export {
  type CalendarYear,
  type CalendarYears,
  CalendarYearsSchema,
  parseCalendarYears,
} from "./calendar-data";
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
} from "./deadline";
export {
  type FeeBasis,
  type FeeItem,
  type FeeRequest,
  type FeeResult,
  perRequestFee,
  perVolumeFee,
  processingFee,
} from "./fee";
export {
  type OverdueCount,
  type TabulateInput,
  type TabulateOptions,
  type TabulateResult,
  tabulate,
} from "./tabulate";
export { explain } from "./explain";
export { jsonlScanner } from "./jsonl-scan-wasm";
export {
  type ByteSource,
  concatReaders,
  decodeChunks,
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
} from "./records/index";
export {
  LEDGER_GROUPS,
  LEDGER_HEADERS,
  LEDGER_IGNORED_HEADERS,
  ledgerApplicantType,
  ledgerCaseKind,
  ledgerCaseOutcome,
  ledgerChannel,
  ledgerCsv,
  ledgerDate,
  ledgerField,
  ledgerGroupField,
  ledgerResult,
  ledgerRows,
} from "./ledger";
export {
  dateNumber,
  inferRecordType,
  looksLikeRecords,
  type ParsedRecord,
  parseRecord,
  type RecordType,
} from "./record-parse";
export {
  type RollupOptions,
  type RollupResult,
  type RollupUnit,
  rollup,
  type UnitInput,
} from "./rollup";
export { type ApplicantRates, type Rate, type Rates, rates } from "./rates";
export { type CellChange, type Comparison, compare } from "./compare";
export { percentOf } from "./percent";
export { type ResultGroupTotal, resultGroupTotals } from "./result-groups";
export { type CellReader, type CellSum, sumWith } from "./check/arith.js";
export type { CellState } from "./check/context.js";
