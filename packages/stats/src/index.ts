export type { CellRef, Finding, Message } from "./finding";
export * from "./check/index.js";
export {
  addWorkingDays,
  CalendarRangeError,
  calendarCoverage,
  isWorkingDay,
  toShanghaiDate,
  workingDaysBetween,
} from "./working-days";
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
