export * from "./formats/index.js";
export * from "./issues.js";
export * from "./agency.js";
export * from "./report.js";
export * from "./facts.js";
export * from "./records.js";
export * from "./decimal.js";
export * from "./cells.js";
export * from "./migrate.js";
export * from "./validate.js";
export * from "./cell-value.js";
export * from "./zod-issues.js";
export * from "./json-parse.js";
export * from "./suggest.js";
export * from "./numbers.js";
export * from "./date-cell.js";
export * from "./labels.js";
export { foldIdeographVariants } from "./ideograph-fold.js";
export * from "./cells-io.js";
export * from "./control-chars.js";
export * from "./csv.js";
export * from "./decode.js";
export * from "./json-schema.js";
export * from "./read-report.js";
export * from "./optional.js";
export * from "./safe-zip.js";
export {
  EXCEL_WORKBOOKS,
  loadExcelModule,
  readWorkbookGrids,
  type WorkbookGrid,
  workbookCellText,
} from "./workbook-grid.js";
export * from "./form-codes.js";
export * from "./form-workbook.js";
export * from "./form-report.js";
