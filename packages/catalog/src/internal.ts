// @disclosure/catalog/internal — NOT public: helpers shared with the command line and the samples.
// They may change or go in any release; do not import them.

// A 公开渠道和载体 cell read
export { parseChannels } from "./channel-cell.js";
