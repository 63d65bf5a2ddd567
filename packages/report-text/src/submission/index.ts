export {
  type CollectOptions,
  type Collected,
  type CollectedUnit,
  collectSubmissions,
  submissionsYear,
} from "./collect.js";
export { bytesDigest, fileTypeOf, unitFromFileName } from "./file-name.js";
export type {
  CellCounts,
  ReadSubmissionOptions,
  RecordCounts,
  Submission,
  SubmissionFileType,
  SubmissionKind,
  UnitSource,
  WorkbookGrid,
} from "./model.js";
export { readSubmission } from "./read.js";
export { normalUnitName, sameUnitName } from "./unit-names.js";
