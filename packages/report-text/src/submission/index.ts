export {
  type CollectOptions,
  type Collected,
  type CollectedUnit,
  collectSubmissions,
  submissionsYear,
} from "./collect.js";
export { describeSubmission } from "./describe.js";
export { bytesDigest, fileTypeOf, unitFromFileName } from "./file-name.js";
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
} from "./model.js";
export { readSubmission } from "./read.js";
export { normalUnitName, sameUnitName } from "./unit-names.js";
