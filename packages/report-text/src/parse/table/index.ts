// Reading the tables of a published report: 二 and 三 row by row (readRowsTable), 四 as its one
// row of 15 cells (readCasesTable).
export { readCasesTable } from "./cases-table.js";
export type { ParsedCell, TableRead, UnreadCell } from "./result.js";
export { readRowsTable } from "./rows-table.js";
