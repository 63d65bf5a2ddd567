// The record readers, one concept a module: where records come from (source), decoding
// (decode), lines (lines), JSON Lines (jsonl), CSV (csv), cell values (values), rows of cells
// as records (grid), Excel ledgers row by row (xlsx), and one reader of a file by its name (file).
export { csvRows, type ReadCsvOptions, readRecordsCsv } from "./csv";
export { concatBytes, decodeChunks, utf8Chunks } from "./decode";
export {
  type RecordFileInput,
  type ReadRecordsFileOptions,
  readRecordsFile,
  readRecordsFiles,
  recordFileKind,
  workbookHasRecords,
} from "./file";
export { readRecordsGrid, recordHeaderRow, recordsFromRows } from "./grid";
export {
  isRejected,
  type LineParserState,
  type ReadItem,
  type ReadRecordsOptions,
  type RecordEncoding,
  type RecordItem,
  type RejectedItem,
} from "./items";
export { concatReaders, parseJsonLine, readRecordsJsonl } from "./jsonl";
export { splitLines } from "./lines";
export {
  type ByteSource,
  type JsonlRecords,
  type JsonlSource,
  jsonlSourceOf,
  type RecordSource,
  type RecordsSequence,
  readerParts,
} from "./source";
export {
  isRecordsFileError,
  RecordsFileError,
  type SheetRow,
  type StreamedSheet,
  streamWorkbookSheets,
} from "./xlsx";
