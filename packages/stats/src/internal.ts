// @disclosure/stats/internal — NOT public: helpers shared with the other @disclosure packages and
// the demo. They may change or go in any release; do not import them.

// The checker: every rule of spec/rules.md
export { cellName, WORDING_SECTIONS } from "./check/index.js";

// Sums over a report's cells, as the rules take them
export { type CellReader, type CellSum, sumWith } from "./check/arith.js";

// A cell's state as the rules read it
export type { CellState } from "./check/context.js";

// Records read from JSON Lines, CSV, worksheets and files, streamed
export { decodeChunks } from "./records/index.js";

// Totals of table 三's result groups
export { type ResultGroupTotal, resultGroupTotals } from "./result-groups.js";
