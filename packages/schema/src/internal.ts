// @disclosure/schema/internal — NOT public: helpers shared with the other @disclosure packages,
// the command line and the demo. They may change or go in any release; do not import them.

// Applicant and case columns of table 三 and 四
export { CASE_COLUMNS, CASE_GROUPS } from "./formats/shared.js";

// The tables' arithmetic identities, from the format
export { columnSums, groupSums, resultSum, table3Balance } from "./formats/sums.js";

// The Excel fill-in form: the sheet that names every input cell
export { FORM_CODES_SHEET, FORM_TEXT_SECTIONS } from "./form-codes.js";

// Exact money: scaled integers, never a float sum
export { decimalPlaces, numberToDecimalString } from "./decimal.js";

// Numbers as people type them: full-width digits, Chinese numerals, blanks
export { foldCountCharacters } from "./numbers.js";

// Dates as people type them
export { readDateCell, datesInText, type DateRead } from "./date-cell.js";

// Did-you-mean suggestions
export { didYouMean } from "./suggest.js";

// Text folds: radicals and compatibility ideographs, Traditional characters one by one, terms;
// which script a text is in
export {
  foldIdeographVariants,
  foldHantCharacters,
  foldMainlandTerms,
  simplifiedCharacter,
  scriptCounts,
  type ScriptCounts,
} from "./text-fold/index.js";

// CSV: written with formulas guarded, read back
export { csvDelimiter } from "./csv.js";

// Control characters kept from terminals
export { hasControlChars } from "./control-chars.js";

// Workbooks (.xlsx) read as grids of text
export { EXCEL_WORKBOOKS, loadExcelModule, sheetGrid, workbookCellText } from "./workbook-grid.js";

// Optional peer dependencies (exceljs, pdfjs-dist, docx) loaded on first use
export { loadOptional } from "./optional.js";
