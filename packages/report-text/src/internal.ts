// @disclosure/report-text/internal — NOT public: helpers shared with the command line and the demo.
// They may change or go in any release; do not import them.

// An official table as data: row groups, cells, spans, headers
export { gridModel } from "./render/table-model.js";

// Published reports audited: read, checked, paired year by year
export { placeOf } from "./audit/index.js";

// Files submitted by units read and rolled up
export { fileTypeOf } from "./submission/file-name.js";
