export type * from "./types.js";
export { splitNumbering } from "./build.js";
export { CASE_COLUMNS, CASE_GROUPS } from "./shared.js";
export {
  formats,
  FORMAT_IDS,
  TABLE_IDS,
  getFormat,
  formatForYear,
  cellKey,
  cellDefs,
  findCell,
  findRow,
  tableRows,
  rowLabel,
  columnLabel,
  section,
  type CellDef,
} from "./lookup.js";
export { tableGrid, type GridCell, type GridRole, type TableGrid } from "./layout.js";
export { type Balance, columnSums, groupSums, resultSum, type SumOf, table3Balance } from "./sums.js";
